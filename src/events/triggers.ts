// Event triggers: the lexicon compiled from data/events/triggers.json, and the finder that reads a document with it.
import { phraseKeys } from '../kb/compile.js';
import type { Segments } from '../kb/matcher.js';
import type { CliticLexicon, TextResources } from '../text/index.js';
import type { Sentence, Span, Token } from '../text/types.js';
import { conjugate, declineNoun, type GrammaticalNumber, type Tense, type Voice, type VerbFormName } from './morphology.js';
import {
  PLOVER_TYPES, verbSpecOf, type ConditionData, type PloverType, type RuleData, type Stance, type TriggerData,
} from './schema.js';
import { bareKey, makePeeler, NeighbourWord, readings, WordTrie, type Peeler, type Reading, WordCache, type WordNode } from './words.js';

/** A cue word or phrase in the text. */
export interface CueSpan extends Span {
  text: string;
}

/** A word or phrase that may report an event of a PLOVER type; arguments come later. */
export interface TriggerCandidate extends Span {
  /** The trigger's words without peeled proclitics (a pronoun suffix stays inside). */
  text: string;
  tokenStart: number;
  tokenEnd: number;
  /** Index of the sentence in the document's `sentences` layer. */
  sentence: number;
  type: PloverType;
  mode: string | null;
  cameo: string | null;
  /** The lexicon entry: a verb's citation form (اعتقل), a noun (غارة) or a phrase (وقف إطلاق النار). */
  lemma: string;
  pos: 'verb' | 'noun';
  /** Told by the letters (قيل، قوتل), by tashkeel (قُتل), or by تم/يتم before a verbal noun; absent when unknown. */
  voice?: Voice;
  tense?: Tense;
  person?: 1 | 2 | 3;
  number?: GrammaticalNumber;
  gender?: 'm' | 'f';
  /** Proclitics peeled off the first word (و، ف، س، ب، ال …). */
  proclitics: readonly string[];
  confidence: number;
  /** Set by the triggers stage (see stance.ts). */
  stance?: Stance;
  stanceCue?: CueSpan | null;
}

interface CompiledCondition {
  readonly side: 'before' | 'after' | 'around' | 'self';
  readonly within: number;
  /** One-word entries: exact keys, prefixes (`x*`) and proclitics (`+ب`). */
  readonly exact: ReadonlySet<string>;
  readonly prefixes: readonly string[];
  readonly proclitics: ReadonlySet<string>;
  /** Entries of several words, as sequences of parts. */
  readonly phrases: readonly (readonly Part[])[];
  readonly self?: 'definite' | 'indefinite' | 'enclitic' | 'no-enclitic' | 'verb' | 'noun';
}

interface Part {
  readonly kind: 'exact' | 'prefix' | 'proclitic';
  readonly key: string;
}

interface CompiledRule {
  readonly require: readonly CompiledCondition[];
  readonly forbid: readonly CompiledCondition[];
}

interface Variant {
  readonly type: PloverType | undefined;
  readonly mode: string | null | undefined;
  readonly cameo: string | undefined;
  readonly confidence: number | undefined;
  readonly rules: readonly CompiledRule[];
}

/** One meaning of a lexicon entry. */
export interface TriggerSense {
  readonly index: number;
  /** Where it comes from, for messages: `verbs[12]`. */
  readonly source: string;
  readonly lemma: string;
  readonly type: PloverType;
  readonly mode: string | null;
  readonly cameo: string | null;
  readonly en: string;
  readonly form: VerbFormName | null;
  readonly rules: readonly CompiledRule[];
  readonly variants: readonly Variant[];
  readonly confidence: number;
}

/** A sense reached through one written form, with what the form tells. */
interface FormHit {
  readonly sense: TriggerSense;
  readonly pos: 'verb' | 'noun';
  readonly tense?: Tense;
  readonly voice?: Voice;
  readonly person?: 1 | 2 | 3;
  readonly number?: GrammaticalNumber;
  readonly gender?: 'm' | 'f' | null;
  readonly definite?: boolean;
  readonly beforeEnclitic?: boolean;
}

