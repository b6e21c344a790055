// What rasid remembers of each polled feed (schedule, HTTP validators, items already taken), kept in the store's
// database (tables `feeds` and `feed_items`, store schema 2) so that every scheduler and worker sees the same.
import Database from 'better-sqlite3';
import pg from 'pg';
import { resolve } from 'node:path';
import { StoreError } from '../errors.js';
import { isPostgresUrl } from '../store/index.js';
import { pgError } from '../store/postgres/index.js';

export interface FeedRecord {
  url: string;
  everyMs: number;
  /** Items are read from the text the feed carries rather than from their pages. */
  offline: boolean;
  addedAt: string;
  /** When the feed is next due (ms since the epoch). */
  nextPollMs: number;
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: string | null;
  /** new-items, unchanged (fetched, nothing new), not-modified (HTTP 304), or error. */
  lastStatus: string | null;
  lastError: string | null;
  /** Items taken from the feed so far. */
  items: number;
}

export interface PollOutcome {
  status: 'new-items' | 'unchanged' | 'not-modified' | 'error';
  at: string;
  /** The validators of a 200 answer (kept for the next conditional request); absent on 304 and errors. */
  etag?: string | null;
  lastModified?: string | null;
  error?: string | null;
  newItems: number;
}

/** Feed state over one database; SQLite and PostgreSQL implementations pass one contract (feed-state.test.ts). */
export interface FeedState {
  /** Adds a feed (due at once) or changes its period; says which. */
  add(url: string, everyMs: number, offline: boolean, now?: number): Promise<'added' | 'updated'>;
  remove(url: string): Promise<boolean>;
  list(): Promise<FeedRecord[]>;
  get(url: string): Promise<FeedRecord | null>;
  /**
   * Takes the feeds due at `now` (at most `limit`), moves each one's next poll a period ahead, and runs `enqueue` on
   * them before committing: when `enqueue` throws, nothing is moved. Several schedulers never take the same feed.
   */
  claimDue(now: number, limit: number, enqueue: (feeds: FeedRecord[]) => Promise<void>): Promise<FeedRecord[]>;
  /** The keys among `keys` not yet taken from the feed. */
  unseen(url: string, keys: readonly string[]): Promise<Set<string>>;
  /** Records items as taken; resolves to how many were new. */
  markSeen(url: string, items: readonly { key: string; url: string | null }[], at: string): Promise<number>;
  recordPoll(url: string, outcome: PollOutcome): Promise<void>;
  close(): Promise<void>;
}

interface Row {
  url: string;
  every_ms: string | number;
  offline: number;
  added_at: string;
  next_poll_ms: string | number;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: string | null;
  last_status: string | null;
  last_error: string | null;
  items: number;
}

const COLUMNS = 'url, every_ms, offline, added_at, next_poll_ms, etag, last_modified, last_polled_at, last_status, last_error, items';

function fromRow(r: Row): FeedRecord {
  return {
    url: r.url, everyMs: Number(r.every_ms), offline: Number(r.offline) === 1, addedAt: r.added_at, nextPollMs: Number(r.next_poll_ms),
    etag: r.etag, lastModified: r.last_modified, lastPolledAt: r.last_polled_at, lastStatus: r.last_status, lastError: r.last_error,
    items: Number(r.items),
  };
}

const noSchema = (where: string): StoreError =>
  new StoreError('E_STORE_SCHEMA', `${where}: the database has no feed tables (store schema 2); open it once with a rasid command that writes (rasid feeds add, rasid worker) to migrate it.`);

/** Feed state in PostgreSQL (its own small pool, in the store's schema). */
export class PostgresFeedState implements FeedState {
  readonly #pool: pg.Pool;
  readonly #where: string;
  private constructor(pool: pg.Pool, where: string) {
    this.#pool = pool;
    this.#where = where;
  }

  static async open(url: string, schema?: string): Promise<PostgresFeedState> {
    const where = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
    const pool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 10_000, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
    pool.on('error', () => undefined);
    pool.on('connect', (client) => { client.on('error', () => undefined); }); // a session ended by the server
    const s = new PostgresFeedState(pool, where);
    try {
      const r = await pool.query("SELECT to_regclass('feeds') IS NOT NULL AS ok");
      if (!r.rows[0]?.ok) throw noSchema(where);
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw pgError(err, where);
    }
    return s;
  }

