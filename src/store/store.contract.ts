// The behaviour every Store backend must show; sqlite.test.ts and postgres.test.ts run it against a real database.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Extraction } from '../contract/extraction.js';
import { RasidError } from '../errors.js';
import { loadKnowledgeBase } from '../kb/compile.js';
import { loadTextResources } from '../text/index.js';
import { articleA1, articleA2, articleA3, articleSql, fixtureArticles } from '../test-support/store-fixtures.js';
import { contentHash, storeResources, type StoreResources } from './index.js';
import type { ArticleRecord, EventFilter, Store, Story } from './types.js';

/** How a backend's test file gives the suite databases. */
export interface StoreHarness {
  /** A fresh, empty, migrated store. */
  open(res: StoreResources): Promise<Store>;
  /** A second handle on the database of the last `open`, for reading only. */
  openReadonly(res: StoreResources): Promise<Store>;
  /** Another connection takes the write lock of the last `open`'s database and keeps it until the returned release. */
  lockFromOutside(): Promise<() => Promise<void>>;
  /** Drops what `open` created. */
  cleanup(): Promise<void>;
}

let shared: StoreResources | null = null;
/** The store resources built once per test file (text layer + knowledge base + quad table). */
export function testResources(): StoreResources {
  if (!shared) {
    const text = loadTextResources();
    shared = storeResources(text, loadKnowledgeBase(text));
  }
  return shared;
}

export const record = (x: Extraction): ArticleRecord => ({ extraction: x, hash: contentHash({ ...x.article, text: x.text }) });

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof RasidError) return err.code;
    throw err;
  }
  return 'no error';
}

const ids = (rows: { articleId: string; event: { id: string } }[]): string[] => rows.map((r) => `${r.articleId}/${r.event.id}`);

