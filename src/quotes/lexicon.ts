// The quote lexicon: data/quotes/cues.json validated, its verb forms generated from paradigms, compiled to key tables.
import { z } from 'zod';
import { SECTORS, type Sector } from '../contract/extraction.js';
import { DataError } from '../errors.js';
import { loadDataFile } from '../data/load.js';
import type { KnowledgeBase } from '../kb/compile.js';
import { walk } from '../kb/compile.js';
import type { TextResources } from '../text/index.js';
import { segment, tokenise } from '../text/index.js';
import { PhraseTable } from './phrases.js';

const word = z.string().min(1);
const sector = z.enum(SECTORS).nullable();
const frame = z.enum(['that', 'quote', 'object']);
/** A suffix rule: letters to add, or "-X": drop the stem's last letter, then add X. */
const suffix = z.string().regex(/^-?[\u0600-\u06FF]*$/, 'Arabic letters, optionally after "-" (drop the last letter first)');

const ParadigmSchema = z.object({
  past: z.array(suffix).min(1),
  present: z.array(suffix).min(1),
  participle: z.array(suffix).min(1),
});

export const QuoteDataSchema = z
  .object({
    $comment: z.string().optional(),
    paradigms: z.record(z.string(), ParadigmSchema),
    presentPrefixes: z.array(word).min(1),
    objectPronouns: z.array(word),
    beforePronoun: z.record(z.string().min(1), z.string()),
    impersonal: z.array(word),
    verbs: z
      .array(
        z
          .object({
            past: word,
            present: word.optional(),
            participle: word.optional(),
            paradigm: z.string().default('sound'),
            frames: z.array(frame).min(1),
            preps: z.array(word).optional(),
            objectFirst: z.boolean().optional(),
            proDropObject: z.boolean().optional(),
            onlyAfterMa: z.boolean().optional(),
            next: z.array(word).optional(),
            strict: z.boolean().optional(),
            notBefore: z.array(word).optional(),
            relay: z.boolean().optional(),
          })
          .strict(),
      )
      .min(1),
    according: z.array(z.object({ word, prep: word.optional(), ma: z.boolean().optional(), relay: z.boolean().optional() }).strict()).min(1),
    ma: word,
    words: z.object({ relayFrom: word, dative: word, in: word, thatBeing: word }).strict(),
    complementizers: z
      .object({ words: z.array(word).min(1), prefixes: z.array(word), pronouns: z.array(word), preps: z.array(word), notAfter: z.array(word) })
      .strict(),
    quoteMarks: z.array(z.object({ open: z.string().length(1), close: z.string().length(1) }).strict()).min(1),
    speakers: z
      .object({
        sources: z.array(z.object({ forms: z.array(word).min(1), sector, role: word, placeless: z.boolean().optional() }).strict()),
        modifiers: z.array(z.object({ forms: z.array(word).min(1), sector }).strict()),
        unnamed: z.array(word),
        affiliation: z.array(word),
        outsideAffiliation: z.array(word),
        backReference: z.array(z.object({ word, kinds: z.array(word), sector: sector.optional() }).strict()),
        channels: z.array(z.object({ forms: z.array(word).min(1), sector }).strict()),
        titles: z.array(word),
        descriptors: z.array(word),
        quantifiers: z.array(word),
        demonstratives: z.array(word),
        relatives: z.array(word),
        auxiliaries: z.array(word),
      })
      .strict(),
    zone: z
      .object({
        adjunctPreps: z.array(word),
        fillers: z.array(word),
        directions: z.array(word),
        links: z.array(word),
        relayNouns: z.array(word),
        platforms: z.array(word),
        maxZone: z.int().min(1),
        maxSpeaker: z.int().min(1),
      })
      .strict(),
    via: z.object({ kinds: z.array(word) }).strict(),
  })
  .strict()
  .superRefine((d, ctx) => {
    d.verbs.forEach((v, i) => {
      if (!(v.paradigm in d.paradigms)) {
        ctx.addIssue({ code: 'custom', message: `unknown paradigm "${v.paradigm}" (known: ${Object.keys(d.paradigms).join(', ')})`, path: ['verbs', i, 'paradigm'] });
      }
      if (v.preps && !v.frames.includes('object') && !v.frames.includes('that')) {
        ctx.addIssue({ code: 'custom', message: 'preps only apply to the "object" and "that" frames', path: ['verbs', i, 'preps'] });
      }
    });
  });
