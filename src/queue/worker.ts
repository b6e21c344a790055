// A queue worker: takes jobs, analyses articles, writes them to the store in one transaction per batch, and answers
// each job — done, retried later with backoff, or moved to the dead-letter queue with its error.
import type { JsMsg } from 'nats';
import { RasidError } from '../errors.js';
import { readArticlesAsync, type ArticleInput } from '../ingest/sources.js';
import type { Extractor } from '../store/extract.js';
import { contentHash } from '../store/index.js';
import type { ArticleRecord, Store } from '../store/types.js';
import { retryDelay } from './config.js';
import type { FeedState } from './feed-state.js';
import { articleJob, decodeJob, jobLabel, jobMessageId, type Job, type JobKind } from './jobs.js';
import type { WorkerMetrics } from './metrics.js';
import { deliveries, type JobQueue } from './nats.js';
import { conditionalGet, itemJob, itemKey, parseFetchedFeed } from './poll.js';
import { createHash } from 'node:crypto';

export interface WorkerOptions {
  /** Names the worker in dead letters and logs (host:pid by default). */
  id: string;
  queue: JobQueue;
  store: Store;
  extractor: Extractor;
  feeds: FeedState;
  metrics: WorkerMetrics;
  /** Articles analysed and written together, in one transaction (default 16). */
  batch?: number;
  /** URL and feed jobs (network reads) run at once beside the articles (default 4). */
  ioConcurrency?: number;
  /** Limits for reading pages and feeds. */
  maxBytes?: number;
  timeoutMs?: number;
  log?: (line: string) => void;
}

/** Codes of failures that the same job would meet again: the job goes to the dead letters at once. */
const PERMANENT = new Set<string>([
  'E_QUEUE_JOB', 'E_QUEUE_TOO_LARGE', 'E_INPUT_NOT_FOUND', 'E_INPUT_EMPTY', 'E_INPUT_BINARY', 'E_INPUT_ENCODING', 'E_INPUT_TOO_LARGE',
  'E_INPUT_FORMAT', 'E_FEED_INVALID', 'E_JSONL_PARSE', 'E_JSONL_RECORD', 'E_DATE_INVALID', 'E_STORE_RECORD', 'E_EXTRACT_FAILED',
  'E_PIPELINE_MISSING', 'E_PIPELINE_UNKNOWN',
]);

/**
 * Whether a failure is worth another attempt: a lost or locked database, an unreachable queue or server, a timeout,
 * an HTTP 408/429/5xx — and anything unexpected. Bad input is not.
 */
export function isTransient(err: unknown): boolean {
  if (!(err instanceof RasidError)) return true;
  if (err.code === 'E_URL_STATUS') {
    const status = Number(/HTTP (\d{3})/.exec(err.message)?.[1] ?? 0);
    return status === 408 || status === 429 || status >= 500;
  }
  return !PERMANENT.has(err.code);
}

const errorOf = (err: unknown): { code: string; message: string } =>
  err instanceof RasidError ? { code: err.code, message: err.message } : { code: 'E_INTERNAL', message: (err as Error)?.message ?? String(err) };

interface Taken {
  m: JsMsg;
  /** performance.now() when the job arrived. */
  at: number;
}

interface Decoded extends Taken {
  job: Job;
}

/**
 * Runs until `stop()`: then finishes the batch at hand and the network jobs under way, hands back the jobs received
 * but not begun (so other workers take them at once), and resolves.
 */
export class Worker {
  readonly #o: Required<Omit<WorkerOptions, 'log'>> & { log: (line: string) => void };
  #stopping = false;
  #queueError: string | null = null;
  readonly #held = new Set<JsMsg>();
  readonly #io = new Set<Promise<void>>();
  #storeFailing = false;

  constructor(opts: WorkerOptions) {
    this.#o = { batch: 16, ioConcurrency: 4, maxBytes: 16 * 1024 * 1024, timeoutMs: 15_000, log: () => undefined, ...opts };
  }

  get stopping(): boolean {
    return this.#stopping;
  }

