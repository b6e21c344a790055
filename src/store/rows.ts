// Flattens an extraction record into the rows of the relational tables, and rebuilds the record from them.
import { z } from 'zod';
import {
  ExtractionSchema, offsetProblems, PLOVER_TYPES, STANCES, type Actor, type Entity, type Event, type Extraction, type Quote,
} from '../contract/extraction.js';
import { loadDataFile } from '../data/load.js';
import { StoreError } from '../errors.js';
import { QUAD_CLASSES, type ActorId, type PloverType, type QuadClass, type Story } from './types.js';

const QuadDataSchema = z
  .object({
    $comment: z.string().optional(),
    classes: z.record(z.enum(QUAD_CLASSES), z.array(z.enum(PLOVER_TYPES)).min(1)),
  })
  .superRefine((d, ctx) => {
    const seen = new Map<string, string>();
    for (const [cls, types] of Object.entries(d.classes)) {
      for (const t of types) {
        if (seen.has(t)) ctx.addIssue({ code: 'custom', message: `${t} is in both ${seen.get(t)} and ${cls}`, path: ['classes', cls] });
        seen.set(t, cls);
      }
    }
    for (const t of PLOVER_TYPES) if (!seen.has(t)) ctx.addIssue({ code: 'custom', message: `${t} has no quad class`, path: ['classes'] });
  });

/** PLOVER type → quad class, from data/store/quad.json. */
export type QuadMap = ReadonlyMap<PloverType, QuadClass>;

/** Reads and validates data/store/quad.json. */
export function loadQuadMap(dataDir?: string): QuadMap {
  const data = loadDataFile('store/quad.json', QuadDataSchema, dataDir);
  const m = new Map<PloverType, QuadClass>();
  for (const [cls, types] of Object.entries(data.classes)) for (const t of types) m.set(t, cls as QuadClass);
  return m;
}

/** Normalises a name for matching (the text normaliser's key). */
export type KeyFn = (s: string) => string;