export type QuoteData = z.infer<typeof QuoteDataSchema>;
export type Frame = z.infer<typeof frame>;

/** Reads and validates data/quotes/cues.json. */
export function loadQuoteData(dataDir?: string): QuoteData {
  return loadDataFile('quotes/cues.json', QuoteDataSchema, dataDir);
}

/** A reporting verb, as compiled. */
export interface CueVerb {
  /** The verb as the data names it (its 3rd person masculine past). */
  readonly lemma: string;
  readonly frames: ReadonlySet<Frame>;
  /** Keys of the prepositions an object or clause may start with (أشار إلى، طالب ب); empty: any. */
  readonly preps: readonly string[];
  /** نقل: the speaker follows عن, the subject is the medium. */
  readonly relay: boolean;
  /** The object may come before the preposition (اتهمت حماس إسرائيل بالسعي، دعا الأطراف إلى). */
  readonly objectFirst: boolean;
  /** The subject is often dropped before an object and the preposition (ووصف الحزب بأنه، واتهم الحزب بتجنيد). */
  readonly proDropObject: boolean;
  /** A cue only after an attribution's ما (حسبما نشر): elsewhere the word is too often something else. */
  readonly onlyAfterMa: boolean;
  /** Keys one of which must follow the verb (جاء في البيان، جاء فيه); the speaker is what follows في. */
  readonly next: readonly string[];
  /**
   * Written forms (tashkeel aside) the word must match exactly when the key is shared with other words (رأى against
   * رأي "opinion" and the name راي); null when any spelling with the key will do.
   */
  readonly strictForms: ReadonlySet<string> | null;
  /** Prepositions that, right after the word, make it something else (تابع ل: affiliated to). */
  readonly notBefore: readonly string[];
}

/** A matched verb form: finite (the speaker follows or precedes) or participle (the clause's subject speaks). */
export interface CueForm {
  readonly verb: CueVerb;
  readonly form: 'finite' | 'participle';
  /** Past forms may be passive when written with a damma (اتُّهم، ذُكر): not a cue then. */
  readonly past: boolean;
  /** The form carries an object pronoun (ذكرته، نفاه، اتهمها). */
  readonly pronoun: boolean;
}

export interface AccordingCue {
  readonly word: string;
  readonly prep: string | null;
  readonly ma: boolean;
  readonly relay: boolean;
}

export interface SpeakerWord {
  readonly sector: Sector | null;
  readonly role: string;
  /** Reports and the like: no country is inferred from the context. */
  readonly placeless: boolean;
}

