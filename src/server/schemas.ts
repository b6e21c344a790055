// The zod schemas of the API's inputs and of the bodies it answers with that are not records of the contract.
import { z } from 'zod';
import { EntitySchema, EventSchema, ExtractionSchema, PLOVER_TYPES, SECTORS, STANCES } from '../contract/extraction.js';
import type * as S from '../store/types.js';
import { QUAD_CLASSES } from '../store/types.js';

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'a calendar date that exists');

/** Longest text POST /api/analyze accepts, in UTF-16 units (a long feature article is ~30,000). */
export const MAX_ANALYZE_CHARS = 200_000;

/** One article to analyse or ingest. */
export const ArticleInputSchema = z.strictObject({
  text: z.string().refine((s) => s.trim() !== '', 'a text that is not blank').max(MAX_ANALYZE_CHARS, `at most ${MAX_ANALYZE_CHARS} characters`).describe('the article text, analysed verbatim'),
  title: z.string().max(1000).nullable().optional(),
  url: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).max(2000).nullable().optional(),
  outlet: z.string().max(200).nullable().optional(),
  published: IsoDate.nullable().optional().describe('publication date; relative dates in the text are resolved against it'),
  id: z.string().regex(/^[\w.:-]{1,128}$/, 'letters, digits, and . _ : - (at most 128)').optional().describe('stable id; derived from the url or the text when omitted'),
});
export type ArticleInputBody = z.infer<typeof ArticleInputSchema>;

// ---- Query parameters ----

const Limit = (max: number, dflt: number) => z.coerce.number().int('a whole number').min(1).max(max).default(dflt).describe(`page size (1–${max})`);
const Offset = z.coerce.number().int('a whole number').min(0).max(100_000_000).default(0).describe('results to skip');
const Name = z.string().min(1).max(300);
const Iso3Param = z.string().regex(/^[A-Za-z]{3}$/, 'an ISO 3166-1 alpha-3 code such as SYR').transform((s) => s.toUpperCase());

/** A date range is read inclusive; `from` after `to` selects nothing, which is always a mistake. */
function ordered(q: { from?: string | undefined; to?: string | undefined }): boolean {
  return !(q.from && q.to && q.from > q.to);
}
const ORDER = { message: '"from" must not be after "to"', path: ['from'] };

/** The event filter as query parameters (GET /api/events, /api/events/summary, /api/graph, /api/export.*). */
export const eventFilterFields = {
  q: z.string().min(1).max(500).optional().describe('Arabic-aware full text over the article'),
  type: z.array(z.enum(PLOVER_TYPES)).min(1).optional().describe('PLOVER event types'),
  quad: z.array(z.enum(QUAD_CLASSES)).min(1).optional().describe('quad classes'),
  actor: Name.optional().describe('an actor id (from /api/actors), a knowledge-base ref, or a name'),
  role: z.enum(['source', 'target', 'any']).optional().describe('the side `actor` must be on (default any)'),
  country: Iso3Param.optional().describe("an actor's country or the place's country (ISO3)"),
  sector: z.enum(SECTORS).optional().describe("an actor's sector"),
  stance: z.array(z.enum(STANCES)).min(1).optional(),
  outlet: z.array(Name).min(1).optional().describe('outlet names'),
  place: Name.optional().describe('a knowledge-base ref or a place name'),
  bbox: z
    .array(z.coerce.number('a number'))
    .length(4, { error: 'four numbers: west,south,east,north', abort: true })
    .refine((b) => b.every((n, i) => Math.abs(n) <= (i % 2 === 0 ? 180 : 90)), { error: 'longitudes within ±180 and latitudes within ±90', abort: true })
    .refine((b) => (b[1] as number) <= (b[3] as number), 'south must not be above north')
    .optional()
    .describe('west,south,east,north in degrees'),
  from: IsoDate.optional().describe('first day, inclusive'),
  to: IsoDate.optional().describe('last day, inclusive'),
  article: z.string().min(1).max(200).optional().describe('events of one article'),
  story: z.string().min(1).max(200).optional().describe('events of one story'),
};

export const EventQuerySchema = z.strictObject({ ...eventFilterFields, limit: Limit(1000, 50), offset: Offset }).refine(ordered, ORDER);
export const EventAggregateQuerySchema = z.strictObject(eventFilterFields).refine(ordered, ORDER);
export const GraphQuerySchema = z.strictObject({ ...eventFilterFields, nodes: Limit(500, 150).describe('most actors shown (1–500)') }).refine(ordered, ORDER);
export const ExportQuerySchema = z.strictObject({ ...eventFilterFields, limit: z.coerce.number().int().min(1).max(1_000_000).optional().describe('at most this many records') }).refine(ordered, ORDER);

export const ArticleQuerySchema = z
  .strictObject({
    q: eventFilterFields.q,
    outlet: eventFilterFields.outlet,
    from: eventFilterFields.from,
    to: eventFilterFields.to,
    type: eventFilterFields.type,
    actor: eventFilterFields.actor,
    country: eventFilterFields.country,
    limit: Limit(1000, 50),
    offset: Offset,
  })
  .refine(ordered, ORDER);

