// Arabic numbers: digits and number words (compounds, scales, approximations) with their counted noun.
import { z } from 'zod';
import { loadDataFile } from '../data/load.js';
import { DataError } from '../errors.js';
import type { Normaliser } from './normalise.js';
import type { CountedNoun, NumberSpan, Token } from './types.js';

const DATA_FILE = 'text/numbers.json';

const word = z.string().min(1).regex(/^\S+$/, 'a single word without spaces');
const phrase = z.string().min(1);
const common = {
  forms: z.array(word).min(1),
  /** Spellings with the article (الثلاثة) that still count. */
  articleForms: z.array(word).optional(),
  rejectIfOriginalHas: z.array(z.string().min(1)).optional(),
};

const NumberWordSchema = z.discriminatedUnion('role', [
  z.strictObject({
    role: z.literal('unit'),
    value: z.number().int().min(0).max(10),
    teenTail: z.boolean().optional(),
    approximate: z.boolean().optional(),
    ...common,
  }),
  z.strictObject({ role: z.literal('teenHead'), value: z.union([z.literal(1), z.literal(2)]), ...common }),
  z.strictObject({ role: z.literal('ten'), value: z.number().int().min(20).max(90).multipleOf(10), ...common }),
  z.strictObject({
    role: z.literal('hundred'),
    value: z.number().int().min(100).max(900).multipleOf(100),
    approximate: z.boolean().optional(),
    ...common,
  }),
  z.strictObject({
    role: z.literal('scale'),
    value: z.number().int().min(1000),
    count: z.enum(['one', 'two', 'many']),
    approximate: z.boolean().optional(),
    ...common,
  }),
]);

export const NumberDataSchema = z.strictObject({
  $comment: z.string().optional(),
  words: z.array(NumberWordSchema).min(1),
  /** The definite article as written at the start of articleForms (ال). */
  article: word,
  proclitics: z.array(
    z.strictObject({ form: word, conjunction: z.boolean().optional(), withArticle: word.optional() }),
  ),
  procliticExclusions: z.array(word),
  conjunctions: z.array(word),
  qualifiersBefore: z.array(phrase),
  qualifiersAfter: z.array(phrase),
  percent: z.array(phrase).min(1),
  percentNorm: z.string().min(1),
  stopWords: z.array(word),
});
export type NumberData = z.infer<typeof NumberDataSchema>;

/** Reads and validates data/text/numbers.json. */
export function loadNumberData(dataDir?: string): NumberData {
  return loadDataFile(DATA_FILE, NumberDataSchema, dataDir);
}

export type NumberRole = 'unit' | 'teenHead' | 'ten' | 'hundred' | 'scale';

/** One number word, as compiled. */
export interface NumberWord {
  readonly role: NumberRole;
  readonly value: number;
  /** عشر/عشرة: closes a teen after a unit or a teen head. */
  readonly teenTail: boolean;
  /** Units: always approximate (عشرات). Hundreds and scales: approximate when they begin the number (آلاف). */
  readonly approximate: boolean;
  /** Scales only: singular, dual or plural. */
  readonly count: 'one' | 'two' | 'many' | null;
  /** Characters of the original token that show it is another word with the same key. */
  readonly rejectIfOriginalHas: readonly string[];
}

/** What a token key means: the number word and how it was written. */
export interface NumberHit {
  readonly word: NumberWord;
  /** A proclitic was stripped to find the word. */
  readonly prefixed: boolean;
  /** The proclitic was a conjunction (و), so the word may continue a compound number. */
  readonly conjunction: boolean;
  /** Written with the article (الثلاثة). */
  readonly article: boolean;
}

/** A trie of phrases over token keys. */
export interface PhraseNode {
  readonly next: ReadonlyMap<string, PhraseNode>;
  /** A phrase ends here. */
  readonly end: boolean;
}

/** The compiled, immutable number lexicon; every map is keyed by normalised token keys. */
export interface NumberLexicon {
  readonly words: ReadonlyMap<string, NumberHit>;
  /** Prefixed readings hidden by a plain word with the same key (وأحد under واحد), used when the plain one is refused. */
  readonly shadowed: ReadonlyMap<string, NumberHit>;
  readonly conjunctions: ReadonlySet<string>;
  readonly qualifiersBefore: PhraseNode;
  readonly qualifiersAfter: PhraseNode;
  readonly percent: PhraseNode;
  readonly percentNorm: string;
  readonly stopWords: ReadonlySet<string>;
}

