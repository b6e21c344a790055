// Reads articles from files (.txt, .jsonl, web pages, feeds), directories, URLs and standard input; a bad input is
// reported and the rest go on.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { z } from 'zod';
import { InputError, RasidError } from '../errors.js';
import { contentTypeCharset, decodeBytes, DEFAULT_MAX_BYTES } from './decode.js';
import { parseFeedText, sniffFormat, type FeedEntry, type ParsedFeed } from './feeds.js';
import { DEFAULT_TIMEOUT_MS, fetchUrl, isUrl } from './fetch.js';
import { extractPage, htmlToText, loadHtmlRules, type HtmlRules } from './html.js';

/** One article to analyse. */
export interface ArticleInput {
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  /** The text analysed: a .txt file verbatim, or title + "\n\n" + body for a JSONL record, a page or a feed item. */
  text: string;
  /** Where it came from: `file`, `file:line` (JSONL), `feed#item` (a feed's n-th item) or a URL. */
  origin: string;
}

export type SourceItem = { ok: true; article: ArticleInput } | { ok: false; error: RasidError; origin: string };

export interface ReadOptions {
  maxBytes?: number;
  /** Used where an input gives no publication date. */
  published?: string | null;
  /** Force the input format instead of choosing by extension (stdin and URLs: by their first characters). */
  format?: InputFormat;
  /** Feeds: use the text each item carries instead of fetching the item's page. */
  offline?: boolean;
  /** Time limit of one HTTP request, in milliseconds. */
  timeoutMs?: number;
  /** Item pages of a feed fetched at the same time. */
  concurrency?: number;
  /** Page-reading rules (data/ingest/html.json); loaded when an input needs them and none are given. */
  html?: HtmlRules;
}

export const INPUT_FORMATS = ['txt', 'jsonl', 'html', 'feed'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

/**
 * Reads a publication date as YYYY-MM-DD, keeping the calendar day the outlet wrote (no time-zone shift):
 * "2014-11-16", "2015-07-24 15:40:02", "Sat, 28 Dec 2013 04:40:00 +0400". Null when it is not a date.
 */
export function parsePublished(value: string): string | null {
  const v = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(v);
  let y: string, mo: string, d: string;
  if (m) [, y, mo, d] = m as unknown as [string, string, string, string];
  else if ((m = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/.exec(v))) {
    const month = MONTHS[(m[2] as string).toLowerCase()];
    if (!month) return null;
    [y, mo, d] = [m[3] as string, month, (m[1] as string).padStart(2, '0')];
  } else return null;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null;
  return `${y}-${mo}-${d}`;
}

/** A stable id: from the URL when there is one, otherwise from the text. */
export function articleId(text: string, url: string | null): string {
  return createHash('sha256').update(url ?? text).digest('hex').slice(0, 16);
}

const JsonlRecord = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    title: z.string().nullable().optional(),
    body: z.string().nullable().optional(),
    text: z.string().nullable().optional(),
    published: z.string().nullable().optional(),
    url: z.string().nullable().optional(),
    outlet: z.string().nullable().optional(),
  })
  .loose();

function readAll(path: string | 0, name: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = path === 0 ? 0 : openSync(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError('E_INPUT_NOT_FOUND', `${name}: cannot open (${code === 'ENOENT' ? 'no such file' : code ?? String(err)}).`, { position: { file: name }, cause: err });
  }
  try {
    if (path !== 0) {
      const st = fstatSync(fd);
      if (st.isDirectory()) throw new InputError('E_INPUT_FORMAT', `${name}: is a directory; pass the files in it.`, { position: { file: name } });
      if (st.size > maxBytes) {
        throw new InputError('E_INPUT_TOO_LARGE', `${name}: ${st.size} bytes is more than the limit of ${maxBytes} bytes for one input.`, { position: { file: name } });
      }
    }
    // Read in chunks, stopping one byte past the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(1 << 20);
      let got: number;
      try {
        got = readSync(fd, buf, 0, buf.length, null);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        if ((err as NodeJS.ErrnoException).code === 'EOF') break;
        throw err;
      }
      if (got === 0) break;
      chunks.push(buf.subarray(0, got));
      total += got;
      if (total > maxBytes) break;
    }
    return Buffer.concat(chunks, total);
  } finally {
    if (path !== 0) closeSync(fd);
  }
}

