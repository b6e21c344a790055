// The zod schemas of data/events/triggers.json and data/events/stance.json.
import { z } from 'zod';
import { citationForm, conjugate, VERB_FORMS, type VerbSpec } from './morphology.js';

/** The 19 PLOVER event types (../shared/gold/FORMAT.md). */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'INVESTIGATE', 'DEMAND', 'DISAPPROVE',
  'REJECT', 'THREATEN', 'PROTEST', 'CRIME', 'MOBILIZE', 'COERCE', 'ASSAULT', 'FIGHT', 'SANCTION',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export const STANCES = ['asserted', 'negated', 'planned', 'attempted', 'hypothetical'] as const;
export type Stance = (typeof STANCES)[number];

const word = z.string().min(1);
const words = z.array(word).min(1);
const cameo = z.string().regex(/^\d\d$/, 'a CAMEO root code is two digits');
const TASHKEEL = /[\u064B-\u0652\u0670\u0640]/g;

/** The morphology of a verb as data: root letters separated by spaces, the form, and what the form does not tell. */
const VerbMorphology = z.object({
  lemma: word,
  root: z.string().regex(/^\S( \S){2,3}$/, 'write the root as 3 or 4 letters separated by spaces, e.g. "ع ق ل"'),
  form: z.enum(VERB_FORMS),
  imperfect: z.enum(['a', 'i', 'u']).optional(),
  pastI: z.boolean().optional(),
  class: z.enum(['sound', 'geminate', 'hollow', 'defective', 'assimilated']).optional(),
  stems: z.object({ past: word, present: word }).strict().optional(),
  /** Written forms not to generate: they are other words too often (فجر the dawn, قاتل the killer). */
  exclude: z.array(word).optional(),
});
type VerbMorphologyData = z.infer<typeof VerbMorphology>;

export function verbSpecOf(v: VerbMorphologyData): VerbSpec {
  return {
    root: v.root.split(' '),
    form: v.form,
    ...(v.imperfect ? { imperfect: v.imperfect } : {}),
    ...(v.pastI ? { pastI: v.pastI } : {}),
    ...(v.class ? { class: v.class } : {}),
    ...(v.stems ? { stems: v.stems } : {}),
  };
}

/** Checks that the generator accepts the root and form and that its citation form is the lemma written in the file. */
function checkVerb(v: VerbMorphologyData, ctx: z.RefinementCtx): void {
  let cited: string;
  try {
    const spec = verbSpecOf(v);
    conjugate(spec);
    cited = citationForm(spec);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: `cannot conjugate ${v.lemma}: ${(err as Error).message}`, path: ['form'] });
    return;
  }
  if (cited !== v.lemma.replace(TASHKEEL, '')) {
    ctx.addIssue({
      code: 'custom',
      message: `root ${v.root} in form ${v.form} gives ${cited}, not ${v.lemma}: fix the root, form, imperfect or class`,
      path: ['lemma'],
    });
  }
}

const Side = z.object({ within: z.int().min(1).max(12).optional() });
/**
 * A condition on the words around a trigger: any of `words` within `within` word tokens before / after / on either
 * side (default 3), or a property of the trigger word itself. Words match with the article and proclitics peeled;
 * `x*` matches every word that begins with x; `+ب` matches a word that carries the proclitic ب.
 */
export const ConditionSchema = z.union([
  Side.extend({ before: words }).strict(),
  Side.extend({ after: words }).strict(),
  Side.extend({ around: words }).strict(),
  z.object({ self: z.enum(['definite', 'indefinite', 'enclitic', 'no-enclitic', 'verb', 'noun']) }).strict(),
]);
export type ConditionData = z.infer<typeof ConditionSchema>;

/** A context rule: passes when any `require` condition holds (or there is none) and no `forbid` condition does. */
export const RuleSchema = z
  .object({
    $comment: z.string().optional(),
    require: z.array(ConditionSchema).min(1).optional(),
    forbid: z.array(ConditionSchema).min(1).optional(),
  })
  .strict();

