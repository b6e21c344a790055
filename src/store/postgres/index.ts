// The server store: PostgreSQL through `pg`, a tsvector/GIN index fed with the analysed terms.
import pg from 'pg';
import { StoreError } from '../../errors.js';
import {
  ACTOR_COLUMNS, checkBatch, checkStories, ENTITY_COLUMNS, EVENT_COLUMNS, EVENT_DATA_COLUMNS, MENTION_COLUMNS, QUOTE_COLUMNS, toRows,
  type ArticleRows, type Cell, type KeyFn, type QuadMap,
} from '../rows.js';
import { assembleRecords, EXTRACTION_QUERIES, limitSql, SqlReader, type Row, type Sql } from '../sql.js';
import type { AnalysedQuery, IndexTerms, TermAnalyser } from '../terms.js';
import type { ArticleRecord, PutResult, Store, StoreStats, Story } from '../types.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';

export interface PostgresOptions {
  /** Schema for every table (created by `migrate`); default: the connection's search_path (public). */
  schema?: string;
  /** Open for reading only: every transaction is read-only, writes fail with E_STORE_READONLY. */
  readonly?: boolean;
  /** How long a write waits for another session's lock before E_STORE_LOCKED (ms, default 5000). */
  busyTimeout?: number;
  /** Connections in the pool (default 4). */
  poolSize?: number;
}

/**
 * Serialises the writers of one schema (several ingest processes) so that duplicate and version checks see each
 * other's commits; stores in other schemas of the same database do not wait for each other.
 */
const WRITE_LOCK = 0x72617369;
const LOCK_SQL = "SELECT pg_advisory_xact_lock($1, hashtext(COALESCE($2, current_schema(), 'public')))";

/** Maps a `pg` error to a StoreError with a stable code. */
export function pgError(err: unknown, where: string): unknown {
  if (err instanceof StoreError) return err;
  const code = String((err as { code?: string }).code ?? '');
  const msg = (err as Error).message ?? String(err);
  if (code === '55P03' || code === '40P01' || code === '57014') {
    return new StoreError('E_STORE_LOCKED', `${where}: the database is locked by another session (${msg}).`, { cause: err });
  }
  if (code === '25006' || code === '42501') return new StoreError('E_STORE_READONLY', `${where}: ${msg}.`, { cause: err });
  if (code === '23505' || code === '23503' || code === '23502' || code === '23514') {
    return new StoreError('E_STORE_RECORD', `${where}: a record breaks a rule of the database (${msg}); the batch was not written.`, { cause: err });
  }
  if (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', '3D000', '28000', '28P01', '3F000'].includes(code)) {
    return new StoreError('E_STORE_OPEN', `${where}: cannot connect (${msg}).`, { cause: err });
  }
  return err;
}

/** The tsquery of an analysed query: groups AND-ed, alternatives OR-ed, each word any of its terms. */
export function tsqueryOf(q: AnalysedQuery): string {
  const lex = (t: string): string => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
  const word = (terms: readonly string[]): string => `(${terms.map(lex).join(' | ')})`;
  return q.groups.map((g) => `(${g.map((alt) => `(${alt.map(word).join(' & ')})`).join(' | ')})`).join(' & ');
}

/** The tsvector literal of an article's terms: title terms weighted A, positions in text order (at most 16383). */
export function tsvectorOf(terms: IndexTerms): string {
  const positions = new Map<string, string[]>();
  let pos = 0;
  const add = (s: string, weight: string): void => {
    for (const t of s.split(' ')) {
      if (t === '') continue;
      pos = Math.min(pos + 1, 16383);
      let l = positions.get(t);
      if (!l) positions.set(t, (l = []));
      if (l.length < 256) l.push(`${pos}${weight}`);
    }
  };
  add(terms.title, 'A');
  add(terms.body, '');
  const parts: string[] = [];
  for (const [t, ps] of positions) parts.push(`'${t.replace(/\\/g, '\\\\').replace(/'/g, "''")}':${ps.join(',')}`);
  return parts.join(' ');
}

