// The tagger's features: each unit (a text-layer token, or a CoNLL token) is described once from its key, its
// original word and its kind; a position's features are hashes of templates over itself and its neighbours (±2).
import type { KnowledgeBase } from '../kb/compile.js';
import { segment, type Segmentation } from '../text/clitics.js';
import type { TextResources } from '../text/index.js';
import type { TokenKind } from '../text/types.js';
import { CLUSTER_PREFIXES, type Clusters } from './clusters.js';
import { G_BITS, gazetteer } from './gazetteer.js';
import { fmix, hashString, mix } from './hash.js';

/** What the tagger reads of one unit. */
export interface Unit {
  /** The matching key (Token.norm). */
  readonly key: string;
  /** The original word (Token.text). */
  readonly word: string;
  readonly kind: TokenKind;
}

// Word-level hash slots of a described unit.
const H_KEY = 0;
const H_WORD = 1;
const H_BASE = 2;
const H_STEM = 3;
const H_PROC = 4;
const H_ENC = 5;
const H_SHAPE = 6;
const H_NISBA = 7;
const H_PRE1 = 8; // 8, 9, 10: key prefixes of 1-3 units
const H_SUF1 = 11; // 11, 12, 13: key suffixes
const H_BSUF2 = 14; // 14, 15: base suffixes of 2-3 units
const H_BPRE2 = 16; // 16, 17: stem prefixes of 2-3 units (after the article)
const SLOTS = 18;

/** A unit described for feature extraction; computed once per distinct (word, kind). */
export interface UnitDesc {
  readonly key: string;
  /** Readings of the key, best first (src/text/clitics.ts segment()). */
  readonly segs: readonly Segmentation[];
  /** The key without its clitics, the article kept (وبالصين → الصين). */
  readonly base: string;
  readonly h: Uint32Array;
  /** Cluster path ids of the key and of the base (-1: not in the cluster table). */
  readonly clKey: number;
  readonly clBase: number;
}

/** Everything the feature function needs besides the units; built once per tagging call or training run. */
export interface FeatureContext {
  readonly text: TextResources;
  readonly kb: KnowledgeBase;
  readonly clusters: Clusters;
  readonly known: (stemKey: string) => boolean;
  readonly article: string;
  /** Descriptions already computed, by word and kind (a cache local to one run, never shared between runs). */
  readonly memo: Map<string, UnitDesc>;
}

export function featureContext(text: TextResources, kb: KnowledgeBase, clusters: Clusters): FeatureContext {
  const article = text.clitics.article;
  return {
    text, kb, clusters, article, memo: new Map(),
    known: (k) => kb.names.next.has(k) || kb.names.next.has(article + k),
  };
}

const NONE = hashString('\u0000none');

/** Tashkeel and tatweel removed, every letter kept (hamza, ة, ى): what the key folds away, the word keeps. */
function strictWord(word: string): string {
  let plain = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x200b && c <= 0x200f)) { plain = false; break; }
  }
  return plain ? word : word.replace(/[\u064B-\u065F\u0670\u0640\u200B-\u200F]/g, '');
}

function lengthBucket(n: number): string {
  return n <= 4 ? String(n) : n <= 6 ? '5-6' : n <= 9 ? '7-9' : '10+';
}

/** Word shape: kind, length, and what the letters look like (Latin capitals, digits, the article). */
function shapeOf(u: Unit, key: string, article: boolean): string {
  let s = `${u.kind}:${lengthBucket(key.length)}`;
  if (u.kind === 'latin') {
    const w = u.word;
    if (/^[A-Z]+$/.test(w)) s += ':CAPS';
    else if (/^[A-Z]/.test(w)) s += ':Cap';
    if (/\d/.test(w)) s += ':d';
  } else if (u.kind === 'number') {
    s += /[.,]/.test(key) ? ':sep' : '';
  } else if (u.kind === 'punct') {
    s += `:${key}`;
  } else if (u.kind === 'arabic') {
    if (article) s += ':al';
    if (u.word.length !== key.length) s += ':marks';
  }
  return s;
}

/** Nisba and gentilic endings (السوري، الأميركية، اللبنانيون، المصريين، الفلسطينيات), as a feature value. */
function nisbaOf(base: string): string | null {
  const stem = base.startsWith('ال') ? base.slice(2) : base;
  if (stem.length < 4) return null;
  for (const end of ['يتين', 'يين', 'يون', 'يات', 'يه', 'ي']) if (stem.endsWith(end)) return end;
  return null;
}

/**
 * Describes one unit: its hashes, its readings, its clusters. The same function serves CoNLL tokens at training
 * time and text-layer tokens at tagging time, so both see identical features.
 */
