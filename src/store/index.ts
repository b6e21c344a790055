// The store's public entry: open a SQLite file or a PostgreSQL database behind one Store interface.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { DEFAULT_DATA_DIR } from '../data/load.js';
import type { KnowledgeBase } from '../kb/types.js';
import type { TextResources } from '../text/index.js';
import { PostgresStore } from './postgres/index.js';
import { loadQuadMap, type KeyFn, type QuadMap } from './rows.js';
import { SqliteStore } from './sqlite/index.js';
import { createTermAnalyser, type TermAnalyser } from './terms.js';
import type { Store } from './types.js';

export * from './types.js';
export { createTermAnalyser, type TermAnalyser, type AnalysedQuery } from './terms.js';
export { recordProblem } from './rows.js';
export { snippets } from './sql.js';

/** Where `rasid ingest` and `rasid search` keep articles when no --db is given. */
export const DEFAULT_DB = 'rasid.db';

/** What a store is built from: the search analyser, the name normaliser and the quad-class table. */
export interface StoreResources {
  readonly analyser: TermAnalyser;
  readonly key: KeyFn;
  readonly quad: QuadMap;
}

/** Builds the store's resources from the text layer (and the knowledge base, for name spellings in queries). */
export function storeResources(text: TextResources, kb: KnowledgeBase | null, dataDir: string = DEFAULT_DATA_DIR): StoreResources {
  const keys = new Map<string, string>();
  const key = (s: string): string => {
    let k = keys.get(s);
    if (k === undefined) {
      if (keys.size >= 100_000) keys.clear();
      keys.set(s, (k = text.normaliser.key(s)));
    }
    return k;
  };
  return { analyser: createTermAnalyser(text, kb), key, quad: loadQuadMap(dataDir) };
}

export interface OpenOptions {
  /** Open for reading only: nothing is migrated or written. */
  readonly?: boolean;
  /** Apply pending migrations on open (default true unless readonly). */
  migrate?: boolean;
  /** How long a write waits for another process's lock before E_STORE_LOCKED (ms). */
  busyTimeout?: number;
  /** PostgreSQL only: the schema holding the tables. */
  schema?: string;
}

/** True when `db` names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/**
 * Opens the store `db`: a postgres://… URL (with `?schema=NAME` to keep the tables in that schema) or a SQLite file
 * path (created when missing).
 * @example
 *   const store = await openStore('rasid.db', storeResources(loadTextResources(), null));
 */
export async function openStore(db: string, res: StoreResources, opts: OpenOptions = {}): Promise<Store> {
  const common = {
    ...(opts.readonly !== undefined ? { readonly: opts.readonly } : {}),
    ...(opts.busyTimeout !== undefined ? { busyTimeout: opts.busyTimeout } : {}),
  };
  let url = db;
  let schema = opts.schema;
  if (isPostgresUrl(db)) {
    // ?schema=NAME in the URL keeps rasid's tables in a schema of their own
    const u = new URL(db);
    const s = u.searchParams.get('schema');
    if (s !== null) {
      u.searchParams.delete('schema');
      url = u.toString();
      schema ??= s;
    }
  }
  const store: Store = isPostgresUrl(db)
    ? await PostgresStore.open(url, res.analyser, res.key, res.quad, { ...common, ...(schema ? { schema } : {}) })
    : SqliteStore.open(db === ':memory:' ? db : resolve(db), res.analyser, res.key, res.quad, common);
  if (opts.migrate ?? !opts.readonly) {
    try {
      await store.migrate();
    } catch (err) {
      await store.close();
      throw err;
    }
  }
  return store;
}

/** The content hash of an article: sha256 over its url, outlet, title, publication date and text. */
export function contentHash(a: { url: string | null; outlet: string | null; title: string | null; published: string | null; text: string }): string {
  return createHash('sha256').update(JSON.stringify([a.url, a.outlet, a.title, a.published, a.text])).digest('hex');
}