/** The compiled lexicon (immutable): every word is a normalised key, phrases are arrays of keys. */
export interface QuoteLexicon {
  readonly key: (s: string) => string;
  /** Verb form key → reading (forms generated from the paradigms, with objectPronouns also attached). */
  readonly verbs: ReadonlyMap<string, CueForm>;
  /** Keys of the object pronouns a finite verb may carry (ذكرته، اتهمها), longest first. */
  readonly objectPronouns: readonly string[];
  /** Present passive forms used impersonally (يُذكر أن، يُشار إلى أن): no speaker, no quote. */
  readonly impersonal: ReadonlySet<string>;
  readonly according: ReadonlyMap<string, AccordingCue>;
  readonly ma: string;
  /** Function words the finder looks for by role: عن after نقل، the dative ل، في، وذلك before an attribution. */
  readonly words: { readonly relayFrom: string; readonly dative: string; readonly in: string; readonly thatBeing: string };
  readonly complementizers: ReadonlySet<string>;
  readonly complementPrefixes: readonly string[];
  /** The same with the empty prefix first. */
  readonly complementPrefixesWithNone: readonly string[];
  /** Pronoun suffixes a complementizer may carry (أنه، إنها). */
  readonly complementPronouns: readonly string[];
  readonly complementPreps: ReadonlySet<string>;
  readonly notAfter: ReadonlySet<string>;
  /** Opening mark → closing mark; symmetric marks map to themselves. */
  readonly marks: ReadonlyMap<string, string>;
  readonly closers: ReadonlySet<string>;
  /** Source nouns (مصادر، شهود عيان …) and what they say about the speaker. */
  readonly sources: PhraseTable<SpeakerWord>;
  readonly modifiers: ReadonlyMap<string, Sector | null>;
  readonly unnamed: PhraseTable<null>;
  readonly affiliation: PhraseTable<null>;
  /** Affiliations after which a person named is not the speaker (مسؤول في إدارة الرئيس أوباما), as key phrases. */
  readonly outsideAffiliation: ReadonlySet<string>;
  /** Definite noun key → its bare key, the entity kinds it may refer to, and its sector when it refers to none. */
  readonly backReference: ReadonlyMap<string, BackReference>;
  /** Statements and their carriers, with the sector of an actor that has no owner named. */
  readonly channels: PhraseTable<Sector | null>;
  readonly descriptors: ReadonlySet<string>;
  /** Words before a person's name (الدكتور، العقيد، الشيخ): with the name, an apposition to step over. */
  readonly titles: ReadonlySet<string>;
  readonly demonstratives: ReadonlySet<string>;
  /** Words before a noun phrase that leave its head unchanged (بعض، عدد من، أحد). */
  readonly quantifiers: PhraseTable<null>;
  readonly relatives: ReadonlySet<string>;
  readonly auxiliaries: ReadonlySet<string>;
  readonly adjunctPreps: ReadonlySet<string>;
  readonly fillers: PhraseTable<null>;
  /** Compass words that begin a place apposition to skip (جنوبي البلاد، شمال بغداد). */
  readonly directions: PhraseTable<null>;
  /** Words that join a new clause after a comma (كما، فيما، بينما …). */
  readonly links: PhraseTable<null>;
  readonly relayNouns: ReadonlySet<string>;
  readonly platforms: ReadonlySet<string>;
  readonly maxZone: number;
  readonly maxSpeaker: number;
  readonly viaKinds: ReadonlySet<string>;
  /** Keys of the conjunctions a word may carry (و، ف) and of the prepositions (ب، ل، ك), from the text layer. */
  readonly conjunctions: readonly string[];
  readonly prepositions: readonly string[];
  /** The key of the definite article. */
  readonly article: string;
  /** The preposition attached at the start of a word key, as the text layer's clitic analysis reads it (بفتح → ب). */
  readonly attachedPreposition: (key: string) => string | null;
  /** Country (ISO3) of a nisba adjective or demonym key (السورية → SYR), from the knowledge base. */
  readonly nisbaCountry: (key: string) => string | null;
  /** Sector of a KB referent (organisations), from the knowledge base. */
  readonly sectorOf: (ref: string) => Sector | null;
  /** Kind of a KB referent. */
  readonly kindOf: (ref: string) => string | null;
  /** True for countries and capitals, which stand for their governments. */
  readonly isGovernmentPlace: (ref: string) => boolean;
}

export interface BackReference {
  readonly bare: string;
  readonly kinds: ReadonlySet<string>;
  readonly sector: Sector | null;
}

function applySuffix(stem: string, rule: string): string {
  return rule.startsWith('-') ? stem.slice(0, -1) + rule.slice(1) : stem + rule;
}

