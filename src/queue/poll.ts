// Polling one feed: a conditional GET (If-None-Match / If-Modified-Since), its items parsed, and the items not taken
// before turned into jobs.
import { createHash } from 'node:crypto';
import { InputError } from '../errors.js';
import { contentTypeCharset, decodeBytes, DEFAULT_MAX_BYTES } from '../ingest/decode.js';
import { parseFeedText, type FeedEntry, type ParsedFeed } from '../ingest/feeds.js';
import { htmlToText } from '../ingest/html.js';
import { articleId, parsePublished, type ArticleInput } from '../ingest/sources.js';
import { DEFAULT_TIMEOUT_MS } from '../ingest/fetch.js';
import { articleJob, urlJob, type Job } from './jobs.js';

export type ConditionalAnswer =
  | { status: 304 }
  | { status: 200; url: string; bytes: Buffer; contentType: string | null; etag: string | null; lastModified: string | null };

export interface ConditionalOptions {
  etag: string | null;
  lastModified: string | null;
  timeoutMs?: number;
  maxBytes?: number;
}

/**
 * GETs `url` with the validators of the previous answer. 304 → nothing changed. Errors are the typed errors of
 * src/ingest/fetch.ts: E_URL_TIMEOUT, E_URL_UNREACHABLE, E_URL_STATUS, E_INPUT_TOO_LARGE.
 */
export async function conditionalGet(url: string, opts: ConditionalOptions): Promise<ConditionalAnswer> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const position = { file: url };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; controller.abort(); }, timeoutMs);
  try {
    const h: Record<string, string> = {
      'user-agent': 'rasid',
      accept: 'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5',
    };
    if (opts.etag) h['if-none-match'] = opts.etag;
    if (opts.lastModified) h['if-modified-since'] = opts.lastModified;
    let res: Response;
    try {
      res = await fetch(url, { signal: controller.signal, redirect: 'follow', headers: h });
    } catch (err) {
      if (timedOut) throw new InputError('E_URL_TIMEOUT', `${url}: no answer within ${timeoutMs / 1000} s.`, { position, cause: err });
      const code = (err as { cause?: { code?: string } }).cause?.code;
      throw new InputError('E_URL_UNREACHABLE', `${url}: cannot connect (${code ?? (err as Error).message}).`, { position, cause: err });
    }
    if (res.status === 304) {
      await res.body?.cancel().catch(() => undefined);
      return { status: 304 };
    }
    if (res.status < 200 || res.status > 299) {
      await res.body?.cancel().catch(() => undefined);
      throw new InputError('E_URL_STATUS', `${url}: the server answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}.`, { position });
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    try {
      if (res.body) {
        const reader = res.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          total += value.byteLength;
          if (total > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw new InputError('E_INPUT_TOO_LARGE', `${url}: more than the limit of ${maxBytes} bytes for one input.`, { position });
          }
          chunks.push(value);
        }
      }
    } catch (err) {
      if (err instanceof InputError) throw err;
      if (timedOut) throw new InputError('E_URL_TIMEOUT', `${url}: the feed did not arrive within ${timeoutMs / 1000} s.`, { position, cause: err });
      throw new InputError('E_URL_UNREACHABLE', `${url}: the connection broke while reading (${(err as Error).message}).`, { position, cause: err });
    }
    return {
      status: 200, url: res.url || url, bytes: Buffer.concat(chunks, total), contentType: res.headers.get('content-type'),
      etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified'),
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Parses a fetched feed (decoded by BOM, declared charset, then detection). Throws E_FEED_INVALID when it is none. */
export function parseFetchedFeed(a: Extract<ConditionalAnswer, { status: 200 }>, maxBytes = DEFAULT_MAX_BYTES): ParsedFeed {
  const text = decodeBytes(a.bytes, a.url, { maxBytes, declared: contentTypeCharset(a.contentType) }).text;
  return parseFeedText(text, a.url, parsePublished);
}

/** The key an item is remembered by: its id (guid), else its link, else its title and content. */
export function itemKey(e: FeedEntry): string {
  const basis = e.id ? `id:${e.id}` : e.url ? `url:${e.url}` : `text:${e.title ?? ''}\u0000${e.content ?? ''}`;
  return createHash('sha256').update(basis).digest('hex').slice(0, 32);
}

/**
 * The job for one new item: its page to read (with the item's date as fallback), or — for an offline feed, or an item
 * without a page — the article the feed's own text makes. Null when the item carries nothing to analyse.
 */
export function itemJob(e: FeedEntry, feed: ParsedFeed, feedUrl: string, index: number, offline: boolean): Job | null {
  if (!offline && e.url && /^https?:\/\//i.test(e.url)) return urlJob(e.url, e.published, false);
  const title = e.title;
  let body = e.content ? (e.contentIsHtml ? htmlToText(e.content) : e.content.trim()) : '';
  if (title) {
    const first = body.split('\n\n', 1)[0] ?? '';
    if (first.replace(/\s+/g, ' ').trim() === title.replace(/\s+/g, ' ').trim()) body = body.slice(first.length).replace(/^\n+/, '');
  }
  if (body.trim() === '') return null;
  const text = title ? `${title}\n\n${body}` : body;
  const article: ArticleInput = {
    id: articleId(text, e.url), url: e.url, outlet: feed.title, title, published: e.published, text, origin: `${feedUrl}#${index + 1}`,
  };
  return articleJob(article);
}