export const ActorQuerySchema = z.strictObject({
  q: z.string().min(1).max(300).optional().describe('name prefix'),
  country: eventFilterFields.country,
  sector: eventFilterFields.sector,
  limit: Limit(1000, 50),
  offset: Offset,
});

export const StoryQuerySchema = z
  .strictObject({ from: eventFilterFields.from, to: eventFilterFields.to, type: eventFilterFields.type, outlet: eventFilterFields.outlet, article: eventFilterFields.article, limit: Limit(1000, 50), offset: Offset })
  .refine(ordered, ORDER);

export const SearchQuerySchema = z
  .strictObject({
    q: z.string().min(1, 'words to search for').max(500).describe('Arabic-aware full text'),
    type: eventFilterFields.type,
    actor: eventFilterFields.actor,
    country: eventFilterFields.country,
    stance: eventFilterFields.stance,
    outlet: eventFilterFields.outlet,
    from: eventFilterFields.from,
    to: eventFilterFields.to,
    limit: Limit(100, 20),
    offset: Offset,
  })
  .refine(ordered, ORDER);

export const IdParams = z.strictObject({ id: z.string().min(1).max(500) });

/** POST /api/ingest: articles to analyse and store. */
export const IngestBodySchema = z.strictObject({
  articles: z.array(ArticleInputSchema).min(1, 'at least one article').max(500, 'at most 500 articles per request'),
});

export const IngestResultSchema = z.object({
  inserted: z.number().int(),
  duplicates: z.number().int(),
  newVersions: z.number().int(),
  results: z.array(z.object({ id: z.string(), status: z.enum(['inserted', 'duplicate', 'new-version']), version: z.number().int() })),
});

export const AnalyzeBodySchema = ArticleInputSchema.describe('an article to analyse; nothing is stored');

export const ErrorSchema = z.object({
  error: z.object({
    code: z.string().describe('stable error code, e.g. E_REQUEST_INVALID'),
    message: z.string().describe('what is wrong, naming the parameter or field'),
    hint: z.string().describe('how to fix it'),
  }),
});

export { ExtractionSchema };

// ---- Responses over the store: zod mirrors of src/store/types.ts (checked against them below), for OpenAPI. ----


const Quad = z.enum(QUAD_CLASSES);
const Plover = z.enum(PLOVER_TYPES);
const Stance = z.enum(STANCES);
const Sector = z.enum(SECTORS);

function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });
}

export const ArticleSummarySchema = z.object({
  id: z.string(), url: z.string().nullable(), outlet: z.string().nullable(), title: z.string().nullable(), published: z.string().nullable(),
  hash: z.string(), version: z.number().int(), storedAt: z.string(), entities: z.number().int(), events: z.number().int(), quotes: z.number().int(),
});

export const EventRowSchema = z.object({
  event: EventSchema,
  quad: Quad,
  articleId: z.string(), outlet: z.string().nullable(), url: z.string().nullable(), title: z.string().nullable(), published: z.string().nullable(),
  place: z.object({ entity: z.string(), name: z.string(), name_en: z.string().nullable(), ref: z.string().nullable(), country: z.string().nullable(), geo: EntitySchema.shape.geo }).nullable(),
  storyId: z.string().nullable(),
});

export const ActorSummarySchema = z.object({
  id: z.string(), name: z.string(), name_en: z.string().nullable(), ref: z.string().nullable(), country: z.string().nullable(), sector: Sector.nullable(),
  asSource: z.number().int(), asTarget: z.number().int(),
});

export const ActorDetailSchema = ActorSummarySchema.extend({
  byType: z.array(z.object({ type: Plover, asSource: z.number().int(), asTarget: z.number().int() })),
  coActors: z.array(z.object({ id: z.string(), name: z.string(), events: z.number().int() })),
  outlets: z.array(z.object({ outlet: z.string().nullable(), events: z.number().int() })),
});

export const StorySchema = z.object({
  id: z.string(), title: z.string().nullable(), first: z.string().nullable(), last: z.string().nullable(),
  articles: z.array(z.string()), outlets: z.array(z.string()),
  events: z.array(z.object({
    id: z.string(), type: Plover, date: z.string().nullable(),
    place: z.object({ name: z.string(), ref: z.string().nullable(), lat: z.number().nullable(), lon: z.number().nullable() }).nullable(),
    source: z.array(z.string()), target: z.array(z.string()),
    versions: z.array(z.object({
      articleId: z.string(), eventId: z.string(), outlet: z.string().nullable(), published: z.string().nullable(),
      dead: z.number().nullable(), injured: z.number().nullable(), quantity: EventSchema.shape.quantity, stance: Stance,
    })),
  })),
});

