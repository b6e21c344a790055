// `rasid ingest`: articles in, analysed and kept in the store (SQLite file or PostgreSQL), one transaction per batch.
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { readArticlesAsync } from '../ingest/sources.js';
import { loadResources } from '../pipeline/index.js';
import { loadTextResources } from '../text/index.js';
import { defaultWorkers, inlineExtractor, workerExtractor, type Extractor } from '../store/extract.js';
import { estimateArticles, ingestArticles, type IngestProgress, type IngestSummary } from '../store/ingest.js';
import { DEFAULT_DB, openStore, storeResources } from '../store/index.js';
import { commonOptions, INPUT_HELP, readCommon } from './common.js';
import { rejectionSummary, type Io } from './output.js';
import { runEnqueue } from './queue.js';

export const INGEST_HELP = `Usage: rasid ingest [PATH|URL...] [options]

Reads articles, analyses them and keeps each one with its entities, events and quotes in the store.
Running it again over the same inputs skips what is stored (same content); an article whose URL
(or id) is stored with other content is stored as a new version. Each batch is one transaction:
an interrupted run loses at most the batch being written, and running it again completes it.
  PATH|URL        .txt, .jsonl, .html/.htm pages, RSS/Atom/JSON feeds, folders (recursively),
                  http(s) URLs of pages or feeds, or - for standard input (the default)

Options:
  --db PATH|URL            the store: a SQLite file (default ${DEFAULT_DB}) or
                           postgres://user@host:port/db (?schema=NAME: tables in that schema)
  --workers N              analyse on N worker threads (default: the cores but one; 1 = no threads)
  --batch N                articles per transaction (default 100)
  --wait SECONDS           how long to wait for another process's lock on the store (default 5)
  --published YYYY-MM-DD   publication date, for inputs that give none
${INPUT_HELP}
  --queue URL              queue the inputs for \`rasid worker\` instead (nats://host:port/NAME): files are read
                           here and each article queued; URLs are queued and read by a worker
  --json                   print the summary as JSON
  -h, --help               this help

Progress goes to stderr (a live line on a terminal, plain lines otherwise); the summary to stdout.
Exit codes: 0 all inputs stored or skipped as duplicates, 1 usage error, 2 some inputs rejected
(the others are stored; stderr says which, where and why) or the store refused to be written.
`;

function positiveInt(name: string, v: string | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a whole number ≥ 1, not "${v}".`);
  return n;
}

const fmt = (n: number): string => n.toLocaleString('en-US');

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(r).padStart(2, '0')}` : `${m}:${String(r).padStart(2, '0')}`;
}

/** One progress line: articles done, rate, ETA when the total is known. */
export function progressLine(p: IngestProgress): string {
  const secs = p.elapsedMs / 1000;
  const rate = secs > 0 ? p.done / secs : 0;
  const of = p.total !== null ? ` of ~${fmt(Math.max(p.total, p.done))}` : '';
  const eta = p.total !== null && rate > 0 && p.total > p.done ? `, ETA ${duration((p.total - p.done) / rate)}` : '';
  const extra = [p.duplicates ? `${fmt(p.duplicates)} duplicates` : '', p.rejected ? `${fmt(p.rejected)} rejected` : ''].filter(Boolean).join(', ');
  return `rasid ingest: ${fmt(p.done)}${of} articles, ${rate.toFixed(1)} articles/s${eta}${extra ? ` (${extra})` : ''}`;
}

function summaryLine(s: IngestSummary, db: string): string {
  const secs = s.elapsedMs / 1000;
  const stored = s.inserted + s.newVersions;
  const total = stored + s.duplicates + s.rejected.length;
  return (
    `ingested ${fmt(stored)} article${stored === 1 ? '' : 's'} (${fmt(s.inserted)} new, ${fmt(s.newVersions)} new versions), ` +
    `${fmt(s.duplicates)} duplicates skipped, ${fmt(s.rejected.length)} rejected, in ${secs.toFixed(1)} s ` +
    `(${secs > 0 ? (total / secs).toFixed(1) : '0'} articles/s) into ${db}\n`
  );
}

export async function runIngest(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      ...commonOptions,
      db: { type: 'string' },
      workers: { type: 'string' },
      batch: { type: 'string' },
      wait: { type: 'string' },
      json: { type: 'boolean' },
      queue: { type: 'string' },
    },
  });
  if (values.help) { io.out(INGEST_HELP); return 0; }
  const read = readCommon(values);
  if (values.queue !== undefined) return runEnqueue(positionals, read, values.queue, io, Boolean(values.json));
  const workers = positiveInt('workers', values.workers, defaultWorkers());
  const batch = positiveInt('batch', values.batch, 100);
  const wait = values.wait === undefined ? 5 : Number(values.wait);
  if (!Number.isFinite(wait) || wait < 0) throw new UsageError(`--wait must be a number of seconds ≥ 0, not "${values.wait}".`);
  const db = values.db ?? DEFAULT_DB;

  // With threads, the main thread only needs the text layer (names → keys); the workers load the whole pipeline.
  const resources = workers > 1 ? null : loadResources();
  const store = await openStore(db, storeResources(resources?.text ?? loadTextResources(), null), { busyTimeout: Math.round(wait * 1000) });
  let extractor: Extractor | null = null;
  try {
    extractor = resources ? inlineExtractor(resources) : workerExtractor(workers);
    if (positionals.length === 0 && io.stdinIsTTY) io.err('rasid: reading articles from standard input (end with Ctrl-D)\n');
    let lastShown = 0;
    let shown = false;
    const summary = await ingestArticles(readArticlesAsync(positionals, read), store, extractor, {
      batch,
      total: estimateArticles(positionals),
      onProgress: (p) => {
        const now = p.elapsedMs;
        if (io.isTTY) {
          if (now - lastShown >= 200 || !shown) { io.err(`\r\x1b[K${progressLine(p)}`); lastShown = now; shown = true; }
        } else if (!shown || now - lastShown >= 2000) {
          io.err(`${progressLine(p)}\n`);
          lastShown = now;
          shown = true;
        }
      },
    });
    if (io.isTTY && shown) io.err('\n');
    if (values.json) {
      io.out(JSON.stringify({
        db, inserted: summary.inserted, newVersions: summary.newVersions, duplicates: summary.duplicates,
        rejected: summary.rejected.map((r) => ({ origin: r.origin, ...r.error.toJSON() })), seconds: summary.elapsedMs / 1000,
      }) + '\n');
    } else {
      io.out(summaryLine(summary, db));
    }
    if (summary.rejected.length === 0) return 0;
    const total = summary.inserted + summary.newVersions + summary.duplicates + summary.rejected.length;
    io.err(rejectionSummary(summary.rejected, total));
    return 2;
  } finally {
    await extractor?.close();
    await store.close();
  }
}