function* jsonlArticles(text: string, name: string, fallbackPublished: string | null): Generator<SourceItem> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/\r$/, '');
    if (line.trim() === '') continue;
    const origin = `${name}:${i + 1}`;
    const position = { file: name, line: i + 1 };
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      yield { ok: false, origin, error: new InputError('E_JSONL_PARSE', `${origin}: not a JSON object (${(err as Error).message}).`, { position }) };
      continue;
    }
    const rec = JsonlRecord.safeParse(json);
    if (!rec.success || typeof json !== 'object' || json === null || Array.isArray(json)) {
      const why = rec.success ? 'not a JSON object' : rec.error.issues.map((x) => `${x.path.join('.') || 'record'}: ${x.message}`).join('; ');
      yield { ok: false, origin, error: new InputError('E_JSONL_RECORD', `${origin}: ${why}.`, { position }) };
      continue;
    }
    const r = rec.data;
    const body = r.body ?? r.text ?? '';
    if (body.trim() === '') {
      yield { ok: false, origin, error: new InputError('E_JSONL_RECORD', `${origin}: the record has no "body" or "text".`, { position }) };
      continue;
    }
    const title = r.title && r.title.trim() !== '' ? r.title : null;
    const articleText = title ? `${title}\n\n${body}` : body;
    const url = r.url ?? null;
    yield {
      ok: true,
      article: {
        id: r.id !== undefined ? String(r.id) : articleId(articleText, url),
        url,
        outlet: r.outlet ?? null,
        title,
        published: (r.published ? parsePublished(r.published) : null) ?? fallbackPublished,
        text: articleText,
        origin,
      },
    };
  }
}

/** Extensions of the files read inside a directory; other files there are passed over. */
const READ_IN_DIRECTORIES = new Set(['.txt', '.jsonl', '.ndjson', '.html', '.htm', '.xhtml', '.xml', '.rss', '.atom', '.rdf', '.json']);
/** Formats rasid cannot read, refused by name before their bytes are read. */
const REFUSED = new Set(['.pdf', '.doc', '.docx', '.odt', '.rtf', '.gz', '.zip', '.bz2', '.xz', '.7z', '.tar', '.png', '.jpg', '.jpeg', '.gif', '.webp', '.mp3', '.mp4']);

const FORMAT_BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'txt', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed', '.rdf': 'feed', '.json': 'feed',
};

/** One input named on the command line, after directories are expanded. */
type Input =
  | { kind: 'stdin'; name: string }
  | { kind: 'file'; path: string; name: string }
  | { kind: 'url'; url: string; name: string }
  | { kind: 'error'; error: RasidError; name: string };

/** The files of a directory, recursively, in name order; hidden entries are skipped, symlink loops broken. */
function* walkDirectory(dir: string, seen: Set<string>): Generator<Input> {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (err) {
    yield { kind: 'error', name: dir, error: new InputError('E_INPUT_NOT_FOUND', `${dir}: cannot open (${(err as NodeJS.ErrnoException).code ?? String(err)}).`, { position: { file: dir }, cause: err }) };
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (err) {
    yield { kind: 'error', name: dir, error: new InputError('E_INPUT_NOT_FOUND', `${dir}: cannot list the directory (${(err as NodeJS.ErrnoException).code ?? String(err)}).`, { position: { file: dir }, cause: err }) };
    return;
  }
  for (const n of names) {
    if (n.startsWith('.')) continue;
    const p = join(dir, n);
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      continue; // a dangling link inside a directory is not an input anyone named
    }
    if (isDir) yield* walkDirectory(p, seen);
    else if (READ_IN_DIRECTORIES.has(extname(n).toLowerCase())) yield { kind: 'file', path: p, name: p };
  }
}

function* expandInputs(list: readonly string[]): Generator<Input> {
  const seen = new Set<string>();
  for (const p of list.length === 0 ? ['-'] : list) {
    if (p === '-') { yield { kind: 'stdin', name: '<stdin>' }; continue; }
    if (isUrl(p)) { yield { kind: 'url', url: p, name: p }; continue; }
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // a missing path is reported when it is opened
    }
    if (isDir) yield* walkDirectory(p, seen);
    else yield { kind: 'file', path: p, name: p };
  }
}

/** What the reading context loads once per call: the page rules. */
interface Context {
  opts: ReadOptions;
  maxBytes: number;
  published: string | null;
  rules(): HtmlRules;
}

function contextOf(opts: ReadOptions): Context {
  let rules = opts.html;
  return {
    opts,
    maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
    published: opts.published ?? null,
    rules: () => (rules ??= loadHtmlRules()),
  };
}

/** The result of reading one input's bytes: articles, or a feed whose items are read next. */
type Step = { items: Iterable<SourceItem> } | { feed: ParsedFeed; name: string };

const one = (item: SourceItem): Step => ({ items: [item] });
const failed = (name: string, error: RasidError): Step => one({ ok: false, origin: name, error });

