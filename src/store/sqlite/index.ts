// The embedded store: one SQLite file (better-sqlite3, WAL), FTS5 over the analysed terms.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Extraction } from '../../contract/extraction.js';
import { StoreError } from '../../errors.js';
import {
  ACTOR_COLUMNS, checkBatch, checkStories, ENTITY_COLUMNS, EVENT_COLUMNS, EVENT_DATA_COLUMNS, MENTION_COLUMNS, QUOTE_COLUMNS, toRows,
  type ArticleRows, type KeyFn, type QuadMap,
} from '../rows.js';
import { assembleRecords, EXTRACTION_QUERIES, limitSql, SqlReader, type Row, type Sql } from '../sql.js';
import type { AnalysedQuery, TermAnalyser } from '../terms.js';
import type { ArticleRecord, PutResult, Store, StoreStats, Story } from '../types.js';
import { SQLITE_MIGRATIONS } from './migrations.js';

export interface SqliteOptions {
  /** Open without writing anything (no migration, no WAL switch); writes fail with E_STORE_READONLY. */
  readonly?: boolean;
  /** How long a write waits for another process's lock before E_STORE_LOCKED (ms, default 5000). */
  busyTimeout?: number;
}

/** Maps a better-sqlite3 error to a StoreError with a stable code. */
export function sqliteError(err: unknown, path: string): unknown {
  if (err instanceof StoreError) return err;
  const code = (err as { code?: string }).code ?? '';
  const msg = (err as Error).message ?? String(err);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreError('E_STORE_LOCKED', `${path}: the database is locked by another process (${msg}).`, { cause: err });
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_PERM') {
    return new StoreError(code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' ? 'E_STORE_READONLY' : 'E_STORE_OPEN', `${path}: ${msg}.`, { cause: err });
  }
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return new StoreError('E_STORE_RECORD', `${path}: a record breaks a rule of the database (${msg}); the batch was not written.`, { cause: err });
  }
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new StoreError('E_STORE_OPEN', `${path}: not a rasid database, or a damaged one (${msg}).`, { cause: err });
  }
  return err;
}

/** The FTS5 expression of an analysed query: groups AND-ed, alternatives OR-ed, each word any of its terms. */
export function fts5Expression(q: AnalysedQuery): string {
  const word = (terms: readonly string[]): string => `(${terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' OR ')})`;
  return q.groups.map((g) => `(${g.map((alt) => `(${alt.map(word).join(' AND ')})`).join(' OR ')})`).join(' AND ');
}

const insertSql = (table: string, cols: readonly string[]): string =>
  `INSERT INTO ${table} (article_pk, ${cols.join(', ')}) VALUES (?, ${cols.map(() => '?').join(', ')})`;

export class SqliteStore extends SqlReader implements Store {
  readonly backend = 'sqlite' as const;
  readonly #db: Database.Database;
  readonly #path: string;
  readonly #quad: QuadMap;
  readonly #statements = new Map<string, Database.Statement>();
  #batches = 0;

  private constructor(db: Database.Database, path: string, analyser: TermAnalyser, key: KeyFn, quad: QuadMap) {
    super(analyser, key);
    this.#db = db;
    this.#path = path;
    this.#quad = quad;
  }

  /** Opens (creating when needed) the database at `path`. Call `migrate()` before writing. */
  static open(path: string, analyser: TermAnalyser, key: KeyFn, quad: QuadMap, opts: SqliteOptions = {}): SqliteStore {
    if (opts.readonly && path !== ':memory:' && !existsSync(path)) {
      throw new StoreError('E_STORE_OPEN', `${path}: no such database; create it with \`rasid ingest --db ${path} …\`.`);
    }
    if (path !== ':memory:' && !existsSync(dirname(path))) {
      throw new StoreError('E_STORE_OPEN', `${path}: the folder ${dirname(path)} does not exist.`);
    }
    let db: Database.Database | undefined;
    try {
      db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
      db.pragma(`busy_timeout = ${Math.max(0, Math.floor(opts.busyTimeout ?? 5000))}`);
      if (!opts.readonly) {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
      }
      db.pragma('foreign_keys = ON');
      // a large page cache and memory-mapped reads: searches and filters touch pages all over the file
      db.pragma('cache_size = -65536');
      db.pragma('mmap_size = 268435456');
      return new SqliteStore(db, path, analyser, key, quad);
    } catch (err) {
      db?.close();
      throw sqliteError(err, path);
    }
  }

