// `rasid ingest --queue`: local inputs are read here and queued as articles; URLs are queued to be read by a worker.
import type { RasidError } from '../errors.js';
import { isUrl } from '../ingest/fetch.js';
import { readArticlesAsync, type ReadOptions } from '../ingest/sources.js';
import { contentHash } from '../store/index.js';
import { articleJob, jobMessageId, urlJob, type Job } from './jobs.js';
import type { JobQueue } from './nats.js';

export interface EnqueueSummary {
  /** Articles queued (new to the queue). */
  articles: number;
  /** URLs queued, each read by a worker (a feed's items become articles there). */
  urls: number;
  /** Jobs the queue already held (same article or URL queued within its duplicate window). */
  duplicates: number;
  rejected: { origin: string; error: RasidError }[];
}

/**
 * Queues `inputs`: files, directories and standard input are read now (a bad one is reported, the others go on) and
 * each article becomes a job; http(s) URLs become jobs a worker reads.
 */
export async function enqueueInputs(queue: JobQueue, inputs: readonly string[], read: ReadOptions = {}): Promise<EnqueueSummary> {
  const urls = inputs.filter((i) => isUrl(i));
  const local = inputs.filter((i) => !isUrl(i));
  const summary: EnqueueSummary = { articles: 0, urls: 0, duplicates: 0, rejected: [] };
  if (local.length > 0 || inputs.length === 0) {
    const articles = async function* (): AsyncGenerator<{ job: Job; msgId: string }> {
      for await (const item of readArticlesAsync(local, read)) {
        if (!item.ok) { summary.rejected.push({ origin: item.origin, error: item.error }); continue; }
        const job = articleJob(item.article);
        yield { job, msgId: jobMessageId(job, contentHash(item.article)) };
      }
    };
    const r = await queue.publishMany(articles());
    summary.articles = r.queued;
    summary.duplicates += r.duplicates;
  }
  if (urls.length > 0) {
    const r = await queue.publishMany(urls.map((u) => {
      const job = urlJob(u, read.published ?? null, read.offline ?? false);
      return { job, msgId: jobMessageId(job) };
    }));
    summary.urls = r.queued;
    summary.duplicates += r.duplicates;
  }
  return summary;
}
