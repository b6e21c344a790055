// rasid stories and rasid export over a SQLite store holding hand-built records.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionSchema, type Extraction } from '../contract/extraction.js';
import { COLUMNS } from '../export/index.js';
import { loadTextResources } from '../text/index.js';
import { contentHash, openStore, storeResources, type Story } from '../store/index.js';
import { gazaStory } from '../test-support/story-fixtures.js';
import { main } from './main.js';

const dir = mkdtempSync(join(tmpdir(), 'rasid-stories-export-'));
const db = join(dir, 'store.db');
const records = gazaStory();

async function rasid(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => { out += s; }, err: (s) => { err += s; }, isTTY: false, stdinIsTTY: false });
  return { code, out, err };
}

/** RFC 4180 records (the test's own reader). */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r') { /* CRLF */ } else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else field += c;
  }
  return rows;
}
const col = (rows: string[][], name: (typeof COLUMNS)[number]): string[] => rows.slice(1).map((r) => r[COLUMNS.indexOf(name)] as string);

beforeAll(async () => {
  const store = await openStore(db, storeResources(loadTextResources(), null));
  await store.putArticles(records.map((x) => ({ extraction: x, hash: contentHash({ ...x.article, text: x.text }) })));
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rasid stories', () => {
  it('computes, saves and lists the stories with each outlet\'s version and where they differ', async () => {
    const r = await rasid(['stories', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/2 stories \(2 events told by several articles\) from 8 articles/);
    expect(r.out).toMatch(/غارة على غزة/);
    expect(r.out).toMatch(/ASSAULT {2}2023-10-10 {2}غزة {2}الجيش الإسرائيلي → حماس {2}\[outlets differ: dead, quantity, stance\]/);
    expect(r.out).toMatch(/صحيفة الشرق\s+7 dead\s+asserted\s+p3\/v1/);
    expect(r.out).toMatch(/قناة المنار\s+—\s+negated\s+d4\/v1/);
  });

  it('lists the saved stories as JSON, filtered by date, and computes the same ids again', async () => {
    const saved = await rasid(['stories', '--db', db, '--saved', '--json']);
    const all = saved.out.trim().split('\n').map((l) => JSON.parse(l) as Story);
    expect(all.map((s) => s.articles)).toEqual([['c6', 'c7'], ['d4', 'w1', 'w2', 'p3']]);
    const later = await rasid(['stories', '--db', db, '--saved', '--json', '--from', '2023-10-12']);
    expect(later.out.trim().split('\n').map((l) => (JSON.parse(l) as Story).id)).toEqual([all[0]?.id]);
    const again = await rasid(['stories', '--db', db, '--json']);
    expect(again.out.trim().split('\n').map((l) => (JSON.parse(l) as Story).id)).toEqual(all.map((s) => s.id));
  });

  it('says what is wrong with its options', async () => {
    expect((await rasid(['stories', '--db', db, '--from', '12/10/2023'])).code).toBe(1);
    expect((await rasid(['stories', '--db', join(dir, 'none.db'), '--saved'])).err).toMatch(/E_STORE_OPEN/);
    // computing stories does not create a database that was never ingested into
    expect((await rasid(['stories', '--db', join(dir, 'never.db')])).err).toMatch(/E_STORE_OPEN.*rasid ingest/);
    expect(existsSync(join(dir, 'never.db'))).toBe(false);
  });
});

describe('rasid export', () => {
  beforeAll(async () => { await rasid(['stories', '--db', db]); });

  it('csv: one row per event with the documented columns, story ids after rasid stories', async () => {
    const out = join(dir, 'events.csv');
    const r = await rasid(['export', '--format', 'csv', '--db', db, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/exported 8 events to .*events\.csv/);
    const rows = parseCsv(readFileSync(out, 'utf8'));
    expect(rows[0]).toEqual([...COLUMNS]);
    expect(rows).toHaveLength(9);
    const byArticle = new Map(rows.slice(1).map((row) => [row[COLUMNS.indexOf('article_id')], row]));
    const story = (a: string): string => byArticle.get(a)?.[COLUMNS.indexOf('story_id')] as string;
    expect(story('w1')).toMatch(/^s[0-9a-f]{12}$/);
    expect(['w2', 'p3', 'd4'].map(story)).toEqual([story('w1'), story('w1'), story('w1')]);
    expect(story('x5')).toBe('');
    expect(byArticle.get('p3')?.[COLUMNS.indexOf('dead')]).toBe('7');
    expect(byArticle.get('w1')?.[COLUMNS.indexOf('lon')]).toBe('34.4668');
  });

  it('csv with filters: type, country, stance, dates', async () => {
    const rows = async (...args: string[]) => parseCsv((await rasid(['export', '--format', 'csv', '--db', db, ...args])).out);
    expect(col(await rows('--type', 'PROTEST'), 'article_id').sort()).toEqual(['c6', 'c7']);
    expect(col(await rows('--country', 'SYR'), 'article_id')).toEqual(['x5']);
    expect(col(await rows('--stance', 'negated'), 'article_id')).toEqual(['d4']);
    expect(col(await rows('--from', '2023-10-12', '--type', 'COERCE,PROTEST'), 'article_id').sort()).toEqual(['c6', 'c7', 's8']);
  });

  it('geojson: the located events as points in lon, lat order', async () => {
    const r = await rasid(['export', '--format', 'geojson', '--db', db]);
    const fc = JSON.parse(r.out) as { type: string; features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[] };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(7);
    expect(r.err).toMatch(/exported 7 events \(1 without coordinates left out\)/);
    const cairo = fc.features.find((f) => f.properties.article_id === 'c6');
    expect(cairo?.geometry.coordinates).toEqual([31.2357, 30.0444]);
  });

  it('jsonl: the stored records, exactly; with event filters, the articles having a matching event', async () => {
    const all = (await rasid(['export', '--format', 'jsonl', '--db', db])).out.trim().split('\n').map((l) => ExtractionSchema.parse(JSON.parse(l)));
    const byId = new Map<string, Extraction>(records.map((x) => [x.article.id, x]));
    expect(all).toHaveLength(8);
    for (const x of all) expect(x).toEqual(byId.get(x.article.id));
    const protests = (await rasid(['export', '--format', 'jsonl', '--db', db, '--type', 'PROTEST'])).out.trim().split('\n');
    expect(protests.map((l) => (JSON.parse(l) as Extraction).article.id).sort()).toEqual(['c6', 'c7']);
    const outlet = (await rasid(['export', '--format', 'jsonl', '--db', db, '--outlet', 'قناة المنار'])).out.trim().split('\n');
    expect(outlet.map((l) => (JSON.parse(l) as Extraction).article.id).sort()).toEqual(['c7', 'd4']);
  });

  it('writes nothing to --out when it fails, and rejects wrong options', async () => {
    const out = join(dir, 'never.csv');
    const r = await rasid(['export', '--format', 'csv', '--db', join(dir, 'missing.db'), '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/E_STORE_OPEN/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    expect((await rasid(['export', '--db', db])).code).toBe(1);
    expect((await rasid(['export', '--format', 'xlsx', '--db', db])).err).toMatch(/--format must be jsonl, csv, geojson/);
    expect((await rasid(['export', '--format', 'csv', '--db', db, '--type', 'BOMBING'])).err).toMatch(/not a PLOVER type/);
  });
});
