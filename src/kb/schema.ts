// The knowledge base's record types (data/kb/*.jsonl, one JSON record per line), validated with zod at load.
import { z } from 'zod';
import { SECTORS } from '../contract/extraction.js';

export const ISO3 = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code');
const Arabic = z.string().min(1).regex(/[\u0600-\u06FF]/, 'Arabic text');
const Id = z.string().regex(/^[a-z]+:[a-z0-9][a-z0-9._-]*$/, 'an id written kind:slug, e.g. place:kobani');

export const LOC_KINDS = ['country', 'territory', 'region', 'city', 'place', 'camp', 'crossing', 'facility', 'water', 'landform'] as const;
export const ORG_KINDS = [
  'armed_group', 'military', 'police', 'security', 'intelligence', 'ministry', 'government', 'state_body', 'court',
  'party', 'igo', 'ngo', 'media', 'company', 'religious', 'tribe',
] as const;
export const PER_KINDS = ['person'] as const;
export const KINDS = [...LOC_KINDS, ...ORG_KINDS, ...PER_KINDS] as const;
export type Kind = (typeof KINDS)[number];

/** The entity type (PER/ORG/LOC) of a kind. */
export function typeOfKind(kind: Kind): 'PER' | 'ORG' | 'LOC' {
  if ((LOC_KINDS as readonly string[]).includes(kind)) return 'LOC';
  if (kind === 'person') return 'PER';
  return 'ORG';
}

export const RELATIONS = ['branch_of', 'split_from', 'part_of', 'allied_with', 'successor_of', 'wing_of', 'member_of'] as const;

export const KbRecordSchema = z
  .object({
    id: Id,
    kind: z.enum(KINDS),
    /** Arabic canonical name, in the usual news spelling. */
    name: Arabic,
    /** Other Arabic spellings and names: with/without ال, أميركا/أمريكا, transliteration variants, short forms. */
    aliases: z.array(Arabic).default([]),
    /** English canonical name. */
    en: z.string().min(1),
    en_aliases: z.array(z.string().min(1)).optional(),
    /** Acronyms written in Arabic or Latin letters (ناتو, NATO). */
    acronyms: z.array(z.string().min(1)).optional(),
    country: ISO3.nullable().default(null),
    wikidata: z.string().regex(/^Q\d+$/).optional(),
    parent: Id.optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    population: z.number().int().nonnegative().optional(),
    /** Countries: every form of the nisba adjective and demonym (الأميركي، الأميركية، الأميركيون، أميركيين …). */
    nisba: z.array(Arabic).optional(),
    /** Countries: the capital's id (its name then also stands for the country's government: واشنطن، موسكو). */
    capital: Id.optional(),
    /** Organisations: the sector of the actor (gold/FORMAT.md). */
    sector: z.enum(SECTORS).optional(),
    relations: z.array(z.object({ type: z.enum(RELATIONS), target: Id })).optional(),
    /** People: role in English and Arabic, e.g. "President of Turkey" / "الرئيس التركي". */
    role: z.string().optional(),
    role_ar: z.string().optional(),
    /** People: family name and given name as written in Arabic, for in-document coreference. */
    family: Arabic.optional(),
    given: Arabic.optional(),
    /** Names that are also common words (أمل، جمال، حماس as «enthusiasm»): matched only with evidence. */
    common: z.boolean().optional(),
    /** Where the record's facts come from, when not the file's default (see data/kb/README.md). */
    source: z.string().optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if ((r.lat === undefined) !== (r.lon === undefined)) ctx.addIssue({ code: 'custom', message: 'lat and lon go together' });
    if (r.kind === 'country' && !r.country) ctx.addIssue({ code: 'custom', message: 'a country needs its ISO3 code in "country"' });
  });

export type KbRecord = z.infer<typeof KbRecordSchema>;

/** Role nouns that make an actor of a sector (الشرطة → COP), with the nisba or country that may follow. */
export const AgentSchema = z
  .object({
    /** Arabic forms: singular, plural, with and without ال (الشرطة، شرطة؛ جندي، جنود، الجنود). */
    forms: z.array(Arabic).min(1),
    sector: z.enum(SECTORS),
    /** English gloss. */
    en: z.string().min(1),
    /** A second sector for words that can mean either (المعارضة → OPP or REB). */
    alt_sector: z.enum(SECTORS).optional(),
  })
  .strict();
export type Agent = z.infer<typeof AgentSchema>;
