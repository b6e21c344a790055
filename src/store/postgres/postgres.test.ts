// Runs the Store contract against PostgreSQL (127.0.0.1:5432, database test): each store in a fresh schema, dropped after.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { articleA1 } from '../../test-support/store-fixtures.js';
import { openStore } from '../index.js';
import { describeStoreContract, record, testResources } from '../store.contract.js';
import { rankTsvectorOf, tsqueryOf, tsvectorOf } from './index.js';

/** The test database; RASID_TEST_PG overrides it. The suite fails (never skips) when it cannot connect. */
const URL = process.env.RASID_TEST_PG ?? 'postgres://root@127.0.0.1:5432/test';
const run = `rasid_t${process.pid}_${Date.now().toString(36)}`;
const schemas: string[] = [];
let last = '';

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

describeStoreContract('postgres', {
  async open(res) {
    last = `${run}_${schemas.length}`;
    schemas.push(last);
    return openStore(URL, res, { schema: last, busyTimeout: 200 });
  },
  openReadonly: (res) => openStore(URL, res, { schema: last, readonly: true }),
  async lockFromOutside() {
    const c = new pg.Client({ connectionString: URL });
    await c.connect();
    await c.query('BEGIN');
    await c.query(`LOCK TABLE ${last}.articles IN EXCLUSIVE MODE`);
    return async () => { await c.query('ROLLBACK'); await c.end(); };
  },
  async cleanup() {
    await admin(async (c) => { for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`); });
  },
});

describe('PostgreSQL store', () => {
  it('keeps its tables in the schema asked for, and the schema goes with a drop', async () => {
    const schema = `${run}_own`;
    const store = await openStore(URL, testResources(), { schema });
    try {
      await store.putArticles([record(articleA1())]);
      const tables = await admin(async (c) => (await c.query('SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1', [schema])).rows.map((r) => r.table_name));
      expect(tables).toEqual(['article_bodies', 'article_versions', 'articles', 'entities', 'event_actors', 'event_data', 'events', 'feed_items', 'feeds', 'mentions', 'quotes', 'rasid_migrations', 'stories', 'story_articles', 'story_events']);
      const tsv = await admin(async (c) => (await c.query(`SELECT tsv::text AS t FROM ${schema}.articles`)).rows[0].t as string);
      expect(tsv).toContain("'تيرانا':");
    } finally {
      await store.close();
      await admin((c) => c.query(`DROP SCHEMA ${schema} CASCADE`));
    }
  });

  it('answers E_STORE_OPEN when the server cannot be reached, and refuses odd schema names', async () => {
    await expect(openStore('postgres://root@127.0.0.1:1/test', testResources())).rejects.toMatchObject({ code: 'E_STORE_OPEN' });
    await expect(openStore(URL, testResources(), { schema: 'x; DROP TABLE y' })).rejects.toMatchObject({ code: 'E_STORE_OPEN' });
  });

  it('builds tsquery and tsvector literals with quoted lexemes', () => {
    expect(tsqueryOf({ text: 'x', groups: [[[['السلطات', 'سلطات']]], [[["o'b"]]]] })).toBe("(((\'السلطات\' | \'سلطات\'))) & (((\'o\'\'b\')))");
    expect(tsvectorOf({ title: 'حلب', body: 'غاره علي حلب' })).toBe("'حلب':1A,4 'غاره':2 'علي':3");
    // the ranking vector keeps the title and the text's first 100 terms
    const body = Array.from({ length: 150 }, (_, i) => `w${i}`).join(' ');
    const rank = rankTsvectorOf({ title: 'حلب', body });
    expect(rank).toContain("'w99':101");
    expect(rank).not.toContain("'w100'");
  });
});
