// The feed scheduler: every tick, takes the feeds that are due and queues one poll job for each.
import { createHash } from 'node:crypto';
import type { FeedRecord, FeedState } from './feed-state.js';
import { feedJob } from './jobs.js';
import type { JobQueue } from './nats.js';

export interface SchedulerOptions {
  queue: JobQueue;
  feeds: FeedState;
  /** How often due feeds are looked for (default 5 s). */
  tickMs?: number;
  /** Feeds queued per tick at most (default 500). */
  limit?: number;
  log?: (line: string) => void;
}

/**
 * Queues poll jobs for due feeds. Several schedulers may run (for redundancy): a feed is taken by one of them
 * (row locks), and its poll job carries an id made of the feed and its due time, so a job queued twice is kept once.
 */
export class Scheduler {
  readonly #o: Required<Omit<SchedulerOptions, 'log'>> & { log: (line: string) => void };
  #stopping = false;
  #wake: (() => void) | null = null;

  constructor(opts: SchedulerOptions) {
    this.#o = { tickMs: 5000, limit: 500, log: () => undefined, ...opts };
  }

  /** One round: queues the due feeds; resolves to them. */
  async tick(now = Date.now()): Promise<FeedRecord[]> {
    return this.#o.feeds.claimDue(now, this.#o.limit, async (due) => {
      await this.#o.queue.publishMany(
        due.map((f) => ({ job: feedJob(f.url), msgId: `f:${createHash('sha256').update(f.url).digest('hex').slice(0, 32)}:${f.nextPollMs}` })),
      );
    });
  }

  /** Ticks until `stop()`; a failed tick (queue or database away) is logged and tried again at the next. */
  async run(): Promise<void> {
    while (!this.#stopping) {
      try {
        const due = await this.tick();
        if (due.length > 0) this.#o.log(`queued ${due.length} feed poll${due.length === 1 ? '' : 's'}: ${due.slice(0, 3).map((f) => f.url).join(', ')}${due.length > 3 ? ' …' : ''}`);
      } catch (err) {
        this.#o.log(`tick failed, trying again in ${this.#o.tickMs / 1000} s: ${(err as Error).message}`);
      }
      if (this.#stopping) break;
      await new Promise<void>((r) => {
        const t = setTimeout(r, this.#o.tickMs);
        this.#wake = () => { clearTimeout(t); r(); };
      });
    }
  }

  stop(): void {
    this.#stopping = true;
    this.#wake?.();
  }
}
