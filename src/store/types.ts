// The Store interface: what rasid keeps of every article and how the CLI, the exports and the API query it.
import type { Entity, Event, Extraction, Sector } from '../contract/extraction.js';
import type { PLOVER_TYPES, STANCES } from '../contract/extraction.js';
import type { IndexTerms } from './terms.js';

export type { IndexTerms } from './terms.js';

export type PloverType = (typeof PLOVER_TYPES)[number];
export type Stance = (typeof STANCES)[number];

/** The four quad classes a PLOVER type belongs to (data/store/quad.json). */
export const QUAD_CLASSES = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'] as const;
export type QuadClass = (typeof QUAD_CLASSES)[number];

/** One article to store: its extraction and the hash of its content (see `contentHash` in src/store/index.ts). */
export interface ArticleRecord {
  extraction: Extraction;
  /** sha256 (hex) of the article's url, outlet, title, published and text: the same article always hashes the same. */
  hash: string;
  /** The search terms of the title and text, when computed already (on a worker thread); else the store computes them. */
  terms?: IndexTerms;
}

/**
 * What happened to one article of a batch:
 * - inserted: a new article id;
 * - duplicate: an article with the same content hash is already stored (nothing written; `id` is the stored one);
 * - new-version: the id was stored with another hash; the new content becomes current, the old is kept as a version.
 */
export type PutStatus = 'inserted' | 'duplicate' | 'new-version';

export interface PutResult {
  id: string;
  status: PutStatus;
  /** The current version number of the article after the write (1 for a first insert). */
  version: number;
}

/** A page request. `limit` defaults to 50 (at most 1000), `offset` to 0. */
export interface Page {
  limit?: number;
  offset?: number;
}

/** A page of results and the number of results in all. */
export interface PageOf<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** [west, south, east, north] in degrees (lon, lat, lon, lat), as in GeoJSON. */
export type BBox = [number, number, number, number];

/** Filters on articles. Every field narrows; absent fields do not. */
export interface ArticleFilter {
  ids?: string[];
  outlet?: string | string[];
  /** Publication date bounds, inclusive, YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** Arabic-aware full text over title and text. */
  q?: string;
  /** Only articles with at least one event matching this filter. */
  event?: EventFilter;
}

/** Filters on events. Every field narrows; absent fields do not; an array means any of its values. */
export interface EventFilter {
  type?: PloverType | PloverType[];
  quad?: QuadClass | QuadClass[];
  /**
   * An actor on either side (or `role`'s side): an actor id from `actors()`, a knowledge-base ref, or a name
   * (matched on its normalised form against the entity's name, English name and the actor's surface text).
   */
  actor?: string;
  role?: 'source' | 'target' | 'any';
  /** ISO3: an actor's country or the country of the event's place. */
  country?: string;
  /** An actor's sector (GOV, MIL, REB …). */
  sector?: Sector;
  stance?: Stance | Stance[];
  outlet?: string | string[];
  /** The event's place: a knowledge-base ref or a name (normalised). */
  place?: string;
  /** Only events whose place has coordinates inside the box. */
  bbox?: BBox;
  /** Date bounds, inclusive, YYYY-MM-DD, on the event's date (its first day), else the article's publication date. */
  from?: string;
  to?: string;
  /** Arabic-aware full text over the article's title and text. */
  q?: string;
  articleId?: string;
  storyId?: string;
}

/** One stored article, without its analysis. */
export interface ArticleSummary {
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  hash: string;
  version: number;
  /** ISO 8601 time the current version was written. */
  storedAt: string;
  entities: number;
  events: number;
  quotes: number;
}

/** The place of an event, resolved from its location entity. */
export interface EventPlace {
  entity: string;
  name: string;
  name_en: string | null;
  ref: string | null;
  country: string | null;
  geo: Entity['geo'];
}

/** One event as the queries return it: the event of the extraction record, and where it comes from. */
export interface EventRow {
  event: Event;
  quad: QuadClass;
  articleId: string;
  outlet: string | null;
  url: string | null;
  title: string | null;
  published: string | null;
  place: EventPlace | null;
  storyId: string | null;
}

/**
 * How an actor is identified across articles: its knowledge-base ref when linked (`ref:<ref>`), its normalised
 * name when named but unlinked (`name:<key>`), its country and sector when nominal (`nominal:<ISO3|->:<SECTOR|->`).
 */
export type ActorId = string;

export interface ActorSummary {
  id: ActorId;
  name: string;
  name_en: string | null;
  ref: string | null;
  country: string | null;
  sector: Sector | null;
  asSource: number;
  asTarget: number;
}

export interface ActorFilter {
  /** Name prefix or words (normalised). */
  q?: string;
  country?: string;
  sector?: Sector;
}

