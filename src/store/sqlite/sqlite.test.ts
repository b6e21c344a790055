// Runs the Store contract against SQLite files in a temporary folder, and the SQLite-only behaviour.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleA1, articleA2 } from '../../test-support/store-fixtures.js';
import { openStore } from '../index.js';
import { describeStoreContract, record, testResources } from '../store.contract.js';
import { ACTOR_COLUMNS, ENTITY_COLUMNS, EVENT_COLUMNS, MENTION_COLUMNS, QUOTE_COLUMNS, toRows } from '../rows.js';
import { fts5Expression } from './index.js';
import { SQLITE_MIGRATIONS } from './migrations.js';

const dir = mkdtempSync(join(tmpdir(), 'rasid-sqlite-'));
let n = 0;
let last = '';

describeStoreContract('sqlite', {
  async open(res) {
    last = join(dir, `store-${++n}.db`);
    return openStore(last, res, { busyTimeout: 100 });
  },
  openReadonly: (res) => openStore(last, res, { readonly: true }),
  async lockFromOutside() {
    const db = new Database(last);
    db.exec('BEGIN IMMEDIATE');
    return async () => { db.exec('ROLLBACK'); db.close(); };
  },
  async cleanup() { rmSync(dir, { recursive: true, force: true }); },
});

describe('SQLite store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasid-sqlite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens a WAL database, and refuses a file that is not one', async () => {
    const path = join(dir, 'wal.db');
    const store = await openStore(path, testResources());
    await store.putArticles([record(articleA1())]);
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT version FROM rasid_migrations ORDER BY version').all()).toEqual(SQLITE_MIGRATIONS.map((m) => ({ version: m.version })));
    db.close();
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'this is not a database, only some text long enough to fill a header of a hundred bytes or so ....');
    await expect(openStore(junk, testResources())).rejects.toMatchObject({ code: 'E_STORE_OPEN' });
    await expect(openStore(join(dir, 'absent.db'), testResources(), { readonly: true })).rejects.toMatchObject({ code: 'E_STORE_OPEN' });
    await expect(openStore(join(dir, 'no', 'such', 'folder.db'), testResources())).rejects.toMatchObject({ code: 'E_STORE_OPEN' });
  });

  it('refuses a database written by a newer rasid', async () => {
    const path = join(dir, 'newer.db');
    (await openStore(path, testResources())).close();
    const db = new Database(path);
    db.prepare("INSERT INTO rasid_migrations VALUES (99, 'future', '2030-01-01')").run();
    db.close();
    await expect(openStore(path, testResources())).rejects.toMatchObject({ code: 'E_STORE_SCHEMA' });
  });

  it('builds FTS5 expressions from quoted terms only', () => {
    expect(fts5Expression({ text: 'x', groups: [[[['السلطات', 'سلطات']]], [[['a']], [['b'], ['c']]]] })).toBe(
      '(((\"السلطات\" OR \"سلطات\"))) AND (((\"a\")) OR ((\"b\") AND (\"c\")))',
    );
  });
});

describe('SQLite migrations', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasid-migrate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('moves the stored articles of a version-2 database into the current layout unchanged', async () => {
    const path = join(dir, 'v2.db');
    const db = new Database(path);
    db.exec('CREATE TABLE rasid_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of SQLITE_MIGRATIONS.filter((x) => x.version <= 2)) {
      db.exec(m.sql);
      db.prepare('INSERT INTO rasid_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2026-01-01');
    }
    // an article written as version 2 wrote it: text and record in the articles table
    const res = testResources();
    const x = articleA1();
    const r = toRows(x, res.quad, res.key);
    const pk = Number(db.prepare(
      `INSERT INTO articles (id, url, outlet, published, title, text, hash, version, stored_at, n_entities, n_events, n_quotes, record)
       VALUES (?, ?, ?, ?, ?, ?, ?, 1, '2026-01-01', ?, ?, ?, ?)`,
    ).run(r.id, r.url, r.outlet, r.published, r.title, r.text, record(x).hash, r.counts.entities, r.counts.events, r.counts.quotes, r.record).lastInsertRowid);
    const put = (table: string, cols: readonly string[], rows: unknown[][]): void => {
      for (const row of rows) db.prepare(`INSERT INTO ${table} (article_pk, ${cols.join(', ')}) VALUES (?, ${cols.map(() => '?').join(', ')})`).run(pk, ...row);
    };
    put('entities', ENTITY_COLUMNS, r.entities);
    put('mentions', MENTION_COLUMNS, r.mentions);
    put('events', [...EVENT_COLUMNS, 'data'], r.events.map((row, i) => [...row, r.eventData[i]![1]]));
    put('event_actors', ACTOR_COLUMNS, r.actors);
    put('quotes', QUOTE_COLUMNS, r.quotes);
    const terms = res.analyser.indexTerms(x);
    db.prepare('INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)').run(pk, terms.title, terms.body);
    db.close();

    const store = await openStore(path, res);
    try {
      expect(await store.schemaVersion()).toBe(SQLITE_MIGRATIONS[SQLITE_MIGRATIONS.length - 1]!.version);
      expect(await store.getExtraction('a1')).toEqual(x);
      expect((await store.search({ q: 'تيرانا' })).items.map((h) => h.articleId)).toEqual(['a1']);
      expect((await store.putArticles([record(articleA2())]))[0]!.status).toBe('inserted');
    } finally {
      await store.close();
    }
    const after = new Database(path, { readonly: true });
    expect(after.prepare("SELECT name FROM pragma_table_info('articles') WHERE name IN ('text', 'record')").all()).toEqual([]);
    after.close();
  });
});
