// Every endpoint over a real SQLite store filled with hand-written records: answers, filters, pagination, bad
// parameters (400 naming the parameter), unknown ids (404), the ingest token, exports, and the OpenAPI document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { ExtractionSchema } from '../contract/extraction.js';
import { createRegistry, DEFAULT_STAGES, loadResources, type Pipeline } from '../pipeline/index.js';
import type { Store } from '../store/types.js';
import { articleA1 } from '../test-support/store-fixtures.js';
import { fillStore, hostileArticle, tempStore } from '../test-support/server-fixtures.js';
import { createApp } from './app.js';
import type { AnyRoute } from './route.js';
import {
  ActorViewSchema, ArticlePageSchema, ArticleViewSchema, EventPageSchema, EventSummarySchema, GraphSchema, IngestResultSchema,
  SearchPageSchema, StatsSchema, StoryPageSchema, StoryViewSchema,
} from './schemas.js';

const TOKEN = 'test-token-3f9a';
let app: Hono;
let routes: AnyRoute[];
let store: Store;
let pipeline: Pipeline;
let cleanup: () => Promise<void>;
let key: (s: string) => string;

beforeAll(async () => {
  const t = await tempStore();
  store = t.store;
  cleanup = t.cleanup;
  key = t.res.key;
  await fillStore(store);
  pipeline = createRegistry().build(DEFAULT_STAGES, loadResources());
  ({ app, routes } = createApp({ pipeline, store, key, token: TOKEN, web: null, version: 'test', log: () => {}, cacheMs: 0 }));
});
afterAll(async () => cleanup());

async function get(path: string): Promise<{ status: number; body: any }> {
  const res = await app.request(path);
  const text = await res.text();
  return { status: res.status, body: res.headers.get('Content-Type')?.includes('json') ? JSON.parse(text) : text };
}

async function bad(path: string, message: RegExp): Promise<void> {
  const { status, body } = await get(path);
  expect(status, path).toBe(400);
  expect(body.error.code).toBe('E_REQUEST_INVALID');
  expect(body.error.message).toMatch(message);
}

const q = encodeURIComponent;

describe('GET /api/stats', () => {
  it('counts what the store holds', async () => {
    const { status, body } = await get('/api/stats');
    expect(status).toBe(200);
    const s = StatsSchema.parse(body);
    expect(s.articles).toBe(6);
    expect(s.events).toBe(7);
    expect(s.stories).toBe(1);
  });
});

