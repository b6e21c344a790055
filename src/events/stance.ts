// Stance: whether a trigger's event is asserted, negated, planned, attempted or hypothetical, from the cues that govern it.
import { phraseKeys } from '../kb/compile.js';
import type { Segments } from '../kb/matcher.js';
import type { TextResources } from '../text/index.js';
import type { Sentence, Token } from '../text/types.js';
import { conjugate, type Tense } from './morphology.js';
import { verbSpecOf, type Stance, type StanceData, type VerbRefData } from './schema.js';
import { findTriggers, type CueSpan, type TriggerCandidate, type TriggerLexicon } from './triggers.js';
import { makePeeler, readings, WordTrie, type Peeler, WordCache, type WordNode } from './words.js';

type Head = 'any' | 'verb' | 'present' | 'past' | 'noun';

/** What a stance word or phrase does. */
type Role =
  | { readonly role: 'particle'; readonly stance: Stance | null; readonly head: Head; readonly clauseStart: boolean; readonly triggerOnly: boolean }
  | { readonly role: 'governor'; readonly stance: Stance | null; readonly negatable: boolean; readonly linkers: ReadonlySet<string> | null; readonly adjacent: boolean }
  | { readonly role: 'carrier' }
  | { readonly role: 'opener' }
  | { readonly role: 'boundary' }
  | { readonly role: 'blocker' }
  | { readonly role: 'post'; readonly stance: Stance; readonly within: number; readonly nounOnly: boolean }
  | { readonly role: 'backref'; readonly stance: Stance }
  | { readonly role: 'futureTime' }
  | { readonly role: 'exceptive' }
  | { readonly role: 'complementizer' }
  | { readonly role: 'parenthetical' }
  | { readonly role: 'verbParticle' }
  | { readonly role: 'preposition' };

interface StanceHit {
  readonly what: Role;
  readonly pos: 'verb' | 'noun';
  readonly tense?: Tense;
}

/** The compiled stance lexicon (immutable; build with compileStance). */
export interface StanceLexicon {
  readonly trie: WordTrie<StanceHit>;
  readonly peeler: Peeler;
  readonly punct: ReadonlySet<string>;
  readonly comma: ReadonlySet<string>;
  readonly limits: StanceData['limits'];
  /** The longest cue phrase, in words. */
  readonly maxWords: number;
  /** The prepositions written as proclitics (ب ل ك). */
  readonly procliticPrepositions: ReadonlySet<string>;
  /** First words (keys) of the back-references and of the future-time phrases. */
  readonly backrefFirst: ReadonlySet<string>;
  readonly futureFirst: ReadonlySet<string>;
}

/** Everything the events layer reads: the trigger lexicon and the stance lexicon. */
export interface EventLexicon {
  readonly triggers: TriggerLexicon;
  readonly stance: StanceLexicon;
}

/**
 * Compiles the stance cues: verbs (نفى، حاول، اعتزم، قام، قال …) are generated in all their forms like the triggers,
 * single words also with the article, phrases as written.
 */