export function describeStoreContract(name: string, harness: StoreHarness): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    const res = (): StoreResources => testResources();

    // hooks open databases and load the knowledge base: allow a loaded machine the time a test has
    const HOOK = 60_000;
    beforeAll(() => { testResources(); }, HOOK);
    beforeEach(async () => { store = await harness.open(res()); }, HOOK);
    afterEach(async () => { await store.close(); }, HOOK);
    afterAll(async () => { await harness.cleanup(); }, HOOK);

    describe('schema', () => {
      it('is migrated once: migrate again changes nothing and keeps the articles', async () => {
        const latest = await store.schemaVersion();
        expect(latest).toBeGreaterThanOrEqual(3);
        await store.putArticles([record(articleA1())]);
        await store.migrate();
        expect(await store.schemaVersion()).toBe(latest);
        expect((await store.stats()).articles).toBe(1);
      });
    });

    describe('putArticles', () => {
      it('stores a batch and gives back each record exactly as put', async () => {
        const xs = fixtureArticles();
        const r = await store.putArticles(xs.map(record));
        expect(r.map((x) => x.status)).toEqual(['inserted', 'inserted', 'inserted', 'inserted']);
        expect(r.map((x) => x.id)).toEqual(xs.map((x) => x.article.id));
        for (const x of xs) {
          const back = await store.getExtraction(x.article.id);
          expect(back).toEqual(x);
          expect(JSON.stringify(back)).toBe(JSON.stringify(x));
        }
        expect(await store.getExtraction('no-such-id')).toBeNull();
        const s = await store.stats();
        expect([s.articles, s.entities, s.mentions, s.events, s.quotes]).toEqual([4, 6, 7, 5, 1]);
      });

      it('keeps fields added to the record by later versions of the contract', async () => {
        const x = { ...articleA3(), provenance: { pipeline: 'test', stages: ['kb', 'events'] } } as Extraction;
        await store.putArticles([record(x)]);
        expect(await store.getExtraction('a3')).toEqual(x);
      });

      it('skips the same content as a duplicate, in a later batch and within one batch', async () => {
        await store.putArticles([record(articleA1())]);
        const again = await store.putArticles([record(articleA1()), record(articleA2()), record(articleA2())]);
        expect(again).toEqual([
          { id: 'a1', status: 'duplicate', version: 1 },
          { id: 'a2', status: 'inserted', version: 1 },
          { id: 'a2', status: 'duplicate', version: 1 },
        ]);
        expect((await store.stats()).articles).toBe(2);
        expect((await store.events()).total).toBe(4);
      });

      it('stores changed content under the same id as a new version and keeps the old one', async () => {
        await store.putArticles([record(articleA1())]);
        const changed = articleA1();
        changed.text += ' وأفرج لاحقاً عن شخصين آخرين.';
        changed.events = [changed.events[1]!];
        changed.quotes = [];
        const r = await store.putArticles([record(changed)]);
        expect(r).toEqual([{ id: 'a1', status: 'new-version', version: 2 }]);
        expect(await store.getExtraction('a1')).toEqual(changed);
        const versions = await store.versions('a1');
        expect(versions.map((v) => v.version)).toEqual([2, 1]);
        expect(versions[1]!.hash).toBe(record(articleA1()).hash);
        // the old version's events are gone from the queries; its content is still known
        expect(ids((await store.events()).items)).toEqual(['a1/v2']);
        expect((await store.search({ q: 'آخرين' })).items.map((h) => h.articleId)).toEqual(['a1']);
        expect(await store.knownHashes([record(articleA1()).hash, record(changed).hash, 'ab12'])).toEqual(new Set([record(articleA1()).hash, record(changed).hash]));
        // re-putting the first version is a duplicate, not a third version
        expect((await store.putArticles([record(articleA1())]))[0]!.status).toBe('duplicate');
        const s = await store.stats();
        expect([s.articles, s.oldVersions, s.events, s.quotes]).toEqual([1, 1, 1, 0]);
      });

      it('writes nothing of a batch that holds an invalid record', async () => {
        const bad = articleA2();
        bad.events[0]!.trigger = { start: 3, end: 9, text: 'غارة' };
        expect(await codeOf(store.putArticles([record(articleA1()), record(bad)]))).toBe('E_STORE_RECORD');
        const notSchema = { ...articleA3(), schema: 'rasid.extraction/2' } as unknown as Extraction;
        expect(await codeOf(store.putArticles([record(notSchema)]))).toBe('E_STORE_RECORD');
        expect((await store.stats()).articles).toBe(0);
      });

      it('writes nothing of a batch that fails half-way in the database', async () => {
        const twice = articleA2();
        twice.entities.push({ ...twice.entities[0]! }); // the same entity id twice: the second insert fails
        expect(await codeOf(store.putArticles([record(articleA1()), record(articleA3()), record(twice)]))).toBe('E_STORE_RECORD');
        const s = await store.stats();
        expect([s.articles, s.entities, s.events]).toEqual([0, 0, 0]);
        expect((await store.search({ q: 'تيرانا' })).total).toBe(0);
      });

      it('stores SQL-looking text verbatim and answers SQL-looking queries as words', async () => {
        await store.putArticles(fixtureArticles().map(record));
        const x = articleSql();
        expect(await store.getExtraction(x.article.id)).toEqual(x);
        expect((await store.listArticles({ outlet: x.article.outlet! })).items.map((a) => a.id)).toEqual([x.article.id]);
        for (const q of ["'; DROP TABLE articles; --", 'DROP OR articles', '" OR 1=1 --', 'NEAR(a b)', 'y*', "x') OR ('1'='1"]) {
          await store.search({ q });
          await store.events({ q, actor: q, place: q, outlet: q });
        }
        expect((await store.search({ q: 'DROP TABLE' })).items.map((h) => h.articleId)).toEqual([x.article.id]);
        const s = await store.stats();
        expect([s.articles, s.events]).toEqual([4, 5]);
      });
    });

    describe('events', () => {
      beforeEach(async () => { await store.putArticles(fixtureArticles().map(record)); }, 60_000);

      it('lists every event newest first with its article, place and quad class', async () => {
        const all = await store.events();
        expect(all.total).toBe(5);
        expect(ids(all.items)).toEqual(['a2/v1', 'a2/v2', 'a1/v2', 'a1/v1', 'a3/v1']);
        const strike = all.items[0]!;
        expect(strike.event).toEqual(articleA2().events[0]);
        expect(strike).toMatchObject({ quad: 'material-conflict', outlet: 'صحيفة المثال', url: 'https://sahifa.example/aleppo', published: '2024-03-13', storyId: null });
        expect(strike.place).toEqual({ entity: 'e1', name: 'حلب', name_en: 'Aleppo', ref: 'city:sy-aleppo', country: 'SYR', geo: { lat: 36.20124, lon: 37.16117, precision: 'city' } });
        expect(all.items[1]!.place).toBeNull();
        const page2 = await store.events({}, { limit: 2, offset: 2 });
        expect(ids(page2.items)).toEqual(['a1/v2', 'a1/v1']);
        expect(page2.total).toBe(5);
      });

      const cases: [string, EventFilter, string[]][] = [
        ['type', { type: 'ASSAULT' }, ['a2/v1', 'a3/v1']],
        ['several types', { type: ['COERCE', 'DISAPPROVE'] }, ['a2/v2', 'a1/v2', 'a1/v1']],
        ['quad class', { quad: 'verbal-conflict' }, ['a2/v2', 'a1/v2']],
        ['quad classes', { quad: ['material-conflict'] }, ['a2/v1', 'a1/v1', 'a3/v1']],
        ['actor by KB ref', { actor: 'country:usa' }, ['a2/v2', 'a1/v2']],
        ['actor by actor id', { actor: 'ref:country:usa' }, ['a2/v2', 'a1/v2']],
        ['actor by Arabic name', { actor: 'الولايات المتحدة' }, ['a2/v2', 'a1/v2']],
        ['actor by English name', { actor: 'united States' }, ['a2/v2', 'a1/v2']],
        ['actor as source', { actor: 'country:usa', role: 'source' }, ['a1/v2']],
        ['actor as target', { actor: 'country:usa', role: 'target' }, ['a2/v2']],
        ['nominal actor', { actor: 'nominal:ALB:GOV' }, ['a1/v1']],
        ['nominal actor by its words', { actor: 'الحكومة السورية' }, ['a3/v1']],
        ['unlinked named actor', { actor: 'وزارة الدفاع' }, ['a2/v2']],
        ['country of an actor or the place', { country: 'SYR' }, ['a2/v1', 'a3/v1']],
        ['country of an actor', { country: 'ALB' }, ['a1/v1']],
        ['sector', { sector: 'CVL' }, ['a2/v1']],
        ['stance', { stance: 'negated' }, ['a3/v1']],
        ['outlet', { outlet: 'وكالة المثال' }, ['a1/v2', 'a1/v1', 'a3/v1']],
        ['place by ref', { place: 'city:sy-aleppo' }, ['a2/v1', 'a3/v1']],
        ['place by name', { place: 'حلب' }, ['a2/v1', 'a3/v1']],
        ['bbox', { bbox: [35, 32, 43, 38] }, ['a2/v1', 'a3/v1']],
        ['bbox across the antimeridian', { bbox: [100, -90, 30, 90] }, ['a1/v1']],
        ['from (event date, else publication date)', { from: '2024-03-12' }, ['a2/v1', 'a2/v2', 'a1/v2']],
        ['to a month', { to: '2024-01' }, ['a3/v1']],
        ['from and to', { from: '2024-03-11', to: '2024-03-11' }, ['a1/v1']],
        ['full text', { q: 'حلب' }, ['a2/v1', 'a2/v2', 'a3/v1']],
        ['full text and type', { q: 'حلب', type: 'DISAPPROVE' }, ['a2/v2']],
        ['article', { articleId: 'a1' }, ['a1/v2', 'a1/v1']],
        ['nothing matches', { type: 'AGREE' }, []],
      ];
      for (const [what, filter, expected] of cases) {
        it(`filters by ${what}`, async () => {
          const r = await store.events(filter);
          expect(ids(r.items)).toEqual(expected);
          expect(r.total).toBe(expected.length);
        });
      }

      it('refuses filters it cannot read with E_STORE_QUERY', async () => {
        for (const f of [{ from: '12/03/2024' }, { type: 'BOMB' }, { quad: 'conflict' }, { bbox: [1, 2, 3] }, { bbox: [0, 50, 10, 40] }, { stance: 'maybe' }, { sector: 'XYZ' }, { q: '؟!' }] as EventFilter[]) {
          expect(await codeOf(store.events(f))).toBe('E_STORE_QUERY');
        }
        expect(await codeOf(store.events({}, { limit: 0 }))).toBe('E_STORE_QUERY');
      });
    });

    describe('articles', () => {
      beforeEach(async () => { await store.putArticles(fixtureArticles().map(record)); }, 60_000);

      it('lists articles newest first with counts, filtered and paged', async () => {
        const all = await store.listArticles();
        expect(all.items.map((a) => a.id)).toEqual([articleSql().article.id, 'a2', 'a1', 'a3']);
        expect(all.items[2]).toMatchObject({ id: 'a1', title: 'اعتقالات في تيرانا', outlet: 'وكالة المثال', version: 1, entities: 2, events: 2, quotes: 1 });
        expect((await store.listArticles({ outlet: 'وكالة المثال', from: '2024-03-01' })).items.map((a) => a.id)).toEqual(['a1']);
        expect((await store.listArticles({ event: { type: 'ASSAULT', stance: 'asserted' } })).items.map((a) => a.id)).toEqual(['a2']);
        expect((await store.listArticles({ ids: ['a3', 'a1', 'nope'] })).total).toBe(2);
        expect((await store.listArticles({ q: 'السلطات' })).items.map((a) => a.id).sort()).toEqual(['a1', 'a2']);
        const p = await store.listArticles({}, { limit: 1, offset: 3 });
        expect([p.total, p.items.map((a) => a.id)]).toEqual([4, ['a3']]);
      });

      it('streams the extraction records of the matching articles', async () => {
        const got: Extraction[] = [];
        for await (const x of store.extractions({ event: { country: 'SYR' } })) got.push(x);
        expect(got).toEqual([articleA3(), articleA2()]);
        let n = 0;
        for await (const _ of store.extractions()) n++;
        expect(n).toBe(4);
      });
    });

    describe('actors', () => {
      beforeEach(async () => { await store.putArticles(fixtureArticles().map(record)); }, 60_000);

      it('counts each actor on both sides of events', async () => {
        const r = await store.actors();
        expect(r.total).toBe(5);
        const usa = r.items.find((a) => a.id === 'ref:country:usa');
        expect(usa).toEqual({ id: 'ref:country:usa', name: 'الولايات المتحدة', name_en: 'United States', ref: 'country:usa', country: 'USA', sector: 'GOV', asSource: 1, asTarget: 1 });
        expect(r.items[0]!.id).toBe('ref:country:usa');
        expect((await store.actors({ country: 'SYR' })).items.map((a) => a.id).sort()).toEqual(['nominal:SYR:CVL', 'nominal:SYR:GOV']);
        expect((await store.actors({ q: 'الولايات' })).items.map((a) => a.id)).toEqual(['ref:country:usa']);
        expect((await store.actors({ q: 'united' })).items.map((a) => a.id)).toEqual(['ref:country:usa']);
        expect((await store.actors({ q: '%' })).total).toBe(0);
      });

      it('describes one actor: events by type, co-actors, outlets', async () => {
        const usa = await store.actor('ref:country:usa');
        expect(usa?.byType).toEqual([{ type: 'DISAPPROVE', asSource: 1, asTarget: 1 }]);
        expect(usa?.coActors).toEqual([{ id: 'name:وزاره الدفاع', name: 'وزارة الدفاع', events: 1 }]);
        expect(usa?.outlets).toEqual([{ outlet: 'صحيفة المثال', events: 1 }, { outlet: 'وكالة المثال', events: 1 }]);
        expect(await store.actor('ref:nobody')).toBeNull();
      });
    });

    describe('search', () => {
      beforeEach(async () => { await store.putArticles(fixtureArticles().map(record)); }, 60_000);

      it('finds a word written with clitics: «السلطات» finds «وبالسلطات»', async () => {
        const r = await store.search({ q: 'السلطات' });
        expect(r.items.map((h) => h.articleId).sort()).toEqual(['a1', 'a2']);
        const a2 = r.items.find((h) => h.articleId === 'a2')!;
        const text = articleA2().text;
        const words = a2.snippets.flatMap((s) => s.highlights.map((h) => text.slice(h.start, h.end)));
        expect(words).toEqual(['وبالسلطات']);
        const s = a2.snippets[0]!;
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.marked).toContain('[وبالسلطات]');
      });

      it('finds another spelling of a name: «أمريكا» finds «أميركا» and «الولايات المتحدة»', async () => {
        const r = await store.search({ q: 'أمريكا' });
        expect(r.items.map((h) => h.articleId).sort()).toEqual(['a1', 'a2']);
        const a2 = r.items.find((h) => h.articleId === 'a2')!;
        expect(a2.snippets[0]!.highlights.map((h) => articleA2().text.slice(h.start, h.end))).toEqual(['أميركا']);
      });

      it('needs every word of the query and ranks the better match first', async () => {
        expect((await store.search({ q: 'غارة حلب' })).items.map((h) => h.articleId)).toEqual(['a2']);
        const r = await store.search({ q: 'حلب' });
        expect(r.items.map((h) => h.articleId).sort()).toEqual(['a2', 'a3']);
        expect(r.items[0]!.score).toBeGreaterThanOrEqual(r.items[1]!.score);
        expect(r.total).toBe(2);
        // a title word counts more
        const t = await store.search({ q: 'تيرانا' });
        expect(t.items.map((h) => h.articleId)).toEqual(['a1']);
      });

      it('combines full text with structured filters', async () => {
        expect((await store.search({ q: 'حلب', stance: 'negated' })).items.map((h) => h.articleId)).toEqual(['a3']);
        expect((await store.search({ q: 'حلب', type: 'ASSAULT', outlet: 'صحيفة المثال' })).items.map((h) => h.articleId)).toEqual(['a2']);
        expect((await store.search({ q: 'السلطات', actor: 'country:usa', country: 'USA' })).items.map((h) => h.articleId).sort()).toEqual(['a1', 'a2']);
        expect((await store.search({ q: 'السلطات', from: '2024-03-13', to: '2024-03-13' })).items.map((h) => h.articleId)).toEqual(['a2']);
        expect((await store.search({ q: 'السلطات', limit: 1 })).items).toHaveLength(1);
      });

      it('refuses an empty query', async () => {
        expect(await codeOf(store.search({ q: '  ' }))).toBe('E_STORE_QUERY');
      });
    });

    describe('stories', () => {
      const story = (): Story => ({
        id: 's1', title: 'إدانة أميركية', first: '2024-03-12', last: '2024-03-13', articles: ['a1', 'a2'], outlets: ['وكالة المثال', 'صحيفة المثال'],
        events: [{
          id: 'se1', type: 'DISAPPROVE', date: '2024-03-12', place: null, source: ['ref:country:usa'], target: [],
          versions: [
            { articleId: 'a1', eventId: 'v2', outlet: 'وكالة المثال', published: '2024-03-12', dead: null, injured: null, quantity: null, stance: 'asserted' },
            { articleId: 'a2', eventId: 'v2', outlet: 'صحيفة المثال', published: '2024-03-13', dead: null, injured: null, quantity: null, stance: 'asserted' },
          ],
        }],
      });
      const strike = (): Story => ({
        id: 's2', title: null, first: '2024-02-01', last: '2024-03-13', articles: ['a2', 'a3'], outlets: ['صحيفة المثال', 'وكالة المثال'],
        events: [{
          id: 'se1', type: 'ASSAULT', date: '2024-01', place: { name: 'حلب', ref: 'city:sy-aleppo', lat: 36.2, lon: 37.16 }, source: [], target: [],
          versions: [
            { articleId: 'a2', eventId: 'v1', outlet: 'صحيفة المثال', published: '2024-03-13', dead: 7, injured: 10, quantity: null, stance: 'asserted' },
            { articleId: 'a3', eventId: 'v1', outlet: 'وكالة المثال', published: '2024-02-01', dead: null, injured: null, quantity: null, stance: 'negated' },
          ],
        }],
      });
      beforeEach(async () => { await store.putArticles(fixtureArticles().map(record)); }, 60_000);

      it('replaces the stories and links their events', async () => {
        await store.replaceStories([story(), strike()]);
        expect(await store.story('s1')).toEqual(story());
        expect((await store.stories()).items.map((s) => s.id)).toEqual(['s1', 's2']);
        expect((await store.stories({ type: 'ASSAULT' })).items.map((s) => s.id)).toEqual(['s2']);
        expect((await store.stories({ to: '2024-02-15' })).items.map((s) => s.id)).toEqual(['s2']);
        expect((await store.stories({ from: '2024-03-13', articleId: 'a1' })).items.map((s) => s.id)).toEqual(['s1']);
        expect((await store.stories({ outlet: 'وكالة المثال' })).total).toBe(2);
        expect(ids((await store.events({ storyId: 's1' })).items)).toEqual(['a2/v2', 'a1/v2']);
        expect((await store.events({ articleId: 'a3' })).items[0]!.storyId).toBe('s2');
        await store.replaceStories([strike()]);
        expect(await store.story('s1')).toBeNull();
        expect((await store.events({ articleId: 'a1' })).items.map((e) => e.storyId)).toEqual([null, null]);
        expect((await store.stats()).stories).toBe(1);
      });

      it('refuses stories naming unknown articles or events, keeping the stored ones', async () => {
        await store.replaceStories([story()]);
        const bad = strike();
        bad.events[0]!.versions[1]!.eventId = 'v9';
        expect(await codeOf(store.replaceStories([bad]))).toBe('E_STORE_RECORD');
        expect(await codeOf(store.replaceStories([{ ...strike(), articles: ['a2', 'zz'] }]))).toBe('E_STORE_RECORD');
        expect(await codeOf(store.replaceStories([story(), { ...story(), id: 's3' }]))).toBe('E_STORE_RECORD');
        expect((await store.stories()).items.map((s) => s.id)).toEqual(['s1']);
      });
    });

    describe('faults', () => {
      it('refuses writes on a read-only handle with E_STORE_READONLY, and still reads', async () => {
        await store.putArticles([record(articleA1())]);
        const ro = await harness.openReadonly(res());
        try {
          expect(await codeOf(ro.putArticles([record(articleA2())]))).toBe('E_STORE_READONLY');
          expect((await ro.search({ q: 'تيرانا' })).total).toBe(1);
        } finally {
          await ro.close();
        }
        expect((await store.stats()).articles).toBe(1);
      });

      it('answers E_STORE_LOCKED while another connection holds the write lock, writing nothing', async () => {
        await store.putArticles([record(articleA1())]);
        const release = await harness.lockFromOutside();
        try {
          expect(await codeOf(store.putArticles([record(articleA2()), record(articleA3())]))).toBe('E_STORE_LOCKED');
        } finally {
          await release();
        }
        expect((await store.stats()).articles).toBe(1);
        expect((await store.putArticles([record(articleA2())]))[0]!.status).toBe('inserted');
      });
    });
  });
}