  /** Healthy: taking jobs, connected to the queue, and the last write to the store went through. */
  health(): { ok: boolean; body: Record<string, unknown> } {
    const m = this.#o.metrics;
    const queue = this.#o.queue.state;
    const ok = !this.#stopping && queue === 'connected' && this.#queueError === null && !this.#storeFailing;
    return {
      ok,
      body: {
        status: this.#stopping ? 'stopping' : ok ? 'ok' : 'degraded', worker: this.#o.id, queue, store: this.#storeFailing ? 'failing' : 'ok',
        ...(this.#queueError ? { queueError: this.#queueError } : {}),
        inFlight: m.inFlight, done: m.done.total(), failed: m.failed.total(), retried: m.retried.total(),
      },
    };
  }

  stop(): void {
    if (this.#stopping) return;
    this.#stopping = true;
  }

  async run(): Promise<void> {
    const o = this.#o;
    // a job held longer than the ack wait would be handed to another worker: say it is still being worked on
    const beat = setInterval(() => { for (const m of this.#held) m.working(); }, Math.max(500, Math.floor(o.queue.cfg.ackWaitMs / 3)));
    try {
      while (!this.#stopping) {
        while (this.#io.size >= o.ioConcurrency && !this.#stopping) await Promise.race(this.#io);
        if (this.#stopping) break;
        let msgs: JsMsg[];
        try {
          msgs = await o.queue.take(o.batch, 2000);
          this.#queueError = null;
        } catch (err) {
          // the connection is down or the server restarts: the client reconnects; try again shortly
          const why = (err as Error).message ?? String(err);
          if (this.#queueError !== why) o.log(`cannot take jobs (${why}); trying again`);
          this.#queueError = why;
          await new Promise((r) => setTimeout(r, 500));
          continue;
        }
        if (this.#stopping) {
          for (const m of msgs) m.nak(); // taken while the stop came: others take them at once
          break;
        }
        const now = performance.now();
        const articles: Decoded[] = [];
        for (const m of msgs) {
          const t = { m, at: now };
          this.#hold(m);
          const d = await this.#admit(t);
          if (!d) continue;
          if (d.job.kind === 'article') articles.push(d);
          else {
            const p: Promise<void> = this.#network(d).finally(() => this.#io.delete(p));
            this.#io.add(p);
          }
        }
        if (articles.length > 0) await this.#articles(articles);
      }
    } finally {
      await Promise.all(this.#io);
      clearInterval(beat);
    }
  }

  #hold(m: JsMsg): void {
    this.#held.add(m);
    this.#o.metrics.inFlight = this.#held.size;
  }

  #release(m: JsMsg): void {
    this.#held.delete(m);
    this.#o.metrics.inFlight = this.#held.size;
  }

  /** Decodes a message; one that is no job, or that came back more often than allowed, goes to the dead letters. */
  async #admit(t: Taken): Promise<Decoded | null> {
    let job: Job;
    try {
      job = decodeJob(t.m.data);
    } catch (err) {
      await this.#dead(t, null, err, 'unknown');
      return null;
    }
    const n = deliveries(t.m);
    if (n > this.#o.queue.cfg.maxAttempts) {
      const err = new RasidError('E_QUEUE_ATTEMPTS', `${jobLabel(job)}: delivered ${n} times without an answer (its worker stopped or lost the connection each time).`);
      await this.#dead(t, job, err, job.kind);
      return null;
    }
    return { ...t, job };
  }

  #done(t: Taken, kind: JobKind): void {
    t.m.ack();
    this.#release(t.m);
    this.#o.metrics.jobDone(kind, (performance.now() - t.at) / 1000);
  }

  /** Hands the job back to be tried again after a backoff, or dead-letters it when its attempts are spent. */
  async #retry(t: Taken, job: Job, err: unknown): Promise<void> {
    const n = deliveries(t.m);
    const cfg = this.#o.queue.cfg;
    if (n >= cfg.maxAttempts) {
      const e = errorOf(err);
      await this.#dead(t, job, new RasidError('E_QUEUE_ATTEMPTS', `${jobLabel(job)}: failed ${n} times; last: ${e.code} ${e.message}`), job.kind);
      return;
    }
    const delay = retryDelay(n, cfg.retryBaseMs, cfg.retryMaxMs);
    t.m.nak(delay);
    this.#release(t.m);
    this.#o.metrics.retried.inc({ kind: job.kind });
    this.#o.log(`retry ${job.kind} ${jobLabel(job)} in ${(delay / 1000).toFixed(1)} s (attempt ${n} of ${cfg.maxAttempts}): ${errorOf(err).message}`);
  }

  /** Keeps the job and its error in the dead-letter stream, then removes it from the queue. */
  async #dead(t: Taken, job: Job | null, err: unknown, kind: JobKind | 'unknown'): Promise<void> {
    const e = errorOf(err);
    try {
      await this.#o.queue.deadLetter({
        job, raw: job ? null : Buffer.from(t.m.data.subarray(0, 2000)).toString('utf8'), error: e, attempts: deliveries(t.m),
        failedAt: new Date().toISOString(), worker: this.#o.id,
      });
    } catch {
      // the queue is away: hand the job back; the next delivery dead-letters it again
      t.m.nak(this.#o.queue.cfg.retryBaseMs);
      this.#release(t.m);
      return;
    }
    t.m.ack();
    this.#release(t.m);
    this.#o.metrics.jobFailed(kind, e.code, (performance.now() - t.at) / 1000);
    this.#o.log(`dead letter ${job ? `${job.kind} ${jobLabel(job)}` : `(not a job, ${t.m.subject})`}: ${e.code} ${e.message}`);
  }

  /** One batch of articles: skip those stored already, analyse the rest, write them in one transaction. */
  async #articles(batch: Decoded[]): Promise<void> {
    const o = this.#o;
    const items = batch.map((d) => ({ ...d, a: (d.job as Extract<Job, { kind: 'article' }>).article as ArticleInput, hash: '' }));
    for (const it of items) it.hash = contentHash(it.a);
    let known: Set<string>;
    try {
      known = await o.store.knownHashes([...new Set(items.map((i) => i.hash))]);
      this.#storeFailing = false;
    } catch (err) {
      this.#storeFailing = true;
      for (const it of items) await this.#retry(it, it.job, err);
      return;
    }
    const seen = new Set<string>();
    const fresh: typeof items = [];
    for (const it of items) {
      if (known.has(it.hash) || seen.has(it.hash)) {
        o.metrics.articles.inc({ status: 'duplicate' });
        this.#done(it, 'article');
      } else {
        seen.add(it.hash);
        fresh.push(it);
      }
    }
    if (fresh.length === 0) return;
    let results;
    try {
      results = await o.extractor.extract(fresh.map((i) => i.a));
    } catch (err) {
      for (const it of fresh) await this.#retry(it, it.job, err);
      return;
    }
    const good: { it: (typeof items)[number]; rec: ArticleRecord }[] = [];
    for (let k = 0; k < fresh.length; k++) {
      const r = results[k]!, it = fresh[k]!;
      if (r.ok) good.push({ it, rec: { extraction: r.extraction, hash: it.hash, terms: r.terms } });
      else await this.#dead(it, it.job, new RasidError(r.code, r.message), 'article');
    }
    await this.#write(good);
  }

  async #write(good: { it: Decoded & { hash: string }; rec: ArticleRecord }[]): Promise<void> {
    if (good.length === 0) return;
    const o = this.#o;
    try {
      const put = await o.store.putArticles(good.map((g) => g.rec));
      this.#storeFailing = false;
      put.forEach((r, k) => {
        o.metrics.articles.inc({ status: r.status });
        this.#done(good[k]!.it, 'article');
      });
    } catch (err) {
      if (isTransient(err)) {
        this.#storeFailing = true;
        for (const g of good) await this.#retry(g.it, g.it.job, err);
      } else if (good.length > 1) {
        // one record the store refuses must not hold back the others: write them one by one
        for (const g of good) await this.#write([g]);
      } else {
        await this.#dead(good[0]!.it, good[0]!.it.job, err, 'article');
      }
    }
  }

