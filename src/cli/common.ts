// Options shared by the commands that read articles.
import { UsageError, type RasidError } from '../errors.js';
import { INPUT_FORMATS, parsePublished, readArticlesAsync, type ArticleInput, type InputFormat, type ReadOptions } from '../ingest/sources.js';
import { analyse, createRegistry, DEFAULT_STAGES, loadResources, type Doc } from '../pipeline/index.js';
import { rejectionSummary, type Io } from './output.js';

export const commonOptions = {
  published: { type: 'string' },
  input: { type: 'string' },
  'max-bytes': { type: 'string' },
  offline: { type: 'boolean' },
  timeout: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The help lines of the input options, shared by the commands that read articles. */
export const INPUT_HELP = `  --input txt|jsonl|html|feed
                           read every input in this format, whatever its name
  --max-bytes N            refuse inputs (files, pages, feeds) larger than N bytes (default 16777216)
  --offline                feeds: analyse the text each item carries instead of fetching its page
  --timeout SECONDS        time limit of one HTTP request (default 15)`;

export function readCommon(values: {
  published?: string | undefined;
  input?: string | undefined;
  'max-bytes'?: string | undefined;
  offline?: boolean | undefined;
  timeout?: string | undefined;
}): ReadOptions {
  const opts: ReadOptions = {};
  if (values.published !== undefined) {
    const p = /^\d{4}-\d{2}-\d{2}$/.test(values.published) ? parsePublished(values.published) : null;
    if (!p) throw new UsageError(`--published must be a date written YYYY-MM-DD, not "${values.published}".`, 'For example: --published 2014-11-16');
    opts.published = p;
  }
  if (values.input !== undefined) {
    if (!(INPUT_FORMATS as readonly string[]).includes(values.input)) throw new UsageError(`--input must be ${INPUT_FORMATS.join(', ')}, not "${values.input}".`);
    opts.format = values.input as InputFormat;
  }
  if (values['max-bytes'] !== undefined) {
    const n = Number(values['max-bytes']);
    if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--max-bytes must be a positive whole number of bytes, not "${values['max-bytes']}".`);
    opts.maxBytes = n;
  }
  if (values.offline) opts.offline = true;
  if (values.timeout !== undefined) {
    const t = Number(values.timeout);
    if (!Number.isFinite(t) || t <= 0) throw new UsageError(`--timeout must be a positive number of seconds, not "${values.timeout}".`);
    opts.timeoutMs = Math.round(t * 1000);
  }
  return opts;
}

/** The Doc metadata of an input article. */
export function metaOf(a: ArticleInput): Doc['meta'] {
  return { id: a.id, url: a.url, outlet: a.outlet, title: a.title, published: a.published };
}

/**
 * Runs the default pipeline over every input article and hands each Doc to `each`. Rejected inputs are collected
 * and summarised on stderr at the end; returns the exit code (0, or 2 when some inputs were rejected).
 */
export async function forEachArticle(paths: readonly string[], opts: ReadOptions, io: Io, each: (doc: Doc) => void): Promise<number> {
  const pipeline = createRegistry().build(DEFAULT_STAGES, loadResources());
  if (paths.length === 0 && io.stdinIsTTY) io.err('rasid: reading an article from standard input (end with Ctrl-D)\n');
  const rejected: { origin: string; error: RasidError }[] = [];
  let total = 0;
  for await (const item of readArticlesAsync(paths, opts)) {
    total++;
    if (!item.ok) { rejected.push(item); continue; }
    each(analyse(pipeline, item.article.text, metaOf(item.article)));
  }
  if (rejected.length === 0) return 0;
  io.err(rejectionSummary(rejected, total));
  return 2;
}
