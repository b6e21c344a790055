// Stores and records for the API and browser tests: the store fixtures, a second outlet's version of the Aleppo
// strike (for a story), and an article whose every field carries script-injection payloads.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extraction } from '../contract/extraction.js';
import { loadTextResources } from '../text/index.js';
import { contentHash, openStore, storeResources, type Store, type StoreResources, type Story } from '../store/index.js';
import { articleA2, fixtureArticles, spanOf } from './store-fixtures.js';

/** The payloads a hostile article carries; the browser test checks that none of them ran. */
export const PAYLOADS = {
  script: '<script>window.__pwned = "script"</script>',
  onerror: '<img src=x onerror="window.__pwned = \'onerror\'">',
  js: 'javascript:window.__pwned = "javascript"',
  svg: '<svg onload="window.__pwned = \'svg\'"></svg>',
};

/** An article whose title, outlet, url, text, entity names and actors hold HTML and script payloads. */
export function hostileArticle(): Extraction {
  const text = `تقرير ${PAYLOADS.script} عن احتجاج في حلب ${PAYLOADS.onerror} وقال المتحدث ${PAYLOADS.svg} إن المتظاهرين طالبوا بالإفراج عن المعتقلين. رابط: ${PAYLOADS.js}`;
  const trig = spanOf(text, 'احتجاج');
  const place = spanOf(text, 'حلب');
  const speaker = spanOf(text, 'المتحدث');
  const actor = spanOf(text, PAYLOADS.onerror);
  return {
    schema: 'rasid.extraction/1',
    article: { id: 'hostile-1', url: PAYLOADS.js, outlet: `<b onmouseover="window.__pwned='outlet'">منصة</b>`, title: `<img src=x onerror="window.__pwned='title'"> عنوان`, published: '2024-03-14', lang: 'ar' },
    text,
    entities: [
      { id: 'e1', type: 'LOC', kind: 'city', name: 'حلب', name_en: 'Aleppo', ref: 'city:sy-aleppo', wikidata: 'Q41183', country: 'SYR', geo: { lat: 36.20124, lon: 37.16117, precision: 'city' }, confidence: 0.9, mentions: [place] },
      { id: 'e2', type: 'PER', kind: 'person', name: PAYLOADS.svg, name_en: PAYLOADS.script, ref: null, wikidata: null, country: null, geo: null, confidence: 0.5, mentions: [spanOf(text, PAYLOADS.svg)] },
    ],
    events: [
      {
        id: 'v1', type: 'PROTEST', mode: PAYLOADS.script, cameo: '14', trigger: trig, sentence: { start: 0, end: text.length },
        source: [{ entity: null, text: actor.text, start: actor.start, end: actor.end, country: 'SYR', sector: 'CVL' }], target: [],
        location: 'e1', date: { value: '2024-03-13', precision: 'day', text: PAYLOADS.onerror }, quantity: null, dead: null, injured: null,
        stance: 'asserted', attribution: 'q1', confidence: 0.7,
      },
    ],
    quotes: [
      { id: 'q1', speaker: { entity: 'e2', text: speaker.text, start: speaker.start, end: speaker.end, country: null, sector: null }, via: ['e2'], cue: spanOf(text, 'وقال'), content: { start: speaker.end, end: text.length }, direct: false },
    ],
  };
}

/** Another outlet's report of the Aleppo strike of articleA2, with other figures (9 dead, 12 injured). */
export function aleppoSecondVersion(): Extraction {
  const text = 'قتل تسعة مدنيين وأصيب 12 آخرون في غارة جوية على حلب.';
  const s = { start: 0, end: text.length };
  const civ = spanOf(text, 'مدنيين');
  return {
    schema: 'rasid.extraction/1',
    article: { id: 'a2b', url: 'https://qanat.example/aleppo-strike', outlet: 'قناة المثال', title: 'غارة على حلب', published: '2024-03-13', lang: 'ar' },
    text,
    entities: [{ id: 'e1', type: 'LOC', kind: 'city', name: 'حلب', name_en: 'Aleppo', ref: 'city:sy-aleppo', wikidata: null, country: 'SYR', geo: { lat: 36.20124, lon: 37.16117, precision: 'city' }, confidence: 0.9, mentions: [spanOf(text, 'حلب')] }],
    events: [
      {
        id: 'v1', type: 'ASSAULT', mode: 'aerial', cameo: '18', trigger: spanOf(text, 'غارة'), sentence: s,
        source: [], target: [{ entity: null, text: civ.text, start: civ.start, end: civ.end, country: 'SYR', sector: 'CVL' }],
        location: 'e1', date: null, quantity: null, dead: 9, injured: 12, stance: 'asserted', attribution: null, confidence: 0.8,
      },
    ],
    quotes: [],
  };
}

/** The story joining the two reports of the Aleppo strike. */
export function aleppoStory(): Story {
  const a2 = articleA2();
  const v = a2.events[0]!;
  return {
    id: 'story-aleppo',
    title: 'غارة على حلب',
    first: '2024-03-13',
    last: '2024-03-13',
    articles: ['a2', 'a2b'],
    outlets: ['صحيفة المثال', 'قناة المثال'],
    events: [
      {
        id: 's1', type: 'ASSAULT', date: '2024-03-13', place: { name: 'حلب', ref: 'city:sy-aleppo', lat: 36.20124, lon: 37.16117 }, source: [], target: ['مدنيين'],
        versions: [
          { articleId: 'a2', eventId: v.id, outlet: 'صحيفة المثال', published: '2024-03-13', dead: 7, injured: 10, quantity: null, stance: 'asserted' },
          { articleId: 'a2b', eventId: 'v1', outlet: 'قناة المثال', published: '2024-03-13', dead: 9, injured: 12, quantity: null, stance: 'asserted' },
        ],
      },
    ],
  };
}

export function recordOf(x: Extraction): { extraction: Extraction; hash: string } {
  const a = x.article;
  return { extraction: x, hash: contentHash({ url: a.url, outlet: a.outlet, title: a.title, published: a.published, text: x.text }) };
}

/** A SQLite store in a fresh temporary folder; `cleanup` closes it and removes the folder. */
export async function tempStore(res: StoreResources = storeResources(loadTextResources(), null)): Promise<{ store: Store; res: StoreResources; dir: string; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'rasid-server-'));
  const store = await openStore(join(dir, 'test.db'), res);
  return {
    store,
    res,
    dir,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The store fixtures, the second Aleppo report, the hostile article, and the Aleppo story. */
export async function fillStore(store: Store): Promise<void> {
  await store.putArticles([...fixtureArticles(), aleppoSecondVersion(), hostileArticle()].map(recordOf));
  await store.replaceStories([aleppoStory()]);
}