/** The compiled trigger lexicon (immutable; build with compileTriggers). */
export interface TriggerLexicon {
  readonly trie: WordTrie<FormHit>;
  readonly senses: readonly TriggerSense[];
  readonly types: ReadonlyMap<PloverType, { readonly cameo: string | null; readonly en: string }>;
  readonly peeler: Peeler;
  /** The text layer's clitic lexicon, for the Segments of a document. */
  readonly clitics: CliticLexicon;
  readonly nounContext: ReadonlySet<string>;
  readonly windowStops: ReadonlySet<string>;
  /** Distinct lemmas (verbs, verbal nouns and nouns, phrases) and distinct written forms (keys), in all and per type. */
  readonly stats: {
    readonly lemmas: number;
    readonly forms: number;
    readonly byType: Readonly<Record<PloverType, { lemmas: number; forms: number }>>;
  };
}

const DEFAULT_CONFIDENCE = { verb: 0.8, noun: 0.7, phrase: 0.85 } as const;

function compileCondition(c: ConditionData, key: (s: string) => string[]): CompiledCondition {
  if ('self' in c) return { side: 'self', within: 0, exact: new Set(), prefixes: [], proclitics: new Set(), phrases: [], self: c.self };
  const [side, list] = 'before' in c ? (['before', c.before] as const) : 'after' in c ? (['after', c.after] as const) : (['around', c.around] as const);
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const proclitics = new Set<string>();
  const phrases: Part[][] = [];
  for (const w of list) {
    const parts = w.trim().split(/\s+/).map((part): Part => {
      if (part.startsWith('+')) return { kind: 'proclitic', key: key(part.slice(1)).join('') };
      if (part.endsWith('*')) return { kind: 'prefix', key: bareKey(key(part.slice(0, -1)).join('')) };
      return { kind: 'exact', key: bareKey(key(part).join('')) };
    });
    const only = parts[0] as Part;
    if (parts.length > 1) phrases.push(parts);
    else if (only.kind === 'exact') exact.add(only.key);
    else if (only.kind === 'prefix') prefixes.push(only.key);
    else proclitics.add(only.key);
  }
  return { side, within: c.within ?? 3, exact, prefixes, proclitics, phrases };
}

/**
 * Compiles the trigger data: every verb's forms are generated from its root and form (conjugate), every noun's from
 * its lemma and plurals (declineNoun), and all are keyed through the text layer's normaliser.
 * @example
 *   const lex = compileTriggers(loadTriggerData(), loadTextResources());
 *   lex.trie.has('اعتقلت') // true
 */