/** The first day of a partial date: 2024-03 → 2024-03-01, 2024 → 2024-01-01. */
export function firstDay(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

/** The stable id of an actor across articles (see ActorId). */
export function actorId(a: Actor, entity: Entity | undefined, key: KeyFn): ActorId {
  if (entity?.ref) return `ref:${entity.ref}`;
  if (entity) return `name:${key(entity.name)}`;
  return `nominal:${a.country ?? '-'}:${a.sector ?? '-'}`;
}

// Column lists, in insert order. Both backends build their INSERT statements from them.
export const ENTITY_COLUMNS = ['eid', 'ord', 'type', 'kind', 'name', 'name_key', 'name_en', 'ref', 'country', 'lat', 'lon', 'data'] as const;
export const MENTION_COLUMNS = ['eid', 'ord', 'start_off', 'end_off', 'text'] as const;
export const EVENT_COLUMNS = [
  'vid', 'ord', 'type', 'quad', 'stance', 'mode', 'cameo', 'date_first', 'sort_date', 'dead', 'injured', 'quantity',
  'location_eid', 'place_ref', 'place_key', 'place_country', 'lat', 'lon', 'confidence',
] as const;
/** Each event's JSON lives beside it (event_data), so that the events table stays small for scans and counts. */
export const EVENT_DATA_COLUMNS = ['vid', 'data'] as const;
export const ACTOR_COLUMNS = ['vid', 'role', 'ord', 'actor_id', 'eid', 'ref', 'name', 'name_key', 'name_en', 'text_key', 'country', 'sector'] as const;
export const QUOTE_COLUMNS = ['qid', 'ord', 'speaker_actor_id', 'speaker_eid', 'speaker_name', 'direct', 'data'] as const;

export type Cell = string | number | null;

/** Everything stored for one article, ready for INSERT. */
export interface ArticleRows {
  id: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  text: string;
  /** The record without its text and layers (schema, article and any added optional fields), as JSON. */
  record: string;
  counts: { entities: number; events: number; quotes: number };
  entities: Cell[][];
  mentions: Cell[][];
  events: Cell[][];
  eventData: Cell[][];
  actors: Cell[][];
  quotes: Cell[][];
}

/** Splits a record into rows. Each layer item is kept as JSON too, so that the record round-trips exactly. */
export function toRows(x: Extraction, quad: QuadMap, key: KeyFn): ArticleRows {
  const { text, entities, events, quotes, ...rest } = x;
  const byId = new Map(entities.map((e) => [e.id, e]));
  const a = x.article;
  const rows: ArticleRows = {
    id: a.id, url: a.url, outlet: a.outlet, published: a.published, title: a.title, text,
    record: JSON.stringify(rest),
    counts: { entities: entities.length, events: events.length, quotes: quotes.length },
    entities: [], mentions: [], events: [], eventData: [], actors: [], quotes: [],
  };
  entities.forEach((e, i) => {
    const { mentions, ...data } = e;
    rows.entities.push([
      e.id, i, e.type, e.kind, e.name, key(e.name), e.name_en, e.ref, e.country,
      e.geo?.lat ?? null, e.geo?.lon ?? null, JSON.stringify(data),
    ]);
    mentions.forEach((m, j) => rows.mentions.push([e.id, j, m.start, m.end, m.text]));
  });
  events.forEach((v: Event, i) => {
    const place = v.location ? byId.get(v.location) : undefined;
    const first = v.date ? firstDay(v.date.value) : null;
    rows.events.push([
      v.id, i, v.type, quad.get(v.type) ?? null, v.stance, v.mode, v.cameo, first, first ?? a.published ?? '',
      v.dead, v.injured, v.quantity?.value ?? null, v.location, place?.ref ?? null, place ? key(place.name) : null,
      place?.country ?? null, place?.geo?.lat ?? null, place?.geo?.lon ?? null, v.confidence,
    ]);
    rows.eventData.push([v.id, JSON.stringify(v)]);
    for (const role of ['source', 'target'] as const) {
      v[role].forEach((act, j) => {
        const ent = act.entity ? byId.get(act.entity) : undefined;
        rows.actors.push([
          v.id, role, j, actorId(act, ent, key), act.entity, ent?.ref ?? null, ent?.name ?? act.text,
          key(ent?.name ?? act.text), ent?.name_en ?? null, key(act.text), act.country ?? ent?.country ?? null, act.sector,
        ]);
      });
    }
  });
  quotes.forEach((q: Quote, i) => {
    const ent = q.speaker.entity ? byId.get(q.speaker.entity) : undefined;
    rows.quotes.push([q.id, i, actorId(q.speaker, ent, key), q.speaker.entity, ent?.name ?? q.speaker.text, q.direct ? 1 : 0, JSON.stringify(q)]);
  });
  return rows;
}

/** Rebuilds the record from the stored parts; the inverse of toRows. */
export function fromRows(
  record: string,
  text: string,
  entities: { data: string; mentions: { start: number; end: number; text: string }[] }[],
  events: string[],
  quotes: string[],
): Extraction {
  const { schema, article, ...extra } = JSON.parse(record) as Omit<Extraction, 'text' | 'entities' | 'events' | 'quotes'>;
  return {
    schema,
    article,
    text,
    entities: entities.map((e) => ({ ...(JSON.parse(e.data) as Omit<Entity, 'mentions'>), mentions: e.mentions })),
    events: events.map((v) => JSON.parse(v) as Event),
    quotes: quotes.map((q) => JSON.parse(q) as Quote),
    ...extra,
  };
}

/** Checks a record before it is stored: the schema, and every span inside the text. Null when it is sound. */
export function recordProblem(x: unknown): string | null {
  const r = ExtractionSchema.safeParse(x);
  if (!r.success) return r.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
  const spans = offsetProblems(r.data);
  return spans.length > 0 ? spans.slice(0, 3).join('; ') : null;
}

/** Throws E_STORE_RECORD for the first unsound record of a batch; nothing is written then. */
export function checkBatch(batch: readonly { extraction: unknown; hash: unknown }[]): void {
  batch.forEach((b, i) => {
    const problem = typeof b.hash !== 'string' || !/^[0-9a-f]{16,128}$/.test(b.hash) ? 'hash: a hexadecimal content hash' : recordProblem(b.extraction);
    if (problem) throw new StoreError('E_STORE_RECORD', `Record ${i + 1} of the batch cannot be stored: ${problem}.`);
  });
}

const StoryVersionSchema = z.object({
  articleId: z.string().min(1), eventId: z.string().min(1), outlet: z.string().nullable(), published: z.string().nullable(),
  dead: z.number().int().nullable(), injured: z.number().int().nullable(),
  quantity: z.object({ value: z.number(), unit: z.string().nullable(), text: z.string() }).nullable(),
  stance: z.enum(STANCES),
});
export const StorySchema = z.object({
  id: z.string().min(1),
  title: z.string().nullable(),
  first: z.string().nullable(),
  last: z.string().nullable(),
  articles: z.array(z.string().min(1)),
  outlets: z.array(z.string()),
  events: z.array(
    z.object({
      id: z.string().min(1),
      type: z.enum(PLOVER_TYPES),
      date: z.string().nullable(),
      place: z.object({ name: z.string(), ref: z.string().nullable(), lat: z.number().nullable(), lon: z.number().nullable() }).nullable(),
      source: z.array(z.string()),
      target: z.array(z.string()),
      versions: z.array(StoryVersionSchema).min(1),
    }),
  ),
});

/** Checks stories before they replace the stored ones: shape, unique ids, each article event in one story event. */
export function checkStories(stories: readonly Story[]): void {
  const ids = new Set<string>();
  const events = new Map<string, string>();
  stories.forEach((s, i) => {
    const r = StorySchema.safeParse(s);
    if (!r.success) {
      const why = r.error.issues.slice(0, 3).map((x) => `${x.path.join('.')}: ${x.message}`).join('; ');
      throw new StoreError('E_STORE_RECORD', `Story ${i + 1} cannot be stored: ${why}.`);
    }
    if (ids.has(s.id)) throw new StoreError('E_STORE_RECORD', `Story id "${s.id}" is given twice.`);
    ids.add(s.id);
    for (const e of s.events) {
      for (const v of e.versions) {
        const k = `${v.articleId}\u0000${v.eventId}`;
        const other = events.get(k);
        if (other) throw new StoreError('E_STORE_RECORD', `Event ${v.eventId} of article ${v.articleId} is in two story events (${other} and ${s.id}/${e.id}).`);
        events.set(k, `${s.id}/${e.id}`);
      }
    }
  });
}