  #stmt(sql: string): Database.Statement {
    let s = this.#statements.get(sql);
    if (!s) this.#statements.set(sql, (s = this.#db.prepare(sql)));
    return s;
  }

  #allSync(sql: string, params: readonly unknown[]): Row[] {
    return this.#stmt(sql).all(...params) as Row[];
  }

  protected async all(sql: string, params: readonly unknown[]): Promise<Row[]> {
    try {
      return this.#allSync(sql, params);
    } catch (err) {
      throw sqliteError(err, this.#path);
    }
  }

  protected ftsCondition(_alias: string, pk: string): string {
    return `${pk} IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)`;
  }

  protected ftsParam(q: AnalysedQuery): string {
    return fts5Expression(q);
  }

  protected async ranked(q: AnalysedQuery, where: Sql, limit: number, offset: number): Promise<{ total: number; rows: Row[] }> {
    const expr = fts5Expression(q);
    const cols = 'a.pk, a.id, a.title, a.outlet, a.url, a.published, -h.r AS score';
    if (!where.text) {
      const [count] = await this.all('SELECT COUNT(*) AS n FROM article_fts WHERE article_fts MATCH ?', [expr]);
      const rows = await this.all(
        `SELECT ${cols} FROM (SELECT rowid, bm25(article_fts, 3.0, 1.0) AS r FROM article_fts WHERE article_fts MATCH ? ORDER BY r, rowid ${limitSql(limit, offset)}) h
         JOIN articles a ON a.pk = h.rowid ORDER BY h.r, h.rowid`,
        [expr],
      );
      return { total: Number(count?.n ?? 0), rows };
    }
    // The matches are taken once (materialised, ranked), then narrowed: the planner never runs the full-text query
    // per row; the count is the length of the narrowed list.
    const hits = await this.all(
      `WITH h AS MATERIALIZED (SELECT rowid, bm25(article_fts, 3.0, 1.0) AS r FROM article_fts WHERE article_fts MATCH ?)
       SELECT h.rowid AS pk, h.r FROM h JOIN articles a ON a.pk = h.rowid WHERE ${where.text} ORDER BY h.r, h.rowid`,
      [expr, ...where.params],
    );
    const pageHits = hits.slice(offset, offset + limit);
    if (pageHits.length === 0) return { total: hits.length, rows: [] };
    const meta = new Map(
      (await this.all(`SELECT a.pk, a.id, a.title, a.outlet, a.url, a.published FROM articles a WHERE a.pk IN (${pageHits.map(() => '?').join(', ')})`, pageHits.map((h) => h.pk)))
        .map((r) => [Number(r.pk), r]),
    );
    return { total: hits.length, rows: pageHits.map((h) => ({ ...meta.get(Number(h.pk)), score: -Number(h.r) })) };
  }

  #write<T>(fn: () => T): T {
    try {
      return this.#db.transaction(fn).immediate();
    } catch (err) {
      throw sqliteError(err, this.#path);
    }
  }

  async schemaVersion(): Promise<number> {
    try {
      const t = this.#db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'rasid_migrations'").get();
      if (!t) return 0;
      const r = this.#db.prepare('SELECT MAX(version) AS v FROM rasid_migrations').get() as { v: number | null };
      return r.v ?? 0;
    } catch (err) {
      throw sqliteError(err, this.#path);
    }
  }

  async migrate(): Promise<void> {
    const latest = SQLITE_MIGRATIONS[SQLITE_MIGRATIONS.length - 1]!.version;
    const current = await this.schemaVersion();
    if (current > latest) {
      throw new StoreError('E_STORE_SCHEMA', `${this.#path}: schema version ${current} is newer than this rasid knows (${latest}).`);
    }
    if (current === latest) return;
    this.#write(() => {
      this.#db.exec('CREATE TABLE IF NOT EXISTS rasid_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      const row = this.#db.prepare('SELECT MAX(version) AS v FROM rasid_migrations').get() as { v: number | null };
      for (const m of SQLITE_MIGRATIONS) {
        if (m.version <= (row.v ?? 0)) continue;
        this.#db.exec(m.sql);
        this.#db.prepare('INSERT INTO rasid_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      }
    });
  }

  async knownHashes(hashes: readonly string[]): Promise<Set<string>> {
    const known = new Set<string>();
    for (let i = 0; i < hashes.length; i += 400) {
      const chunk = hashes.slice(i, i + 400);
      const marks = chunk.map(() => '?').join(', ');
      for (const r of await this.all(
        `SELECT hash FROM articles WHERE hash IN (${marks}) UNION SELECT hash FROM article_versions WHERE hash IN (${marks})`,
        [...chunk, ...chunk],
      )) known.add(String(r.hash));
    }
    return known;
  }

  async putArticles(batch: readonly ArticleRecord[]): Promise<PutResult[]> {
    checkBatch(batch);
    const prepared = batch.map((b) => ({
      hash: b.hash,
      rows: toRows(b.extraction, this.#quad, this.key),
      terms: b.terms ?? this.analyser.indexTerms(b.extraction),
    }));
    const now = new Date().toISOString();
    const out = this.#write(() => {
      const results: PutResult[] = [];
      const inBatch = new Map<string, PutResult>();
      for (const p of prepared) {
        const first = inBatch.get(p.hash);
        if (first) { results.push({ id: first.id, status: 'duplicate', version: first.version }); continue; }
        const dup = this.#stmt(
          'SELECT a.id, a.version FROM articles a WHERE a.hash = ? UNION ALL SELECT v.article_id, (SELECT version FROM articles WHERE id = v.article_id) FROM article_versions v WHERE v.hash = ? LIMIT 1',
        ).get(p.hash, p.hash) as { id: string; version: number } | undefined;
        let result: PutResult;
        if (dup) {
          result = { id: dup.id, status: 'duplicate', version: dup.version };
        } else {
          const cur = this.#stmt('SELECT pk, version, hash, stored_at FROM articles WHERE id = ?').get(p.rows.id) as
            | { pk: number; version: number; hash: string; stored_at: string }
            | undefined;
          if (cur) {
            const old = this.#assembleSync(cur.pk);
            this.#stmt('INSERT INTO article_versions (article_id, version, hash, stored_at, record) VALUES (?, ?, ?, ?, ?)').run(
              p.rows.id, cur.version, cur.hash, cur.stored_at, JSON.stringify(old),
            );
            for (const t of ['entities', 'events', 'quotes']) this.#stmt(`DELETE FROM ${t} WHERE article_pk = ?`).run(cur.pk);
            this.#stmt('DELETE FROM article_fts WHERE rowid = ?').run(cur.pk);
            const r = p.rows;
            this.#stmt(
              `UPDATE articles SET url = ?, outlet = ?, published = ?, title = ?, hash = ?, version = ?, stored_at = ?,
               n_entities = ?, n_events = ?, n_quotes = ? WHERE pk = ?`,
            ).run(r.url, r.outlet, r.published, r.title, p.hash, cur.version + 1, now, r.counts.entities, r.counts.events, r.counts.quotes, cur.pk);
            this.#stmt('UPDATE article_bodies SET text = ?, record = ? WHERE article_pk = ?').run(r.text, r.record, cur.pk);
            this.#insertChildren(cur.pk, r);
            this.#stmt('INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)').run(cur.pk, p.terms.title, p.terms.body);
            result = { id: r.id, status: 'new-version', version: cur.version + 1 };
          } else {
            const r = p.rows;
            const info = this.#stmt(
              `INSERT INTO articles (id, url, outlet, published, title, hash, version, stored_at, n_entities, n_events, n_quotes)
               VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)`,
            ).run(r.id, r.url, r.outlet, r.published, r.title, p.hash, now, r.counts.entities, r.counts.events, r.counts.quotes);
            const pk = Number(info.lastInsertRowid);
            this.#stmt('INSERT INTO article_bodies (article_pk, text, record) VALUES (?, ?, ?)').run(pk, r.text, r.record);
            this.#insertChildren(pk, r);
            this.#stmt('INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)').run(pk, p.terms.title, p.terms.body);
            result = { id: r.id, status: 'inserted', version: 1 };
          }
        }
        inBatch.set(p.hash, result);
        results.push(result);
      }
      return results;
    });
    // the planner's statistics, refreshed now and then while the tables grow (cheap when nothing changed much)
    if (++this.#batches % 25 === 0) {
      try {
        this.#db.pragma('optimize');
      } catch {
        // another writer holds the lock: the next round will do it
      }
    }
    return out;
  }

  #insertChildren(pk: number, r: ArticleRows): void {
    const put = (table: string, cols: readonly string[], rows: unknown[][]): void => {
      if (rows.length === 0) return;
      const s = this.#stmt(insertSql(table, cols));
      for (const row of rows) s.run(pk, ...row);
    };
    put('entities', ENTITY_COLUMNS, r.entities);
    put('mentions', MENTION_COLUMNS, r.mentions);
    put('events', EVENT_COLUMNS, r.events);
    put('event_data', EVENT_DATA_COLUMNS, r.eventData);
    put('event_actors', ACTOR_COLUMNS, r.actors);
    put('quotes', QUOTE_COLUMNS, r.quotes);
  }

  #assembleSync(pk: number): Extraction {
    const [arts, ents, mens, evs, qs] = EXTRACTION_QUERIES.map((q) => this.#allSync(q.replace('$PKS', '?'), [pk]));
    return assembleRecords([pk], arts!, ents!, mens!, evs!, qs!)[0]!;
  }

  async replaceStories(stories: readonly Story[]): Promise<void> {
    checkStories(stories);
    this.#write(() => {
      const articleExists = this.#stmt('SELECT 1 FROM articles WHERE id = ?');
      const eventExists = this.#stmt('SELECT 1 FROM events e JOIN articles a ON a.pk = e.article_pk WHERE a.id = ? AND e.vid = ?');
      for (const s of stories) {
        for (const id of s.articles) {
          if (!articleExists.get(id)) throw new StoreError('E_STORE_RECORD', `Story ${s.id} names article ${id}, which is not stored.`);
        }
        for (const e of s.events) for (const v of e.versions) {
          if (!eventExists.get(v.articleId, v.eventId)) {
            throw new StoreError('E_STORE_RECORD', `Story ${s.id} names event ${v.eventId} of article ${v.articleId}, which is not stored.`);
          }
        }
      }
      this.#db.exec('DELETE FROM story_events; DELETE FROM story_articles; DELETE FROM stories;');
      const ins = this.#stmt('INSERT INTO stories (id, title, first, last, data) VALUES (?, ?, ?, ?, ?)');
      const art = this.#stmt('INSERT OR IGNORE INTO story_articles (story_pk, article_id) VALUES (?, ?)');
      const ev = this.#stmt('INSERT INTO story_events (story_pk, se_id, type, article_id, event_id) VALUES (?, ?, ?, ?, ?)');
      for (const s of stories) {
        const pk = Number(ins.run(s.id, s.title, s.first, s.last, JSON.stringify(s)).lastInsertRowid);
        for (const id of s.articles) art.run(pk, id);
        for (const e of s.events) for (const v of e.versions) ev.run(pk, e.id, e.type, v.articleId, v.eventId);
      }
    });
  }

  async stats(): Promise<StoreStats> {
    return this.statsOf(await this.schemaVersion());
  }

  async close(): Promise<void> {
    if (!this.#db.open) return;
    // gathers the statistics the query planner needs when the tables have grown (SQLite's advice before closing)
    if (!this.#db.readonly) {
      try {
        this.#db.pragma('optimize');
      } catch {
        // a locked or read-only file: the statistics wait for the next writer
      }
    }
    this.#db.close();
  }
}