export function compileTriggers(data: TriggerData, text: TextResources): TriggerLexicon {
  // a single word's key is the normaliser's key; phrases go through the tokeniser like running text
  const memo = new Map<string, string>();
  const wordKey = (s: string): string => {
    let k = memo.get(s);
    if (k === undefined) memo.set(s, (k = text.normaliser.key(s)));
    return k;
  };
  const keysOf = (s: string): string[] => (/\s/.test(s) ? phraseKeys(s, text) : [wordKey(s)]);
  const one = (s: string): string => keysOf(s).join('');
  const rules = new Map<string, CompiledRule>();
  const compileRule = (r: RuleData): CompiledRule => ({
    require: (r.require ?? []).map((c) => compileCondition(c, keysOf)),
    forbid: (r.forbid ?? []).map((c) => compileCondition(c, keysOf)),
  });
  for (const [name, r] of Object.entries(data.rules)) rules.set(name, compileRule(r));
  const refs = (when: unknown): CompiledRule[] => {
    const list = Array.isArray(when) ? when : when === undefined ? [] : [when];
    return list.map((w) => (typeof w === 'string' ? (rules.get(w) as CompiledRule) : compileRule(w as RuleData)));
  };
  const types = new Map<PloverType, { cameo: string | null; en: string }>();
  for (const t of PLOVER_TYPES) types.set(t, data.types[t] as { cameo: string | null; en: string });

  const trie = new WordTrie<FormHit>();
  const senses: TriggerSense[] = [];
  const byType = Object.fromEntries(PLOVER_TYPES.map((t) => [t, { forms: new Set<string>() }])) as Record<PloverType, { forms: Set<string> }>;
  const all = new Set<string>();
  const lemmaSet = new Set<string>();
  const typeLemmas = Object.fromEntries(PLOVER_TYPES.map((t) => [t, new Set<string>()])) as Record<PloverType, Set<string>>;
  const countLemma = (type: PloverType, pos: string, lemma: string): void => {
    lemmaSet.add(`${pos}:${lemma}`);
    typeLemmas[type].add(`${pos}:${lemma}`);
  };
  type SenseData = TriggerData['verbs'][number] | TriggerData['nouns'][number] | TriggerData['phrases'][number];
  const sense = (e: SenseData, source: string, lemma: string, form: VerbFormName | null, pos: keyof typeof DEFAULT_CONFIDENCE): TriggerSense => {
    const s: TriggerSense = {
      index: senses.length, source, lemma, type: e.type, mode: e.mode ?? null,
      cameo: e.cameo ?? types.get(e.type)?.cameo ?? null, en: e.en, form, rules: refs(e.when),
      variants: (e.variants ?? []).map((v) => ({ type: v.type, mode: v.mode, cameo: v.cameo, confidence: v.confidence, rules: refs(v.when) })),
      confidence: e.confidence ?? DEFAULT_CONFIDENCE[pos],
    };
    senses.push(s);
    return s;
  };
  const put = (keys: string[], hit: FormHit): void => {
    if (keys.length === 0) return;
    trie.add(keys, hit);
    const k = keys.join(' ');
    all.add(k);
    byType[hit.sense.type].forms.add(k);
  };
  type NounData = { lemma: string; plural?: string[] | undefined; dual?: boolean | undefined; number?: 'pl' | undefined };
  const addNouns = (s: TriggerSense, n: NounData, exclude: ReadonlySet<string>): void => {
    countLemma(s.type, 'noun', n.lemma);
    const options = { ...(n.dual === undefined ? (n.lemma.includes(' ') ? { dual: false } : {}) : { dual: n.dual }), ...(n.number === 'pl' ? { plural: true } : {}) };
    for (const w of declineNoun(n.lemma, n.plural ?? [], options)) {
      if (exclude.has(w.word)) continue;
      put(keysOf(w.word), { sense: s, pos: 'noun', number: w.number, definite: w.definite });
    }
  };

  data.verbs.forEach((v, i) => {
    const s = sense(v, `verbs[${i}]`, v.lemma, v.form, 'verb');
    const exclude = new Set(v.exclude ?? []);
    countLemma(s.type, 'verb', v.lemma);
    for (const w of conjugate(verbSpecOf(v))) {
      if (exclude.has(w.word)) continue;
      put([one(w.word)], {
        sense: s, pos: 'verb', tense: w.tense, voice: w.voice, person: w.person, number: w.number, gender: w.gender,
        ...(w.beforeEnclitic ? { beforeEnclitic: true } : {}),
      });
    }
    for (const n of v.nouns ?? []) addNouns(s, n, exclude);
  });
  data.nouns.forEach((n, i) => {
    const s = sense(n, `nouns[${i}]`, n.lemma, null, 'noun');
    addNouns(s, n, new Set(n.exclude ?? []));
  });
  data.phrases.forEach((p, i) => {
    const variants = Array.isArray(p.words) ? p.words : [p.words];
    const s = sense(p, `phrases[${i}]`, variants[0] as string, null, 'phrase');
    countLemma(s.type, 'phrase', variants[0] as string);
    for (const w of variants) put(keysOf(w), { sense: s, pos: 'noun' });
  });

  return {
    trie,
    senses,
    types,
    peeler: makePeeler(text),
    clitics: text.clitics,
    nounContext: new Set(data.nounContext.map(one)),
    windowStops: new Set(data.windowStops.map((w) => text.normaliser.key(w))),
    stats: {
      lemmas: lemmaSet.size,
      forms: all.size,
      byType: Object.fromEntries(PLOVER_TYPES.map((t) => [t, { lemmas: typeLemmas[t].size, forms: byType[t].forms.size }])) as Record<PloverType, { lemmas: number; forms: number }>,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Finding

const PREPOSITIONS_BEFORE_NOUN = new Set(['ب', 'ك']);
const TANWIN = /[\u064B-\u064D]/;

/** The context a candidate's rules are checked in. */
interface Site {
  readonly segs: Segments;
  /** How each token is matched by rule words, computed once per document. */
  readonly neighbours: (NeighbourWord | undefined)[];
  readonly lex: TriggerLexicon;
  readonly sentence: Sentence;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly reading: Reading;
  readonly pos: 'verb' | 'noun';
  readonly definite: boolean;
}

function partMatches(part: Part, site: Site, j: number): boolean {
  const w = (site.neighbours[j] ??= new NeighbourWord(site.segs, j, site.lex.peeler));
  if (part.kind === 'proclitic') return w.proclitics.has(part.key);
  if (part.kind === 'prefix') return w.keys.some((k) => k.startsWith(part.key));
  return w.keys.includes(part.key);
}

/** Word tokens on one side of the trigger, nearest first, up to `within`, stopping at window stops and the sentence. */
function window(site: Site, side: 'before' | 'after', within: number): number[] {
  const { segs, sentence, lex } = site;
  const out: number[] = [];
  const step = side === 'before' ? -1 : 1;
  for (let j = side === 'before' ? site.tokenStart - 1 : site.tokenEnd; j >= sentence.tokenStart && j < sentence.tokenEnd && out.length < within; j += step) {
    const t = segs.tokens[j] as Token;
    if (t.kind === 'punct') {
      if (lex.windowStops.has(t.norm)) break;
      continue;
    }
    out.push(j);
  }
  return out;
}

function conditionHolds(c: CompiledCondition, site: Site): boolean {
  if (c.side === 'self') {
    switch (c.self) {
      case 'definite': return site.definite;
      case 'indefinite': return !site.definite;
      case 'enclitic': return site.reading.enclitic !== null;
      case 'no-enclitic': return site.reading.enclitic === null;
      case 'verb': return site.pos === 'verb';
      case 'noun': return site.pos === 'noun';
      default: return false;
    }
  }
  const sides: ('before' | 'after')[] = c.side === 'around' ? ['before', 'after'] : [c.side];
  for (const side of sides) {
    const js = window(site, side, c.within);
    for (const j of js) {
      const w = (site.neighbours[j] ??= new NeighbourWord(site.segs, j, site.lex.peeler));
      for (const k of w.keys) {
        if (c.exact.has(k)) return true;
        for (const p of c.prefixes) if (k.startsWith(p)) return true;
      }
      for (const p of c.proclitics) if (w.proclitics.has(p)) return true;
      for (const phrase of c.phrases) {
        let ok = true;
        for (let m = 0; m < phrase.length && ok; m++) {
          const at = j + m;
          ok = at < site.sentence.tokenEnd && partMatches(phrase[m] as Part, site, at);
        }
        if (ok) return true;
      }
    }
  }
  return false;
}

function rulesPass(rules: readonly CompiledRule[], site: Site): boolean {
  for (const r of rules) {
    if (r.require.length > 0 && !r.require.some((c) => conditionHolds(c, site))) return false;
    if (r.forbid.some((c) => conditionHolds(c, site))) return false;
  }
  return true;
}

/** Whether a hit can stand after the proclitics and before the enclitic of a reading. */
function compatible(h: FormHit, r: Reading): boolean {
  if (h.beforeEnclitic && r.enclitic === null) return false;
  const procs = r.proclitics;
  if (h.pos === 'noun') {
    if (procs.includes('س')) return false;
    if (h.definite && (r.article || r.enclitic !== null)) return false;
    return true;
  }
  // verbs: never after the article or ب/ك; after ل only an imperfect (ليعتقل); after س only an imperfect
  if (r.article) return false;
  if (procs.some((p) => PREPOSITIONS_BEFORE_NOUN.has(p))) return false;
  if ((procs.includes('ل') || procs.includes('س')) && h.tense !== 'present') return false;
  return true;
}

const DAMMA = 0x064f;
const FATHA = 0x064e;
const SHADDA = 0x0651;

/** The voice that tashkeel shows on a verb's first letter (قُتل، اُعتقل, يُقتل in forms I and V–X), if any. */
function voiceFromTashkeel(original: string, r: Reading, tense: Tense | undefined, form: VerbFormName | null): Voice | undefined {
  let i = r.start;
  if (tense === 'future') {
    i++; // the س
    while (i < r.end && original.charCodeAt(i) >= 0x064b && original.charCodeAt(i) <= 0x0652) i++;
  }
  if (tense === 'present' || tense === 'future') {
    if (form === 'II' || form === 'III' || form === 'IV' || form === 'Iq') return undefined;
  }
  for (let k = i + 1; k < r.end; k++) {
    const c = original.charCodeAt(k);
    if (c === SHADDA) continue;
    if (c === DAMMA) return 'passive';
    if (c === FATHA) return 'active';
    return undefined;
  }
  return undefined;
}

/** The features all of a sense's hits agree on. */
function agreed<K extends 'voice' | 'person' | 'number' | 'gender' | 'tense'>(hits: readonly FormHit[], k: K): FormHit[K] | undefined {
  const first = hits[0]?.[k];
  for (const h of hits) if (h[k] !== first) return undefined;
  return first ?? undefined;
}

const NO_MATCHES: Match[] = [];

interface Match {
  reading: Reading;
  node: WordNode<FormHit>;
  tokenEnd: number;
}

/** Every trie node reachable from the readings of token i, longest phrase first, then in reading order. */
function matchesAt(segs: Segments, lex: TriggerLexicon, i: number, sentenceEnd: number, cache: WordCache): Match[] {
  const rs = readings(segs, i, lex.trie, lex.peeler, cache);
  if (rs.length === 0) return NO_MATCHES;
  const out: Match[] = [];
  for (const r of rs) {
    const first = lex.trie.first(r.key) as WordNode<FormHit>;
    if (first.hits.length > 0) out.push({ reading: r, node: first, tokenEnd: i + 1 });
    let node: WordNode<FormHit> | undefined = first;
    // only a whole first word (or one with proclitics) begins a phrase; a pronoun suffix ends the noun phrase
    for (let j = i + 1; r.enclitic === null && node?.next && j < sentenceEnd; j++) {
      const u = segs.tokens[j] as Token;
      if (u.nl > 0) break;
      node = node.next.get(u.norm);
      if (!node) break;
      if (node.hits.length > 0) out.push({ reading: r, node, tokenEnd: j + 1 });
    }
  }
  // the longest phrase first; then the reading that peels least (سيعتقلون rather than س + يعتقلون)
  return out.sort((a, b) => b.tokenEnd - a.tokenEnd || a.reading.proclitics.length - b.reading.proclitics.length);
}

function previousWord(segs: Segments, i: number, from: number): Token | null {
  for (let j = i - 1; j >= from; j--) {
    const t = segs.tokens[j] as Token;
    if (t.kind !== 'punct') return t;
    return null;
  }
  return null;
}

/** Chooses the sense of token i, if any passes its rules, and builds the candidate. */
function candidateAt(
  segs: Segments, lex: TriggerLexicon, sentence: Sentence, i: number, neighbours: (NeighbourWord | undefined)[], cache: WordCache,
): TriggerCandidate | null {
  const matches = matchesAt(segs, lex, i, sentence.tokenEnd, cache);
  if (matches.length === 0) return null;
  const prev = previousWord(segs, i, sentence.tokenStart);
  const nounContext = prev !== null && lex.nounContext.has(prev.norm);
  for (const m of matches) {
    const r = m.reading;
    const hits = m.node.hits.filter((h) => compatible(h, r));
    if (hits.length === 0) continue;
    const hasVerb = hits.some((h) => h.pos === 'verb');
    const hasNoun = hits.some((h) => h.pos === 'noun');
    // tanwin (هجوماً، تحالفاً) is never on a verb
    const nounish = nounContext || r.article || (hasVerb && hasNoun && TANWIN.test(segs.n.original.slice(r.start, r.end)));
    const prefer: 'verb' | 'noun' = hasVerb && hasNoun ? (nounish ? 'noun' : 'verb') : hasVerb ? 'verb' : 'noun';
    // senses in data order, the preferred part of speech first
    const order = [...new Set(hits.map((h) => h.sense))].sort((a, b) => a.index - b.index);
    for (const pos of prefer === 'verb' ? (['verb', 'noun'] as const) : (['noun', 'verb'] as const)) {
      for (const s of order) {
        const own = hits.filter((h) => h.sense === s && h.pos === pos);
        if (own.length === 0) continue;
        const definite = r.article || own.every((h) => h.definite === true);
        const site: Site = { segs, neighbours, lex, sentence, tokenStart: i, tokenEnd: m.tokenEnd, reading: r, pos, definite };
        if (!rulesPass(s.rules, site)) continue;
        return build(segs, s, own, site, sentence);
      }
    }
  }
  return null;
}

function build(segs: Segments, s: TriggerSense, hits: readonly FormHit[], site: Site, sentence: Sentence): TriggerCandidate {
  const r = site.reading;
  let type = s.type;
  let mode = s.mode;
  let cameo = s.cameo;
  let confidence = s.confidence;
  for (const v of s.variants) {
    if (!rulesPass(v.rules, site)) continue;
    if (v.type) { type = v.type; cameo = site.lex.types.get(v.type)?.cameo ?? cameo; }
    if (v.mode !== undefined) mode = v.mode;
    if (v.cameo) cameo = v.cameo;
    if (v.confidence !== undefined) confidence = v.confidence;
    break;
  }
  const last = segs.tokens[site.tokenEnd - 1] as Token;
  const end = site.tokenEnd - 1 === site.tokenStart ? r.end : last.end;
  const c: TriggerCandidate = {
    start: r.start, end, text: segs.n.original.slice(r.start, end), tokenStart: site.tokenStart, tokenEnd: site.tokenEnd,
    sentence: sentence.index, type, mode, cameo, lemma: s.lemma, pos: site.pos, proclitics: r.proclitics, confidence,
  };
  if (site.pos === 'verb') {
    let tense = agreed(hits, 'tense');
    if (r.proclitics.includes('س')) tense = 'future';
    if (tense) c.tense = tense;
    const voice = agreed(hits, 'voice') ?? voiceFromTashkeel(segs.n.original, r, tense, s.form);
    if (voice) c.voice = voice;
    const person = agreed(hits, 'person');
    if (person) c.person = person;
    const gender = agreed(hits, 'gender');
    if (gender) c.gender = gender;
  }
  const number = agreed(hits, 'number');
  if (number) c.number = number;
  return c;
}

/**
 * Finds the trigger candidates of a document, sentence by sentence: one per word or phrase, the longest phrase
 * first, with the first sense (in data order) whose context rules pass. Adjacent words of one type (إبرام اتفاق،
 * مظاهرات احتجاجية) make one candidate; a verbal noun of the same type and mode just after a verb that already reports
 * it (ألقت الشرطة القبض) is dropped.
 * @example
 *   findTriggers(segs, sentences, lex).map((t) => [t.text, t.type, t.mode]) // [['اعتقلت', 'COERCE', 'arrest'], …]
 */
export function findTriggers(segs: Segments, sentences: readonly Sentence[], lex: TriggerLexicon): TriggerCandidate[] {
  const out: TriggerCandidate[] = [];
  const neighbours = new Array<NeighbourWord | undefined>(segs.tokens.length);
  const cache: WordCache = new WordCache();
  for (const s of sentences) {
    const found: TriggerCandidate[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const c = candidateAt(segs, lex, s, i, neighbours, cache);
      if (!c) continue;
      found.push(c);
      i = c.tokenEnd - 1;
    }
    out.push(...combine(found, segs));
  }
  return out;
}

const CONJUNCTIONS = new Set(['و', 'ف']);

function combine(found: readonly TriggerCandidate[], segs: Segments): TriggerCandidate[] {
  const out: TriggerCandidate[] = [];
  for (const c of found) {
    const prev = out[out.length - 1];
    const joined = c.proclitics.some((p) => CONJUNCTIONS.has(p));
    if (prev && prev.type === c.type && !joined) {
      if (prev.tokenEnd === c.tokenStart) {
        // one event told by two words: إبرام اتفاق، مظاهرات احتجاجية
        prev.end = c.end;
        prev.text = segs.n.original.slice(prev.start, c.end);
        prev.tokenEnd = c.tokenEnd;
        prev.mode ??= c.mode;
        prev.confidence = Math.max(prev.confidence, c.confidence);
        continue;
      }
      if (prev.pos === 'verb' && c.pos === 'noun' && prev.mode === c.mode && wordsBetween(segs, prev.tokenEnd, c.tokenStart) <= 4) {
        continue; // ألقت الشرطة القبض: the verb already reports it
      }
    }
    out.push(c);
  }
  return out;
}

/** Word tokens in [from, to), or Infinity when punctuation lies between. */
function wordsBetween(segs: Segments, from: number, to: number): number {
  let n = 0;
  for (let j = from; j < to; j++) {
    if ((segs.tokens[j] as Token).kind === 'punct') return Infinity;
    n++;
  }
  return n;
}
