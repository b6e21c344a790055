// The feed state contract, run against SQLite (a temporary file) and PostgreSQL (a fresh schema, dropped after).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.js';
import { testResources } from '../store/store.contract.js';
import { admin, PG_URL, uniqueName } from '../test-support/queue-harness.js';
import { openFeedState, type FeedState } from './feed-state.js';

const dir = mkdtempSync(join(tmpdir(), 'rasid-feeds-'));
const schemas: string[] = [];
afterAll(async () => {
  await admin(async (c) => { for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`); });
}, 60_000);

async function sqlite(): Promise<FeedState> {
  const path = join(dir, `${uniqueName('f')}.db`);
  await (await openStore(path, testResources())).close();
  return openFeedState(path);
}

async function postgres(): Promise<FeedState> {
  const schema = uniqueName('f');
  schemas.push(schema);
  await (await openStore(PG_URL, testResources(), { schema })).close();
  return openFeedState(PG_URL, schema);
}

for (const [name, open] of [['sqlite', sqlite], ['postgres', postgres]] as const) {
  describe(`feed state: ${name}`, () => {
    it('adds a feed due at once, changes its period when added again, lists and removes it', async () => {
      const s = await open();
      try {
        expect(await s.add('https://a.example/rss', 600_000, false, 1_000_000)).toBe('added');
        expect(await s.get('https://a.example/rss')).toMatchObject({ everyMs: 600_000, offline: false, nextPollMs: 1_000_000, etag: null, items: 0 });
        expect(await s.add('https://a.example/rss', 60_000, true, 1_000_000)).toBe('updated');
        expect(await s.get('https://a.example/rss')).toMatchObject({ everyMs: 60_000, offline: true });
        await s.add('https://b.example/atom', 60_000, false, 1_000_000);
        expect((await s.list()).map((f) => f.url)).toEqual(['https://a.example/rss', 'https://b.example/atom']);
        expect(await s.remove('https://a.example/rss')).toBe(true);
        expect(await s.remove('https://a.example/rss')).toBe(false);
        expect(await s.get('https://a.example/rss')).toBeNull();
      } finally {
        await s.close();
      }
    });

    it('claims due feeds once, moves them a period ahead, and moves nothing when queueing fails', async () => {
      const s = await open();
      try {
        await s.add('https://a.example/rss', 60_000, false, 1_000_000);
        await s.add('https://b.example/rss', 60_000, false, 1_030_000);
        await expect(s.claimDue(1_000_000, 10, async () => { throw new Error('queue away'); })).rejects.toThrow('queue away');
        expect((await s.get('https://a.example/rss'))!.nextPollMs).toBe(1_000_000);
        let given: string[] = [];
        const due = await s.claimDue(1_010_000, 10, async (f) => { given = f.map((x) => x.url); });
        expect(due.map((f) => f.url)).toEqual(['https://a.example/rss']);
        expect(given).toEqual(['https://a.example/rss']);
        expect((await s.get('https://a.example/rss'))!.nextPollMs).toBe(1_060_000);
        expect(await s.claimDue(1_010_000, 10, async () => undefined)).toEqual([]);
        // a scheduler that was away for 2.5 periods polls once and keeps the feed's rhythm
        expect((await s.claimDue(1_210_000, 10, async () => undefined)).map((f) => f.url).sort()).toEqual(['https://a.example/rss', 'https://b.example/rss']);
        expect((await s.get('https://a.example/rss'))!.nextPollMs).toBe(1_240_000);
        expect((await s.get('https://b.example/rss'))!.nextPollMs).toBe(1_270_000);
      } finally {
        await s.close();
      }
    });

    it('remembers the items taken from a feed and the validators of its last answer', async () => {
      const s = await open();
      try {
        const url = 'https://a.example/rss';
        await s.add(url, 60_000, false);
        expect(await s.unseen(url, ['k1', 'k2'])).toEqual(new Set(['k1', 'k2']));
        expect(await s.markSeen(url, [{ key: 'k1', url: 'https://a.example/1' }], '2024-01-01T00:00:00Z')).toBe(1);
        expect(await s.markSeen(url, [{ key: 'k1', url: null }, { key: 'k2', url: null }], '2024-01-01T00:00:00Z')).toBe(1);
        expect(await s.unseen(url, ['k1', 'k2', 'k3'])).toEqual(new Set(['k3']));
        expect(await s.unseen('https://other.example/rss', ['k1'])).toEqual(new Set(['k1']));
        await s.recordPoll(url, { status: 'new-items', at: 't1', etag: '"v1"', lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT', newItems: 2 });
        await s.recordPoll(url, { status: 'not-modified', at: 't2', newItems: 0 });
        expect(await s.get(url)).toMatchObject({ items: 2, etag: '"v1"', lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT', lastPolledAt: 't2', lastStatus: 'not-modified', lastError: null });
        await s.recordPoll(url, { status: 'error', at: 't3', error: 'HTTP 500', newItems: 0 });
        expect(await s.get(url)).toMatchObject({ etag: '"v1"', lastStatus: 'error', lastError: 'HTTP 500' });
        await s.remove(url);
        await s.add(url, 60_000, false);
        expect(await s.unseen(url, ['k1'])).toEqual(new Set(['k1']));
      } finally {
        await s.close();
      }
    });
  });
}

it('refuses a database without the feed tables with E_STORE_SCHEMA', async () => {
  const schema = uniqueName('bare');
  schemas.push(schema);
  await admin((c) => c.query(`CREATE SCHEMA ${schema}`));
  await expect(openFeedState(PG_URL, schema)).rejects.toMatchObject({ code: 'E_STORE_SCHEMA' });
});
