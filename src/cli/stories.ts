// `rasid stories`: clusters the stored articles into stories, saves them, and lists them with each outlet's version.
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import type { Story, StoryEvent, StoryFilter } from '../store/index.js';
import { buildStories, digest, disagreements, STORY_DEFAULTS, type ArticleDigest } from '../stories/index.js';
import { createNormaliser } from '../text/normalise.js';
import { dbOption, openDb } from './db.js';
import type { Io } from './output.js';

export const STORIES_HELP = `Usage: rasid stories [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--db PATH|URL] [options]

Groups the stored articles into stories: near-duplicate articles (the same text republished),
and the same event told by several outlets (same type, a shared actor or the same place, dates
within a day, places within 50 km) merged into one story event that keeps every outlet's version
side by side: its counts (one says 5 dead, another 7) and its stance (asserted, negated …).
The stories are computed over every stored article and saved (replacing the saved ones), then
those in the date range are listed, latest first.

Options:
  --from, --to YYYY-MM-DD  list the stories whose articles were published in this range
  --saved                  list the saved stories without computing them again
  --limit N                list at most N stories (default 50)
  --json                   one story per line as JSON (the Story record of the store)
  --db PATH|URL            the store: a SQLite file (default ./rasid.db) or postgres://…
  -h, --help               this help
`;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function counts(v: StoryEvent['versions'][number]): string {
  const parts: string[] = [];
  if (v.dead !== null) parts.push(`${v.dead} dead`);
  if (v.injured !== null) parts.push(`${v.injured} injured`);
  if (v.quantity !== null && v.quantity.value !== v.dead) parts.push(`${v.quantity.value}${v.quantity.unit ? ` ${v.quantity.unit}` : ''}`);
  return parts.length > 0 ? parts.join(', ') : '—';
}

/** A story as the terminal shows it: headline, span, articles and outlets, then each event with its versions. */
export function formatStory(s: Story): string {
  const span = s.first === s.last ? (s.first ?? 'undated') : `${s.first ?? '?'} … ${s.last ?? '?'}`;
  const lines = [`${s.id}  ${span}  ${s.articles.length} articles, ${s.outlets.length} outlet${s.outlets.length === 1 ? '' : 's'}  ${s.title ?? ''}`.trimEnd()];
  if (s.events.length === 0) lines.push('    (the same article republished: ' + s.outlets.join('، ') + ')');
  for (const e of s.events) {
    const who = [e.source.join('، ') || '?', e.target.length > 0 ? `→ ${e.target.join('، ')}` : ''].filter((x) => x !== '').join(' ');
    const differ = disagreements(e);
    lines.push(`  ${e.id} ${e.type}  ${e.date ?? 'undated'}  ${e.place?.name ?? 'no place'}  ${who}${differ.length > 0 ? `  [outlets differ: ${differ.join(', ')}]` : ''}`);
    for (const v of e.versions) lines.push(`      ${(v.outlet ?? '(no outlet)').padEnd(20)} ${counts(v).padEnd(22)} ${v.stance.padEnd(12)} ${v.articleId}/${v.eventId}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function runStories(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      ...dbOption, from: { type: 'string' }, to: { type: 'string' }, saved: { type: 'boolean' }, limit: { type: 'string' },
      json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) { io.out(STORIES_HELP); return 0; }
  if (positionals.length > 0) throw new UsageError(`rasid stories takes no arguments (got "${positionals.join(' ')}").`);
  const filter: StoryFilter = {};
  for (const k of ['from', 'to'] as const) {
    const v = values[k];
    if (v === undefined) continue;
    if (!DATE.test(v)) throw new UsageError(`--${k} must be a date written YYYY-MM-DD (or YYYY-MM, YYYY), not "${v}".`);
    filter[k] = v;
  }
  const limit = values.limit === undefined ? 50 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError(`--limit must be a whole number from 1 to 1000, not "${values.limit}".`);

  const store = await openDb(values.db, { readonly: values.saved ?? false, mustExist: true });
  try {
    if (!values.saved) {
      const t0 = Date.now();
      const key = createNormaliser().key;
      const digests: ArticleDigest[] = [];
      for await (const x of store.extractions({})) digests.push(digest(x, { key, shingle: STORY_DEFAULTS.shingle, hashes: STORY_DEFAULTS.hashes }));
      const stories = buildStories(digests, STORY_DEFAULTS);
      await store.replaceStories(stories);
      const merged = stories.reduce((n, s) => n + s.events.length, 0);
      io.err(`rasid: ${stories.length} stories (${merged} events told by several articles) from ${digests.length} articles, saved in ${((Date.now() - t0) / 1000).toFixed(1)} s.\n`);
    }
    const page = await store.stories(filter, { limit });
    for (const s of page.items) io.out(values.json ? `${JSON.stringify(s)}\n` : formatStory(s));
    if (!values.json && page.total > page.items.length) io.err(`rasid: ${page.items.length} of ${page.total} stories listed; raise --limit or narrow --from/--to.\n`);
  } finally {
    await store.close();
  }
  return 0;
}
