// Opening the store named by --db, and the event filters shared by the commands that query it.
import { existsSync } from 'node:fs';
import { PLOVER_TYPES, STANCES } from '../contract/extraction.js';
import { StoreError, UsageError } from '../errors.js';
import { loadKnowledgeBase } from '../kb/compile.js';
import { DEFAULT_DB, isPostgresUrl, openStore, storeResources, type EventFilter, type PloverType, type Stance, type Store } from '../store/index.js';
import { loadTextResources } from '../text/index.js';

export const dbOption = { db: { type: 'string' } } as const;

/** The filters of `rasid search`, `rasid export` and `rasid stories`. */
export const filterOptions = {
  type: { type: 'string', multiple: true },
  actor: { type: 'string' },
  country: { type: 'string' },
  stance: { type: 'string', multiple: true },
  outlet: { type: 'string', multiple: true },
  from: { type: 'string' },
  to: { type: 'string' },
} as const;

export const FILTER_HELP = `  --type T[,T…]            PLOVER event types (ASSAULT, PROTEST, …); repeatable
  --actor NAME             an actor on either side: a name (any spelling), a KB ref or an actor id
  --country ISO3           an actor's country or the country of the event's place
  --stance S[,S…]          asserted, negated, planned, attempted, hypothetical; repeatable
  --outlet NAME            the outlet; repeatable
  --from YYYY-MM-DD        events on or after this day (the event's date, else the publication date)
  --to YYYY-MM-DD          events on or before this day`;

export interface FilterValues {
  type?: string[] | undefined;
  actor?: string | undefined;
  country?: string | undefined;
  stance?: string[] | undefined;
  outlet?: string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const splitList = (vs: string[] | undefined): string[] => (vs ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');

/** The EventFilter of the command-line filters; wrong values are usage errors naming the accepted ones. */
export function eventFilterOf(values: FilterValues): EventFilter {
  const f: EventFilter = {};
  const types = splitList(values.type).map((t) => t.toUpperCase());
  for (const t of types) if (!(PLOVER_TYPES as readonly string[]).includes(t)) throw new UsageError(`--type "${t}" is not a PLOVER type; use one of ${PLOVER_TYPES.join(', ')}.`);
  if (types.length > 0) f.type = types as PloverType[];
  const stances = splitList(values.stance).map((s) => s.toLowerCase());
  for (const s of stances) if (!(STANCES as readonly string[]).includes(s)) throw new UsageError(`--stance "${s}" is not one of ${STANCES.join(', ')}.`);
  if (stances.length > 0) f.stance = stances as Stance[];
  if (values.actor !== undefined && values.actor.trim() !== '') f.actor = values.actor.trim();
  if (values.country !== undefined) {
    const c = values.country.trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(c)) throw new UsageError(`--country must be an ISO 3166-1 alpha-3 code such as SYR or IRQ, not "${values.country}".`);
    f.country = c;
  }
  const outlets = (values.outlet ?? []).map((o) => o.trim()).filter((o) => o !== '');
  if (outlets.length > 0) f.outlet = outlets;
  for (const k of ['from', 'to'] as const) {
    const v = values[k];
    if (v === undefined) continue;
    if (!DATE.test(v)) throw new UsageError(`--${k} must be a date written YYYY-MM-DD (or YYYY-MM, YYYY), not "${v}".`);
    f[k] = v;
  }
  if (f.from && f.to && f.from > f.to) throw new UsageError(`--from ${f.from} is after --to ${f.to}.`);
  return f;
}

/**
 * Opens the store of `--db` (default ./rasid.db). `readonly` opens an existing one without migrating or writing;
 * `mustExist` refuses to create a SQLite file that is not there (a command that reads what was ingested).
 */
export async function openDb(db: string | undefined, opts: { readonly?: boolean; mustExist?: boolean } = {}): Promise<Store> {
  const target = db ?? DEFAULT_DB;
  if (opts.mustExist && !isPostgresUrl(target) && target !== ':memory:' && !existsSync(target)) {
    throw new StoreError('E_STORE_OPEN', `${target}: no such database; create it with \`rasid ingest --db ${target} …\`.`);
  }
  const text = loadTextResources();
  return openStore(target, storeResources(text, loadKnowledgeBase(text)), opts.readonly ? { readonly: true } : {});
}