const RuleRef = z.union([z.string().min(1), RuleSchema]);
const RuleRefs = z.union([RuleRef, z.array(RuleRef).min(1)]);

const Sense = {
  type: z.enum(PLOVER_TYPES),
  mode: z.string().min(1).nullable().optional(),
  cameo: cameo.optional(),
  en: z.string().min(1),
  /** Rules that must all pass for the word to be this trigger. */
  when: RuleRefs.optional(),
  /** Context-dependent refinements: the first variant whose rules pass changes type, mode or cameo. */
  variants: z
    .array(
      z.object({ type: z.enum(PLOVER_TYPES).optional(), mode: z.string().min(1).nullable().optional(), cameo: cameo.optional(), confidence: z.number().min(0).max(1).optional(), when: RuleRefs }).strict(),
    )
    .optional(),
  confidence: z.number().min(0).max(1).optional(),
  note: z.string().optional(),
};

const NounForms = z
  .object({
    lemma: word,
    plural: z.array(word).optional(),
    dual: z.boolean().optional(),
    /** `pl`: the lemma itself is a plural with no singular in the lexicon (مفاوضات، عقوبات): no dual is made. */
    number: z.literal('pl').optional(),
  })
  .strict();

export const VerbEntrySchema = VerbMorphology.extend({ ...Sense, nouns: z.array(NounForms).optional() })
  .strict()
  .superRefine(checkVerb);
export const NounEntrySchema = NounForms.extend({ ...Sense, exclude: z.array(word).optional() }).strict();
export const PhraseEntrySchema = z.object({ words: z.union([word, words]), ...Sense }).strict();

export const TriggerDataSchema = z
  .object({
    $comment: z.string().optional(),
    types: z.record(z.enum(PLOVER_TYPES), z.object({ cameo: cameo.nullable(), en: z.string().min(1) }).strict()),
    /** Words after which a form that is both a verb and a noun (قصف، تعاون) is read as the noun. */
    nounContext: words,
    /** Punctuation where a context window stops. */
    windowStops: words,
    rules: z.record(z.string(), RuleSchema),
    verbs: z.array(VerbEntrySchema),
    nouns: z.array(NounEntrySchema),
    phrases: z.array(PhraseEntrySchema),
  })
  .strict()
  .superRefine((data, ctx) => {
    for (const t of PLOVER_TYPES) {
      if (!(t in data.types)) ctx.addIssue({ code: 'custom', message: `type ${t} has no entry`, path: ['types'] });
    }
    const check = (refs: unknown, path: (string | number)[]): void => {
      const list = Array.isArray(refs) ? refs : refs === undefined ? [] : [refs];
      list.forEach((r, i) => {
        if (typeof r === 'string' && !(r in data.rules)) {
          ctx.addIssue({ code: 'custom', message: `unknown rule "${r}" (rules: ${Object.keys(data.rules).join(', ')})`, path: Array.isArray(refs) ? [...path, i] : path });
        }
      });
    };
    (['verbs', 'nouns', 'phrases'] as const).forEach((list) => {
      data[list].forEach((e, i) => {
        check(e.when, [list, i, 'when']);
        e.variants?.forEach((v, j) => check(v.when, [list, i, 'variants', j, 'when']));
      });
    });
  });
export type TriggerData = z.infer<typeof TriggerDataSchema>;
export type VerbEntryData = z.infer<typeof VerbEntrySchema>;
export type NounEntryData = z.infer<typeof NounEntrySchema>;
export type PhraseEntryData = z.infer<typeof PhraseEntrySchema>;
export type RuleData = z.infer<typeof RuleSchema>;

/** A verb given by its morphology, for the stance lexicon's governors, carriers and openers. */
export const VerbRefSchema = VerbMorphology.strict().superRefine(checkVerb);

const WordsAndVerbs = z
  .object({ note: z.string().optional(), verbs: z.array(VerbRefSchema).optional(), words: z.array(word).optional() })
  .strict();