interface MutableNode {
  next: Map<string, MutableNode>;
  end: boolean;
}

function buildTrie(phrases: readonly string[], normaliser: Normaliser, firstWordVariants: (w: string) => string[]): PhraseNode {
  const root: MutableNode = { next: new Map(), end: false };
  for (const p of phrases) {
    const words = normaliser.key(p).split(/\s+/).filter((w) => w.length > 0);
    const [first, ...rest] = words;
    if (first === undefined) continue;
    for (const head of firstWordVariants(first)) {
      let node = root;
      for (const w of [head, ...rest]) {
        let child = node.next.get(w);
        if (!child) { child = { next: new Map(), end: false }; node.next.set(w, child); }
        node = child;
      }
      node.end = true;
    }
  }
  return freezeTrie(root);
}

function freezeTrie(node: MutableNode): PhraseNode {
  for (const child of node.next.values()) freezeTrie(child);
  return Object.freeze(node);
}

/**
 * Compiles the number data into maps keyed by normalised token keys. Proclitic and article variants are
 * expanded here, so that reading a token is a single Map lookup.
 * @example
 *   const lex = compileNumbers(loadNumberData(), createNormaliser());
 *   lex.words.get('وخمسمئه')?.word.value // 500
 */
export function compileNumbers(data: NumberData, normaliser: Normaliser): NumberLexicon {
  const key = (s: string): string => normaliser.key(s);
  const article = key(data.article);
  const excluded = new Set(data.procliticExclusions.map(key));
  const proclitics = data.proclitics.map((p) => ({
    form: key(p.form),
    conjunction: p.conjunction ?? false,
    withArticle: p.withArticle === undefined ? null : key(p.withArticle),
  }));

  const words = new Map<string, NumberHit>();
  const shadowed = new Map<string, NumberHit>();
  const base: Array<[string, NumberWord, boolean]> = [];
  for (const [i, w] of data.words.entries()) {
    const compiled: NumberWord = Object.freeze({
      role: w.role,
      value: w.value,
      teenTail: w.role === 'unit' ? (w.teenTail ?? false) : false,
      approximate: 'approximate' in w ? (w.approximate ?? false) : false,
      count: w.role === 'scale' ? w.count : null,
      rejectIfOriginalHas: Object.freeze([...(w.rejectIfOriginalHas ?? [])]),
    });
    const add = (form: string, isArticle: boolean): void => {
      const k = key(form);
      const prior = words.get(k);
      if (prior && prior.word !== compiled) {
        throw new DataError(`${DATA_FILE}: "${form}" (words.${i}) has the same key "${k}" as another number word`, { file: DATA_FILE });
      }
      const hit: NumberHit = Object.freeze({ word: compiled, prefixed: false, conjunction: false, article: isArticle });
      words.set(k, hit);
      base.push([k, compiled, isArticle]);
    };
    for (const f of w.forms) add(f, false);
    for (const f of w.articleForms ?? []) add(f, true);
  }
  // Prefixed variants never shadow a plain word (واحد stays one, not و + أحد).
  for (const [k, w, isArticle] of base) {
    for (const p of proclitics) {
      const forms = [p.form + k];
      if (isArticle && p.withArticle !== null && k.startsWith(article)) forms.push(p.withArticle + k.slice(article.length));
      for (const f of forms) {
        if (excluded.has(f)) continue;
        const hit: NumberHit = Object.freeze({ word: w, prefixed: true, conjunction: p.conjunction, article: isArticle });
        const plain = words.get(f);
        if (plain === undefined) words.set(f, hit);
        else if (!plain.prefixed && !shadowed.has(f)) shadowed.set(f, hit);
      }
    }
  }

  const withProclitics = (w: string): string[] => [w, ...proclitics.map((p) => p.form + w)];
  return Object.freeze({
    words,
    shadowed,
    conjunctions: new Set(data.conjunctions.map(key)),
    qualifiersBefore: buildTrie(data.qualifiersBefore, normaliser, withProclitics),
    qualifiersAfter: buildTrie(data.qualifiersAfter, normaliser, (w) => [w]),
    percent: buildTrie(data.percent, normaliser, (w) => [w]),
    percentNorm: data.percentNorm,
    stopWords: new Set(data.stopWords.map(key)),
  });
}

/** A digit token's value as an integer mantissa and a count of decimals (1.5 → 15, 1), so scaling stays exact. */
interface Decimal {
  mantissa: number;
  decimals: number;
}