/** Every written form of a verb: past and present 3rd person (m/f, sg/dual/pl), and the circumstantial participle. */
export function verbForms(
  v: QuoteData['verbs'][number],
  data: Pick<QuoteData, 'paradigms' | 'presentPrefixes'>,
): { past: string[]; present: string[]; participle: string[] } {
  const p = data.paradigms[v.paradigm];
  if (!p) throw new DataError(`data/quotes/cues.json: unknown paradigm "${v.paradigm}"`, { file: 'quotes/cues.json' });
  const past = p.past.map((s) => applySuffix(v.past, s));
  const present: string[] = [];
  if (v.present) {
    for (const prefix of data.presentPrefixes) {
      const base = prefix + [...v.present].slice(1).join('');
      for (const s of p.present) present.push(applySuffix(base, s));
    }
  }
  const participle = v.participle ? p.participle.map((s) => applySuffix(v.participle as string, s)) : [];
  return { past: [...new Set(past)], present: [...new Set(present)], participle: [...new Set(participle)] };
}

/**
 * Compiles the quote data through the text layer's normaliser; the KB gives nisba countries and organisation sectors.
 * @example
 *   const lex = compileQuoteLexicon(loadQuoteData(), res.text, res.kb);
 *   lex.verbs.get(lex.key('قالت'))?.verb.lemma // 'قال'
 */
