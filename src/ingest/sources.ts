// Reads articles from .txt files, .jsonl files and standard input; a bad input is reported and the rest go on.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, fstatSync } from 'node:fs';
import { extname } from 'node:path';
import { z } from 'zod';
import { InputError, RasidError } from '../errors.js';
import { decodeInput, DEFAULT_MAX_BYTES } from './decode.js';

/** One article to analyse. */
export interface ArticleInput {
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  /** The text analysed: a .txt file verbatim, or title + "\n\n" + body for a JSONL record. */
  text: string;
  /** Where it came from: `file` or `file:line`. */
  origin: string;
}

export type SourceItem = { ok: true; article: ArticleInput } | { ok: false; error: RasidError; origin: string };

export interface ReadOptions {
  maxBytes?: number;
  /** Used where an input gives no publication date. */
  published?: string | null;
  /** Force the input format instead of choosing by extension (stdin: by its first character). */
  format?: 'txt' | 'jsonl';
}

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

const REFUSED = new Set(['.html', '.htm', '.xml', '.rss', '.atom', '.pdf', '.doc', '.docx', '.json', '.gz', '.zip']);

/**
 * Reads every input in order. `-` or an empty list means standard input.
 * Inputs that cannot be read yield an error item; the others are still read.
 */
export function* readArticles(paths: readonly string[], opts: ReadOptions = {}): Generator<SourceItem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const published = opts.published ?? null;
  const list = paths.length === 0 ? ['-'] : paths;
  for (const p of list) {
    const name = p === '-' ? '<stdin>' : p;
    try {
      const ext = p === '-' ? '' : extname(p).toLowerCase();
      if (!opts.format && REFUSED.has(ext)) {
        throw new InputError('E_INPUT_FORMAT', `${name}: ${ext} files are not read by this command.`, { position: { file: name } });
      }
      const text = decodeInput(readAll(p === '-' ? 0 : p, name, maxBytes), name, { maxBytes });
      const format = opts.format ?? (ext === '.jsonl' || ext === '.ndjson' ? 'jsonl' : p === '-' && /^\s*\{/.test(text) ? 'jsonl' : 'txt');
      if (format === 'jsonl') {
        yield* jsonlArticles(text, name, published);
      } else {
        yield { ok: true, article: { id: articleId(text, null), url: null, outlet: null, title: null, published, text, origin: name } };
      }
    } catch (err) {
      if (err instanceof RasidError) yield { ok: false, error: err, origin: name };
      else throw err;
    }
  }
}