export interface ActorDetail extends ActorSummary {
  /** Events per type, on each side. */
  byType: { type: PloverType; asSource: number; asTarget: number }[];
  /** Actors that appear in the same events, most frequent first (at most 50). */
  coActors: { id: ActorId; name: string; events: number }[];
  /** Outlets that report the actor's events, most frequent first. */
  outlets: { outlet: string | null; events: number }[];
}

/** Full-text search with structured filters; the filters narrow to articles having a matching event. */
export interface SearchQuery {
  q: string;
  type?: PloverType | PloverType[];
  actor?: string;
  country?: string;
  stance?: Stance | Stance[];
  outlet?: string | string[];
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

/** A passage of an article around matched words. */
export interface Snippet {
  /** The passage, verbatim from the article's text. */
  text: string;
  /** Where the passage lies in the article's text ([start, end), UTF-16). */
  start: number;
  end: number;
  /** The matched words, as offsets into the ARTICLE text (not the snippet). */
  highlights: { start: number; end: number }[];
  /** The passage with the matched words wrapped in «[» … «]». */
  marked: string;
}

export interface SearchHit {
  articleId: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  /** Higher is better; comparable within one result list. */
  score: number;
  snippets: Snippet[];
}

/** One outlet's version of a story event: what that article says, side by side with the others. */
export interface StoryVersion {
  articleId: string;
  eventId: string;
  outlet: string | null;
  published: string | null;
  dead: number | null;
  injured: number | null;
  quantity: Event['quantity'];
  stance: Stance;
}

/** An event told by one or more articles, merged into one. */
export interface StoryEvent {
  id: string;
  type: PloverType;
  /** YYYY-MM-DD (or shorter) of the event, when any version dates it. */
  date: string | null;
  /** The place name and coordinates, when any version locates it. */
  place: { name: string; ref: string | null; lat: number | null; lon: number | null } | null;
  /** Actor names or ids on each side, merged over the versions. */
  source: string[];
  target: string[];
  versions: StoryVersion[];
}

/** A story: articles that tell the same news, and the events they tell. */
export interface Story {
  id: string;
  title: string | null;
  /** Earliest and latest publication date of its articles. */
  first: string | null;
  last: string | null;
  /** The articles, near-duplicates included. */
  articles: string[];
  outlets: string[];
  events: StoryEvent[];
}

export interface StoryFilter {
  from?: string;
  to?: string;
  type?: PloverType | PloverType[];
  outlet?: string | string[];
  articleId?: string;
}

export interface StoreStats {
  backend: 'sqlite' | 'postgres';
  schemaVersion: number;
  articles: number;
  /** Older versions kept beside the current ones. */
  oldVersions: number;
  entities: number;
  mentions: number;
  events: number;
  quotes: number;
  stories: number;
  outlets: { outlet: string | null; articles: number }[];
  eventTypes: { type: PloverType; events: number }[];
  firstPublished: string | null;
  lastPublished: string | null;
}

/**
 * Where rasid keeps articles and their analysis. Two implementations (src/store/sqlite/, src/store/postgres/)
 * pass one contract suite (src/store/store.contract.ts). Every method may throw a StoreError (src/errors.ts).
 */
export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  /** Applies the migrations not yet applied; safe to call on every start. */
  migrate(): Promise<void>;
  /** The current schema version (0 before `migrate`). */
  schemaVersion(): Promise<number>;
  /**
   * Stores a batch in ONE transaction: either every article of the batch is written, or none (on error).
   * Results are in batch order. A hash repeated within the batch is a duplicate of its first occurrence.
   */
  putArticles(batch: readonly ArticleRecord[]): Promise<PutResult[]>;
  /** The hashes among `hashes` that are already stored (current or older versions): their articles can be skipped. */
  knownHashes(hashes: readonly string[]): Promise<Set<string>>;
  /** The current `rasid.extraction/1` record of an article, exactly as put; null when the id is unknown. */
  getExtraction(id: string): Promise<Extraction | null>;
  /** The versions of an article, newest first. */
  versions(id: string): Promise<{ version: number; hash: string; storedAt: string }[]>;
  listArticles(filter?: ArticleFilter, page?: Page): Promise<PageOf<ArticleSummary>>;
  /** Events matching the filter, by date (newest first), then article and event id. */
  events(filter?: EventFilter, page?: Page): Promise<PageOf<EventRow>>;
  /** The extraction records of the matching articles, by publication date then id; streamed. */
  extractions(filter?: ArticleFilter): AsyncIterable<Extraction>;
  actors(filter?: ActorFilter, page?: Page): Promise<PageOf<ActorSummary>>;
  actor(id: ActorId): Promise<ActorDetail | null>;
  search(query: SearchQuery): Promise<PageOf<SearchHit>>;
  /** Replaces every stored story by `stories` (one transaction). Unknown article or event ids are an error. */
  replaceStories(stories: readonly Story[]): Promise<void>;
  stories(filter?: StoryFilter, page?: Page): Promise<PageOf<Story>>;
  story(id: string): Promise<Story | null>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
