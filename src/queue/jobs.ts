// The jobs that travel on the queue: an article to analyse, a URL to read, a feed to poll; checked when taken.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { QueueError } from '../errors.js';
import type { ArticleInput } from '../ingest/sources.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const ArticleSchema = z.strictObject({
  id: z.string().min(1),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  published: z.string().regex(DAY, 'YYYY-MM-DD').nullable(),
  text: z.string().min(1),
  origin: z.string(),
});

export const JobSchema = z.discriminatedUnion('kind', [
  /** An article read already: analyse it and store it. */
  z.strictObject({ v: z.literal(1), kind: z.literal('article'), article: ArticleSchema }),
  /** A page or feed URL: read it (a feed's items too) and queue the articles found. */
  z.strictObject({
    v: z.literal(1),
    kind: z.literal('url'),
    url: z.string().regex(/^https?:\/\//i, 'an http(s) URL'),
    /** The publication date to use when the page gives none (a feed item's date). */
    published: z.string().regex(DAY, 'YYYY-MM-DD').nullable(),
    /** Use the text a feed carries instead of fetching each item's page. */
    offline: z.boolean(),
  }),
  /** A polled feed (`rasid feeds add`): fetch it with a conditional request and queue its new items. */
  z.strictObject({ v: z.literal(1), kind: z.literal('feed'), url: z.string().regex(/^https?:\/\//i, 'an http(s) URL') }),
]);

export type Job = z.infer<typeof JobSchema>;
export type JobKind = Job['kind'];
export const JOB_KINDS: readonly JobKind[] = ['article', 'url', 'feed'];

export const articleJob = (a: ArticleInput): Job => ({ v: 1, kind: 'article', article: { ...a } });
export const urlJob = (url: string, published: string | null = null, offline = false): Job => ({ v: 1, kind: 'url', url, published, offline });
export const feedJob = (url: string): Job => ({ v: 1, kind: 'feed', url });

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

/**
 * The id the queue de-duplicates a job by (the same id published twice within the queue's duplicate window is kept
 * once). An article's is its content hash, so queueing the same article twice stores it once either way.
 */
export function jobMessageId(job: Job, contentHash?: string): string {
  switch (job.kind) {
    case 'article':
      return `a:${contentHash ?? sha(JSON.stringify(job.article))}`;
    case 'url':
      return `u:${sha(`${job.url}\u0000${job.published ?? ''}\u0000${job.offline}`)}`;
    case 'feed':
      return `f:${sha(job.url)}:${Math.floor(Date.now() / 1000)}`;
  }
}

/** Reads a message body as a job; anything else is E_QUEUE_JOB naming the first problems. */
export function decodeJob(data: Uint8Array): Job {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data));
  } catch (err) {
    throw new QueueError('E_QUEUE_JOB', `The message is not a JSON job (${(err as Error).message}).`);
  }
  const r = JobSchema.safeParse(json);
  if (!r.success) {
    const why = r.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'job'}: ${i.message}`).join('; ');
    throw new QueueError('E_QUEUE_JOB', `The message is not a valid job (${why}).`);
  }
  return r.data;
}

export function encodeJob(job: Job): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(job));
}

/** A short name of a job for messages and the dead-letter queue: the article's origin, or the URL. */
export function jobLabel(job: Job): string {
  return job.kind === 'article' ? job.article.origin || job.article.id : job.url;
}
