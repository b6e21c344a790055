// The work queue on NATS JetStream: a work-queue stream of jobs, one durable pull consumer shared by every worker,
// and a stream of dead letters (jobs that failed for good, with their error).
import {
  AckPolicy, connect, DeliverPolicy, headers, JSONCodec, RetentionPolicy, StorageType,
  type Consumer, type JetStreamClient, type JetStreamManager, type JsMsg, type NatsConnection,
} from 'nats';
import { QueueError } from '../errors.js';
import { queueNames, type QueueConfig } from './config.js';
import { encodeJob, type Job } from './jobs.js';

const NS = 1_000_000; // nanoseconds per millisecond
/** How long the queue remembers a message id to drop a second publication of the same job. */
export const DUPLICATE_WINDOW_MS = 10 * 60_000;

/** A job that failed for good, as kept in the dead-letter stream. */
export interface DeadLetter {
  /** The job, when the message was one; else the start of the raw message. */
  job: Job | null;
  raw: string | null;
  error: { code: string; message: string };
  /** Deliveries of the job, the last included. */
  attempts: number;
  failedAt: string;
  worker: string;
  /** Sequence in the dead-letter stream (set when read back). */
  seq?: number;
}

export interface QueueStatus {
  queue: string;
  /** Jobs waiting to be taken. */
  pending: number;
  /** Jobs taken by a worker and not yet answered. */
  inFlight: number;
  /** Jobs handed out again (after a retry or a worker that stopped answering). */
  redelivered: number;
  /** Pull requests open now: roughly the workers waiting for work. */
  waitingWorkers: number;
  /** Jobs ever queued (stream sequence). */
  queued: number;
  dead: number;
  /** The latest dead letters, newest first. */
  deadLetters: DeadLetter[];
  ackWaitMs: number;
}

export type ConnectionState = 'connected' | 'disconnected' | 'closed';

function unavailable(cfg: QueueConfig, err: unknown): QueueError {
  const msg = (err as Error)?.message ?? String(err);
  const why = /503|jetstream not enabled/i.test(msg) ? 'JetStream is not enabled on the server' : msg;
  return new QueueError('E_QUEUE_UNAVAILABLE', `${cfg.display}: cannot use the queue (${why}).`, { cause: err });
}

const isNotFound = (err: unknown): boolean => /not found|404|10059|10014/i.test(String((err as Error)?.message ?? err));

/**
 * One connection to the queue. Publishing and taking jobs both go through it; the client reconnects by itself after
 * a lost connection or a server restart, and jobs taken but not answered come back after `ackWaitMs`.
 */
export class JobQueue {
  readonly cfg: QueueConfig;
  readonly names: ReturnType<typeof queueNames>;
  readonly #nc: NatsConnection;
  readonly #js: JetStreamClient;
  readonly #jsm: JetStreamManager;
  #state: ConnectionState = 'connected';
  #consumer: Consumer | null = null;
  /** Stops the pull requests under way (a disconnect leaves them without an answer). */
  readonly #pulls = new Set<() => void>();
  readonly #listeners: ((s: ConnectionState) => void)[] = [];