describe('GET /api/articles', () => {
  it('lists articles newest first with their counts', async () => {
    const page = ArticlePageSchema.parse((await get('/api/articles')).body);
    expect(page.total).toBe(6);
    const dates = page.items.map((a) => a.published ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(page.items.find((a) => a.id === 'a1')).toMatchObject({ events: 2, quotes: 1, entities: 2 });
  });

  it('filters by outlet, dates, full text and event type, and pages', async () => {
    expect((await get(`/api/articles?outlet=${q('وكالة المثال')}`)).body.items.map((a: { id: string }) => a.id).sort()).toEqual(['a1', 'a3']);
    expect((await get('/api/articles?from=2024-03-13&to=2024-03-13')).body.items.map((a: { id: string }) => a.id).sort()).toEqual(['a2', 'a2b']);
    expect((await get(`/api/articles?q=${q('تيرانا')}`)).body.items.map((a: { id: string }) => a.id)).toEqual(['a1']);
    expect((await get('/api/articles?type=COERCE')).body.items.map((a: { id: string }) => a.id)).toEqual(['a1']);
    const p = (await get('/api/articles?limit=2&offset=2')).body;
    expect([p.items.length, p.limit, p.offset, p.total]).toEqual([2, 2, 2, 6]);
  });

  it.each([
    ['/api/articles?limit=0', /"limit": .*>=1.*\(got "0"\)/],
    ['/api/articles?limit=abc', /"limit": .*number/],
    ['/api/articles?limit=5000', /"limit"/],
    ['/api/articles?offset=-1', /"offset"/],
    ['/api/articles?from=2024-03-20&to=2024-03-01', /"from" must not be after "to"/],
    ['/api/articles?from=yesterday', /"from": a date written YYYY-MM-DD \(got "yesterday"\)/],
    ['/api/articles?sort=asc', /unknown query parameter "sort" \(accepted: q, outlet, from, to/],
    ['/api/articles?q=1&q=2', /"q" is given 2 times/],
  ])('400 for %s', async (path, message) => bad(path, message));
});

describe('GET /api/articles/{id}', () => {
  it('answers the stored record exactly, with versions and stories', async () => {
    const { status, body } = await get('/api/articles/a1');
    expect(status).toBe(200);
    const v = ArticleViewSchema.parse(body);
    expect(v.extraction).toEqual(articleA1());
    expect(v.versions).toHaveLength(1);
    expect(v.article.id).toBe('a1');
    expect((await get('/api/articles/a2')).body.stories).toEqual([{ id: 'story-aleppo', title: 'غارة على حلب' }]);
  });

  it('finds an id full of SQL punctuation, and answers 404 for an unknown one', async () => {
    expect((await get(`/api/articles/${q("x'); DROP TABLE articles; --")}`)).status).toBe(200);
    const nf = await get('/api/articles/no-such-article');
    expect(nf.status).toBe(404);
    expect(nf.body.error).toMatchObject({ code: 'E_NOT_FOUND', message: expect.stringContaining('no-such-article') });
  });
});

describe('GET /api/events', () => {
  const ids = async (path: string): Promise<string[]> => EventPageSchema.parse((await get(path)).body).items.map((r) => `${r.articleId}/${r.event.id}`).sort();

  it('lists every event, newest first, with its article, place and story', async () => {
    const page = EventPageSchema.parse((await get('/api/events')).body);
    expect(page.total).toBe(7);
    const a2 = page.items.find((r) => r.articleId === 'a2' && r.event.id === 'v1');
    expect(a2).toMatchObject({ quad: 'material-conflict', outlet: 'صحيفة المثال', storyId: 'story-aleppo', place: { name: 'حلب', ref: 'city:sy-aleppo' } });
  });

  it('filters by type (several), quad, stance, actor, country, sector, outlet, place, bbox, dates, text, article, story', async () => {
    expect(await ids('/api/events?type=ASSAULT')).toEqual(['a2/v1', 'a2b/v1', 'a3/v1']);
    expect(await ids('/api/events?type=ASSAULT,COERCE')).toEqual(await ids('/api/events?type=ASSAULT&type=COERCE'));
    expect(await ids('/api/events?type=ASSAULT,COERCE')).toEqual(['a1/v1', 'a2/v1', 'a2b/v1', 'a3/v1']);
    expect(await ids('/api/events?quad=verbal-conflict')).toEqual(['a1/v2', 'a2/v2']);
    expect(await ids('/api/events?stance=negated')).toEqual(['a3/v1']);
    expect(await ids(`/api/events?actor=${q('ref:country:usa')}`)).toEqual(['a1/v2', 'a2/v2']);
    expect(await ids(`/api/events?actor=${q('ref:country:usa')}&role=target`)).toEqual(['a2/v2']);
    expect(await ids('/api/events?country=alb')).toEqual(['a1/v1']);
    expect(await ids('/api/events?sector=CVL')).toEqual(['a2/v1', 'a2b/v1', 'hostile-1/v1']);
    expect(await ids(`/api/events?outlet=${q('قناة المثال')}`)).toEqual(['a2b/v1']);
    expect(await ids(`/api/events?place=${q('city:sy-aleppo')}`)).toEqual(['a2/v1', 'a2b/v1', 'a3/v1', 'hostile-1/v1']);
    expect(await ids('/api/events?bbox=19,41,20,42')).toEqual(['a1/v1']);
    expect(await ids('/api/events?from=2024-03-12&to=2024-03-12')).toEqual(['a1/v2']);
    expect(await ids(`/api/events?q=${q('تيرانا')}`)).toEqual(['a1/v1', 'a1/v2']);
    expect(await ids('/api/events?article=a1')).toEqual(['a1/v1', 'a1/v2']);
    expect(await ids('/api/events?story=story-aleppo')).toEqual(['a2/v1', 'a2b/v1']);
  });

  it('pages: limit and offset cover every event once', async () => {
    const all: string[] = [];
    for (let offset = 0; offset < 7; offset += 3) {
      const p = EventPageSchema.parse((await get(`/api/events?limit=3&offset=${offset}`)).body);
      all.push(...p.items.map((r) => `${r.articleId}/${r.event.id}`));
    }
    expect(new Set(all).size).toBe(7);
  });

  it.each([
    ['/api/events?type=BOMB', /"type": .*expected one of .*ASSAULT.* \(got "BOMB"\)/],
    ['/api/events?quad=hostile', /"quad"/],
    ['/api/events?stance=maybe', /"stance"/],
    ['/api/events?country=Syria', /"country": an ISO 3166-1 alpha-3 code such as SYR \(got "Syria"\)/],
    ['/api/events?sector=ARMY', /"sector"/],
    ['/api/events?role=both', /"role"/],
    ['/api/events?bbox=1,2,3', /"bbox": four numbers: west,south,east,north/],
    ['/api/events?bbox=a,b,c,d', /"bbox": .*number/],
    ['/api/events?bbox=0,50,10,40', /south must not be above north/],
    ['/api/events?bbox=0,0,200,10', /longitudes within ±180/],
    ['/api/events?from=2024-02-30', /a calendar date that exists/],
    ['/api/events?limit=1001', /"limit"/],
    ['/api/events?typo=1', /unknown query parameter "typo"/],
  ])('400 for %s', async (path, message) => bad(path, message));
});

describe('GET /api/events/summary', () => {
  it('counts facets, days by quad class and located events by place', async () => {
    const s = EventSummarySchema.parse((await get('/api/events/summary')).body);
    expect(s).toMatchObject({ total: 7, scanned: 7, complete: true });
    expect(s.facets.type).toContainEqual({ value: 'ASSAULT', count: 3 });
    expect(s.facets.stance).toContainEqual({ value: 'negated', count: 1 });
    expect(s.facets.country).toContainEqual({ value: 'SYR', count: 4 });
    expect(s.facets.actor).toContainEqual({ value: 'ref:country:usa', name: 'الولايات المتحدة', count: 2 });
    expect(s.days.find((d) => d.date === '2024-03-13')?.counts['material-conflict']).toBe(3);
    expect(s.days.find((d) => d.date === '2024-01-01')?.counts['material-conflict']).toBe(1);
    const aleppo = s.places.find((p) => p.ref === 'city:sy-aleppo');
    expect(aleppo).toMatchObject({ count: 4, lat: 36.20124, lon: 37.16117 });
    expect(aleppo?.quads['material-conflict']).toBe(4 - 0 - (aleppo?.quads['verbal-conflict'] ?? 0));
  });

  it('follows the filter', async () => {
    const s = EventSummarySchema.parse((await get('/api/events/summary?type=DISAPPROVE')).body);
    expect(s.total).toBe(2);
    expect(s.facets.type).toEqual([{ value: 'DISAPPROVE', count: 2 }]);
    expect(s.places).toEqual([]);
  });

  it('400 for page parameters it does not take', async () => bad('/api/events/summary?limit=5', /unknown query parameter "limit"/));
});

describe('GET /api/graph', () => {
  it('joins sources and targets, sized by events, edges split into cooperation and conflict', async () => {
    const g = GraphSchema.parse((await get('/api/graph')).body);
    const usa = g.nodes.find((n) => n.id === 'ref:country:usa');
    expect(usa).toMatchObject({ name: 'الولايات المتحدة', events: 2, country: 'USA' });
    const mod = `name:${key('وزارة الدفاع')}`;
    expect(g.edges).toContainEqual({ source: [mod, 'ref:country:usa'].sort()[0], target: [mod, 'ref:country:usa'].sort()[1], cooperation: 0, conflict: 1 });
    expect(GraphSchema.parse((await get('/api/graph?nodes=1')).body).nodes).toHaveLength(1);
  });
  it('400 for a bad node limit', async () => bad('/api/graph?nodes=0', /"nodes"/));
});

describe('GET /api/actors and /api/actors/{id}', () => {
  it('lists actors and filters them by country', async () => {
    const { body } = await get('/api/actors?country=USA');
    expect(body.items.map((a: { id: string }) => a.id)).toEqual(['ref:country:usa']);
  });

  it('answers one actor with its events as source and target and its timeline', async () => {
    const v = ActorViewSchema.parse((await get(`/api/actors/${q('ref:country:usa')}`)).body);
    expect(v.actor).toMatchObject({ asSource: 1, asTarget: 1, name_en: 'United States' });
    expect(v.asSource.items.map((r) => r.articleId)).toEqual(['a1']);
    expect(v.asTarget.items.map((r) => r.articleId)).toEqual(['a2']);
    expect(v.days.map((d) => d.date)).toEqual(['2024-03-12', '2024-03-13']);
  });

  it('404 for an unknown actor, 400 for a bad sector', async () => {
    expect((await get(`/api/actors/${q('ref:country:atlantis')}`)).status).toBe(404);
    await bad('/api/actors?sector=gov', /"sector"/);
  });
});

describe('GET /api/stories and /api/stories/{id}', () => {
  it("lists stories and answers one with each outlet's figures and its articles", async () => {
    const page = StoryPageSchema.parse((await get('/api/stories')).body);
    expect(page.items.map((s) => s.id)).toEqual(['story-aleppo']);
    const v = StoryViewSchema.parse((await get('/api/stories/story-aleppo')).body);
    expect(v.story.events[0]?.versions.map((x) => [x.outlet, x.dead, x.injured])).toEqual([['صحيفة المثال', 7, 10], ['قناة المثال', 9, 12]]);
    expect(v.articles.map((a) => a.id).sort()).toEqual(['a2', 'a2b']);
    expect((await get('/api/stories?outlet=nobody')).body.total).toBe(0);
  });
  it('404 for an unknown story', async () => expect((await get('/api/stories/nope')).status).toBe(404));
});

describe('GET /api/search', () => {
  it('finds clitic-prefixed forms and marks the words in the passage', async () => {
    const page = SearchPageSchema.parse((await get(`/api/search?q=${q('السلطات')}`)).body);
    expect(page.items.map((h) => h.articleId)).toContain('a2');
    const hit = page.items.find((h) => h.articleId === 'a2');
    expect(hit?.snippets[0]?.marked).toContain('[وبالسلطات]');
  });
  it('combines with filters', async () => {
    expect((await get(`/api/search?q=${q('تيرانا')}&type=ASSAULT`)).body.total).toBe(0);
    expect((await get(`/api/search?q=${q('تيرانا')}&type=COERCE`)).body.total).toBe(1);
  });
  it('400 without words to search for', async () => {
    await bad('/api/search', /"q"/);
    await bad('/api/search?q=', /"q": words to search for/);
  });
});

describe('GET /api/export.{csv,jsonl,geojson}', () => {
  it('CSV: one row per selected event, with a header', async () => {
    const res = await app.request('/api/export.csv?type=ASSAULT');
    expect(res.headers.get('Content-Type')).toMatch(/^text\/csv/);
    expect(res.headers.get('Content-Disposition')).toMatch(/attachment; filename="rasid-events.csv"/);
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^date,date_precision,source_name/);
    expect(lines).toHaveLength(4);
    expect(lines.filter((l) => l.includes('story-aleppo'))).toHaveLength(2);
  });
  it('JSONL: the records that hold the selected events', async () => {
    const text = await (await app.request('/api/export.jsonl?country=ALB')).text();
    const recs = text.trim().split('\n').map((l) => ExtractionSchema.parse(JSON.parse(l)));
    expect(recs.map((r) => r.article.id)).toEqual(['a1']);
  });
  it('GeoJSON: located events only, [lon, lat]', async () => {
    const fc = JSON.parse(await (await app.request('/api/export.geojson')).text()) as { type: string; features: { geometry: { coordinates: number[] }; properties: { article_id: string } }[] };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.properties.article_id).sort()).toEqual(['a1', 'a2', 'a2b', 'a3', 'hostile-1']);
    expect(fc.features.find((f) => f.properties.article_id === 'a1')?.geometry.coordinates).toEqual([19.81889, 41.3275]);
  });
  it('400 for a bad filter, before anything is sent', async () => bad('/api/export.csv?type=nope', /"type"/));
});