  async #q(sql: string, params: unknown[] = []): Promise<Row[]> {
    try {
      return (await this.#pool.query(sql, params)).rows as Row[];
    } catch (err) {
      throw pgError(err, this.#where);
    }
  }

  async add(url: string, everyMs: number, offline: boolean, now = Date.now()): Promise<'added' | 'updated'> {
    const r = await this.#q(
      `INSERT INTO feeds (url, every_ms, offline, added_at, next_poll_ms) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (url) DO UPDATE SET every_ms = EXCLUDED.every_ms, offline = EXCLUDED.offline,
         next_poll_ms = LEAST(feeds.next_poll_ms, EXCLUDED.next_poll_ms + EXCLUDED.every_ms)
       RETURNING (xmax = 0) AS inserted`,
      [url, everyMs, offline ? 1 : 0, new Date(now).toISOString(), now],
    );
    return (r[0] as unknown as { inserted: boolean }).inserted ? 'added' : 'updated';
  }

  async remove(url: string): Promise<boolean> {
    await this.#q('DELETE FROM feed_items WHERE feed_url = $1', [url]);
    return (await this.#q('DELETE FROM feeds WHERE url = $1 RETURNING url', [url])).length > 0;
  }

  async list(): Promise<FeedRecord[]> {
    return (await this.#q(`SELECT ${COLUMNS} FROM feeds ORDER BY url`)).map(fromRow);
  }

  async get(url: string): Promise<FeedRecord | null> {
    const r = await this.#q(`SELECT ${COLUMNS} FROM feeds WHERE url = $1`, [url]);
    return r[0] ? fromRow(r[0]) : null;
  }

  async claimDue(now: number, limit: number, enqueue: (feeds: FeedRecord[]) => Promise<void>): Promise<FeedRecord[]> {
    let c: pg.PoolClient;
    try {
      c = await this.#pool.connect();
    } catch (err) {
      throw pgError(err, this.#where);
    }
    try {
      await c.query('BEGIN');
      const due = (
        await c.query(`SELECT ${COLUMNS} FROM feeds WHERE next_poll_ms <= $1 ORDER BY next_poll_ms LIMIT $2 FOR UPDATE SKIP LOCKED`, [now, limit])
      ).rows.map((r) => fromRow(r as Row));
      if (due.length > 0) {
        await c.query(
          'UPDATE feeds SET next_poll_ms = GREATEST(next_poll_ms + every_ms, $2 + every_ms - (($2 - next_poll_ms) % every_ms)) WHERE url = ANY($1)',
          [due.map((f) => f.url), now],
        );
        await enqueue(due);
      }
      await c.query('COMMIT');
      return due;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw pgError(err, this.#where);
    } finally {
      c.release();
    }
  }

  async unseen(url: string, keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const seen = new Set((await this.#q('SELECT item_key FROM feed_items WHERE feed_url = $1 AND item_key = ANY($2)', [url, [...keys]])).map((r) => (r as unknown as { item_key: string }).item_key));
    return new Set(keys.filter((k) => !seen.has(k)));
  }

  async markSeen(url: string, items: readonly { key: string; url: string | null }[], at: string): Promise<number> {
    if (items.length === 0) return 0;
    const r = await this.#q(
      `INSERT INTO feed_items (feed_url, item_key, url, first_seen) SELECT $1, k, u, $4 FROM unnest($2::text[], $3::text[]) AS x(k, u)
       ON CONFLICT DO NOTHING RETURNING item_key`,
      [url, items.map((i) => i.key), items.map((i) => i.url), at],
    );
    if (r.length > 0) await this.#q('UPDATE feeds SET items = items + $2 WHERE url = $1', [url, r.length]);
    return r.length;
  }

  async recordPoll(url: string, o: PollOutcome): Promise<void> {
    const fresh = o.etag !== undefined || o.lastModified !== undefined;
    await this.#q(
      `UPDATE feeds SET last_polled_at = $2, last_status = $3, last_error = $4,
         etag = CASE WHEN $5 THEN $6 ELSE etag END, last_modified = CASE WHEN $5 THEN $7 ELSE last_modified END
       WHERE url = $1`,
      [url, o.at, o.status, o.error ?? null, fresh, o.etag ?? null, o.lastModified ?? null],
    );
  }

  async close(): Promise<void> {
    await this.#pool.end().catch(() => undefined);
  }
}

/** Feed state in the SQLite file of the store. */
export class SqliteFeedState implements FeedState {
  readonly #db: Database.Database;
  readonly #where: string;
  private constructor(db: Database.Database, where: string) {
    this.#db = db;
    this.#where = where;
  }

  static open(path: string, busyTimeoutMs = 5000): SqliteFeedState {
    let db: Database.Database;
    try {
      db = new Database(path, { fileMustExist: true });
      db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    } catch (err) {
      throw new StoreError('E_STORE_OPEN', `${path}: cannot open (${(err as Error).message}).`, { cause: err });
    }
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'feeds'").get()) {
      db.close();
      throw noSchema(path);
    }
    return new SqliteFeedState(db, path);
  }

  #run<T>(fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw new StoreError('E_STORE_LOCKED', `${this.#where}: the database is locked by another process.`, { cause: err });
      if (code === 'SQLITE_READONLY') throw new StoreError('E_STORE_READONLY', `${this.#where}: ${(err as Error).message}.`, { cause: err });
      throw err;
    }
  }

  async add(url: string, everyMs: number, offline: boolean, now = Date.now()): Promise<'added' | 'updated'> {
    return this.#run(() => {
      const had = this.#db.prepare('SELECT 1 FROM feeds WHERE url = ?').get(url) !== undefined;
      this.#db
        .prepare(
          `INSERT INTO feeds (url, every_ms, offline, added_at, next_poll_ms) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (url) DO UPDATE SET every_ms = excluded.every_ms, offline = excluded.offline,
             next_poll_ms = MIN(feeds.next_poll_ms, excluded.next_poll_ms + excluded.every_ms)`,
        )
        .run(url, everyMs, offline ? 1 : 0, new Date(now).toISOString(), now);
      return had ? 'updated' : 'added';
    });
  }

  async remove(url: string): Promise<boolean> {
    return this.#run(() => {
      this.#db.prepare('DELETE FROM feed_items WHERE feed_url = ?').run(url);
      return this.#db.prepare('DELETE FROM feeds WHERE url = ?').run(url).changes > 0;
    });
  }

  async list(): Promise<FeedRecord[]> {
    return this.#run(() => (this.#db.prepare(`SELECT ${COLUMNS} FROM feeds ORDER BY url`).all() as Row[]).map(fromRow));
  }

  async get(url: string): Promise<FeedRecord | null> {
    return this.#run(() => {
      const r = this.#db.prepare(`SELECT ${COLUMNS} FROM feeds WHERE url = ?`).get(url) as Row | undefined;
      return r ? fromRow(r) : null;
    });
  }

  async claimDue(now: number, limit: number, enqueue: (feeds: FeedRecord[]) => Promise<void>): Promise<FeedRecord[]> {
    this.#run(() => this.#db.exec('BEGIN IMMEDIATE'));
    try {
      const due = (this.#db.prepare(`SELECT ${COLUMNS} FROM feeds WHERE next_poll_ms <= ? ORDER BY next_poll_ms LIMIT ?`).all(now, limit) as Row[]).map(fromRow);
      const move = this.#db.prepare('UPDATE feeds SET next_poll_ms = MAX(next_poll_ms + every_ms, ? + every_ms - ((? - next_poll_ms) % every_ms)) WHERE url = ?');
      for (const f of due) move.run(now, now, f.url);
      if (due.length > 0) await enqueue(due);
      this.#db.exec('COMMIT');
      return due;
    } catch (err) {
      if (this.#db.inTransaction) this.#db.exec('ROLLBACK');
      throw err;
    }
  }

  async unseen(url: string, keys: readonly string[]): Promise<Set<string>> {
    return this.#run(() => {
      const q = this.#db.prepare('SELECT 1 FROM feed_items WHERE feed_url = ? AND item_key = ?');
      return new Set(keys.filter((k) => q.get(url, k) === undefined));
    });
  }

  async markSeen(url: string, items: readonly { key: string; url: string | null }[], at: string): Promise<number> {
    return this.#run(() =>
      this.#db.transaction(() => {
        const ins = this.#db.prepare('INSERT INTO feed_items (feed_url, item_key, url, first_seen) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING');
        let n = 0;
        for (const i of items) n += ins.run(url, i.key, i.url, at).changes;
        if (n > 0) this.#db.prepare('UPDATE feeds SET items = items + ? WHERE url = ?').run(n, url);
        return n;
      }).immediate(),
    );
  }

  async recordPoll(url: string, o: PollOutcome): Promise<void> {
    const fresh = o.etag !== undefined || o.lastModified !== undefined ? 1 : 0;
    this.#run(() =>
      this.#db
        .prepare(
          `UPDATE feeds SET last_polled_at = ?, last_status = ?, last_error = ?,
             etag = CASE WHEN ? THEN ? ELSE etag END, last_modified = CASE WHEN ? THEN ? ELSE last_modified END WHERE url = ?`,
        )
        .run(o.at, o.status, o.error ?? null, fresh, o.etag ?? null, fresh, o.lastModified ?? null, url),
    );
  }

  async close(): Promise<void> {
    this.#db.close();
  }
}

/** Opens the feed state of the store `db` (a SQLite path or postgres:// URL, already migrated to schema 2). */
export async function openFeedState(db: string, schema?: string): Promise<FeedState> {
  return isPostgresUrl(db) ? PostgresFeedState.open(db, schema) : SqliteFeedState.open(db === ':memory:' ? db : resolve(db));
}
