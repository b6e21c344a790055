// Ingestion: input articles → extraction (on worker threads) → the store, one transaction per batch.
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { RasidError, StoreError } from '../errors.js';
import type { ArticleInput, SourceItem } from '../ingest/sources.js';
import type { Extracted, Extractor } from './extract.js';
import { contentHash } from './index.js';
import type { ArticleRecord, PutResult, Store } from './types.js';

export interface IngestProgress {
  /** Articles read so far (stored, skipped or rejected). */
  done: number;
  /** The estimated number of articles in all, when the inputs allow an estimate. */
  total: number | null;
  stored: number;
  duplicates: number;
  rejected: number;
  elapsedMs: number;
}

export interface IngestSummary {
  /** Articles written as new. */
  inserted: number;
  /** Articles whose changed content was written as a new version. */
  newVersions: number;
  /** Articles already stored with the same content, skipped. */
  duplicates: number;
  /** Inputs or articles refused, with where and why. */
  rejected: { origin: string; error: RasidError }[];
  elapsedMs: number;
}

export interface IngestOptions {
  /** Articles per transaction (default 100). */
  batch?: number;
  /** Called after each batch is written. */
  onProgress?: (p: IngestProgress) => void;
  /** The estimated number of articles, for the ETA. */
  total?: number | null;
}

/**
 * Reads `items`, skips what the store already holds (same content hash) before analysing it, analyses the rest with
 * `extractor` and writes each batch in one transaction. The next batch is analysed while the previous one is written.
 * A kill at any moment loses at most the batches not yet committed; running again completes without duplicates.
 */
export async function ingestArticles(
  items: AsyncIterable<SourceItem> | Iterable<SourceItem>,
  store: Store,
  extractor: Extractor,
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const size = opts.batch ?? 100;
  const started = performance.now();
  const summary: IngestSummary = { inserted: 0, newVersions: 0, duplicates: 0, rejected: [], elapsedMs: 0 };
  let done = 0;
  const progress = (): void => {
    opts.onProgress?.({
      done, total: opts.total ?? null, stored: summary.inserted + summary.newVersions, duplicates: summary.duplicates,
      rejected: summary.rejected.length, elapsedMs: performance.now() - started,
    });
  };

  interface Pending { articles: ArticleInput[]; hashes: string[]; results: Promise<Extracted[]>; skipped: number }

  const prepare = async (articles: ArticleInput[]): Promise<Pending> => {
    const hashes = articles.map((a) => contentHash(a));
    const known = await store.knownHashes([...new Set(hashes)]);
    const seen = new Set<string>();
    const keep: ArticleInput[] = [];
    const keepHashes: string[] = [];
    let skipped = 0;
    articles.forEach((a, i) => {
      const h = hashes[i]!;
      if (known.has(h) || seen.has(h)) { skipped++; return; }
      seen.add(h);
      keep.push(a);
      keepHashes.push(h);
    });
    const results = extractor.extract(keep);
    results.catch(() => undefined); // awaited later; an early failure must not go unhandled meanwhile
    return { articles: keep, hashes: keepHashes, results, skipped };
  };

  const write = async (p: Pending): Promise<void> => {
    const results = await p.results;
    const batch: ArticleRecord[] = [];
    const origins: string[] = [];
    results.forEach((r, i) => {
      const a = p.articles[i]!;
      if (r.ok) { batch.push({ extraction: r.extraction, hash: p.hashes[i]!, terms: r.terms }); origins.push(a.origin); }
      else summary.rejected.push({ origin: a.origin, error: new RasidError(r.code, r.message, { position: positionOf(a.origin) }) });
    });
    const put = batch.length > 0 ? await putIsolating(store, batch, origins, summary) : [];
    summary.duplicates += p.skipped;
    for (const r of put) {
      if (r.status === 'inserted') summary.inserted++;
      else if (r.status === 'new-version') summary.newVersions++;
      else summary.duplicates++;
    }
    done += p.articles.length + p.skipped;
    progress();
  };

  let previous: Pending | null = null;
  let current: ArticleInput[] = [];
  const flush = async (): Promise<void> => {
    const next = await prepare(current);
    current = [];
    if (previous) await write(previous);
    previous = next;
  };
  try {
    for await (const item of items) {
      if (!item.ok) {
        summary.rejected.push({ origin: item.origin, error: item.error });
        done++;
        continue;
      }
      current.push(item.article);
      if (current.length >= size) await flush();
    }
    if (current.length > 0) await flush();
    if (previous) await write(previous);
  } finally {
    summary.elapsedMs = performance.now() - started;
  }
  return summary;
}

/**
 * Writes a batch; when the database refuses one of its records (E_STORE_RECORD), writes them one by one so that only
 * the refused ones are rejected. Other errors (locked, read-only) stop the run.
 */
async function putIsolating(store: Store, batch: ArticleRecord[], origins: string[], summary: IngestSummary): Promise<PutResult[]> {
  const refused = (err: unknown): err is StoreError => err instanceof StoreError && err.code === 'E_STORE_RECORD';
  try {
    return await store.putArticles(batch);
  } catch (err) {
    if (!refused(err)) throw err;
  }
  const out: PutResult[] = [];
  for (let i = 0; i < batch.length; i++) {
    try {
      out.push(...(await store.putArticles([batch[i]!])));
    } catch (err) {
      if (!refused(err)) throw err;
      summary.rejected.push({ origin: origins[i]!, error: new StoreError('E_STORE_RECORD', `${origins[i]}: ${err.message}`, { position: positionOf(origins[i]!), cause: err }) });
    }
  }
  return out;
}

/** `file:line` → a position for the error. */
function positionOf(origin: string): { file: string; line?: number } {
  const m = /^(.*):(\d+)$/.exec(origin);
  return m && !/^https?:\/\/[^/]*$/.test(m[1]!) ? { file: m[1]!, line: Number(m[2]) } : { file: origin };
}

const READ_CHUNK = 1 << 20;

/**
 * An estimate of the number of articles in local inputs, for the ETA: the non-empty lines of .jsonl files and one
 * per other file, through directories. Null when an input is standard input or a URL (no estimate then).
 */
export function estimateArticles(inputs: readonly string[]): number | null {
  if (inputs.length === 0) return null;
  let n = 0;
  const visit = (path: string): boolean => {
    let st;
    try {
      st = statSync(path);
    } catch {
      n++;
      return true;
    }
    if (st.isDirectory()) {
      for (const e of readdirSync(path).sort()) if (!e.startsWith('.') && !visit(join(path, e))) return false;
      return true;
    }
    const ext = extname(path).toLowerCase();
    n += ext === '.jsonl' || ext === '.ndjson' ? countLines(path) : 1;
    return true;
  };
  for (const p of inputs) {
    if (p === '-' || /^https?:\/\//i.test(p)) return null;
    if (!visit(p)) return null;
  }
  return n;
}

function countLines(path: string): number {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(READ_CHUNK);
    let lines = 0;
    let lineHasText = false;
    for (;;) {
      const got = readSync(fd, buf, 0, buf.length, null);
      if (got === 0) break;
      for (let i = 0; i < got; i++) {
        const c = buf[i]!;
        if (c === 10) { if (lineHasText) lines++; lineHasText = false; } else if (c !== 13 && c !== 32 && c !== 9) lineHasText = true;
      }
    }
    return lines + (lineHasText ? 1 : 0);
  } finally {
    closeSync(fd);
  }
}