function parseDigits(norm: string): Decimal | null {
  let mantissa = 0;
  let decimals = 0;
  let afterPoint = false;
  for (let k = 0; k < norm.length; k++) {
    const c = norm.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) {
      mantissa = mantissa * 10 + (c - 0x30);
      if (afterPoint) decimals++;
    } else if (c === 0x2e) afterPoint = true;
    else if (c !== 0x2c) return null;
  }
  return Number.isFinite(mantissa) ? { mantissa, decimals } : null;
}

const scaleDecimal = (d: Decimal, scale: number): number => (d.mantissa * scale) / 10 ** d.decimals;

/** The number words and digits read from one position. */
interface Reading {
  /** Token index just after the number. */
  end: number;
  value: number;
  approximate: boolean;
  digits: boolean;
  words: boolean;
}

const refused = (hit: NumberHit, tok: Token): boolean => hit.word.rejectIfOriginalHas.some((c) => tok.text.includes(c));

/** The number word a token stands for, or undefined. */
function lookup(tok: Token, lex: NumberLexicon): NumberHit | undefined {
  if (tok.kind !== 'arabic') return undefined;
  const hit = lex.words.get(tok.norm);
  if (hit === undefined || !refused(hit, tok)) return hit;
  const other = lex.shadowed.get(tok.norm);
  return other === undefined || refused(other, tok) ? undefined : other;
}

/**
 * Reads one number starting at token i: digits, or words in the order Arabic writes them
 * (ثلاثة آلاف وخمسمئة وخمسة وعشرون), or digits with a scale (1.5 مليون). Null when no number starts there.
 * The parts of a number stay on one line; a part that does not fit the number read so far ends it
 * (خمسة وعشرة are two numbers, خمسة وعشرون is one).
 */
