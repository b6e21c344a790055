// The routes over the store: articles, events (with their aggregates), actors, the actor network, stories, search,
// statistics, and ingestion behind the token.
import type { Context } from 'hono';
import { RequestError } from '../../errors.js';
import type { Pipeline } from '../../pipeline/index.js';
import { contentHash } from '../../store/index.js';
import type { EventFilter, Store } from '../../store/types.js';
import { actorGraph, summarise, type ActorResolver } from '../aggregate.js';
import { route, type AnyRoute } from '../route.js';
import {
  ActorPageSchema, ActorQuerySchema, ActorViewSchema, ArticlePageSchema, ArticleQuerySchema, ArticleViewSchema, ErrorSchema,
  EventAggregateQuerySchema, EventPageSchema, EventQuerySchema, EventSummarySchema, GraphQuerySchema, GraphSchema, IdParams,
  IngestBodySchema, IngestResultSchema, SearchPageSchema, SearchQuerySchema, StatsSchema, StoryPageSchema, StoryQuerySchema,
  StoryViewSchema, type EventSummary, type GraphView,
} from '../schemas.js';
import { extractBody } from './analyze.js';

/** Events aggregated per summary or graph request at most (the answer says when it is partial). */
export const AGGREGATE_CAP = 5_000;

export interface StoreRouteOptions {
  store: Store;
  pipeline: Pipeline;
  resolver: ActorResolver;
  /** How long an answer is reused for the same filter (ms); ingestion through the API clears them at once. */
  cacheMs?: number;
}

type FilterQuery = {
  q?: string | undefined; type?: EventFilter['type'] | undefined; quad?: EventFilter['quad'] | undefined; actor?: string | undefined;
  role?: EventFilter['role'] | undefined; country?: string | undefined; sector?: EventFilter['sector'] | undefined; stance?: EventFilter['stance'] | undefined;
  outlet?: string[] | undefined; place?: string | undefined; bbox?: number[] | undefined; from?: string | undefined; to?: string | undefined;
  article?: string | undefined; story?: string | undefined;
};

/** The store's event filter from validated query parameters. */
export function eventFilter(q: FilterQuery): EventFilter {
  const f: EventFilter = {};
  if (q.q !== undefined) f.q = q.q;
  if (q.type) f.type = q.type;
  if (q.quad) f.quad = q.quad;
  if (q.actor !== undefined) f.actor = q.actor;
  if (q.role !== undefined) f.role = q.role;
  if (q.country !== undefined) f.country = q.country;
  if (q.sector !== undefined) f.sector = q.sector;
  if (q.stance) f.stance = q.stance;
  if (q.outlet) f.outlet = q.outlet;
  if (q.place !== undefined) f.place = q.place;
  if (q.bbox) f.bbox = q.bbox as [number, number, number, number];
  if (q.from !== undefined) f.from = q.from;
  if (q.to !== undefined) f.to = q.to;
  if (q.article !== undefined) f.articleId = q.article;
  if (q.story !== undefined) f.storyId = q.story;
  return f;
}

function notFound(what: string, id: string): never {
  throw new RequestError('E_NOT_FOUND', `No ${what} with id "${id}".`);
}

