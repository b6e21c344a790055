// What story clustering keeps of one extraction record: its MinHash signature and its events' comparable features.
import type { Actor, Entity, Event, Extraction } from '../contract/extraction.js';
import { actorId, type KeyFn } from '../store/rows.js';
import type { StoryVersion } from '../store/types.js';
import { shingles, signature } from './minhash.js';

/** An event's place, as far as the record locates it. */
export interface PlaceDigest {
  name: string;
  /** The matching key of the name. */
  key: string;
  ref: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  precision: 'country' | 'region' | 'city' | 'place' | null;
}

/** One event, reduced to what decides whether two reports tell the same event. */
export interface EventDigest {
  articleId: string;
  eventId: string;
  type: Event['type'];
  /** The day of the event as days since 1970-01-01 ([first, last], inclusive): its date when given to the day, else the publication date. */
  days: [number, number] | null;
  /** The date written as in the record (YYYY-MM-DD, YYYY-MM, YYYY), and its precision, when the event has one. */
  date: { value: string; precision: 'day' | 'month' | 'year' } | null;
  place: PlaceDigest | null;
  /** Actor ids (as the store's: ref:…, name:…, nominal:ISO3:SECTOR) on each side; nominal actors without a country are left out. */
  sourceIds: string[];
  targetIds: string[];
  /** Display names of the actors (canonical name when linked, the words of the text otherwise). */
  sourceNames: string[];
  targetNames: string[];
  version: StoryVersion;
}

/** One article: its signature for near-duplicate detection and its events. */
export interface ArticleDigest {
  id: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  signature: Uint32Array;
  events: EventDigest[];
}

export interface DigestOptions {
  key: KeyFn;
  /** Words per shingle. */
  shingle: number;
  /** MinHash functions (signature length). */
  hashes: number;
}

const DAY = 86_400_000;

/** The inclusive range of days a partial date covers. */
export function dayRange(value: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) { const d = Date.UTC(y, Number(m[2]) - 1, Number(m[3])) / DAY; return [d, d]; }
  if (m[2]) { const mo = Number(m[2]) - 1; return [Date.UTC(y, mo, 1) / DAY, Date.UTC(y, mo + 1, 0) / DAY]; }
  return [Date.UTC(y, 0, 1) / DAY, Date.UTC(y, 11, 31) / DAY];
}

function isNamed(id: string): boolean {
  // a nominal actor without a country («مسلحون») says too little to identify anyone across articles
  return !id.startsWith('nominal:-:');
}

function actorsOf(actors: readonly Actor[], entities: ReadonlyMap<string, Entity>, key: KeyFn): { ids: string[]; names: string[] } {
  const ids = new Set<string>();
  const names: string[] = [];
  for (const a of actors) {
    const e = a.entity ? entities.get(a.entity) : undefined;
    const id = actorId(a, e, key);
    if (isNamed(id)) ids.add(id);
    const name = e?.name ?? a.text;
    if (!names.includes(name)) names.push(name);
  }
  return { ids: [...ids], names };
}

/**
 * Reduces a record to its digest. The text is read once, for the signature, and not kept.
 * @example
 *   digest(record, { key: normaliser.key, shingle: 3, hashes: 64 }).events[0].days // [19639, 19639]
 */
export function digest(x: Extraction, opts: DigestOptions): ArticleDigest {
  const entities = new Map(x.entities.map((e) => [e.id, e]));
  const published = x.article.published;
  const events = x.events.map((e): EventDigest => {
    const src = actorsOf(e.source, entities, opts.key);
    const tgt = actorsOf(e.target, entities, opts.key);
    const loc = e.location ? entities.get(e.location) : undefined;
    return {
      articleId: x.article.id,
      eventId: e.id,
      type: e.type,
      // a month or a year says too little to tell two reports apart: the article's day stands in for them
      days: e.date?.precision === 'day' ? dayRange(e.date.value) : published ? dayRange(published) : null,
      date: e.date ? { value: e.date.value, precision: e.date.precision } : null,
      place: loc
        ? { name: loc.name, key: opts.key(loc.name), ref: loc.ref, country: loc.country, lat: loc.geo?.lat ?? null, lon: loc.geo?.lon ?? null, precision: loc.geo?.precision ?? null }
        : null,
      sourceIds: src.ids,
      targetIds: tgt.ids,
      sourceNames: src.names,
      targetNames: tgt.names,
      version: {
        articleId: x.article.id, eventId: e.id, outlet: x.article.outlet, published,
        dead: e.dead, injured: e.injured, quantity: e.quantity, stance: e.stance,
      },
    };
  });
  const text = x.article.title && !x.text.startsWith(x.article.title) ? `${x.article.title}\n${x.text}` : x.text;
  return {
    id: x.article.id,
    outlet: x.article.outlet,
    title: x.article.title,
    published,
    signature: signature(shingles(opts.key(text), opts.shingle), opts.hashes),
    events,
  };
}
