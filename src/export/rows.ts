// One flat row per event of a rasid.extraction/1 record: the columns of the CSV and the properties of the GeoJSON.
import type { Actor, Entity, Event, Extraction } from '../contract/extraction.js';

/** One event as a flat row. Empty values are null. Lists of actors are joined with "; ", in the same order per column. */
export interface ExportRow {
  /** The event's date (YYYY-MM-DD, YYYY-MM or YYYY), or the article's publication date when the event has none. */
  date: string | null;
  /** day, month or year for an event date; `published` when `date` is the publication date. */
  date_precision: string | null;
  source_name: string | null;
  source_name_en: string | null;
  source_country: string | null;
  source_sector: string | null;
  type: string;
  mode: string | null;
  cameo: string | null;
  target_name: string | null;
  target_name_en: string | null;
  target_country: string | null;
  target_sector: string | null;
  place_name: string | null;
  place_name_en: string | null;
  place_country: string | null;
  lat: number | null;
  lon: number | null;
  /** country, region, city or place: how precisely lat/lon locate the event. */
  precision: string | null;
  stance: string;
  quantity: number | null;
  quantity_unit: string | null;
  dead: number | null;
  injured: number | null;
  /** Who reports the event, when a quote carries it. */
  quote_speaker: string | null;
  /** The trigger words in the article. */
  trigger: string;
  confidence: number;
  outlet: string | null;
  url: string | null;
  published: string | null;
  title: string | null;
  story_id: string | null;
  article_id: string;
  event_id: string;
}

/** The columns in the order the CSV writes them (docs/export.md describes each). */
export const COLUMNS: readonly (keyof ExportRow)[] = [
  'date', 'date_precision', 'source_name', 'source_name_en', 'source_country', 'source_sector', 'type', 'mode', 'cameo',
  'target_name', 'target_name_en', 'target_country', 'target_sector', 'place_name', 'place_name_en', 'place_country',
  'lat', 'lon', 'precision', 'stance', 'quantity', 'quantity_unit', 'dead', 'injured', 'quote_speaker', 'trigger',
  'confidence', 'outlet', 'url', 'published', 'title', 'story_id', 'article_id', 'event_id',
];

/** Gives the story of an event, when stories were computed. */
export type StoryOf = (articleId: string, eventId: string) => string | null;

const joinOrNull = (values: readonly (string | null)[]): string | null => (values.every((v) => v === null) ? null : values.map((v) => v ?? '').join('; '));

function actorColumns(actors: readonly Actor[], entities: ReadonlyMap<string, Entity>): { name: string | null; name_en: string | null; country: string | null; sector: string | null } {
  const ents = actors.map((a) => (a.entity ? entities.get(a.entity) : undefined));
  return {
    name: joinOrNull(actors.map((a, i) => ents[i]?.name ?? a.text)),
    name_en: joinOrNull(ents.map((e) => e?.name_en ?? null)),
    country: joinOrNull(actors.map((a, i) => a.country ?? ents[i]?.country ?? null)),
    sector: joinOrNull(actors.map((a) => a.sector)),
  };
}

function eventRow(x: Extraction, e: Event, entities: ReadonlyMap<string, Entity>, storyOf: StoryOf | undefined): ExportRow {
  const src = actorColumns(e.source, entities);
  const tgt = actorColumns(e.target, entities);
  const place = e.location ? entities.get(e.location) ?? null : null;
  const quote = e.attribution ? x.quotes.find((q) => q.id === e.attribution) : undefined;
  const speaker = quote ? (quote.speaker.entity ? entities.get(quote.speaker.entity)?.name : undefined) ?? quote.speaker.text : null;
  return {
    date: e.date?.value ?? x.article.published,
    date_precision: e.date ? e.date.precision : x.article.published ? 'published' : null,
    source_name: src.name,
    source_name_en: src.name_en,
    source_country: src.country,
    source_sector: src.sector,
    type: e.type,
    mode: e.mode,
    cameo: e.cameo,
    target_name: tgt.name,
    target_name_en: tgt.name_en,
    target_country: tgt.country,
    target_sector: tgt.sector,
    place_name: place?.name ?? null,
    place_name_en: place?.name_en ?? null,
    place_country: place?.country ?? null,
    lat: place?.geo?.lat ?? null,
    lon: place?.geo?.lon ?? null,
    precision: place?.geo?.precision ?? null,
    stance: e.stance,
    quantity: e.quantity?.value ?? null,
    quantity_unit: e.quantity?.unit ?? null,
    dead: e.dead,
    injured: e.injured,
    quote_speaker: speaker,
    trigger: e.trigger.text,
    confidence: e.confidence,
    outlet: x.article.outlet,
    url: x.article.url,
    published: x.article.published,
    title: x.article.title,
    story_id: storyOf ? storyOf(x.article.id, e.id) : null,
    article_id: x.article.id,
    event_id: e.id,
  };
}

/**
 * The rows of a record's events, in the record's order; `keep` selects events (all by default).
 * @example
 *   eventRows(record).map((r) => [r.date, r.type, r.place_name])
 */
export function eventRows(x: Extraction, opts: { storyOf?: StoryOf; keep?: (e: Event) => boolean } = {}): ExportRow[] {
  const entities = new Map(x.entities.map((e) => [e.id, e]));
  return x.events.filter((e) => (opts.keep ? opts.keep(e) : true)).map((e) => eventRow(x, e, entities, opts.storyOf));
}
