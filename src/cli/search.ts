// `rasid search`: Arabic-aware full text over the store, with structured filters, ranked, with highlighted passages.
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { loadKnowledgeBase } from '../kb/compile.js';
import { loadTextResources } from '../text/index.js';
import { DEFAULT_DB, openStore, storeResources, type SearchQuery } from '../store/index.js';
import { dbOption, eventFilterOf, filterOptions } from './db.js';
import type { Io } from './output.js';

export const SEARCH_HELP = `Usage: rasid search "QUERY" [options]

Finds stored articles by their words as an Arabic reader types them: the query and the articles go
through the same normaliser and clitic analysis (السلطات finds وبالسلطات), and names known to the
knowledge base match their other spellings (أمريكا finds أميركا and الولايات المتحدة). Every word
of the query must match. Results are ranked; each shows passages with the matched words in [brackets].

Options:
  --db PATH|URL            the store: a SQLite file (default ${DEFAULT_DB}) or postgres://user@host:port/db
  --type T[,T…]            only articles with an event of these PLOVER types (ASSAULT, PROTEST, …); repeatable
  --actor A                … with an event whose actor is A: a KB id (country:usa), an actor id
                           (ref:…, name:…, nominal:ISO3:SECTOR) or a name (Arabic or English)
  --country ISO3           … with an event whose actor or place is of this country
  --stance S[,S…]          … with an event of this stance (asserted, negated, planned, attempted, hypothetical);
                           repeatable
  --outlet NAME            only articles of this outlet (repeat for several)
  --from YYYY-MM-DD        only articles published on or after this date
  --to YYYY-MM-DD          … on or before this date
  --limit N                at most N results (default 20)
  --json                   print the results as JSON (offsets of passages and matches into the text)
  -h, --help               this help

The event filters apply together to one event of the article.
Exit codes: 0 results printed (perhaps none), 1 usage error, 2 the store cannot be read or the query is empty.
`;

export async function runSearch(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { ...dbOption, ...filterOptions, limit: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) { io.out(SEARCH_HELP); return 0; }
  if (positionals.length === 0 || positionals.join(' ').trim() === '') throw new UsageError('rasid search needs a query, e.g. rasid search "السلطات الألبانية".');
  const limit = values.limit === undefined ? 20 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError(`--limit must be a whole number from 1 to 1000, not "${values.limit}".`);
  // the same filter options, checked the same way, as rasid export and rasid stories
  const f = eventFilterOf(values);
  const query: SearchQuery = { q: positionals.join(' '), limit };
  for (const k of ['type', 'actor', 'country', 'stance', 'outlet', 'from', 'to'] as const) if (f[k] !== undefined) Object.assign(query, { [k]: f[k] });

  const text = loadTextResources();
  const store = await openStore(values.db ?? DEFAULT_DB, storeResources(text, loadKnowledgeBase(text)), { readonly: true });
  try {
    const r = await store.search(query);
    if (values.json) {
      io.out(JSON.stringify(r, null, 2) + '\n');
      return 0;
    }
    if (r.items.length === 0) {
      io.out(`no article matches «${query.q}»\n`);
      return 0;
    }
    io.out(`${r.total} article${r.total === 1 ? '' : 's'} match «${query.q}»${r.total > r.items.length ? `; the best ${r.items.length}:` : ':'}\n\n`);
    r.items.forEach((h, i) => {
      const head = [h.outlet, h.published].filter(Boolean).join(', ');
      io.out(`${i + 1}. ${h.title ?? h.articleId}${head ? ` — ${head}` : ''}  [score ${h.score.toPrecision(3)}]\n`);
      io.out(`   id ${h.articleId}${h.url ? `  ${h.url}` : ''}\n`);
      for (const s of h.snippets) io.out(`   … ${s.marked.replace(/\s+/g, ' ')} …\n`);
      io.out('\n');
    });
    return 0;
  } finally {
    await store.close();
  }
}