export const SearchHitSchema = z.object({
  articleId: z.string(), title: z.string().nullable(), outlet: z.string().nullable(), url: z.string().nullable(), published: z.string().nullable(),
  score: z.number(),
  snippets: z.array(z.object({ text: z.string(), start: z.number().int(), end: z.number().int(), highlights: z.array(z.object({ start: z.number().int(), end: z.number().int() })), marked: z.string() })),
});

export const StatsSchema = z.object({
  backend: z.enum(['sqlite', 'postgres']), schemaVersion: z.number().int(), articles: z.number().int(), oldVersions: z.number().int(),
  entities: z.number().int(), mentions: z.number().int(), events: z.number().int(), quotes: z.number().int(), stories: z.number().int(),
  outlets: z.array(z.object({ outlet: z.string().nullable(), articles: z.number().int() })),
  eventTypes: z.array(z.object({ type: Plover, events: z.number().int() })),
  firstPublished: z.string().nullable(), lastPublished: z.string().nullable(),
});

const QuadCounts = z.object({ 'verbal-cooperation': z.number().int(), 'material-cooperation': z.number().int(), 'verbal-conflict': z.number().int(), 'material-conflict': z.number().int() });
const Count = z.object({ value: z.string(), count: z.number().int() });

/** Aggregates of the events matching a filter: facet counts, events per day by quad class, located events by place. */
export const EventSummarySchema = z.object({
  total: z.number().int().describe('events matching the filter'),
  scanned: z.number().int().describe('events aggregated (all of them unless `complete` is false)'),
  complete: z.boolean(),
  facets: z.object({
    type: z.array(Count), quad: z.array(Count), stance: z.array(Count), outlet: z.array(Count), country: z.array(Count), sector: z.array(Count),
    actor: z.array(z.object({ value: z.string(), name: z.string(), count: z.number().int() })),
  }),
  days: z.array(z.object({ date: z.string(), counts: QuadCounts })).describe('events per day (event date, else publication date)'),
  places: z.array(z.object({
    key: z.string(), name: z.string(), name_en: z.string().nullable(), ref: z.string().nullable(), country: z.string().nullable(),
    lat: z.number(), lon: z.number(), count: z.number().int(), quads: QuadCounts,
  })),
});

export const GraphSchema = z.object({
  nodes: z.array(z.object({ id: z.string(), name: z.string(), name_en: z.string().nullable(), country: z.string().nullable(), sector: Sector.nullable(), events: z.number().int() })),
  edges: z.array(z.object({ source: z.string(), target: z.string(), cooperation: z.number().int(), conflict: z.number().int() })),
  total: z.number().int().describe('events matching the filter'), scanned: z.number().int(), complete: z.boolean(),
});

export const ArticlePageSchema = pageOf(ArticleSummarySchema);
export const EventPageSchema = pageOf(EventRowSchema);
export const ActorPageSchema = pageOf(ActorSummarySchema);
export const StoryPageSchema = pageOf(StorySchema);
export const SearchPageSchema = pageOf(SearchHitSchema);

export const ArticleViewSchema = z.object({
  article: ArticleSummarySchema,
  extraction: ExtractionSchema,
  versions: z.array(z.object({ version: z.number().int(), hash: z.string(), storedAt: z.string() })),
  stories: z.array(z.object({ id: z.string(), title: z.string().nullable() })),
});
export const ActorViewSchema = z.object({
  actor: ActorDetailSchema,
  asSource: EventPageSchema,
  asTarget: EventPageSchema,
  days: EventSummarySchema.shape.days,
});
export const StoryViewSchema = z.object({ story: StorySchema, articles: z.array(ArticleSummarySchema) });

export type StatsView = z.infer<typeof StatsSchema>;
export type ArticlePage = z.infer<typeof ArticlePageSchema>;
export type ArticleView = z.infer<typeof ArticleViewSchema>;
export type EventPage = z.infer<typeof EventPageSchema>;
export type EventSummary = z.infer<typeof EventSummarySchema>;
export type ActorPage = z.infer<typeof ActorPageSchema>;
export type ActorView = z.infer<typeof ActorViewSchema>;
export type GraphView = z.infer<typeof GraphSchema>;
export type StoryPage = z.infer<typeof StoryPageSchema>;
export type StoryView = z.infer<typeof StoryViewSchema>;
export type SearchPage = z.infer<typeof SearchPageSchema>;
export type QuadCountsOf = z.infer<typeof QuadCounts>;

// The mirrors stay true to the store's types: each must accept what the store returns.
type Accepts<Mirror, Store extends Mirror> = Store;
export type MirrorsHold = [
  Accepts<z.infer<typeof ArticleSummarySchema>, S.ArticleSummary>,
  Accepts<z.infer<typeof EventRowSchema>, S.EventRow>,
  Accepts<z.infer<typeof ActorDetailSchema>, S.ActorDetail>,
  Accepts<z.infer<typeof StorySchema>, S.Story>,
  Accepts<z.infer<typeof SearchHitSchema>, S.SearchHit>,
  Accepts<z.infer<typeof StatsSchema>, S.StoreStats>,
];