export function compileStance(data: StanceData, text: TextResources): StanceLexicon {
  const trie = new WordTrie<StanceHit>();
  let maxWords = 1;
  const memo = new Map<string, string>();
  const wordKey = (s: string): string => {
    let k = memo.get(s);
    if (k === undefined) memo.set(s, (k = text.normaliser.key(s)));
    return k;
  };
  const keysOf = (s: string): string[] => {
    const k = /\s/.test(s) ? phraseKeys(s, text) : [wordKey(s)];
    if (k.length > maxWords) maxWords = k.length;
    return k;
  };
  const addWords = (list: readonly string[] | undefined, what: Role): void => {
    for (const w of list ?? []) {
      const keys = keysOf(w);
      trie.add(keys, { what, pos: 'noun' });
      if (keys.length === 1 && !w.startsWith('ال') && w.length > 2) {
        trie.add(keysOf(`ال${w}`), { what, pos: 'noun' });
        if (!/[ةاىءي]$/.test(w)) trie.add(keysOf(`${w}ا`), { what, pos: 'noun' }); // دليلاً
      }
    }
  };
  const addVerbs = (list: readonly VerbRefData[] | undefined, what: Role): void => {
    for (const v of list ?? []) {
      const exclude = new Set(v.exclude ?? []);
      for (const f of conjugate(verbSpecOf(v), { firstSingular: true })) {
        if (!exclude.has(f.word)) trie.add(keysOf(f.word), { what, pos: 'verb', tense: f.tense });
      }
    }
  };
  for (const p of data.particles) {
    const what: Role = { role: 'particle', stance: p.stance, head: p.head ?? 'any', clauseStart: p.clauseStart ?? false, triggerOnly: p.triggerOnly ?? false };
    for (const w of p.words) trie.add(keysOf(w), { what, pos: 'noun' });
  }
  for (const g of data.governors) {
    const linkers = g.linkers ? new Set(g.linkers.map((l) => keysOf(l).join(' '))) : null;
    const what: Role = { role: 'governor', stance: g.stance, negatable: g.negatable ?? false, linkers, adjacent: g.adjacent ?? false };
    addVerbs(g.verbs, what);
    addWords(g.words, what);
  }
  addVerbs(data.carriers.verbs, { role: 'carrier' });
  addWords(data.carriers.words, { role: 'carrier' });
  const b = data.boundaries;
  addVerbs(b.openers.verbs, { role: 'opener' });
  addWords(b.openers.words, { role: 'opener' });
  addWords(b.words, { role: 'boundary' });
  addWords(b.complementizers, { role: 'complementizer' });
  addWords(b.parentheticals, { role: 'parenthetical' });
  addWords(b.verbParticles, { role: 'verbParticle' });
  addWords(b.prepositions, { role: 'preposition' });
  addWords(data.blockers, { role: 'blocker' });
  for (const p of data.post) addWords(p.words, { role: 'post', stance: p.stance, within: p.within, nounOnly: p.nounOnly ?? false });
  for (const r of data.backrefs) addWords(r.words, { role: 'backref', stance: r.stance });
  addWords(data.futureTime, { role: 'futureTime' });
  // the first words of the phrases looked for in a whole clause, to skip the other words without a lookup
  const firsts = (list: readonly string[]): Set<string> => {
    const set = new Set<string>();
    for (const w of list) {
      const k = keysOf(w)[0] as string;
      set.add(k);
      if (k.length > 2 && !k.startsWith('ال')) set.add(`ال${k}`);
    }
    return set;
  };
  const backrefFirst = firsts(data.backrefs.flatMap((r) => r.words));
  const futureFirst = firsts(data.futureTime);
  addWords(data.exceptive, { role: 'exceptive' });
  const key = (s: string): string => text.normaliser.key(s);
  return {
    trie,
    peeler: makePeeler(text),
    punct: new Set(b.punct.map(key)),
    comma: new Set(b.comma.map(key)),
    limits: data.limits,
    maxWords,
    backrefFirst,
    futureFirst,
    procliticPrepositions: new Set(text.clitics.prepositions.map((p) => p.form)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading a sentence

/** A stance word or phrase found in a sentence. */
interface Cue {
  readonly hits: readonly StanceHit[];
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly start: number;
  readonly end: number;
  readonly proclitics: readonly string[];
  readonly tense: Tense | undefined;
  readonly pos: 'verb' | 'noun';
}

/**
 * The stance words of one document, looked up lazily (only around triggers) and remembered: the longest cue that
 * starts at a token, and the longest that ends at one.
 */
class Cues {
  readonly #start: (Cue | null | undefined)[];
  readonly #cache = new WordCache();

  constructor(
    readonly segs: Segments,
    readonly lex: StanceLexicon,
  ) {
    this.#start = new Array<Cue | null | undefined>(segs.tokens.length);
  }

  /** The longest cue that begins at token i. */
  startingAt(i: number): Cue | undefined {
    let c = this.#start[i];
    if (c === undefined) c = this.#start[i] = this.#find(i);
    return c ?? undefined;
  }

  /** The longest cue that ends at token j and begins at or after `from`. */
  endingAt(j: number, from: number): Cue | undefined {
    for (let s = Math.max(from, j - this.lex.maxWords + 1); s <= j; s++) {
      const c = this.startingAt(s);
      if (c && c.tokenEnd - 1 === j) return c;
    }
    return undefined;
  }

  #find(i: number): Cue | null {
    const { segs, lex } = this;
    const rs = readings(segs, i, lex.trie, lex.peeler, this.#cache);
    let best: Cue | null = null;
    for (const r of rs) {
      let node: WordNode<StanceHit> | undefined = lex.trie.first(r.key);
      for (let j = i + 1; node; j++) {
        if (node.hits.length > 0 && (!best || j > best.tokenEnd)) {
          // a particle or a clause word takes no pronoun suffix and no preposition (كلاهما is not لا، بما is not ما)
          const bare = r.enclitic === null && !r.proclitics.some((p) => lex.procliticPrepositions.has(p));
          const hits = node.hits.filter((h) => (h.pos === 'noun' || !r.article) && (bare || h.pos === 'verb' || WORDY.has(h.what.role)));
          if (hits.length > 0) {
            const last = segs.tokens[j - 1] as Token;
            let tense = hits.find((h) => h.tense)?.tense;
            if (tense === 'present' && r.proclitics.includes('س')) tense = 'future';
            best = {
              hits, tokenStart: i, tokenEnd: j, start: r.start, end: j - 1 === i ? r.end : last.end, proclitics: r.proclitics, tense,
              pos: hits.some((h) => h.pos === 'verb') ? 'verb' : 'noun',
            };
          }
        }
        if (r.enclitic !== null || !node.next || j >= segs.tokens.length) break;
        const u = segs.tokens[j] as Token;
        if (u.nl > 0) break;
        node = node.next.get(u.norm);
      }
    }
    return best;
  }
}

/** One sentence as the stance rules read it: its cues (lazily) and its triggers, by first and last token. */
interface SentenceView {
  readonly segs: Segments;
  readonly sentence: Sentence;
  readonly lex: EventLexicon;
  readonly cues: Cues;
  readonly triggerAt: Map<number, TriggerCandidate>;
  readonly triggerEndingAt: Map<number, TriggerCandidate>;
}

function view(sentence: Sentence, lex: EventLexicon, triggers: readonly TriggerCandidate[], cues: Cues): SentenceView {
  const triggerAt = new Map<number, TriggerCandidate>();
  const triggerEndingAt = new Map<number, TriggerCandidate>();
  for (const t of triggers) {
    if (t.sentence !== sentence.index) continue;
    triggerAt.set(t.tokenStart, t);
    triggerEndingAt.set(t.tokenEnd - 1, t);
  }
  return { segs: cues.segs, sentence, lex, cues, triggerAt, triggerEndingAt };
}

/** Roles whose words may carry a pronoun suffix or a preposition (نفيه، لمحاولة، بتهمة). */
const WORDY: ReadonlySet<Role['role']> = new Set(['governor', 'carrier', 'opener']);

const role = <R extends Role['role']>(c: Cue | undefined, r: R): Extract<Role, { role: R }> | undefined =>
  c?.hits.find((h) => h.what.role === r)?.what as Extract<Role, { role: R }> | undefined;

const CONJUNCTIONS = new Set(['و', 'ف']);
const hasConjunction = (procs: readonly string[]): boolean => procs.some((p) => CONJUNCTIONS.has(p));

/** A stance found for a trigger, with the words that tell it. */
interface Found {
  stance: Stance;
  cue: CueSpan;
}

const span = (segs: Segments, start: number, end: number): CueSpan => ({ start, end, text: segs.n.original.slice(start, end) });
const cueSpan = (v: SentenceView, c: Cue): CueSpan => span(v.segs, c.start, c.end);

/** The link of the chain from the trigger to the cues that may govern it. */
interface ChainHead {
  pos: 'verb' | 'noun' | 'particle';
  tense: Tense | undefined;
  isTrigger: boolean;
  governor: Extract<Role, { role: 'governor' }> | null;
  /** Index in `found` of the governor's own stance, when it gave one. */
  governorFound: number;
  /** First token of the head, and the proclitics it carries. */
  start: number;
  proclitics: readonly string[];
}

function headFits(h: ChainHead, need: Head): boolean {
  switch (need) {
    case 'any': return true;
    case 'verb': return h.pos === 'verb';
    case 'present': return h.pos === 'verb' && h.tense === 'present';
    case 'past': return h.pos === 'verb' && h.tense === 'past';
    case 'noun': return h.pos === 'noun';
  }
}

/** Whether a comma at token j lets a governor on its left reach the right: أن after it, or a parenthetical. */
function commaOpen(v: SentenceView, j: number, rightEdge: number): 'complement' | 'parenthetical' | null {
  const next = v.cues.startingAt(j + 1);
  if (role(next, 'complementizer')) return 'complement';
  if (role(next, 'parenthetical')) {
    const { segs, lex } = v;
    for (let k = j + 2; k < Math.min(rightEdge, j + 2 + lex.stance.limits.parenthetical); k++) {
      if (lex.stance.comma.has((segs.tokens[k] as Token).norm)) return 'parenthetical';
    }
  }
  return null;
}

/**
 * Whether j is a verb the lexicon does not know: after لم، لن، قد، سوف, or a 3rd person imperfect after a particle
 * or أن (أن يربك، لا يعرف). Such a verb, not the trigger, is what the cues before it govern.
 */
function unknownVerb(v: SentenceView, j: number): boolean {
  if (v.cues.startingAt(j) !== undefined || v.triggerAt.has(j)) return false;
  const prev = v.cues.endingAt(j - 1, v.sentence.tokenStart);
  if (!prev) return false;
  if (role(prev, 'verbParticle')) return true;
  const particle = role(prev, 'particle');
  if (particle && particle.head !== 'any' && particle.head !== 'noun') return true;
  if (!particle && !role(prev, 'complementizer')) return false;
  // only ي: a word after أن that begins with ت or ن is as often a noun (أن تنظيمي، أن تركيا)
  const w = (v.segs.tokens[j] as Token).norm;
  return w.length > 3 && w.charCodeAt(0) === YA && !w.startsWith('ال');
}

const YA = 0x064a;

/**
 * Whether the head of the chain (token `at`, with its proclitics) is introduced by a linker: the head carries it
 * (بإسقاط، لتدريب) or the word just before it is one (على تدريب، إلى وقف، أن يتم).
 */
function linked(v: SentenceView, governorEnd: number, at: number, procs: readonly string[], verb: boolean, linkers: ReadonlySet<string>): boolean {
  let introduced = procs.some((p) => linkers.has(p));
  let j = at - 1;
  if (!introduced) {
    while (j >= governorEnd && (v.segs.tokens[j] as Token).kind === 'punct') j--;
    // a verb heads a clause: «على أن التنظيمين تحالفا» — skip its subject back to the complementizer
    if (verb) {
      let k = j;
      for (let n = 0; k >= governorEnd && n < 6 && !role(v.cues.startingAt(k), 'complementizer') && !linkers.has((v.segs.tokens[k] as Token).norm); k--) {
        if ((v.segs.tokens[k] as Token).kind !== 'punct') n++; // «داعش» و«القاعدة»: quotes do not count
      }
      if (k >= governorEnd && role(v.cues.startingAt(k), 'complementizer')) {
        if (linkers.has((v.segs.tokens[k] as Token).norm)) return true;
        j = k - 1;
        while (j >= governorEnd && (v.segs.tokens[j] as Token).kind === 'punct') j--;
      }
    }
    if (j < governorEnd || !linkers.has((v.segs.tokens[j] as Token).norm)) return false;
    introduced = true;
    j--;
  }
  // the complement is the first word introduced after the governor: توعدت بالرد على اغتيال → بالرد, not اغتيال
  for (; j >= governorEnd; j--) {
    const t = v.segs.tokens[j] as Token;
    if (linkers.has(t.norm)) return false;
    for (const s of v.segs.at(j)) if (s.proclitics.some((p) => linkers.has(p))) return false;
  }
  return introduced;
}

/** Whether token k, or k without a conjunction و/ف, is one of `firsts` (a cheap filter before a cue lookup). */
function mayStart(v: SentenceView, k: number, firsts: ReadonlySet<string>): boolean {
  const w = (v.segs.tokens[k] as Token).norm;
  if (firsts.has(w)) return true;
  const c = w.charCodeAt(0);
  return (c === WAW || c === FA) && firsts.has(w.slice(1));
}

const WAW = 0x0648;
const FA = 0x0641;

/** The word token just after token `at` (punctuation skipped), or -1. */
function after(v: SentenceView, at: number): number {
  for (let j = at + 1; j < v.sentence.tokenEnd; j++) if ((v.segs.tokens[j] as Token).kind !== 'punct') return j;
  return -1;
}

/** The word token just before token `at` (punctuation skipped), or -1. */
function before(v: SentenceView, at: number): number {
  for (let j = at - 1; j >= v.sentence.tokenStart; j--) if ((v.segs.tokens[j] as Token).kind !== 'punct') return j;
  return -1;
}

/** Scans left from the trigger through the chain of carriers and governors; returns where the clause begins. */
function scanLeft(v: SentenceView, t: TriggerCandidate, found: Found[]): number {
  const { segs, sentence, lex } = v;
  const limits = lex.stance.limits;
  let head: ChainHead = { pos: t.pos, tense: t.tense, isTrigger: true, governor: null, governorFound: -1, start: t.tokenStart, proclitics: t.proclitics };
  if (t.pos === 'verb' && hasConjunction(t.proclitics)) return t.tokenStart; // و + verb opens its own clause
  let gap = 0;
  // the last preposition passed since the head was set (-1: none): what lies behind it is an adjunct
  let crossed = -1;
  const pending: number[] = [];
  /** The crossing, resolving the words that may carry a preposition (the nearest to the head first). */
  const crossing = (): number => {
    while (crossed < 0 && pending.length > 0) {
      const k = pending.shift() as number;
      if (segs.at(k).some((s) => s.proclitics.some((p) => lex.stance.procliticPrepositions.has(p)))) crossed = k;
    }
    return crossed;
  };
  let atComma = { crossed, gap };
  let j = t.tokenStart - 1;
  for (; j >= sentence.tokenStart; ) {
    const tok = segs.tokens[j] as Token;
    const cue = v.cues.endingAt(j, sentence.tokenStart);
    if (role(cue, 'blocker')) { j = (cue as Cue).tokenStart - 1; gap++; continue; }
    if (tok.kind === 'punct') {
      if (lex.stance.punct.has(tok.norm)) break;
      if (lex.stance.comma.has(tok.norm)) {
        const open = commaOpen(v, j, t.tokenStart);
        if (open === null) break;
        // «نفى، في بيان رسمي، أن …»: the words between the commas are neither a gap nor a crossing
        if (open === 'parenthetical') { crossed = atComma.crossed; gap = atComma.gap; pending.length = 0; }
        atComma = { crossed, gap };
      }
      j--;
      continue;
    }
    const other = v.triggerEndingAt.get(j);
    const gov = role(cue, 'governor');
    const particle = role(cue, 'particle');
    if (cue && particle) {
      const c = cue;
      const clauseOk = !particle.clauseStart || clauseStartsAt(v, c);
      const fits = headFits(head, particle.head) && (!particle.triggerOnly || (head.isTrigger && gap === 0)) && clauseOk;
      if (gap > 0 && fits && !particle.triggerOnly) break; // it negates a word the lexicon does not know
      if (fits && gap === 0) {
        if (particle.stance === 'negated') {
          if (head.governor?.stance === 'negated' && head.governorFound >= 0) found.splice(head.governorFound, 1); // لم ينفِ
          else found.push({ stance: 'negated', cue: cueSpan(v, c) });
        } else if (particle.stance) {
          found.push({ stance: particle.stance, cue: cueSpan(v, c) });
        }
        head = { pos: 'particle', tense: head.tense, isTrigger: false, governor: null, governorFound: -1, start: c.tokenStart, proclitics: c.proclitics };
      } else {
        gap++;
      }
      j = c.tokenStart - 1;
      continue;
    }
    if (cue && gov) {
      const c = cue;
      crossing();
      const through = crossed < 0 || (gov.linkers !== null && crossed === before(v, head.start) && gov.linkers.has((segs.tokens[crossed] as Token).norm));
      if (!through || (gov.adjacent && gap > 0)) break;
      if (gov.linkers === null || linked(v, c.tokenEnd, head.start, head.proclitics, head.pos === 'verb', gov.linkers)) {
        let at = -1;
        if (gov.stance) {
          at = found.length;
          found.push({ stance: gov.stance, cue: cueSpan(v, c) });
        }
        if (c.tense === 'future') found.push({ stance: 'planned', cue: cueSpan(v, c) });
        head = { pos: c.pos, tense: c.tense, isTrigger: false, governor: gov, governorFound: at, start: c.tokenStart, proclitics: c.proclitics };
        gap = 0;
        crossed = -1;
        pending.length = 0;
        if (c.pos === 'verb' && hasConjunction(c.proclitics)) { j = c.tokenStart - 1; break; }
        j = c.tokenStart - 1;
        continue;
      }
      if (other) break;
      gap++;
      j = c.tokenStart - 1;
      continue;
    }
    if (cue && role(cue, 'carrier')) {
      const c = cue;
      if (crossing() >= 0) break;
      if (c.tense === 'future') found.push({ stance: 'planned', cue: cueSpan(v, c) });
      head = { pos: c.pos, tense: c.tense, isTrigger: false, governor: null, governorFound: -1, start: c.tokenStart, proclitics: c.proclitics };
      gap = 0;
      j = c.tokenStart - 1;
      if (c.pos === 'verb' && hasConjunction(c.proclitics)) break;
      continue;
    }
    if (cue && (role(cue, 'opener') || role(cue, 'boundary'))) break;
    if (other) {
      // اعتقال وتعذيب: a noun joined by و shares what governs the noun before it
      if (head.isTrigger && head.pos === 'noun' && other.pos === 'noun' && hasConjunction(t.proclitics) && gap === 0) {
        head = { pos: 'noun', tense: undefined, isTrigger: true, governor: null, governorFound: -1, start: other.tokenStart, proclitics: other.proclitics };
        j = other.tokenStart - 1;
        continue;
      }
      break;
    }
    if (unknownVerb(v, j)) break;
    if (role(cue, 'preposition')) {
      // على أن، في أن: a preposition that introduces a clause is part of the governor's complement
      if (crossed < 0 && !role(v.cues.startingAt(after(v, j)), 'complementizer')) crossed = j;
    } else if (crossed < 0 && lex.stance.procliticPrepositions.has(tok.norm.charAt(0))) {
      pending.push(j); // بالقرب، لأراضي: a preposition written on the word, checked only if a governor is reached
    }
    if (cue) { j = cue.tokenStart - 1; gap++; } else { j--; gap++; }
    if (gap > limits.gap) break;
  }
  return j + 1;
}

/**
 * Whether a cue opens its sentence or a clause joined by و/ف (not after a comma: «، ما كان» is the relative
 * «which»).
 */
function clauseStartsAt(v: SentenceView, c: Cue): boolean {
  if (hasConjunction(c.proclitics)) return true;
  for (let j = c.tokenStart - 1; j >= v.sentence.tokenStart; j--) {
    const prev = v.segs.tokens[j] as Token;
    if (prev.kind === 'punct' && !v.lex.stance.comma.has(prev.norm)) continue; // quotes, a dash
    return prev.norm === 'و' || prev.norm === 'ف';
  }
  return true;
}

/** Scans right from the trigger: negations after it, a predicate that carries its tense, an exception. */
function scanRight(v: SentenceView, t: TriggerCandidate, found: Found[], flags: { exceptive: boolean }): number {
  const { segs, sentence, lex } = v;
  const limits = lex.stance.limits;
  let words = 0;
  let k = t.tokenEnd;
  for (; k < sentence.tokenEnd; ) {
    const tok = segs.tokens[k] as Token;
    if (tok.kind === 'punct') {
      if (lex.stance.punct.has(tok.norm) || lex.stance.comma.has(tok.norm)) break;
      k++;
      continue;
    }
    const cue = v.cues.startingAt(k);
    const post = role(cue, 'post');
    if (cue && post && words < post.within && (!post.nounOnly || t.pos === 'noun')) {
      found.push({ stance: post.stance, cue: cueSpan(v, cue) });
      k = cue.tokenEnd;
      words++;
      continue;
    }
    const back = role(cue, 'backref');
    if (cue && back) {
      found.push({ stance: back.stance, cue: cueSpan(v, cue) });
      break;
    }
    if (cue && role(cue, 'exceptive') && words <= limits.exceptiveAfter) flags.exceptive = true;
    if (cue && role(cue, 'carrier') && t.pos === 'noun' && cue.pos === 'verb' && words <= limits.carrierAfter && !hasConjunction(cue.proclitics)) {
      // تدريب المقاتلين سيبدأ، الهجوم لم يقع: the noun is the subject of the carrier
      if (cue.tense === 'future') found.push({ stance: 'planned', cue: cueSpan(v, cue) });
      const before = v.cues.endingAt(k - 1, sentence.tokenStart);
      const neg = role(before, 'particle');
      if (before && neg?.stance === 'negated' && (!neg.clauseStart || clauseStartsAt(v, before))) found.push({ stance: 'negated', cue: cueSpan(v, before) });
      k = cue.tokenEnd;
      break;
    }
    if (v.triggerAt.has(k)) break;
    if (cue && (role(cue, 'opener') || role(cue, 'boundary') || (cue.pos === 'verb' && role(cue, 'governor')))) break;
    words++;
    k = cue ? cue.tokenEnd : k + 1;
  }
  return k;
}

/**
 * A back-reference that denies this trigger's event later in its sentence, or at the start of the next one (…
 * تحالفاً، قال «لا نلاحظ ذلك»), when no other event is told between them.
 */
function laterDenial(v: SentenceView, t: TriggerCandidate, from: number): Found | null {
  const { segs, sentence, lex } = v;
  for (const other of v.triggerAt.values()) if (other.tokenStart > t.tokenStart && other.tokenStart < from) return null;
  for (let k = from; k < sentence.tokenEnd; k++) {
    if (v.triggerAt.has(k)) return null;
    if (!mayStart(v, k, lex.stance.backrefFirst)) continue;
    const c = v.cues.startingAt(k);
    if (!c) continue;
    const back = role(c, 'backref');
    if (back) return { stance: back.stance, cue: span(segs, c.start, c.end) };
    k = c.tokenEnd - 1;
  }
  const limit = lex.stance.limits.nextSentence;
  const to = Math.min(segs.tokens.length, sentence.tokenEnd + limit);
  for (let k = sentence.tokenEnd; k < to; k++) {
    if (!mayStart(v, k, lex.stance.backrefFirst) && v.cues.startingAt(k) === undefined) continue;
    const c = v.cues.startingAt(k);
    if (!c) continue;
    const back = role(c, 'backref');
    if (back) return { stance: back.stance, cue: span(segs, c.start, c.end) };
    if (role(c, 'carrier') || role(c, 'governor')) return null;
    k = c.tokenEnd - 1;
  }
  return null;
}

const PRIORITY: readonly Stance[] = ['negated', 'hypothetical', 'planned', 'attempted'];

function decide(t: TriggerCandidate, v: SentenceView): { stance: Stance; cue: CueSpan | null } {
  const found: Found[] = [];
  if (t.tense === 'future') {
    const { original } = v.segs.n;
    let s = t.start;
    let e = t.start + 1;
    if (t.proclitics.includes('س')) {
      s = t.start - 1;
      while (s > 0 && original.charCodeAt(s) >= 0x064b && original.charCodeAt(s) <= 0x0652) s--;
      e = t.start;
    }
    found.push({ stance: 'planned', cue: span(v.segs, s, e) });
  }
  const from = scanLeft(v, t, found);
  const flags = { exceptive: false };
  const to = scanRight(v, t, found, flags);
  if (t.tense !== 'past') {
    for (let j = from; j < to; j++) {
      if (!mayStart(v, j, v.lex.stance.futureFirst)) continue;
      const c = v.cues.startingAt(j);
      if (c && role(c, 'futureTime')) { found.push({ stance: 'planned', cue: cueSpan(v, c) }); break; }
    }
  }
  if (!found.some((f) => f.stance === 'negated')) {
    const later = laterDenial(v, t, to);
    if (later) found.push(later);
  }
  const usable = flags.exceptive ? found.filter((f) => f.stance !== 'negated') : found;
  for (const s of PRIORITY) {
    const f = usable.find((x) => x.stance === s);
    if (f) return { stance: s, cue: f.cue };
  }
  return { stance: 'asserted', cue: null };
}

/**
 * The stance of one trigger, from the cues that govern it within its clause: negations (لم، لن، لا، ليس، عدم …)
 * directly before it or before the light verb that carries it (لم تشن القوات غارات), a third party's denial or
 * doubt (نفى، شكك في، لا دليل على) over its complement, plans (س/سوف، يعتزم، من المقرر، اتفاق على), attempts (حاول،
 * سعى، محاولة) and conditions or possibilities (إذا، لو، قد + imperfect، ربما، في حال). A cue does not reach across a
 * clause boundary (؛ . لكن، بل، a relative pronoun, a reporting verb, و + verb) nor past another event word that it
 * governs instead. When cues of several stances govern it, negated > hypothetical > planned > attempted.
 * @example
 *   stanceOf(trigger, segs, sentences[trigger.sentence], lexicon) // { stance: 'negated', cue: { text: 'لم', … } }
 */
export function stanceOf(
  trigger: TriggerCandidate,
  segs: Segments,
  sentence: Sentence,
  lexicon: EventLexicon,
  triggers: readonly TriggerCandidate[] = findTriggers(segs, [sentence], lexicon.triggers),
): { stance: Stance; cue: CueSpan | null } {
  return decide(trigger, view(sentence, lexicon, triggers, new Cues(segs, lexicon.stance)));
}

/** Sets `stance` and `stanceCue` on every trigger, reading each sentence once. */
export function assignStances(triggers: TriggerCandidate[], segs: Segments, sentences: readonly Sentence[], lexicon: EventLexicon): TriggerCandidate[] {
  const cues = new Cues(segs, lexicon.stance);
  let k = 0;
  while (k < triggers.length) {
    const s = (triggers[k] as TriggerCandidate).sentence;
    let e = k;
    while (e < triggers.length && (triggers[e] as TriggerCandidate).sentence === s) e++;
    const group = triggers.slice(k, e);
    const v = view(sentences[s] as Sentence, lexicon, group, cues);
    for (const t of group) {
      const r = decide(t, v);
      t.stance = r.stance;
      t.stanceCue = r.cue;
    }
    k = e;
  }
  return triggers;
}
