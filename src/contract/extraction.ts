// The `rasid.extraction/1` record (shared/CONTRACT.md) as zod types; the JSON Schema is generated from them.
import { z } from 'zod';

const Offset = z.number().int().nonnegative();
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY-MM-DD, YYYY-MM or YYYY');
const Iso3 = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code');

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'INVESTIGATE', 'DEMAND', 'DISAPPROVE',
  'REJECT', 'THREATEN', 'PROTEST', 'CRIME', 'MOBILIZE', 'COERCE', 'ASSAULT', 'FIGHT', 'SANCTION',
] as const;
export const SECTORS = [
  'GOV', 'MIL', 'COP', 'SPY', 'REB', 'INS', 'OPP', 'MED', 'CVL', 'CRM', 'JUD', 'IGO', 'NGO', 'BUS', 'REF',
] as const;
export type Sector = (typeof SECTORS)[number];
export const STANCES = ['asserted', 'negated', 'planned', 'attempted', 'hypothetical'] as const;

export const TextSpanSchema = z.object({ start: Offset, end: Offset, text: z.string() });
export const RangeSchema = z.object({ start: Offset, end: Offset });

export const ArticleSchema = z.object({
  id: z.string().min(1),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  published: IsoDate.nullable().describe('used to resolve relative dates'),
  lang: z.literal('ar'),
});

export const ActorSchema = z.object({
  entity: z.string().nullable().describe('entity id for a named actor, null for a nominal one'),
  text: z.string(),
  start: Offset,
  end: Offset,
  country: Iso3.nullable(),
  sector: z.enum(SECTORS).nullable(),
});

export const EntitySchema = z.object({
  id: z.string(),
  type: z.enum(['PER', 'ORG', 'LOC']),
  kind: z.string().nullable(),
  name: z.string(),
  name_en: z.string().nullable(),
  ref: z.string().nullable().describe('stable knowledge-base id, null when unlinked'),
  wikidata: z.string().regex(/^Q\d+$/).nullable(),
  country: Iso3.nullable(),
  geo: z
    .object({ lat: z.number(), lon: z.number(), precision: z.enum(['country', 'region', 'city', 'place']) })
    .nullable(),
  confidence: z.number().min(0).max(1),
  mentions: z.array(TextSpanSchema),
});

export const EventSchema = z.object({
  id: z.string(),
  type: z.enum(PLOVER_TYPES),
  mode: z.string().nullable(),
  cameo: z.string().regex(/^\d{2}$/).nullable(),
  trigger: TextSpanSchema,
  sentence: RangeSchema,
  source: z.array(ActorSchema),
  target: z.array(ActorSchema),
  location: z.string().nullable(),
  date: z
    .object({ value: PartialDate, precision: z.enum(['day', 'month', 'year']), text: z.string().nullable() })
    .nullable(),
  quantity: z.object({ value: z.number(), unit: z.string().nullable(), text: z.string() }).nullable(),
  dead: z.number().int().nullable(),
  injured: z.number().int().nullable(),
  stance: z.enum(STANCES),
  attribution: z.string().nullable().describe('the quote that reports this event'),
  confidence: z.number().min(0).max(1),
});

export const QuoteSchema = z.object({
  id: z.string(),
  speaker: ActorSchema,
  via: z.array(z.string()),
  cue: TextSpanSchema,
  content: RangeSchema,
  direct: z.boolean(),
});

export const ExtractionSchema = z
  .object({
    schema: z.literal('rasid.extraction/1'),
    article: ArticleSchema,
    text: z.string().describe('the analysed text; every offset is [start, end) in UTF-16 code units into it'),
    entities: z.array(EntitySchema),
    events: z.array(EventSchema),
    quotes: z.array(QuoteSchema),
  })
  .describe('rasid.extraction/1: one article, its entities, events and quotes');

export type Article = z.infer<typeof ArticleSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Event = z.infer<typeof EventSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Extraction = z.infer<typeof ExtractionSchema>;

/** The JSON Schema (draft 2020-12) of the record, generated from the zod types above. */
export function extractionJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ExtractionSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $id: 'urn:rasid:extraction:1', title: 'rasid.extraction/1', ...schema };
}

/**
 * Checks that every offset in a record lies inside its text and that every span's `text` is the slice it names.
 * Returns the problems found (empty when the record is consistent).
 */
export function offsetProblems(x: Extraction): string[] {
  const problems: string[] = [];
  const n = x.text.length;
  const check = (where: string, s: { start: number; end: number; text?: string }): void => {
    if (s.start > s.end || s.end > n) problems.push(`${where}: [${s.start}, ${s.end}) is outside the text (length ${n})`);
    else if (s.text !== undefined && x.text.slice(s.start, s.end) !== s.text) problems.push(`${where}: text differs from the slice it names`);
  };
  x.entities.forEach((e) => e.mentions.forEach((m, i) => check(`entities[${e.id}].mentions[${i}]`, m)));
  x.events.forEach((e) => {
    check(`events[${e.id}].trigger`, e.trigger);
    check(`events[${e.id}].sentence`, e.sentence);
    [...e.source, ...e.target].forEach((a, i) => check(`events[${e.id}].actor[${i}]`, a));
  });
  x.quotes.forEach((q) => {
    check(`quotes[${q.id}].cue`, q.cue);
    check(`quotes[${q.id}].content`, q.content);
    check(`quotes[${q.id}].speaker`, q.speaker);
  });
  return problems;
}