export const StanceDataSchema = z
  .object({
    $comment: z.string().optional(),
    particles: z.array(
      z
        .object({
          note: z.string().optional(),
          words,
          stance: z.enum(STANCES).nullable(),
          /** What the word must govern directly: any head, a verb, an imperfect, a past verb, or a noun. */
          head: z.enum(['any', 'verb', 'present', 'past', 'noun']).optional(),
          /** Only at the start of a clause (ما the negation, not ما the relative). */
          clauseStart: z.boolean().optional(),
          /** Only on the trigger itself, never through a carrier (أي هجوم). */
          triggerOnly: z.boolean().optional(),
        })
        .strict(),
    ),
    governors: z.array(
      WordsAndVerbs.extend({
        stance: z.enum(STANCES).nullable(),
        /** Under a negation the governor negates what it governs (لا نرى، لا دليل على). */
        negatable: z.boolean().optional(),
        /** The complement must be introduced by one of these (a separate word or a proclitic). */
        linkers: words.optional(),
        /** Only on the word right after it (قانون التظاهر، متهمين بتهريب), never across other words. */
        adjacent: z.boolean().optional(),
      }).strict(),
    ),
    carriers: WordsAndVerbs,
    post: z.array(
      z.object({ note: z.string().optional(), words, stance: z.enum(STANCES), within: z.int().min(1).max(12), nounOnly: z.boolean().optional() }).strict(),
    ),
    backrefs: z.array(z.object({ note: z.string().optional(), words, stance: z.enum(STANCES) }).strict()),
    futureTime: words,
    blockers: words,
    exceptive: words,
    boundaries: z
      .object({
        punct: words,
        comma: words,
        words,
        openers: WordsAndVerbs,
        complementizers: words,
        parentheticals: words,
        /** Words after which an unknown word is a verb (لم يعلن): a verb the lexicon does not know stops a scope. */
        verbParticles: words,
        /** A governor or light verb does not reach a noun through a preposition that is not its own linker. */
        prepositions: words,
      })
      .strict(),
    limits: z
      .object({ gap: z.int().min(1), carrierAfter: z.int().min(1), exceptiveAfter: z.int().min(0), nextSentence: z.int().min(0), parenthetical: z.int().min(1) })
      .strict(),
  })
  .strict();
export type StanceData = z.infer<typeof StanceDataSchema>;
export type VerbRefData = z.infer<typeof VerbRefSchema>;

const SECTOR_CODES = ['GOV', 'MIL', 'COP', 'SPY', 'REB', 'INS', 'OPP', 'MED', 'CVL', 'CRM', 'JUD', 'IGO', 'NGO', 'BUS', 'REF'] as const;

