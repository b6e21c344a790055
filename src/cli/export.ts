// `rasid export`: stored extractions out as JSON lines, CSV (one row per event) or GeoJSON (located events).
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { createWriter, EXPORT_FORMATS, type ExportFormat } from '../export/index.js';
import type { ArticleFilter, EventFilter, Store } from '../store/index.js';
import { dbOption, eventFilterOf, FILTER_HELP, filterOptions, openDb } from './db.js';
import type { Io } from './output.js';

export const EXPORT_HELP = `Usage: rasid export --format jsonl|csv|geojson [filters] [--db PATH|URL] [--out FILE]

Writes stored analyses for other tools (docs/export.md describes every column):
  jsonl     one rasid.extraction/1 record per line: the articles with an event matching the
            filters (every article when only --outlet, --from, --to are given; then
            --from/--to bound the publication date)
  csv       one row per matching event, RFC 4180, UTF-8, CRLF line ends
  geojson   a FeatureCollection of the matching events that have coordinates (Point, lon/lat)

Filters (as for rasid search):
${FILTER_HELP}

Options:
  --db PATH|URL            the store: a SQLite file (default ./rasid.db) or postgres://…
  --out FILE               write to FILE (complete or not at all) instead of standard output
  --bom                    csv: begin with a UTF-8 byte-order mark (for Excel; pandas, R and QGIS
                           do not need it)
  -h, --help               this help
`;

/** Where the export goes: standard output, or a temporary file renamed over FILE at the end. */
interface Sink {
  write(s: string): void;
  commit(): void;
  abort(): void;
}

function sinkFor(out: string | undefined, io: Io): Sink {
  if (out === undefined) return { write: (s) => { if (s !== '') io.out(s); }, commit: () => undefined, abort: () => undefined };
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(tmp, 'w');
  } catch (err) {
    throw new UsageError(`--out ${out}: cannot write there (${(err as NodeJS.ErrnoException).code ?? String(err)}).`, 'Give a path in an existing, writable folder.');
  }
  let open = true;
  return {
    write: (s) => { if (s !== '') writeSync(fd, s); },
    commit: () => { closeSync(fd); open = false; renameSync(tmp, out); },
    abort: () => { if (open) closeSync(fd); open = false; rmSync(tmp, { force: true }); },
  };
}

const PAGE = 1000;

/** Which events match the filter, with their story: article id → (event id → story id). In the store's order. */
async function matchingEvents(store: Store, filter: EventFilter): Promise<Map<string, Map<string, string | null>>> {
  const out = new Map<string, Map<string, string | null>>();
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.events(filter, { limit: PAGE, offset });
    for (const r of page.items) {
      let m = out.get(r.articleId);
      if (!m) out.set(r.articleId, (m = new Map()));
      m.set(r.event.id, r.storyId);
    }
    if (page.items.length < PAGE) return out;
  }
}

/** Every stored story event: `articleId\0eventId` → story id. */
async function storyIndex(store: Store): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.stories({}, { limit: PAGE, offset });
    for (const s of page.items) for (const e of s.events) for (const v of e.versions) out.set(`${v.articleId}\u0000${v.eventId}`, s.id);
    if (page.items.length < PAGE) return out;
  }
}

export async function runExport(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { ...dbOption, ...filterOptions, format: { type: 'string' }, out: { type: 'string' }, bom: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) { io.out(EXPORT_HELP); return 0; }
  if (positionals.length > 0) throw new UsageError(`rasid export takes no arguments (got "${positionals.join(' ')}"); filters are options such as --type ASSAULT.`);
  const format = values.format;
  if (format === undefined || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be ${EXPORT_FORMATS.join(', ')}${format === undefined ? '' : `, not "${format}"`}.`, 'For example: rasid export --format csv --out events.csv');
  }
  const filter = eventFilterOf(values);
  const eventLevel = filter.type !== undefined || filter.actor !== undefined || filter.country !== undefined || filter.stance !== undefined;
  const writer = createWriter(format as ExportFormat, { bom: values.bom ?? false });

  const store = await openDb(values.db, { readonly: true });
  const sink = sinkFor(values.out, io);
  try {
    sink.write(writer.begin());
    if (format === 'jsonl') {
      const articles: ArticleFilter = {
        ...(filter.outlet ? { outlet: filter.outlet } : {}),
        ...(eventLevel ? { event: filter } : { ...(filter.from ? { from: filter.from } : {}), ...(filter.to ? { to: filter.to } : {}) }),
      };
      for await (const x of store.extractions(articles)) sink.write(writer.add(x));
    } else if (Object.keys(filter).length === 0) {
      // everything: every record with its stories, without listing the events first
      const stories = await storyIndex(store);
      for await (const x of store.extractions({})) {
        sink.write(writer.add(x, { storyOf: (a, e) => stories.get(`${a}\u0000${e}`) ?? null }));
      }
    } else {
      const matches = await matchingEvents(store, filter);
      const ids = [...matches.keys()];
      for (let i = 0; i < ids.length; i += 500) {
        for await (const x of store.extractions({ ids: ids.slice(i, i + 500) })) {
          const m = matches.get(x.article.id);
          if (!m) continue;
          sink.write(writer.add(x, { keep: (e) => m.has(e.id), storyOf: (_a, e) => m.get(e) ?? null }));
        }
      }
    }
    sink.write(writer.end());
    sink.commit();
  } catch (err) {
    sink.abort();
    throw err;
  } finally {
    await store.close();
  }
  const what = format === 'jsonl' ? `${writer.written} record${writer.written === 1 ? '' : 's'}` : `${writer.written} event${writer.written === 1 ? '' : 's'}`;
  const skipped = writer.skipped > 0 ? ` (${writer.skipped} without coordinates left out)` : '';
  io.err(`rasid: exported ${what}${skipped}${values.out ? ` to ${values.out}` : ''}.\n`);
  return 0;
}