describe('POST /api/ingest', () => {
  const body = (articles: unknown[]): string => JSON.stringify({ articles });
  const ingest = (b: string, auth?: string) =>
    app.request('/api/ingest', { method: 'POST', body: b, headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) } });
  const article = { text: 'تظاهر مئات الطلاب في الجزائر العاصمة أمس للمطالبة بالإفراج عن زملائهم المعتقلين.', published: '2024-04-02', outlet: 'اختبار', url: 'https://test.example/1' };

  it('401 without a token or with a wrong one; nothing is stored', async () => {
    const before = (await store.stats()).articles;
    let res = await ingest(body([article]));
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('E_UNAUTHORIZED');
    res = await ingest(body([article]), 'Bearer wrong-token');
    expect(res.status).toBe(401);
    res = await ingest(body([article]), `Basic ${TOKEN}`);
    expect(res.status).toBe(401);
    expect((await store.stats()).articles).toBe(before);
  });

  it('stores analysed articles with the token; a resend is a duplicate', async () => {
    let res = await ingest(body([article]), `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    const r = IngestResultSchema.parse(await res.json());
    expect(r).toMatchObject({ inserted: 1, duplicates: 0 });
    const id = r.results[0]!.id;
    const stored = (await get(`/api/articles/${q(id)}`)).body;
    expect(stored.extraction.text).toBe(article.text);
    expect(stored.extraction.entities.some((e: { country: string | null }) => e.country === 'DZA')).toBe(true);
    res = await ingest(body([article]), `Bearer ${TOKEN}`);
    expect(IngestResultSchema.parse(await res.json())).toMatchObject({ inserted: 0, duplicates: 1 });
  });

  it('400 for an invalid article, naming it; nothing of the batch is stored', async () => {
    const before = (await store.stats()).articles;
    const res = await ingest(body([{ ...article, text: 'نص آخر صالح' }, { ...article, published: '2024-13-01' }]), `Bearer ${TOKEN}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/body field "articles\[1\].published": a calendar date that exists \(got "2024-13-01"\)/);
    expect((await store.stats()).articles).toBe(before);
    expect((await ingest(body([]), `Bearer ${TOKEN}`)).status).toBe(400);
  });

  it('403 when the server was started without a token', async () => {
    const { app: closed } = createApp({ pipeline, store, key, token: null, web: null, version: 'test', log: () => {} });
    const res = await closed.request('/api/ingest', { method: 'POST', body: body([article]), headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('E_INGEST_DISABLED');
  });
});