function readNumber(tokens: readonly Token[], i: number, lex: NumberLexicon): Reading | null {
  let total = 0; // completed groups times their scales
  let lastScale = Infinity; // the smallest scale applied so far; a later one must be smaller
  // The group below the next scale: its value and which of its slots are filled.
  let group = 0;
  let groupDigits: Decimal | null = null;
  let hasH = false;
  let hasT = false;
  let hasU = false;
  let unitsValue = 0; // the units slot (3, or 13 after a teen)
  let plainUnit = 0; // 1–9 when the previous word was a bare unit, which عشر or مئة may extend
  let approximate = false;
  let digits = false;
  let words = false;
  let started = false;
  let end = i;
  const groupEmpty = (): boolean => !hasH && !hasT && !hasU && groupDigits === null;
  // Where the group after a scale began (before its و), to give it back when a scale it cannot take follows:
  // ثلاثة آلاف وعشرون ألفاً is 3000, then 20000.
  let groupFrom = -1;
  let flagsAtGroup = { approximate, digits, words };
  const beginGroupAfterScale = (at: number): void => {
    if (groupEmpty() && total > 0) { groupFrom = at; flagsAtGroup = { approximate, digits, words }; }
  };

  scan: for (let j = i; j < tokens.length; j = end) {
    let k = j;
    let conj = false;
    if (started) {
      const first = tokens[k] as Token;
      if (first.nl > 0) break;
      if (first.kind === 'arabic' && lex.conjunctions.has(first.norm)) {
        conj = true; // ثلاثة و عشرون
        k++;
        const after = tokens[k];
        if (after === undefined || after.nl > 0) break;
      }
    }
    const tok = tokens[k] as Token;

    if (tok.kind === 'number') {
      const d = parseDigits(tok.norm);
      if (d === null) break;
      const v = d.mantissa / 10 ** d.decimals;
      // After words, digits only fill an empty group after a scale: 3 ملايين و500 ألف.
      if (started && !(conj && d.decimals === 0 && groupEmpty() && total > 0 && v < lastScale)) break;
      if (started) beginGroupAfterScale(j);
      groupDigits = d; group = v; plainUnit = 0;
      digits = started = true;
      end = k + 1;
      continue;
    }

    const hit = lookup(tok, lex);
    if (hit === undefined) break;
    if (started) {
      if (hit.conjunction) {
        if (conj) break;
        conj = true;
      } else if (hit.prefixed) break; // بثلاثة only begins a number
      if (hit.article && hit.word.role !== 'scale') break; // الثلاثة only begins a number; عشرات الآلاف goes on
    }
    const w = hit.word;
    let next = k + 1;
    let unitAfter = 0;

    switch (w.role) {
      case 'unit':
      case 'teenHead': {
        let v = w.value;
        if (w.role === 'teenHead') {
          // أحد/إحدى/اثنا count only before عشر/عشرة (أحد المسؤولين is not a number).
          const tail = tokens[k + 1];
          const tailHit = tail !== undefined && tail.nl === 0 ? lookup(tail, lex) : undefined;
          if (tailHit === undefined || !tailHit.word.teenTail || tailHit.prefixed || tailHit.article) break scan;
          v += 10;
          next = k + 2;
        }
        if (!started) {
          group = v; hasU = true; unitsValue = v;
          if (w.role === 'unit' && v >= 1 && v <= 9) unitAfter = v;
        } else if (!conj && w.teenTail && plainUnit > 0 && !hasT) {
          group += 10; unitsValue += 10; // ثلاثة عشر
        } else if (conj && !hasU && !hasT && groupDigits === null) {
          beginGroupAfterScale(j);
          group += v; hasU = true; unitsValue = v; // مئة وخمسة
          if (w.role === 'unit' && v >= 1 && v <= 9) unitAfter = v;
        } else break scan;
        if (w.approximate) approximate = true;
        break;
      }
      case 'ten':
        if (!started) {
          group = w.value; hasT = true;
        } else if (conj && !hasT && groupDigits === null && (!hasU || (unitsValue >= 1 && unitsValue <= 9))) {
          beginGroupAfterScale(j);
          group += w.value; hasT = true; // خمسة وعشرون، مئة وعشرون
        } else break scan;
        break;
      case 'hundred':
        if (!started) {
          group = w.value; hasH = true;
          if (w.approximate) approximate = true; // مئات
        } else if (!conj && w.value === 100 && plainUnit > 0 && !hasH && !hasT) {
          group = unitsValue * 100; hasU = false; unitsValue = 0; hasH = true; // ثلاث مئة، بضع مئات
        } else if (conj && groupEmpty() && total > 0 && w.value < lastScale) {
          beginGroupAfterScale(j);
          group = w.value; hasH = true; // ألفين وخمسمائة
        } else break scan;
        break;
      case 'scale': {
        const times = w.count === 'two' ? 2 : 1;
        if (!started) {
          total = times * w.value; lastScale = w.value;
          if (w.approximate && w.count === 'many') approximate = true; // آلاف alone
        } else if (!conj && w.count !== 'two' && !groupEmpty() && w.value < lastScale) {
          // ثلاثة آلاف، مئة وخمسون ألفاً، 1.5 مليون
          total += groupDigits !== null ? scaleDecimal(groupDigits, w.value) : group * w.value;
          lastScale = w.value;
          group = 0; groupDigits = null; hasH = hasT = hasU = false; unitsValue = 0; groupFrom = -1;
        } else if (conj && w.count !== 'many' && groupEmpty() && total > 0 && w.value < lastScale) {
          total += times * w.value; lastScale = w.value; // مليون وألفان
        } else {
          if (!conj && groupFrom >= 0 && !groupEmpty() && w.value >= lastScale) {
            end = groupFrom;
            group = 0; groupDigits = null;
            ({ approximate, digits, words } = flagsAtGroup);
          }
          break scan;
        }
        break;
      }
    }
    plainUnit = unitAfter;
    words = started = true;
    end = next;
  }
  if (!started) return null;
  const value = total + group;
  if (!Number.isFinite(value)) return null;
  return { end, value, approximate, digits, words };
}

/** The token index just after the longest phrase of `trie` starting at token i, or -1. Phrases stay on one line. */
function matchPhrase(tokens: readonly Token[], i: number, trie: PhraseNode, sameLineAsPrevious: boolean): number {
  let node: PhraseNode | undefined = trie;
  let best = -1;
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.nl > 0 && (j > i || sameLineAsPrevious)) break;
    node = node.next.get(t.norm);
    if (node === undefined) break;
    if (node.end) best = j + 1;
  }
  return best;
}

/**
 * Finds the numbers of a text: digits (2000, 2,000, ١٫٥), number words (خمسة وعشرون، ثلاثة آلاف وخمسمئة),
 * digits with a scale (1.5 مليون), approximations (عشرات الآلاف، نحو 2000، ستة … على الأقل) and the noun
 * they count (2000 مقاتل، 20 في المئة → %).
 *
 * A span covers the number and a qualifier just before it (نحو 2000) or just after it (20 على الأقل); a
 * qualifier after the counted noun (ستة ألبان على الأقل) makes the number approximate without extending the
 * span over the noun. Digit groups of a date (2018/3/3) come out as separate numbers; the date layer claims them.
 * @example
 *   const tokens = tokenise(normaliser.normalise(text));
 *   findNumbers(tokens, lex, text) // [{ text: 'نحو 2000', value: 2000, approximate: true, noun: { text: 'مقاتل', … }, … }]
 */
