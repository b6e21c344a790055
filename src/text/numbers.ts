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
        if (words.has(f) || excluded.has(f)) continue;
        words.set(f, Object.freeze({ word: w, prefixed: true, conjunction: p.conjunction, article: isArticle }));
      }
    }
  }

  const withProclitics = (w: string): string[] => [w, ...proclitics.map((p) => p.form + w)];
  return Object.freeze({
    words,
    conjunctions: new Set(data.conjunctions.map(key)),
    qualifiersBefore: buildTrie(data.qualifiersBefore, normaliser, withProclitics),
    qualifiersAfter: buildTrie(data.qualifiersAfter, normaliser, (w) => [w]),
    percent: buildTrie(data.percent, normaliser, (w) => [w]),
    percentNorm: data.percentNorm,
    stopWords: new Set(data.stopWords.map(key)),
  });
}

/** The token index just after the longest phrase of `trie` that starts at token i on the same line, or -1. */
function matchPhrase(tokens: readonly Token[], i: number, trie: PhraseNode): number {
  let node: PhraseNode | undefined = trie;
  let best = -1;
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.nl > 0) break;
    node = node.next.get(t.norm);
    if (node === undefined) break;
    if (node.end) best = j + 1;
  }
  return best;
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

/** The number word a token stands for, or undefined. */
function lookup(tok: Token, lex: NumberLexicon): NumberHit | undefined {
  if (tok.kind !== 'arabic') return undefined;
  const hit = lex.words.get(tok.norm);
  if (hit === undefined) return undefined;
  for (const c of hit.word.rejectIfOriginalHas) if (tok.text.includes(c)) return undefined;
  return hit;
}