describe('GET /api/openapi.json', () => {
  it('is OpenAPI 3.1 and documents every route with its parameters', async () => {
    const doc = (await get('/api/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    for (const r of routes) expect(doc.paths[r.path]?.[r.method], `${r.method} ${r.path}`).toBeDefined();
    const events = doc.paths['/api/events'].get;
    const names = events.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['type', 'quad', 'actor', 'country', 'sector', 'stance', 'outlet', 'place', 'bbox', 'from', 'to', 'q', 'limit', 'offset']));
    expect(events.parameters.find((p: { name: string }) => p.name === 'type').schema.items.enum).toContain('ASSAULT');
    expect(doc.paths['/api/ingest'].post.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/api/analyze'].post.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Extraction' });
  });

  it('documents exactly the query parameters each GET route accepts', async () => {
    const doc = (await get('/api/openapi.json')).body;
    for (const r of routes.filter((x) => x.method === 'get' && x.query)) {
      const documented: string[] = doc.paths[r.path].get.parameters.filter((p: { in: string }) => p.in === 'query').map((p: { name: string }) => p.name);
      const path = r.path.replace('{id}', 'a1');
      const res = await app.request(`${path}?${documented.map((n) => `${n}=%00`).join('&')}&undocumented=1`);
      const msg = ((await res.json()) as { error: { message: string } }).error.message;
      expect(msg, r.path).toMatch(/unknown query parameter "undocumented"/);
      for (const n of documented) expect(msg, `${r.path} ${n}`).not.toMatch(new RegExp(`unknown query parameters? [^(]*"${n}"`));
    }
  });
});

describe('hostile content through the API', () => {
  it('is stored and answered verbatim as JSON data, never altered', async () => {
    const v = ArticleViewSchema.parse((await get('/api/articles/hostile-1')).body);
    expect(v.extraction).toEqual(hostileArticle());
  });
});