export function findNumbers(tokens: readonly Token[], lex: NumberLexicon, original: string): NumberSpan[] {
  const out: NumberSpan[] = [];
  const slice = (a: number, b: number): string => original.slice((tokens[a] as Token).start, (tokens[b - 1] as Token).end);
  const nounOf = (a: number, b: number, norm: string): CountedNoun => {
    const start = (tokens[a] as Token).start;
    const end = (tokens[b - 1] as Token).end;
    return { start, end, text: original.slice(start, end), norm };
  };
  const sameLine = (p: number): boolean => p < tokens.length && (tokens[p] as Token).nl === 0;

  let i = 0;
  while (i < tokens.length) {
    const t0 = tokens[i] as Token;
    // Most tokens begin neither a number nor a qualifier: one Map lookup each rules them out.
    if (t0.kind !== 'number' && !(t0.kind === 'arabic' && (lex.words.has(t0.norm) || lex.qualifiersBefore.next.has(t0.norm)))) {
      i++;
      continue;
    }
    let numStart = i;
    let reading: Reading | null = null;
    const q = matchPhrase(tokens, i, lex.qualifiersBefore, false);
    if (q > 0 && sameLine(q)) {
      reading = readNumber(tokens, q, lex);
      if (reading !== null) numStart = q;
    }
    reading ??= readNumber(tokens, i, lex);
    if (reading === null) { i++; continue; }

    const qualifiers: string[] = [];
    if (numStart > i) qualifiers.push(slice(i, numStart));
    let spanEnd = reading.end;
    let noun: CountedNoun | null = null;

    const pct = sameLine(spanEnd) ? matchPhrase(tokens, spanEnd, lex.percent, true) : -1;
    if (pct > 0) {
      noun = nounOf(spanEnd, pct, lex.percentNorm); // 20 في المئة
      const after = sameLine(pct) ? matchPhrase(tokens, pct, lex.qualifiersAfter, true) : -1;
      if (after > 0) qualifiers.push(slice(pct, after));
    } else {
      const after = sameLine(spanEnd) ? matchPhrase(tokens, spanEnd, lex.qualifiersAfter, true) : -1;
      if (after > 0) {
        qualifiers.push(slice(spanEnd, after)); // 20 على الأقل
        spanEnd = after;
      }
      // %20: a percent sign written before the digits, touching them (and not closing an earlier number).
      const first = tokens[numStart] as Token;
      const prev = tokens[numStart - 1];
      const before = tokens[numStart - 2];
      if (
        numStart === i && first.kind === 'number' && first.nl === 0 && prev !== undefined && prev.end === first.start &&
        lex.percent.next.get(prev.norm)?.end === true &&
        !(before !== undefined && before.kind === 'number' && before.end === prev.start)
      ) {
        noun = nounOf(numStart - 1, numStart, lex.percentNorm);
      } else if (after < 0 && sameLine(spanEnd)) {
        const t = tokens[spanEnd] as Token;
        if (
          (t.kind === 'arabic' || t.kind === 'latin') &&
          !lex.stopWords.has(t.norm) &&
          lookup(t, lex) === undefined &&
          !lex.qualifiersBefore.next.has(t.norm)
        ) {
          noun = nounOf(spanEnd, spanEnd + 1, t.norm); // 2000 مقاتل
          const later = sameLine(spanEnd + 1) ? matchPhrase(tokens, spanEnd + 1, lex.qualifiersAfter, true) : -1;
          if (later > 0) qualifiers.push(slice(spanEnd + 1, later)); // ستة ألبان على الأقل
        }
      }
    }

    const start = (tokens[i] as Token).start;
    const end = (tokens[spanEnd - 1] as Token).end;
    out.push({
      start,
      end,
      text: original.slice(start, end),
      value: reading.value,
      approximate: reading.approximate || qualifiers.length > 0,
      qualifier: qualifiers.length > 0 ? qualifiers.join(' … ') : null,
      kind: reading.digits ? (reading.words ? 'mixed' : 'digits') : 'words',
      tokenStart: i,
      tokenEnd: spanEnd,
      noun,
    });
    i = spanEnd;
  }
  return out;
}