  private constructor(cfg: QueueConfig, nc: NatsConnection, jsm: JetStreamManager) {
    this.cfg = cfg;
    this.names = queueNames(cfg.name);
    this.#nc = nc;
    this.#js = nc.jetstream();
    this.#jsm = jsm;
    void (async () => {
      for await (const s of nc.status()) {
        const next: ConnectionState | null = s.type === 'disconnect' ? 'disconnected' : s.type === 'reconnect' ? 'connected' : null;
        if (next === 'disconnected') for (const stop of [...this.#pulls]) stop();
        if (next && next !== this.#state) {
          this.#state = next;
          for (const l of this.#listeners) l(next);
        }
      }
    })().catch(() => undefined);
    void nc.closed().then(() => {
      this.#state = 'closed';
      for (const l of this.#listeners) l('closed');
    });
  }

  /** Connects (failing at once with E_QUEUE_UNAVAILABLE when no server answers) and creates the streams if needed. */
  static async open(cfg: QueueConfig, clientName = 'rasid'): Promise<JobQueue> {
    let nc: NatsConnection;
    try {
      nc = await connect({
        servers: cfg.servers,
        name: clientName,
        maxReconnectAttempts: -1,
        reconnectTimeWait: 500,
        timeout: 5000,
        ...(cfg.user !== undefined ? { user: cfg.user } : {}),
        ...(cfg.pass !== undefined ? { pass: cfg.pass } : {}),
      });
    } catch (err) {
      throw unavailable(cfg, err);
    }
    try {
      const jsm = await nc.jetstreamManager({ timeout: 5000 });
      const q = new JobQueue(cfg, nc, jsm);
      await q.#ensure();
      return q;
    } catch (err) {
      await nc.close().catch(() => undefined);
      throw err instanceof QueueError ? err : unavailable(cfg, err);
    }
  }

  get state(): ConnectionState {
    return this.#state;
  }

  onState(listener: (s: ConnectionState) => void): void {
    this.#listeners.push(listener);
  }

  /** The streams and the consumer, created when missing; the consumer's ack wait follows the URL. */
  async #ensure(): Promise<void> {
    const n = this.names;
    const stream = async (name: string, cfg: Parameters<JetStreamManager['streams']['add']>[0]): Promise<void> => {
      try {
        await this.#jsm.streams.info(name);
      } catch (err) {
        if (!isNotFound(err)) throw err;
        try {
          await this.#jsm.streams.add({ name, num_replicas: this.cfg.replicas, ...cfg });
        } catch (e) {
          if (!/already in use/i.test(String((e as Error).message))) throw e; // another process made it meanwhile
        }
      }
    };
    await stream(n.jobsStream, {
      subjects: [n.jobsSubjects],
      retention: RetentionPolicy.Workqueue,
      storage: StorageType.File,
      duplicate_window: DUPLICATE_WINDOW_MS * NS,
    });
    await stream(n.deadStream, { subjects: [n.deadSubject], retention: RetentionPolicy.Limits, storage: StorageType.File });
    const consumer = {
      durable_name: n.consumer,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ack_wait: this.cfg.ackWaitMs * NS,
      // the workers count deliveries themselves and dead-letter a job past its attempts; the server never drops one
      max_deliver: -1,
      max_ack_pending: 10_000,
    };
    try {
      const info = await this.#jsm.consumers.info(n.jobsStream, n.consumer);
      if (info.config.ack_wait !== consumer.ack_wait) await this.#jsm.consumers.update(n.jobsStream, n.consumer, { ack_wait: consumer.ack_wait });
    } catch (err) {
      if (!isNotFound(err)) throw err;
      await this.#jsm.consumers.add(n.jobsStream, consumer);
    }
  }

  /** Publishes one job; `duplicate` when a job with the same id was queued within the duplicate window. */
  async publish(job: Job, msgId: string): Promise<{ duplicate: boolean }> {
    const data = encodeJob(job);
    const max = this.#nc.info?.max_payload ?? 1 << 20;
    if (data.byteLength > max - 1024) {
      throw new QueueError('E_QUEUE_TOO_LARGE', `${job.kind === 'article' ? job.article.origin : job.url}: ${data.byteLength} bytes is more than the queue's limit of ${max} bytes for one message.`);
    }
    try {
      const ack = await this.#js.publish(this.names.jobSubject(job.kind), data, { msgID: msgId, timeout: 10_000 });
      return { duplicate: ack.duplicate };
    } catch (err) {
      throw unavailable(this.cfg, err);
    }
  }

  /** Publishes many jobs, `window` at a time; resolves to how many were new and how many duplicates. */
  async publishMany(jobs: Iterable<{ job: Job; msgId: string }> | AsyncIterable<{ job: Job; msgId: string }>, window = 256): Promise<{ queued: number; duplicates: number }> {
    let queued = 0, duplicates = 0;
    const running = new Set<Promise<void>>();
    let failure: unknown = null;
    for await (const j of jobs) {
      if (failure) break;
      const p: Promise<void> = this.publish(j.job, j.msgId).then(
        (r) => { if (r.duplicate) duplicates++; else queued++; },
        (err) => { failure ??= err; },
      ).finally(() => running.delete(p));
      running.add(p);
      if (running.size >= window) await Promise.race(running);
    }
    await Promise.all(running);
    if (failure) throw failure;
    return { queued, duplicates };
  }

  /** Keeps a failed job in the dead-letter stream (waits for the server to confirm). */
  async deadLetter(d: DeadLetter): Promise<void> {
    const h = headers();
    h.set('Rasid-Error', d.error.code);
    try {
      await this.#js.publish(this.names.deadSubject, JSONCodec().encode(d), { headers: h, timeout: 10_000 });
    } catch (err) {
      throw unavailable(this.cfg, err);
    }
  }

  /**
   * Takes up to `max` jobs: those available now, or else waits up to `waitMs` for one (then takes what else is
   * there). Only jobs actually taken are held, so a worker never sits on jobs it has not begun. A request cut by a
   * lost connection is abandoned (at the disconnect, or at its deadline), never waited on for ever.
   */
  async take(max: number, waitMs: number): Promise<JsMsg[]> {
    const now = await this.#collect(this.#js.fetch(this.names.jobsStream, this.names.consumer, { batch: max, no_wait: true }), 5000);
    if (now.length > 0) return now;
    this.#consumer ??= await this.#js.consumers.get(this.names.jobsStream, this.names.consumer);
    const expires = Math.max(1000, waitMs);
    const first = await this.#collect(await this.#consumer.fetch({ max_messages: 1, expires }), expires + 5000);
    if (first.length === 0) return [];
    return max > 1 ? [...first, ...(await this.#collect(this.#js.fetch(this.names.jobsStream, this.names.consumer, { batch: max - 1, no_wait: true }), 5000))] : first;
  }

  /** The messages of one pull request, ended early by a disconnect or by `deadlineMs`. */
  async #collect(it: AsyncIterable<JsMsg> & { stop(err?: Error): void }, deadlineMs: number): Promise<JsMsg[]> {
    const out: JsMsg[] = [];
    const stop = (): void => it.stop();
    this.#pulls.add(stop);
    const timer = setTimeout(stop, deadlineMs);
    try {
      for await (const m of it) out.push(m);
    } finally {
      clearTimeout(timer);
      this.#pulls.delete(stop);
    }
    return out;
  }

  /** The queue's counts and the latest `deadLimit` dead letters. */
  async status(deadLimit = 10): Promise<QueueStatus> {
    try {
      const [s, c, d] = await Promise.all([
        this.#jsm.streams.info(this.names.jobsStream),
        this.#jsm.consumers.info(this.names.jobsStream, this.names.consumer),
        this.#jsm.streams.info(this.names.deadStream),
      ]);
      return {
        queue: this.cfg.name,
        pending: c.num_pending,
        inFlight: c.num_ack_pending,
        redelivered: c.num_redelivered,
        waitingWorkers: c.num_waiting,
        queued: s.state.last_seq,
        dead: d.state.messages,
        deadLetters: await this.deadLetters(deadLimit),
        ackWaitMs: Math.round((c.config.ack_wait ?? 0) / NS),
      };
    } catch (err) {
      throw unavailable(this.cfg, err);
    }
  }

  /** The dead letters, newest first (at most `limit`). */
  async deadLetters(limit = Infinity): Promise<DeadLetter[]> {
    const info = await this.#jsm.streams.info(this.names.deadStream);
    const out: DeadLetter[] = [];
    for (let seq = info.state.last_seq; seq >= info.state.first_seq && seq > 0 && out.length < limit; seq--) {
      try {
        const m = await this.#jsm.streams.getMessage(this.names.deadStream, { seq });
        out.push({ ...(m.json() as DeadLetter), seq });
      } catch (err) {
        if (!isNotFound(err)) throw err; // a letter removed by `retry` leaves a gap
      }
    }
    return out;
  }

  /** Puts every dead letter that holds a job back on the queue and removes it from the dead letters. */
  async retryDead(): Promise<{ requeued: number; dropped: number }> {
    let requeued = 0, dropped = 0;
    for (const d of (await this.deadLetters()).reverse()) {
      if (d.job) {
        await this.publish(d.job, `retry:${d.seq}:${Date.now()}`);
        requeued++;
      } else dropped++;
      await this.#jsm.streams.deleteMessage(this.names.deadStream, d.seq!, false);
    }
    return { requeued, dropped };
  }

  /** Deletes the queue's streams (its jobs and dead letters). */
  async destroy(): Promise<void> {
    for (const s of [this.names.jobsStream, this.names.deadStream]) {
      try {
        await this.#jsm.streams.delete(s);
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
    }
  }

  /** Sends what is buffered and closes the connection. */
  async close(): Promise<void> {
    if (this.#nc.isClosed()) return;
    await this.#nc.drain().catch(() => this.#nc.close());
  }
}

/** Deliveries so far of a taken message, this one included. */
export const deliveries = (m: JsMsg): number => m.info.deliveryCount;