/** data/events/arguments.json: the words that introduce an event's actors, place, quantity and casualties. */
export const ArgumentDataSchema = z
  .object({
    $comment: z.string().optional(),
    /** Types whose two sides act alike (تنسيق بين X و Y): a compound source is also the target. */
    symmetricTypes: z.array(z.enum(PLOVER_TYPES)),
    /** Light verbs with an object pronoun that open a relative clause after a verbal noun (غارة شنتها قوات …). */
    relativeLightVerbs: words,
    /** Trigger lemmas of accusation (اتهم): their object is the doer of the verbal noun after ب. */
    accusers: words,
    /** Types of what is said about others (اتهامات، انتقادات): a speaker who announces or rejects one is not its doer. */
    statementTypes: z.array(z.enum(PLOVER_TYPES)),
    /** Armed readings of a role noun that has two (المعارضة: OPP or REB), taken in an article of war … */
    armedSectors: z.array(z.enum(SECTOR_CODES)),
    /** Phrases of consequence: a death after one of them is the work of the deed told before (أسفر عن مقتل). */
    resultPhrases: words,
    /** Demonstratives, looked through for the preposition before a noun (بهذا الهجوم). */
    demonstratives: words,
    /** Phrases of control after the places attacked (مناطق تسيطر عليها …): the holder named after them is the target. */
    controlPhrases: words,
    /** … one that tells at least this many attacks and fights. */
    warEvents: z.int().min(1),
    /** Possessive pronouns on a verbal noun (اتفاقهما، إدانته): its doer is the subject of the clause. */
    pronounSuffixes: words,
    /** Types told of one violent incident, which share their sides from sentence to sentence (غارة … مقتل … القصف). */
    conflictTypes: z.array(z.enum(PLOVER_TYPES)),
    /** How many sentences back an event without a source (target) looks for the same incident's sides. */
    carrySentences: z.int().min(0).max(5),
    /** Types whose verbal noun takes its object in the genitive (اعتقال المتظاهرين) unless the genitive is a force. */
    objectTypes: z.array(z.enum(PLOVER_TYPES)),
    /** Types whose verbal noun reads a force in the genitive as the doer (قصف الجيش، اعتقال الشرطة). */
    forceDoerTypes: z.array(z.enum(PLOVER_TYPES)),
    /** Sectors read as the doer when they follow a verbal noun of an object type (قصف الجيش). */
    forceSectors: z.array(z.enum(SECTOR_CODES)),
    /** Sectors of the state that take the document's country when the words give none (السلطات، الشرطة). */
    localSectors: z.array(z.enum(SECTOR_CODES)),
    /** Of those, the state's: they take the country of the words around them, not of the event's place. */
    stateSectors: z.array(z.enum(SECTOR_CODES)),
    /** Speakers of these sectors report events; they are not read as the events' actors. */
    reporterSectors: z.array(z.enum(SECTOR_CODES)),
    /** Attribution cues (بحسب، وفق): their speaker reports, and is no actor of the events told. */
    attributionCues: words,
    /** Generic person nouns that give way to a more specific noun right after them (أشخاص متهمين). */
    personSectors: z.array(z.enum(SECTOR_CODES)),
    /** Sectors of members who take the country of the side named after them with ل (مقاتل للمعارضة السورية). */
    memberSectors: z.array(z.enum(SECTOR_CODES)),
    targetPreps: words,
    targetClitics: words,
    /** How many words after the trigger a clitic target (ل) may start. */
    targetCliticWithin: z.int().min(1).max(10),
    partnerPreps: words,
    between: words,
    /** Other prepositions: an actor after one of them is neither subject nor object. */
    otherPreps: words,
    /** Prepositions that join a member noun to its organisation (مقاتلين من «جماعة خراسان»). */
    affiliationPreps: words,
    agentPhrases: words,
    locationPreps: words,
    locationClitics: words,
    subjectGap: words,
    pronounSubjects: words,
    headNouns: words,
    /** Counted nouns of people: a number with one of them is an actor (أربعة آخرين، ستة مدنيين). */
    countedPeople: z.partialRecord(z.enum(SECTOR_CODES), words),
    /**
     * The sides a type has when the words name none, by sector, in the country of the event's place (protesters are
     * citizens who protest to their government): read as implied, at lower confidence.
     */
    defaultSides: z.partialRecord(z.enum(PLOVER_TYPES), z.object({ source: z.enum(SECTOR_CODES).optional(), target: z.enum(SECTOR_CODES).optional() }).strict()),
    /** Types whose missing side is the other party of the document's fighting (the dyad the article tells). */
    dyadTypes: z.array(z.enum(PLOVER_TYPES)),
    /** One person named alone next to a casualty word is a count of one (قُتل شخص، مقتل فلسطيني، وأصيب آخر). */
    onePerson: words,
    clauseStops: words,
    /** Relative pronouns: they close the clause on the left of a trigger, not on its right. */
    relatives: words,
    windowStops: words,
    /** A sentence that ends with one of these asks: its events are not asserted. */
    questionMarks: words,
    quantityNouns: z.object({ exclude: words }).strict(),
    casualties: z
      .object({
        dead: words,
        injured: words,
        within: z.int().min(1).max(6),
        /** Words whose count stands before them, further away (لقي 20 عنصراً من الميليشيا مصرعهم). */
        deadBack: words,
        backWithin: z.int().min(1).max(12),
      })
      .strict(),
    /** A week-long date is reported at month precision (the contract has day, month and year). */
    weekAsMonth: z.boolean(),
  })
  .strict();
export type ArgumentData = z.infer<typeof ArgumentDataSchema>;