export function describeUnit(u: Unit, ctx: FeatureContext): UnitDesc {
  const word = strictWord(u.word);
  const memoKey = `${u.kind}\u0000${word}\u0000${u.key}`;
  const hit = ctx.memo.get(memoKey);
  if (hit) return hit;
  const key = u.key;
  const segs = u.kind === 'arabic' && key.length > 0 ? segment(key, ctx.text.clitics, ctx.known) : [];
  const best = segs[0];
  const article = best?.article ?? false;
  const stem = best ? best.stem : key;
  const base = article ? ctx.article + stem : stem;
  const h = new Uint32Array(SLOTS);
  h[H_KEY] = hashString(key);
  h[H_WORD] = hashString(word);
  h[H_BASE] = hashString(base);
  h[H_STEM] = hashString(stem);
  h[H_PROC] = best && best.proclitics.length > 0 ? hashString(best.proclitics.join('+')) : NONE;
  h[H_ENC] = best?.enclitic ? hashString(best.enclitic) : NONE;
  h[H_SHAPE] = hashString(shapeOf(u, key, article));
  const nisba = u.kind === 'arabic' ? nisbaOf(base) : null;
  h[H_NISBA] = nisba === null ? NONE : hashString(nisba);
  for (let k = 1; k <= 3; k++) {
    h[H_PRE1 + k - 1] = key.length > k ? hashString(key.slice(0, k)) : NONE;
    h[H_SUF1 + k - 1] = key.length > k ? hashString(key.slice(-k)) : NONE;
  }
  for (let k = 2; k <= 3; k++) {
    h[H_BSUF2 + k - 2] = base.length > k ? hashString(base.slice(-k)) : NONE;
    h[H_BPRE2 + k - 2] = stem.length > k ? hashString(stem.slice(0, k)) : NONE;
  }
  const desc: UnitDesc = {
    key, segs, base, h,
    clKey: ctx.clusters.index.get(key) ?? -1,
    clBase: ctx.clusters.index.get(base) ?? -1,
  };
  ctx.memo.set(memoKey, desc);
  return desc;
}

/** The padding unit before the first and after the last unit of a chunk. */
function padding(name: string): UnitDesc {
  const h = new Uint32Array(SLOTS).fill(hashString(name));
  return { key: name, segs: [], base: name, h, clKey: -1, clBase: -1 };
}
const BOS = padding('\u0000<s>');
const EOS = padding('\u0000</s>');

// Template ids: every feature hash starts from one, so equal values under different templates never collide.
const T = {
  bias: 1, key: 2, word: 3, base: 4, stem: 5, proc: 6, enc: 7, shape: 8, nisba: 9, pre: 10, suf: 13, bsuf: 16,
  bpre: 18, keyAt: 20, baseAt: 25, keyBi: 30, baseBi: 32, shapeAt: 34, shapeTri: 36, clKey: 40, clBase: 50,
  clAt: 60, clBi: 70, gaz: 80, gazMask: 90, nisbaAt: 92, procBase: 94, titleKey: 96, noCluster: 98, gazBase: 99,
} as const;

const f1 = (t: number, a: number): number => fmix(mix(mix(0x5f3759df, t), a));
const f2 = (t: number, a: number, b: number): number => fmix(mix(mix(mix(0x5f3759df, t), a), b));
const f3 = (t: number, a: number, b: number, c: number): number => fmix(mix(mix(mix(mix(0x5f3759df, t), a), b), c));

/** Most features one position can have (a bound for buffers). */
export const MAX_FEATURES = 96;

/** The features of a chunk of units: position i's feature hashes are hashes[offsets[i] .. offsets[i + 1]). */
export interface ChunkFeatures {
  readonly offsets: Int32Array;
  readonly hashes: Uint32Array;
}

/**
 * Computes the feature hashes of every position of a chunk (a sentence, or a line of a document).
 * @example
 *   const ctx = featureContext(text, kb, clusters);
 *   const descs = units.map((u) => describeUnit(u, ctx));
 *   const { offsets, hashes } = chunkFeatures(descs, ctx);
 */