export function compileQuoteLexicon(data: QuoteData, text: TextResources, kb: KnowledgeBase | null): QuoteLexicon {
  const key = (s: string): string => text.normaliser.key(s);
  const phrase = (s: string): string[] => tokenise(text.normaliser.normalise(s)).map((t) => t.norm);
  const verbs = new Map<string, CueForm>();
  for (const v of data.verbs) {
    const { past, present, participle } = verbForms(v, data);
    const verb: CueVerb = {
      lemma: v.past, frames: new Set(v.frames), preps: (v.preps ?? []).map(key), relay: v.relay === true, objectFirst: v.objectFirst === true,
      onlyAfterMa: v.onlyAfterMa === true, proDropObject: v.proDropObject === true, next: (v.next ?? []).map(key),
      strictForms: v.strict ? new Set([...past, ...present, ...participle]) : null,
      notBefore: (v.notBefore ?? []).map(key),
    };
    const put = (f: string, form: CueForm): void => {
      const k = key(f);
      const had = verbs.get(k);
      if (!had || (had.pronoun && !form.pronoun) || (had.form === 'participle' && form.form === 'finite')) verbs.set(k, form);
    };
    for (const f of participle) put(f, { verb, form: 'participle', past: false, pronoun: false });
    for (const [forms, isPast] of [[present, false], [past, true]] as const) {
      for (const f of forms) {
        put(f, { verb, form: 'finite', past: isPast, pronoun: false });
        // with an object pronoun, the ending written as before a suffix (نفى → نفاه، قالوا → قالوه)
        const ending = Object.keys(data.beforePronoun).find((e) => f.endsWith(e));
        const base = ending === undefined ? f : f.slice(0, -ending.length) + data.beforePronoun[ending];
        for (const p of data.objectPronouns) put(base + p, { verb, form: 'finite', past: isPast, pronoun: true });
      }
    }
  }
  const according = new Map<string, AccordingCue>();
  for (const a of data.according) {
    according.set(key(a.word), { word: a.word, prep: a.prep ? key(a.prep) : null, ma: a.ma === true, relay: a.relay === true });
  }
  const marks = new Map<string, string>();
  for (const m of data.quoteMarks) marks.set(m.open, m.close);
  const sp = data.speakers;
  const sources = new PhraseTable(
    sp.sources.flatMap((s) => s.forms.map((f) => ({ keys: phrase(f), value: { sector: s.sector, role: s.role, placeless: s.placeless === true } }))),
  );
  const table = (list: readonly string[]): PhraseTable<null> => new PhraseTable(list.map((f) => ({ keys: phrase(f), value: null })));
  const modifiers = new Map<string, Sector | null>();
  for (const m of sp.modifiers) for (const f of m.forms) modifiers.set(key(f), m.sector);
  const article = key(text.clitics.article);
  const backReference = new Map<string, BackReference>();
  for (const b of sp.backReference) {
    const k = key(b.word);
    backReference.set(k, { bare: k.startsWith(article) ? k.slice(article.length) : k, kinds: new Set(b.kinds), sector: b.sector ?? null });
  }
  // countries and their capitals stand for governments (قالت واشنطن، دانت دمشق)
  const government = new Set<string>();
  for (const e of kb?.entries.values() ?? []) {
    if (e.kind === 'country') { government.add(e.id); if (e.capital) government.add(e.capital); }
  }
  const entryOf = (ref: string) => kb?.entries.get(ref);
  const prepositions = new Set(text.clitics.prepositions.map((c) => c.form));
  return Object.freeze({
    key,
    verbs,
    objectPronouns: data.objectPronouns.map(key).sort((a, b) => b.length - a.length),
    impersonal: new Set(data.impersonal.map(key)),
    according,
    ma: key(data.ma),
    words: {
      relayFrom: key(data.words.relayFrom), dative: key(data.words.dative),
      in: key(data.words.in), thatBeing: key(data.words.thatBeing),
    },
    complementizers: new Set(data.complementizers.words.map(key)),
    complementPrefixes: data.complementizers.prefixes.map(key),
    complementPrefixesWithNone: ['', ...data.complementizers.prefixes.map(key)],
    complementPreps: new Set(data.complementizers.preps.map(key)),
    notAfter: new Set(data.complementizers.notAfter.map(key)),
    complementPronouns: data.complementizers.pronouns.map(key),
    marks,
    closers: new Set(data.quoteMarks.map((m) => m.close)),
    sources,
    modifiers,
    unnamed: table(sp.unnamed),
    affiliation: table(sp.affiliation),
    outsideAffiliation: new Set(sp.outsideAffiliation.map((x) => phrase(x).join(' '))),
    backReference,
    channels: new PhraseTable(sp.channels.flatMap((c) => c.forms.map((f) => ({ keys: phrase(f), value: c.sector })))),
    descriptors: new Set(sp.descriptors.map(key)),
    titles: new Set(sp.titles.map(key)),
    demonstratives: new Set(sp.demonstratives.map(key)),
    quantifiers: table(sp.quantifiers),
    relatives: new Set(sp.relatives.map(key)),
    auxiliaries: new Set(sp.auxiliaries.map(key)),
    adjunctPreps: new Set(data.zone.adjunctPreps.map(key)),
    fillers: table(data.zone.fillers),
    links: table(data.zone.links),
    directions: table(data.zone.directions),
    relayNouns: new Set(data.zone.relayNouns.map(key)),
    platforms: new Set(data.zone.platforms.map(key)),
    maxZone: data.zone.maxZone,
    maxSpeaker: data.zone.maxSpeaker,
    viaKinds: new Set(data.via.kinds),
    conjunctions: text.clitics.conjunctions.map((c) => c.form),
    prepositions: text.clitics.prepositions.map((c) => c.form),
    article,
    attachedPreposition: (k: string): string | null => {
      const best = segment(k, text.clitics)[0];
      return best?.proclitics.find((p) => prepositions.has(p)) ?? null;
    },
    nisbaCountry: (k: string): string | null => {
      if (!kb) return null;
      const node = walk(kb.nisba, [k]);
      const id = node?.refs[0]?.id;
      return id ? (kb.entries.get(id)?.country ?? null) : null;
    },
    sectorOf: (ref: string): Sector | null => entryOf(ref)?.sector ?? null,
    kindOf: (ref: string): string | null => entryOf(ref)?.kind ?? null,
    isGovernmentPlace: (ref: string): boolean => government.has(ref),
  } satisfies QuoteLexicon);
}

/** Loads data/quotes/cues.json and compiles it. */
export function loadQuoteLexicon(text: TextResources, kb: KnowledgeBase | null, dataDir?: string): QuoteLexicon {
  return compileQuoteLexicon(loadQuoteData(dataDir), text, kb);
}