function formatFor(ext: string, text: string, contentType: string | null, forced: InputFormat | undefined): InputFormat {
  if (forced) return forced;
  const byExt = FORMAT_BY_EXTENSION[ext];
  if (byExt) return byExt;
  const sniffed = sniffFormat(text);
  if (sniffed === 'jsonfeed' || sniffed === 'feed') return 'feed';
  if (sniffed === 'html') return 'html';
  if (sniffed === 'jsonl') return 'jsonl';
  const ct = (contentType ?? '').toLowerCase();
  if (/html/.test(ct)) return 'html';
  if (/(rss|atom|feed)\+(xml|json)|\/xml\b/.test(ct)) return 'feed';
  return 'txt';
}

function resolveUrl(url: string | null, base: string): string | null {
  if (!url) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** A web page's article, or why there is none. */
function pageItem(html: string, name: string, url: string | null, ctx: Context, fill: Partial<Pick<ArticleInput, 'title' | 'published' | 'outlet'>> = {}): SourceItem {
  const page = extractPage(html, ctx.rules(), { url, parseDate: parsePublished });
  if (page.body.trim() === '') {
    return { ok: false, origin: name, error: new InputError('E_INPUT_EMPTY', `${name}: no article text found in the page.`, { position: { file: name } }) };
  }
  const title = page.title ?? fill.title ?? null;
  const text = page.title || !title ? page.text : `${title}\n\n${page.body}`;
  const pageUrl = page.url ?? url;
  return {
    ok: true,
    article: {
      id: articleId(text, pageUrl),
      url: pageUrl,
      outlet: page.outlet ?? fill.outlet ?? null,
      title,
      published: page.published ?? fill.published ?? ctx.published,
      text,
      origin: name,
    },
  };
}

/** Reads one input's bytes in the format its extension, its content type or its first characters say. */
function fromBytes(bytes: Uint8Array, name: string, hints: { ext: string; contentType: string | null; url: string | null }, ctx: Context): Step {
  const forced = ctx.opts.format;
  const plain = forced === 'txt' || forced === 'jsonl' || (!forced && (hints.ext === '.txt' || hints.ext === '.jsonl' || hints.ext === '.ndjson'));
  const decoded = decodeBytes(bytes, name, { maxBytes: ctx.maxBytes, declared: contentTypeCharset(hints.contentType), sniffDeclaration: !plain });
  const text = decoded.text;
  const format = formatFor(hints.ext, text, hints.contentType, forced);
  switch (format) {
    case 'jsonl':
      return { items: jsonlArticles(text, name, ctx.published) };
    case 'html':
      return one(pageItem(text, name, hints.url, ctx));
    case 'feed': {
      const feed = parseFeedText(text, name, parsePublished);
      // item links relative to a fetched feed point into its site
      if (hints.url) for (const item of feed.items) item.url = resolveUrl(item.url, hints.url);
      return { feed, name };
    }
    case 'txt':
      return one({ ok: true, article: { id: articleId(text, hints.url), url: hints.url, outlet: null, title: null, published: ctx.published, text, origin: name } });
  }
}

function readLocal(input: Exclude<Input, { kind: 'url' }>, ctx: Context): Step {
  if (input.kind === 'error') return failed(input.name, input.error);
  const ext = input.kind === 'stdin' ? '' : extname(input.path).toLowerCase();
  if (!ctx.opts.format && REFUSED.has(ext)) {
    throw new InputError('E_INPUT_FORMAT', `${input.name}: ${ext} files are not read by rasid.`, { position: { file: input.name } });
  }
  const bytes = readAll(input.kind === 'stdin' ? 0 : input.path, input.name, ctx.maxBytes);
  return fromBytes(bytes, input.name, { ext, contentType: null, url: null }, ctx);
}

/** A feed item read from the text the feed carries. */
function entryOffline(entry: FeedEntry, feed: ParsedFeed, origin: string, ctx: Context): SourceItem {
  const title = entry.title;
  let body = entry.content ? (entry.contentIsHtml ? htmlToText(entry.content) : entry.content.trim()) : '';
  // Descriptions often open with the headline again.
  if (title) {
    const first = body.split('\n\n', 1)[0] ?? '';
    if (first.replace(/\s+/g, ' ').trim() === title.replace(/\s+/g, ' ').trim()) body = body.slice(first.length).replace(/^\n+/, '');
  }
  if (body.trim() === '') {
    const why = title ? 'carries only a title; read its page (without --offline) to analyse it' : 'carries no text';
    return { ok: false, origin, error: new InputError('E_INPUT_EMPTY', `${origin}: the feed item ${why}.`, { position: { file: origin } }) };
  }
  const text = title ? `${title}\n\n${body}` : body;
  return {
    ok: true,
    article: { id: articleId(text, entry.url), url: entry.url, outlet: feed.title, title, published: entry.published ?? ctx.published, text, origin },
  };
}

function* feedOffline(feed: ParsedFeed, name: string, ctx: Context): Generator<SourceItem> {
  for (let i = 0; i < feed.items.length; i++) yield entryOffline(feed.items[i] as FeedEntry, feed, `${name}#${i + 1}`, ctx);
}

/** A feed item read from its page; an item without a page URL is read from the feed's text. */
async function entryOnline(entry: FeedEntry, feed: ParsedFeed, origin: string, ctx: Context): Promise<SourceItem> {
  if (!entry.url || !isUrl(entry.url)) return entryOffline(entry, feed, origin, ctx);
  try {
    const got = await fetchUrl(entry.url, { timeoutMs: ctx.opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBytes: ctx.maxBytes });
    const decoded = decodeBytes(got.bytes, entry.url, { maxBytes: ctx.maxBytes, declared: contentTypeCharset(got.contentType) });
    const fill = { title: entry.title, published: entry.published, outlet: feed.title };
    const item = pageItem(decoded.text, origin, got.url, ctx, fill);
    return item;
  } catch (err) {
    if (err instanceof RasidError) return { ok: false, origin, error: err };
    throw err;
  }
}

/** Runs `f` over `items` with at most `n` at once, yielding the results in the items' order. */
async function* mapOrdered<T, R>(items: readonly T[], n: number, f: (item: T, index: number) => Promise<R>): AsyncGenerator<R> {
  const running: Promise<R>[] = [];
  let next = 0;
  const start = (): void => {
    if (next < items.length) { running.push(f(items[next] as T, next)); next++; }
  };
  for (let k = 0; k < Math.max(1, n); k++) start();
  while (running.length > 0) {
    const r = await (running.shift() as Promise<R>);
    start();
    yield r;
  }
}

async function readUrl(input: { url: string; name: string }, ctx: Context): Promise<Step> {
  const got = await fetchUrl(input.url, { timeoutMs: ctx.opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBytes: ctx.maxBytes });
  let ext = '';
  try {
    ext = extname(new URL(got.url).pathname).toLowerCase();
  } catch {
    // a URL without a path has no extension
  }
  // A URL's extension says little (/feed.php, /news.html serving RSS): the content decides, then the header.
  return fromBytes(got.bytes, input.name, { ext: ext === '.txt' || ext === '.jsonl' ? ext : '', contentType: got.contentType, url: got.url }, ctx);
}

/**
 * Reads every input in order: files, directories (recursively), and `-` or an empty list for standard input. A feed's
 * items are read from the text the feed carries. URLs need `readArticlesAsync` and are reported as not read here.
 * Inputs that cannot be read yield an error item; the others are still read.
 */
export function* readArticles(paths: readonly string[], opts: ReadOptions = {}): Generator<SourceItem> {
  const ctx = contextOf(opts);
  for (const input of expandInputs(paths)) {
    try {
      if (input.kind === 'url') {
        throw new InputError('E_INPUT_FORMAT', `${input.url}: this command reads files and standard input, not URLs.`, { position: { file: input.url } });
      }
      const step = readLocal(input, ctx);
      if ('feed' in step) yield* feedOffline(step.feed, step.name, ctx);
      else yield* step.items;
    } catch (err) {
      if (err instanceof RasidError) yield { ok: false, error: err, origin: input.name };
      else throw err;
    }
  }
}

/**
 * Reads every input in order, as `readArticles`, and also http(s) URLs of pages and feeds. A feed's item pages are
 * fetched (`opts.concurrency` at a time, each within `opts.timeoutMs`) and read as web pages, unless `opts.offline`,
 * when the text the feed carries is used. An unreachable URL yields a typed error item and the others go on.
 * @example
 *   for await (const item of readArticlesAsync(['news.rss', 'https://example.org/a/1'])) if (item.ok) use(item.article);
 */
export async function* readArticlesAsync(inputs: readonly string[], opts: ReadOptions = {}): AsyncGenerator<SourceItem> {
  const ctx = contextOf(opts);
  for (const input of expandInputs(inputs)) {
    let step: Step;
    try {
      step = input.kind === 'url' ? await readUrl(input, ctx) : readLocal(input, ctx);
    } catch (err) {
      if (err instanceof RasidError) { yield { ok: false, error: err, origin: input.name }; continue; }
      throw err;
    }
    try {
      if (!('feed' in step)) yield* step.items;
      else if (opts.offline) yield* feedOffline(step.feed, step.name, ctx);
      else {
        const { feed, name } = step;
        yield* mapOrdered(feed.items, opts.concurrency ?? 4, (entry, i) => entryOnline(entry, feed, `${name}#${i + 1}`, ctx));
      }
    } catch (err) {
      if (err instanceof RasidError) yield { ok: false, error: err, origin: input.name };
      else throw err;
    }
  }
}