/** Terms of the text's opening kept for ranking (with the title's): a vector this small stays in the row. */
const RANK_TERMS = 100;

/**
 * The tsvector literal used to rank matches: the title's terms (weight A) and the first RANK_TERMS terms of the text.
 * Ranking reads it for every match; the full vector (TOASTed, several kB) is read by the index only.
 */
export function rankTsvectorOf(terms: IndexTerms): string {
  const body = terms.body.split(' ', RANK_TERMS).join(' ');
  return tsvectorOf({ title: terms.title, body });
}

/** `?` placeholders → `$1, $2 …` (the shared queries never hold a literal question mark). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

const COLUMN_TYPES: Record<string, string> = {
  ord: 'int', start_off: 'int', end_off: 'int', dead: 'int', injured: 'int', direct: 'int',
  lat: 'float8', lon: 'float8', quantity: 'float8', confidence: 'float8',
};

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export class PostgresStore extends SqlReader implements Store {
  readonly backend = 'postgres' as const;
  readonly #pool: pg.Pool;
  readonly #where: string;
  readonly #quad: QuadMap;
  readonly #schema: string | undefined;

  private constructor(pool: pg.Pool, where: string, analyser: TermAnalyser, key: KeyFn, quad: QuadMap, schema: string | undefined) {
    super(analyser, key);
    this.#pool = pool;
    this.#where = where;
    this.#quad = quad;
    this.#schema = schema;
  }

  /** Connects to `url` (postgres://user@host:port/database) and checks the connection. */
  static async open(url: string, analyser: TermAnalyser, key: KeyFn, quad: QuadMap, opts: PostgresOptions = {}): Promise<PostgresStore> {
    const where = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
    if (opts.schema !== undefined && !SCHEMA_NAME.test(opts.schema)) {
      throw new StoreError('E_STORE_OPEN', `"${opts.schema}" is not a schema name (lower-case letters, digits and _).`);
    }
    // session settings travel in the startup packet, so every pooled connection has them before its first query
    const settings = [
      `-c lock_timeout=${Math.max(1, Math.floor(opts.busyTimeout ?? 5000))}`,
      ...(opts.readonly ? ['-c default_transaction_read_only=on'] : []),
      ...(opts.schema ? [`-c search_path=${opts.schema}`] : []),
    ];
    const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 4, connectionTimeoutMillis: 10_000, options: settings.join(' ') });
    pool.on('error', () => undefined); // an idle client lost: the pool replaces it
    // a session ended by the server (restart, pg_terminate_backend) may report twice; the second report must not
    // end the process: the query under way fails on its own, and the pool replaces the client
    pool.on('connect', (client) => { client.on('error', () => undefined); });
    const store = new PostgresStore(pool, where, analyser, key, quad, opts.schema);
    try {
      await pool.query('SELECT 1');
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw pgError(err, where);
    }
    return store;
  }

  protected async all(sql: string, params: readonly unknown[]): Promise<Row[]> {
    if (sql.includes('@@')) return this.#fullText(sql, params);
    try {
      return (await this.#pool.query(numbered(sql), params as unknown[])).rows as Row[];
    } catch (err) {
      throw pgError(err, this.#where);
    }
  }

  /**
   * A query with a full-text match, planned without sequential scans: for a common word the planner prefers reading
   * every row, which detoasts every article's vector (hundreds of ms); the GIN index answers in a few.
   */
  async #fullText(sql: string, params: readonly unknown[]): Promise<Row[]> {
    let client: pg.PoolClient;
    try {
      client = await this.#pool.connect();
    } catch (err) {
      throw pgError(err, this.#where);
    }
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL enable_seqscan = off');
      const r = await client.query(numbered(sql), params as unknown[]);
      await client.query('COMMIT');
      return r.rows as Row[];
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw pgError(err, this.#where);
    } finally {
      client.release();
    }
  }

  // text comparisons follow the database's collation: a prefix is a LIKE pattern here
  protected override prefixMatch(column: string): string {
    return `${column} LIKE ? ESCAPE '\\'`;
  }

  protected override prefixParams(prefix: string): string[] {
    return [`${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`];
  }

  protected ftsCondition(alias: string, _pk: string): string {
    return `${alias}.tsv @@ CAST(? AS tsquery)`;
  }

  protected ftsParam(q: AnalysedQuery): string {
    return tsqueryOf(q);
  }

  protected async ranked(q: AnalysedQuery, where: Sql, limit: number, offset: number): Promise<{ total: number; rows: Row[] }> {
    const tq = tsqueryOf(q);
    const and = where.text ? ` AND ${where.text}` : '';
    const [count] = await this.all(`SELECT COUNT(*) AS n FROM articles a WHERE a.tsv @@ CAST(? AS tsquery)${and}`, [tq, ...where.params]);
    const rows = await this.all(
      `SELECT a.pk, a.id, a.title, a.outlet, a.url, a.published, ts_rank(COALESCE(a.rank_tsv, a.tsv), tq.q) AS score
       FROM articles a, (SELECT CAST(? AS tsquery) AS q) tq
       WHERE a.tsv @@ tq.q${and}
       ORDER BY score DESC, a.pk ${limitSql(limit, offset)}`,
      [tq, ...where.params],
    );
    return { total: Number(count?.n ?? 0), rows };
  }

  async #transaction<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.#pool.connect();
    } catch (err) {
      throw pgError(err, this.#where);
    }
    try {
      await client.query('BEGIN');
      const r = await fn(client);
      await client.query('COMMIT');
      return r;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw pgError(err, this.#where);
    } finally {
      client.release();
    }
  }

  async schemaVersion(): Promise<number> {
    const t = await this.all("SELECT to_regclass('rasid_migrations') IS NOT NULL AS ok", []);
    if (!t[0]?.ok) return 0;
    const r = await this.all('SELECT MAX(version) AS v FROM rasid_migrations', []);
    return Number(r[0]?.v ?? 0);
  }

  async migrate(): Promise<void> {
    const latest = POSTGRES_MIGRATIONS[POSTGRES_MIGRATIONS.length - 1]!.version;
    const current = await this.schemaVersion();
    if (current > latest) throw new StoreError('E_STORE_SCHEMA', `${this.#where}: schema version ${current} is newer than this rasid knows (${latest}).`);
    if (current === latest) return;
    await this.#transaction(async (c) => {
      await c.query(LOCK_SQL, [WRITE_LOCK, this.#schema ?? null]);
      if (this.#schema) await c.query(`CREATE SCHEMA IF NOT EXISTS ${this.#schema}`);
      await c.query('CREATE TABLE IF NOT EXISTS rasid_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      const r = await c.query('SELECT MAX(version) AS v FROM rasid_migrations');
      const done = Number(r.rows[0]?.v ?? 0);
      for (const m of POSTGRES_MIGRATIONS) {
        if (m.version <= done) continue;
        await c.query(m.sql);
        await c.query('INSERT INTO rasid_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
      }
    });
  }

  async knownHashes(hashes: readonly string[]): Promise<Set<string>> {
    if (hashes.length === 0) return new Set();
    const r = await this.#pool
      .query('SELECT hash FROM articles WHERE hash = ANY($1) UNION SELECT hash FROM article_versions WHERE hash = ANY($1)', [hashes])
      .catch((err: unknown) => { throw pgError(err, this.#where); });
    return new Set(r.rows.map((x: Row) => String(x.hash)));
  }

  async putArticles(batch: readonly ArticleRecord[]): Promise<PutResult[]> {
    checkBatch(batch);
    const prepared = batch.map((b) => ({
      hash: b.hash,
      rows: toRows(b.extraction, this.#quad, this.key),
      ...((): { tsv: string; rank: string } => {
        const t = b.terms ?? this.analyser.indexTerms(b.extraction);
        return { tsv: tsvectorOf(t), rank: rankTsvectorOf(t) };
      })(),
    }));
    if (prepared.length === 0) return [];
    const now = new Date().toISOString();
    return this.#transaction(async (c) => {
      await c.query(LOCK_SQL, [WRITE_LOCK, this.#schema ?? null]);
      const results: PutResult[] = new Array(prepared.length);
      // an id met twice in a batch is written in a later round, after its first occurrence
      let pending = prepared.map((p, i) => ({ ...p, i }));
      while (pending.length > 0) {
        const ids = new Set<string>();
        const round: typeof pending = [];
        const later: typeof pending = [];
        for (const p of pending) {
          if (ids.has(p.rows.id)) later.push(p);
          else { ids.add(p.rows.id); round.push(p); }
        }
        await this.#writeRound(c, round, results, now);
        pending = later;
      }
      return results;
    });
  }

  async #writeRound(
    c: pg.PoolClient,
    round: { hash: string; rows: ArticleRows; tsv: string; rank: string; i: number }[],
    results: PutResult[],
    now: string,
  ): Promise<void> {
    const hashes = [...new Set(round.map((p) => p.hash))];
    const dupRows = (
      await c.query(
        `SELECT a.hash, a.id, a.version FROM articles a WHERE a.hash = ANY($1)
         UNION ALL SELECT v.hash, v.article_id, (SELECT version FROM articles WHERE id = v.article_id) FROM article_versions v WHERE v.hash = ANY($1)`,
        [hashes],
      )
    ).rows as { hash: string; id: string; version: number }[];
    const dups = new Map<string, { id: string; version: number }>();
    for (const r of dupRows) if (!dups.has(r.hash)) dups.set(r.hash, { id: r.id, version: Number(r.version) });
    const current = new Map<string, { pk: number; version: number; hash: string; stored_at: string }>();
    for (const r of (await c.query('SELECT pk, id, version, hash, stored_at FROM articles WHERE id = ANY($1)', [round.map((p) => p.rows.id)])).rows) {
      current.set(String(r.id), { pk: Number(r.pk), version: Number(r.version), hash: String(r.hash), stored_at: String(r.stored_at) });
    }
    const inserts: typeof round = [];
    const updates: { p: (typeof round)[number]; cur: { pk: number; version: number; hash: string; stored_at: string } }[] = [];
    const seen = new Map<string, PutResult>();
    for (const p of round) {
      const earlier = seen.get(p.hash) ?? dups.get(p.hash);
      if (earlier) {
        results[p.i] = { id: earlier.id, status: 'duplicate', version: earlier.version };
        continue;
      }
      const cur = current.get(p.rows.id);
      const r: PutResult = cur ? { id: p.rows.id, status: 'new-version', version: cur.version + 1 } : { id: p.rows.id, status: 'inserted', version: 1 };
      results[p.i] = r;
      seen.set(p.hash, r);
      if (cur) updates.push({ p, cur }); else inserts.push(p);
    }
    const pkOf = new Map<string, number>();
    if (updates.length > 0) {
      const pks = updates.map((u) => u.cur.pk);
      const olds = await this.#assemble(c, pks);
      await c.query(
        `INSERT INTO article_versions (article_id, version, hash, stored_at, record)
         SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[])`,
        [updates.map((u) => u.p.rows.id), updates.map((u) => u.cur.version), updates.map((u) => u.cur.hash), updates.map((u) => u.cur.stored_at), olds.map((x) => JSON.stringify(x))],
      );
      for (const t of ['entities', 'events', 'quotes']) await c.query(`DELETE FROM ${t} WHERE article_pk = ANY($1)`, [pks]);
      const col = <T>(f: (u: (typeof updates)[number]) => T): T[] => updates.map(f);
      await c.query(
        `UPDATE articles a SET url = u.url, outlet = u.outlet, published = u.published, title = u.title, hash = u.hash,
           version = u.version, stored_at = $11, n_entities = u.ne, n_events = u.nv, n_quotes = u.nq, tsv = u.tsv::tsvector,
           rank_tsv = u.rank::tsvector
         FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[], $9::int[], $10::int[], $12::text[], $13::text[])
           AS u(pk, url, outlet, published, title, hash, version, ne, nv, nq, tsv, rank)
         WHERE a.pk = u.pk`,
        [
          pks, col((u) => u.p.rows.url), col((u) => u.p.rows.outlet), col((u) => u.p.rows.published), col((u) => u.p.rows.title),
          col((u) => u.p.hash), col((u) => u.cur.version + 1), col((u) => u.p.rows.counts.entities),
          col((u) => u.p.rows.counts.events), col((u) => u.p.rows.counts.quotes), now, col((u) => u.p.tsv), col((u) => u.p.rank),
        ],
      );
      await c.query(
        `UPDATE article_bodies b SET text = u.text, record = u.record FROM unnest($1::bigint[], $2::text[], $3::text[]) AS u(pk, text, record) WHERE b.article_pk = u.pk`,
        [pks, col((u) => u.p.rows.text), col((u) => u.p.rows.record)],
      );
      for (const u of updates) pkOf.set(u.p.rows.id, u.cur.pk);
    }
    if (inserts.length > 0) {
      const col = <T>(f: (p: (typeof inserts)[number]) => T): T[] => inserts.map(f);
      const r = await c.query(
        `INSERT INTO articles (id, url, outlet, published, title, hash, version, stored_at, n_entities, n_events, n_quotes, tsv, rank_tsv)
         SELECT u.id, u.url, u.outlet, u.published, u.title, u.hash, 1, $8, u.ne, u.nv, u.nq, u.tsv::tsvector, u.rank::tsvector
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $9::int[], $10::int[], $11::text[], $12::text[])
           AS u(id, url, outlet, published, title, hash, ne, nv, nq, tsv, rank)
         RETURNING pk, id`,
        [
          col((p) => p.rows.id), col((p) => p.rows.url), col((p) => p.rows.outlet), col((p) => p.rows.published), col((p) => p.rows.title),
          col((p) => p.hash), col((p) => p.rows.counts.entities), now, col((p) => p.rows.counts.events), col((p) => p.rows.counts.quotes),
          col((p) => p.tsv), col((p) => p.rank),
        ],
      );
      for (const row of r.rows) pkOf.set(String(row.id), Number(row.pk));
      await c.query('INSERT INTO article_bodies (article_pk, text, record) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[])', [
        inserts.map((p) => pkOf.get(p.rows.id)!), col((p) => p.rows.text), col((p) => p.rows.record),
      ]);
    }
    const written = [...updates.map((u) => u.p), ...inserts];
    const children = (table: string, cols: readonly string[], pick: (r: ArticleRows) => Cell[][]): Promise<unknown> | null => {
      const arrays: Cell[][] = [[], ...cols.map(() => [])];
      for (const p of written) {
        const pk = pkOf.get(p.rows.id)!;
        for (const row of pick(p.rows)) {
          arrays[0]!.push(pk);
          row.forEach((v, k) => arrays[k + 1]!.push(v));
        }
      }
      if (arrays[0]!.length === 0) return null;
      const types = ['bigint', ...cols.map((c) => COLUMN_TYPES[c] ?? 'text')];
      return c.query(
        `INSERT INTO ${table} (article_pk, ${cols.join(', ')}) SELECT * FROM unnest(${types.map((t, k) => `$${k + 1}::${t}[]`).join(', ')})`,
        arrays,
      );
    };
    // parents before children (foreign keys)
    await children('entities', ENTITY_COLUMNS, (r) => r.entities);
    await children('mentions', MENTION_COLUMNS, (r) => r.mentions);
    await children('events', EVENT_COLUMNS, (r) => r.events);
    await children('event_data', EVENT_DATA_COLUMNS, (r) => r.eventData);
    await children('event_actors', ACTOR_COLUMNS, (r) => r.actors);
    await children('quotes', QUOTE_COLUMNS, (r) => r.quotes);
  }

  async #assemble(c: pg.PoolClient, pks: number[]): Promise<ReturnType<typeof assembleRecords>> {
    const marks = pks.map(() => '?').join(', ');
    const res: Row[][] = [];
    for (const q of EXTRACTION_QUERIES) res.push((await c.query(numbered(q.replace('$PKS', marks)), pks)).rows as Row[]);
    return assembleRecords(pks, res[0]!, res[1]!, res[2]!, res[3]!, res[4]!);
  }

  async replaceStories(stories: readonly Story[]): Promise<void> {
    checkStories(stories);
    await this.#transaction(async (c) => {
      const articleIds = [...new Set(stories.flatMap((s) => s.articles))];
      const have = new Set(((await c.query('SELECT id FROM articles WHERE id = ANY($1)', [articleIds])).rows as Row[]).map((r) => String(r.id)));
      for (const s of stories) for (const id of s.articles) {
        if (!have.has(id)) throw new StoreError('E_STORE_RECORD', `Story ${s.id} names article ${id}, which is not stored.`);
      }
      const pairs = stories.flatMap((s) => s.events.flatMap((e) => e.versions.map((v) => ({ s: s.id, a: v.articleId, v: v.eventId }))));
      const found = new Set(
        (
          (await c.query(
            `SELECT a.id, e.vid FROM unnest($1::text[], $2::text[]) AS u(aid, vid)
             JOIN articles a ON a.id = u.aid JOIN events e ON e.article_pk = a.pk AND e.vid = u.vid`,
            [pairs.map((p) => p.a), pairs.map((p) => p.v)],
          )).rows as Row[]
        ).map((r) => `${String(r.id)}\u0000${String(r.vid)}`),
      );
      for (const p of pairs) {
        if (!found.has(`${p.a}\u0000${p.v}`)) throw new StoreError('E_STORE_RECORD', `Story ${p.s} names event ${p.v} of article ${p.a}, which is not stored.`);
      }
      await c.query('DELETE FROM story_events');
      await c.query('DELETE FROM story_articles');
      await c.query('DELETE FROM stories');
      if (stories.length === 0) return;
      const ins = await c.query(
        `INSERT INTO stories (id, title, first, last, data) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) RETURNING pk, id`,
        [stories.map((s) => s.id), stories.map((s) => s.title), stories.map((s) => s.first), stories.map((s) => s.last), stories.map((s) => JSON.stringify(s))],
      );
      const pk = new Map((ins.rows as Row[]).map((r) => [String(r.id), Number(r.pk)]));
      const sa = stories.flatMap((s) => [...new Set(s.articles)].map((a) => [pk.get(s.id)!, a] as const));
      await c.query('INSERT INTO story_articles (story_pk, article_id) SELECT * FROM unnest($1::bigint[], $2::text[])', [sa.map((x) => x[0]), sa.map((x) => x[1])]);
      const se = stories.flatMap((s) => s.events.flatMap((e) => e.versions.map((v) => [pk.get(s.id)!, e.id, e.type, v.articleId, v.eventId] as const)));
      await c.query(
        'INSERT INTO story_events (story_pk, se_id, type, article_id, event_id) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[])',
        [0, 1, 2, 3, 4].map((k) => se.map((x) => x[k])),
      );
    });
  }

  async stats(): Promise<StoreStats> {
    return this.statsOf(await this.schemaVersion());
  }

  async close(): Promise<void> {
    await this.#pool.end().catch(() => undefined);
  }
}