export function chunkFeatures(descs: readonly UnitDesc[], ctx: FeatureContext): ChunkFeatures {
  const n = descs.length;
  const gaz = gazetteer(descs.map((d) => d.key), descs.map((d) => d.segs), ctx.kb, ctx.article);
  const hashes = new Uint32Array(n * MAX_FEATURES);
  const offsets = new Int32Array(n + 1);
  const P = CLUSTER_PREFIXES.length;
  const ph = ctx.clusters.prefixHashes;
  let m = 0;
  const at = (i: number): UnitDesc => (i < 0 ? BOS : i >= n ? EOS : (descs[i] as UnitDesc));
  const gazAt = (i: number): number => (i < 0 || i >= n ? -1 : (gaz[i] as number));
  for (let i = 0; i < n; i++) {
    offsets[i] = m;
    const d = descs[i] as UnitDesc;
    const h = d.h;
    const prev = at(i - 1);
    const next = at(i + 1);
    hashes[m++] = f1(T.bias, 0);
    hashes[m++] = f1(T.key, h[H_KEY] as number);
    hashes[m++] = f1(T.word, h[H_WORD] as number);
    hashes[m++] = f1(T.base, h[H_BASE] as number);
    hashes[m++] = f1(T.stem, h[H_STEM] as number);
    hashes[m++] = f1(T.proc, h[H_PROC] as number);
    hashes[m++] = f1(T.enc, h[H_ENC] as number);
    hashes[m++] = f1(T.shape, h[H_SHAPE] as number);
    hashes[m++] = f1(T.nisba, h[H_NISBA] as number);
    hashes[m++] = f2(T.procBase, h[H_PROC] as number, h[H_SHAPE] as number);
    for (let k = 0; k < 3; k++) {
      hashes[m++] = f1(T.pre + k, h[H_PRE1 + k] as number);
      hashes[m++] = f1(T.suf + k, h[H_SUF1 + k] as number);
    }
    for (let k = 0; k < 2; k++) {
      hashes[m++] = f1(T.bsuf + k, h[H_BSUF2 + k] as number);
      hashes[m++] = f1(T.bpre + k, h[H_BPRE2 + k] as number);
    }
    // neighbours ±2: keys and bases
    for (let o = -2; o <= 2; o++) {
      if (o === 0) continue;
      const u = at(i + o);
      hashes[m++] = f1(T.keyAt + o + 2, u.h[H_KEY] as number);
      hashes[m++] = f1(T.baseAt + o + 2, u.h[H_BASE] as number);
    }
    hashes[m++] = f2(T.keyBi, prev.h[H_KEY] as number, h[H_KEY] as number);
    hashes[m++] = f2(T.keyBi + 1, h[H_KEY] as number, next.h[H_KEY] as number);
    hashes[m++] = f2(T.baseBi, prev.h[H_BASE] as number, h[H_BASE] as number);
    hashes[m++] = f2(T.baseBi + 1, h[H_BASE] as number, next.h[H_BASE] as number);
    hashes[m++] = f1(T.shapeAt, prev.h[H_SHAPE] as number);
    hashes[m++] = f1(T.shapeAt + 1, next.h[H_SHAPE] as number);
    hashes[m++] = f3(T.shapeTri, prev.h[H_SHAPE] as number, h[H_SHAPE] as number, next.h[H_SHAPE] as number);
    hashes[m++] = f1(T.nisbaAt, prev.h[H_NISBA] as number);
    hashes[m++] = f1(T.nisbaAt + 1, next.h[H_NISBA] as number);
    // word clusters: the key's and the base's paths at every granularity; the neighbours' at two
    if (d.clKey >= 0) for (let k = 0; k < P; k++) hashes[m++] = f1(T.clKey + k, ph[d.clKey * P + k] as number);
    if (d.clBase >= 0) for (let k = 0; k < P; k++) hashes[m++] = f1(T.clBase + k, ph[d.clBase * P + k] as number);
    if (d.clKey < 0 && d.clBase < 0) hashes[m++] = f1(T.noCluster, h[H_SHAPE] as number);
    for (const [o, u] of [[-1, prev], [1, next]] as const) {
      const c = u.clBase >= 0 ? u.clBase : u.clKey;
      for (const k of [1, 3]) hashes[m++] = f1(T.clAt + (o + 1) * 2 + (k === 1 ? 0 : 1), c >= 0 ? (ph[c * P + k] as number) : NONE);
    }
    {
      const a = prev.clBase >= 0 ? prev.clBase : prev.clKey;
      const b = d.clBase >= 0 ? d.clBase : d.clKey;
      hashes[m++] = f2(T.clBi, a >= 0 ? (ph[a * P + 1] as number) : NONE, b >= 0 ? (ph[b * P + 1] as number) : NONE);
    }
    // the knowledge base: this unit's bits, the neighbours' bits, the whole mask, and the mask with the base
    for (let o = -1; o <= 1; o++) {
      const g = gazAt(i + o);
      if (g <= 0) continue;
      for (let b = 0; b < G_BITS; b++) if (g & (1 << b)) hashes[m++] = f2(T.gaz + o + 1, b, 0);
    }
    hashes[m++] = f2(T.gazMask, gazAt(i - 1), gazAt(i));
    hashes[m++] = f2(T.gazMask + 1, gazAt(i), gazAt(i + 1));
    if ((gaz[i] as number) > 0) hashes[m++] = f2(T.gazBase, gaz[i] as number, h[H_SHAPE] as number);
    hashes[m++] = f2(T.titleKey, gazAt(i - 1), h[H_SHAPE] as number);
  }
  offsets[n] = m;
  return { offsets, hashes: hashes.subarray(0, m) };
}