/** A small time-bounded cache of answers by filter (and page). */
class AnswerCache<T> {
  readonly #m = new Map<string, { at: number; value: Promise<T> }>();
  constructor(private readonly ttl: number, private readonly max = 200) {}
  get(key: string, make: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.#m.get(key);
    if (hit && now - hit.at < this.ttl) return hit.value;
    const value = make();
    value.catch(() => this.#m.delete(key));
    if (this.#m.size >= this.max) this.#m.delete(this.#m.keys().next().value as string);
    this.#m.set(key, { at: now, value });
    return value;
  }
  clear(): void {
    this.#m.clear();
  }
}

const json = (c: Context, v: unknown): Response => c.json(v as object);

export function storeRoutes(o: StoreRouteOptions): AnyRoute[] {
  const { store, pipeline, resolver } = o;
  // Answers are reused for the same filter for `cacheMs` (the dashboard asks the same pages again as one moves
  // between views); ingestion through the API clears them at once.
  const summaries = new AnswerCache<EventSummary>(o.cacheMs ?? 30_000);
  const graphs = new AnswerCache<GraphView>(o.cacheMs ?? 30_000);
  const eventPages = new AnswerCache<Awaited<ReturnType<Store['events']>>>(o.cacheMs ?? 30_000, 1000);
  const bad = { status: 400, description: 'a parameter is invalid; the message names it', schema: ErrorSchema };
  const missing = { status: 404, description: 'no such id', schema: ErrorSchema };

  return [
    route({
      method: 'get', path: '/api/stats', tag: 'store', summary: 'Counts of what is stored, by outlet and event type',
      responses: [{ status: 200, description: 'the counts', schema: StatsSchema }],
      handle: async (_i, c) => json(c, await store.stats()),
    }),
    route({
      method: 'get', path: '/api/articles', tag: 'articles', summary: 'Stored articles, newest first; full text, outlet, dates and event filters',
      query: ArticleQuerySchema,
      responses: [{ status: 200, description: 'a page of articles', schema: ArticlePageSchema }, bad],
      handle: async ({ query: q }, c) => {
        const ev: EventFilter = {};
        if (q.type) ev.type = q.type;
        if (q.actor !== undefined) ev.actor = q.actor;
        if (q.country !== undefined) ev.country = q.country;
        return json(c, await store.listArticles(
          { ...(q.q !== undefined ? { q: q.q } : {}), ...(q.outlet ? { outlet: q.outlet } : {}), ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}), ...(Object.keys(ev).length ? { event: ev } : {}) },
          { limit: q.limit, offset: q.offset },
        ));
      },
    }),
    route({
      method: 'get', path: '/api/articles/{id}', tag: 'articles', summary: 'One article with its rasid.extraction/1 record, versions and stories',
      params: IdParams,
      responses: [{ status: 200, description: 'the article', schema: ArticleViewSchema }, missing],
      handle: async ({ params }, c) => {
        const x = await store.getExtraction(params.id);
        if (!x) notFound('article', params.id);
        const [summary, versions, stories] = await Promise.all([store.listArticles({ ids: [params.id] }, { limit: 1 }), store.versions(params.id), store.stories({ articleId: params.id }, { limit: 100 })]);
        const article = summary.items[0];
        if (!article) notFound('article', params.id);
        return json(c, { article, extraction: x, versions, stories: stories.items.map((s) => ({ id: s.id, title: s.title })) });
      },
    }),
    route({
      method: 'get', path: '/api/events', tag: 'events', summary: 'Events matching a filter, newest first',
      description: 'List parameters (type, quad, stance, outlet) take several values, comma-separated or repeated. bbox is west,south,east,north.',
      query: EventQuerySchema,
      responses: [{ status: 200, description: 'a page of events with their article and place', schema: EventPageSchema }, bad],
      handle: async ({ query: q }, c) => {
        const f = eventFilter(q);
        return json(c, await eventPages.get(JSON.stringify([f, q.limit, q.offset]), () => store.events(f, { limit: q.limit, offset: q.offset })));
      },
    }),
    route({
      method: 'get', path: '/api/events/summary', tag: 'events', summary: 'Facet counts, events per day by quad class, and located events by place, for a filter',
      query: EventAggregateQuerySchema,
      responses: [{ status: 200, description: 'the aggregates', schema: EventSummarySchema }, bad],
      handle: async ({ query: q }, c) => {
        const f = eventFilter(q);
        return json(c, await summaries.get(JSON.stringify(f), () => summarise(store, resolver, f, AGGREGATE_CAP)));
      },
    }),
    route({
      method: 'get', path: '/api/graph', tag: 'actors', summary: 'The actor network of the events matching a filter',
      description: 'Nodes are actors with their event counts; an edge joins a source and a target of the same event, with how many of their events are cooperation and how many conflict.',
      query: GraphQuerySchema,
      responses: [{ status: 200, description: 'nodes and edges', schema: GraphSchema }, bad],
      handle: async ({ query: q }, c) => {
        const f = eventFilter(q);
        return json(c, await graphs.get(JSON.stringify([f, q.nodes]), () => actorGraph(store, resolver, f, AGGREGATE_CAP, q.nodes)));
      },
    }),
    route({
      method: 'get', path: '/api/actors', tag: 'actors', summary: 'Actors, most events first; by name prefix, country, sector',
      query: ActorQuerySchema,
      responses: [{ status: 200, description: 'a page of actors', schema: ActorPageSchema }, bad],
      handle: async ({ query: q }, c) =>
        json(c, await store.actors({ ...(q.q !== undefined ? { q: q.q } : {}), ...(q.country ? { country: q.country } : {}), ...(q.sector ? { sector: q.sector } : {}) }, { limit: q.limit, offset: q.offset })),
    }),
    route({
      method: 'get', path: '/api/actors/{id}', tag: 'actors', summary: 'One actor: counts by type, co-actors, outlets, its events as source and as target, and its timeline',
      params: IdParams,
      responses: [{ status: 200, description: 'the actor', schema: ActorViewSchema }, missing],
      handle: async ({ params }, c) => {
        const actor = await store.actor(params.id);
        if (!actor) notFound('actor', params.id);
        const [asSource, asTarget, summary] = await Promise.all([
          store.events({ actor: actor.id, role: 'source' }, { limit: 50 }),
          store.events({ actor: actor.id, role: 'target' }, { limit: 50 }),
          summaries.get(JSON.stringify({ actor: actor.id }), () => summarise(store, resolver, { actor: actor.id }, AGGREGATE_CAP)),
        ]);
        return json(c, { actor, asSource, asTarget, days: summary.days });
      },
    }),
    route({
      method: 'get', path: '/api/stories', tag: 'stories', summary: 'Stories: the same news told by several articles',
      query: StoryQuerySchema,
      responses: [{ status: 200, description: 'a page of stories', schema: StoryPageSchema }, bad],
      handle: async ({ query: q }, c) =>
        json(c, await store.stories(
          { ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}), ...(q.type ? { type: q.type } : {}), ...(q.outlet ? { outlet: q.outlet } : {}), ...(q.article ? { articleId: q.article } : {}) },
          { limit: q.limit, offset: q.offset },
        )),
    }),
    route({
      method: 'get', path: '/api/stories/{id}', tag: 'stories', summary: "One story: its events with each outlet's version side by side, and its articles",
      params: IdParams,
      responses: [{ status: 200, description: 'the story', schema: StoryViewSchema }, missing],
      handle: async ({ params }, c) => {
        const story = await store.story(params.id);
        if (!story) notFound('story', params.id);
        const articles = await store.listArticles({ ids: story.articles }, { limit: Math.min(1000, Math.max(1, story.articles.length)) });
        return json(c, { story, articles: articles.items });
      },
    }),
    route({
      method: 'get', path: '/api/search', tag: 'articles', summary: 'Arabic-aware full-text search with structured filters, ranked, with highlighted passages',
      query: SearchQuerySchema,
      responses: [{ status: 200, description: 'a page of hits', schema: SearchPageSchema }, bad],
      handle: async ({ query: q }, c) => {
        const { limit, offset, ...rest } = q;
        const sq: Parameters<Store['search']>[0] = { q: rest.q, limit, offset };
        if (rest.type) sq.type = rest.type;
        if (rest.actor !== undefined) sq.actor = rest.actor;
        if (rest.country !== undefined) sq.country = rest.country;
        if (rest.stance) sq.stance = rest.stance;
        if (rest.outlet) sq.outlet = rest.outlet;
        if (rest.from) sq.from = rest.from;
        if (rest.to) sq.to = rest.to;
        return json(c, await store.search(sq));
      },
    }),
    route({
      method: 'post', path: '/api/ingest', tag: 'store', auth: true, maxBytes: 32 * 1024 * 1024,
      summary: 'Analyse and store articles (needs the RASID_TOKEN bearer token)',
      description: 'All articles of a request are stored in one transaction. Re-sending an article is a duplicate; the same id with other content is a new version.',
      body: IngestBodySchema,
      responses: [
        { status: 200, description: 'what happened to each article, in order', schema: IngestResultSchema },
        { status: 400, description: 'the body or an article in it is invalid', schema: ErrorSchema },
        { status: 401, description: 'no token, or not the right one', schema: ErrorSchema },
        { status: 403, description: 'the server was started without RASID_TOKEN', schema: ErrorSchema },
        { status: 413, description: 'the body is larger than 32 MiB', schema: ErrorSchema },
      ],
      handle: async ({ body }, c) => {
        const records = body.articles.map((a) => {
          const extraction = extractBody(pipeline, a);
          const m = extraction.article;
          return { extraction, hash: contentHash({ url: m.url, outlet: m.outlet, title: m.title, published: m.published, text: extraction.text }) };
        });
        const results = await store.putArticles(records);
        summaries.clear();
        graphs.clear();
        eventPages.clear();
        const n = (s: string): number => results.filter((r) => r.status === s).length;
        return json(c, { inserted: n('inserted'), duplicates: n('duplicate'), newVersions: n('new-version'), results });
      },
    }),
  ];
}
