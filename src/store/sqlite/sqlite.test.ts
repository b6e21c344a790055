// Runs the Store contract against SQLite files in a temporary folder, and the SQLite-only behaviour.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleA1 } from '../../test-support/store-fixtures.js';
import { openStore } from '../index.js';
import { describeStoreContract, record, testResources } from '../store.contract.js';
import { fts5Expression } from './index.js';

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
    expect(db.prepare('SELECT version, name FROM rasid_migrations').all()).toEqual([{ version: 1, name: expect.any(String) }, { version: 2, name: expect.any(String) }]);
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