  /** A URL or feed job: network reads, run beside the article batches. */
  async #network(d: Decoded): Promise<void> {
    try {
      if (d.job.kind === 'url') await this.#url(d, d.job);
      else if (d.job.kind === 'feed') await this.#feed(d, d.job);
      this.#done(d, d.job.kind);
    } catch (err) {
      if (isTransient(err)) await this.#retry(d, d.job, err);
      else await this.#dead(d, d.job, err, d.job.kind);
    }
  }

  /** Reads a page or feed URL and queues the articles found; items that cannot be read become dead letters. */
  async #url(d: Decoded, job: Extract<Job, { kind: 'url' }>): Promise<void> {
    const o = this.#o;
    const articles: ArticleInput[] = [];
    const failed: { origin: string; error: RasidError }[] = [];
    for await (const item of readArticlesAsync([job.url], { published: job.published, offline: job.offline, maxBytes: o.maxBytes, timeoutMs: o.timeoutMs })) {
      if (item.ok) articles.push(item.article);
      else failed.push({ origin: item.origin, error: item.error });
    }
    if (articles.length === 0 && failed.length > 0) throw failed[0]!.error;
    await o.queue.publishMany(articles.map((a) => { const j = articleJob(a); return { job: j, msgId: jobMessageId(j, contentHash(a)) }; }));
    for (const f of failed) {
      await o.queue.deadLetter({
        job: null, raw: f.origin, error: errorOf(f.error), attempts: deliveries(d.m), failedAt: new Date().toISOString(), worker: o.id,
      });
      o.metrics.failed.inc({ kind: 'url', code: f.error.code });
    }
  }

  /** Polls a feed with a conditional request and queues the items not taken before. */
  async #feed(_d: Decoded, job: Extract<Job, { kind: 'feed' }>): Promise<void> {
    const o = this.#o;
    const state = await o.feeds.get(job.url);
    if (!state) {
      o.log(`feed ${job.url} is no longer polled; job dropped`);
      return;
    }
    const at = (): string => new Date().toISOString();
    let feed, answer;
    try {
      answer = await conditionalGet(job.url, { etag: state.etag, lastModified: state.lastModified, timeoutMs: o.timeoutMs, maxBytes: o.maxBytes });
      if (answer.status === 304) {
        await o.feeds.recordPoll(job.url, { status: 'not-modified', at: at(), newItems: 0 });
        return;
      }
      feed = parseFetchedFeed(answer, o.maxBytes);
    } catch (err) {
      await o.feeds.recordPoll(job.url, { status: 'error', at: at(), error: errorOf(err).message, newItems: 0 }).catch(() => undefined);
      throw err;
    }
    const keys = feed.items.map(itemKey);
    const unseen = await o.feeds.unseen(job.url, keys);
    const feedKey = createHash('sha256').update(job.url).digest('hex').slice(0, 16);
    const jobs: { job: Job; msgId: string }[] = [];
    const taken: { key: string; url: string | null }[] = [];
    feed.items.forEach((e, i) => {
      const key = keys[i]!;
      if (!unseen.has(key)) return;
      unseen.delete(key); // an item listed twice is taken once
      taken.push({ key, url: e.url });
      const j = itemJob(e, feed, job.url, i, state.offline);
      if (j) jobs.push({ job: j, msgId: `i:${feedKey}:${key}` });
    });
    // queue first, then remember: a crash in between queues the items again, and the store keeps them once
    await o.queue.publishMany(jobs);
    const n = await o.feeds.markSeen(job.url, taken, at());
    await o.feeds.recordPoll(job.url, { status: n > 0 ? 'new-items' : 'unchanged', at: at(), etag: answer.etag, lastModified: answer.lastModified, newItems: n });
  }
}
