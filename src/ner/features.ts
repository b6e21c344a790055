// The tagger's features: each unit (a text-layer token, or a CoNLL token) is described once from its key, its
// original word and its kind; a position's features are hashes of templates over itself and its neighbours (±2).
import type { KnowledgeBase } from '../kb/index.js';
import { segment } from '../text/clitics.js';
import type { TextResources } from '../text/index.js';
import type { TokenKind } from '../text/types.js';
import { CLUSTER_PREFIXES, type Clusters } from './clusters.js';
import { G_BITS, gazetteer, gazUnit, NO_GAZ, type GazUnit } from './gazetteer.js';
import { fmix, hashString, mix } from '../hash.js';

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

/** A unit described for feature extraction; computed once per distinct (word, kind) and shared by its occurrences. */
export interface UnitDesc {
  readonly key: string;
  readonly kind: TokenKind;
  /** The key without its clitics, the article kept (وبالصين → الصين). */
  readonly base: string;
  /** Whether the document history tracks this unit (a word of two letters or more). */
  readonly tracked: boolean;
  /**
   * Hashes, packed in one array: the word-level hashes (slots H_*, from 0), the features the unit gives its
   * neighbours (from NB_OFFSET; groups NB_PREV2 … below), then the unit's own features (from OWN_OFFSET to the end).
   */
  readonly data: Uint32Array;
  /** Cluster path ids of the key and of the base (-1: not in the cluster table). */
  readonly clKey: number;
  readonly clBase: number;
  /** What the knowledge base says about the unit on its own (gazetteer.ts). */
  readonly gaz: GazUnit;
  /** Scores the tagger keeps for this unit under one model (tagger.ts); never used by training. */
  cache: Float32Array | null;
  cacheOwner: object | null;
}

/**
 * Where each group of the features a unit gives its neighbours sits in UnitDesc.data, [start, end): NB_PREV2 for
 * the position two after it (the unit is that position's i-2), NB_PREV for the next one, NB_NEXT for the one
 * before, NB_NEXT2 for the one two before.
 */
export const NB_OFFSET = SLOTS;
export const NB_PREV2: readonly [number, number] = [SLOTS, SLOTS + 2];
export const NB_PREV: readonly [number, number] = [SLOTS + 2, SLOTS + 8];
export const NB_NEXT: readonly [number, number] = [SLOTS + 8, SLOTS + 14];
export const NB_NEXT2: readonly [number, number] = [SLOTS + 14, SLOTS + 16];
const NB_SIZE = 16;
export const OWN_OFFSET = SLOTS + NB_SIZE;

/** Everything the feature function needs besides the units; built once per tagging call, tagger or training run. */
export interface FeatureContext {
  readonly text: TextResources;
  readonly kb: KnowledgeBase;
  readonly clusters: Clusters;
  readonly known: (stemKey: string) => boolean;
  readonly article: string;
  /** Descriptions already computed (a cache owned by this context, never shared; see describeUnit). */
  readonly memo: DescriptionCache;
  /** The padding units before the first and after the last unit of a chunk. */
  readonly bos: UnitDesc;
  readonly eos: UnitDesc;
}

/**
 * Descriptions by original word, in two generations: a word found in the old one moves to the young one; when the
 * young one is full it becomes the old one. The words in use stay, memory stays bounded (about 2 × GENERATION
 * words), and a result never depends on what the cache holds.
 */
export interface DescriptionCache {
  young: Map<string, UnitDesc>;
  old: Map<string, UnitDesc>;
}
const GENERATION = 25_000;

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

// Template ids: every feature hash starts from one, so equal values under different templates never collide.
const T = {
  bias: 1, key: 2, word: 3, base: 4, stem: 5, proc: 6, enc: 7, shape: 8, nisba: 9, pre: 10, suf: 13, bsuf: 16,
  bpre: 18, keyAt: 20, baseAt: 25, keyBi: 30, baseBi: 32, shapeAt: 34, shapeTri: 36, clKey: 40, clBase: 50,
  clAt: 60, clBi: 70, gaz: 80, gazMask: 90, nisbaAt: 92, procBase: 94, titleKey: 96, noCluster: 98, gazBase: 99,
  hist: 100,
} as const;

const f1 = (t: number, a: number): number => fmix(mix(mix(0x5f3759df, t), a));
const f2 = (t: number, a: number, b: number): number => fmix(mix(mix(mix(0x5f3759df, t), a), b));
const f3 = (t: number, a: number, b: number, c: number): number => fmix(mix(mix(mix(mix(0x5f3759df, t), a), b), c));

/** The features of a unit by itself: identity, readings, affixes, shape, nisba ending, clusters. */
function ownFeatures(h: Uint32Array, clKey: number, clBase: number, clusters: Clusters): number[] {
  const P = CLUSTER_PREFIXES.length;
  const ph = clusters.prefixHashes;
  const out: number[] = [
    f1(T.bias, 0), f1(T.key, h[H_KEY] as number), f1(T.word, h[H_WORD] as number), f1(T.base, h[H_BASE] as number),
    f1(T.stem, h[H_STEM] as number), f1(T.proc, h[H_PROC] as number), f1(T.enc, h[H_ENC] as number),
    f1(T.shape, h[H_SHAPE] as number), f1(T.nisba, h[H_NISBA] as number), f2(T.procBase, h[H_PROC] as number, h[H_SHAPE] as number),
  ];
  for (let k = 0; k < 3; k++) out.push(f1(T.pre + k, h[H_PRE1 + k] as number), f1(T.suf + k, h[H_SUF1 + k] as number));
  for (let k = 0; k < 2; k++) out.push(f1(T.bsuf + k, h[H_BSUF2 + k] as number), f1(T.bpre + k, h[H_BPRE2 + k] as number));
  // word clusters: the key's and the base's paths at every granularity
  if (clKey >= 0) for (let k = 0; k < P; k++) out.push(f1(T.clKey + k, ph[clKey * P + k] as number));
  if (clBase >= 0) for (let k = 0; k < P; k++) out.push(f1(T.clBase + k, ph[clBase * P + k] as number));
  if (clKey < 0 && clBase < 0) out.push(f1(T.noCluster, h[H_SHAPE] as number));
  return out;
}

/**
 * Packs a unit's hashes (UnitDesc.data): its word-level hashes, the features it gives its neighbours (NB_* above:
 * key, base, shape, nisba ending, cluster), its own features.
 */
function packUnit(h: Uint32Array, clKey: number, clBase: number, own: readonly number[], clusters: Clusters): Uint32Array {
  const P = CLUSTER_PREFIXES.length;
  const ph = clusters.prefixHashes;
  const c = clBase >= 0 ? clBase : clKey;
  const cl = (k: number): number => (c >= 0 ? (ph[c * P + k] as number) : NONE);
  const data = new Uint32Array(OWN_OFFSET + own.length);
  data.set(h, 0);
  data.set(own, OWN_OFFSET);
  const nb = data.subarray(NB_OFFSET, OWN_OFFSET);
  // seen from two positions on (o = -2) and from the next position (o = -1); then from before (o = 1, 2)
  nb[0] = f1(T.keyAt + 0, h[H_KEY] as number);
  nb[1] = f1(T.baseAt + 0, h[H_BASE] as number);
  nb[2] = f1(T.keyAt + 1, h[H_KEY] as number);
  nb[3] = f1(T.baseAt + 1, h[H_BASE] as number);
  nb[4] = f1(T.shapeAt, h[H_SHAPE] as number);
  nb[5] = f1(T.nisbaAt, h[H_NISBA] as number);
  nb[6] = f1(T.clAt + 0, cl(1));
  nb[7] = f1(T.clAt + 1, cl(3));
  nb[8] = f1(T.keyAt + 3, h[H_KEY] as number);
  nb[9] = f1(T.baseAt + 3, h[H_BASE] as number);
  nb[10] = f1(T.shapeAt + 1, h[H_SHAPE] as number);
  nb[11] = f1(T.nisbaAt + 1, h[H_NISBA] as number);
  nb[12] = f1(T.clAt + 4, cl(1));
  nb[13] = f1(T.clAt + 5, cl(3));
  nb[14] = f1(T.keyAt + 4, h[H_KEY] as number);
  nb[15] = f1(T.baseAt + 4, h[H_BASE] as number);
  return data;
}

/** A padding unit (start or end of a chunk). */
function padding(name: string, clusters: Clusters): UnitDesc {
  const h = new Uint32Array(SLOTS).fill(hashString(name));
  return { key: name, kind: 'symbol', base: name, tracked: false, data: packUnit(h, -1, -1, [], clusters), clKey: -1, clBase: -1, gaz: NO_GAZ, cache: null, cacheOwner: null };
}

export function featureContext(text: TextResources, kb: KnowledgeBase, clusters: Clusters): FeatureContext {
  const article = text.clitics.article;
  return {
    text, kb, clusters, article, memo: { young: new Map(), old: new Map() },
    known: (k) => kb.names.next.has(k) || kb.names.next.has(article + k),
    bos: padding('\u0000<s>', clusters),
    eos: padding('\u0000</s>', clusters),
  };
}

/**
 * Describes one unit: its hashes, its readings, its clusters. The same function serves CoNLL tokens at training
 * time and text-layer tokens at tagging time, so both see identical features.
 */
export function describeUnit(u: Unit, ctx: FeatureContext): UnitDesc {
  // keyed by the original word; the key and kind are checked (they follow from the word but for rare cases)
  const memo = ctx.memo;
  let hit = memo.young.get(u.word);
  if (hit === undefined) {
    hit = memo.old.get(u.word);
    if (hit !== undefined && hit.key === u.key && hit.kind === u.kind) remember(memo, u.word, hit);
  }
  if (hit !== undefined && hit.key === u.key && hit.kind === u.kind) return hit;
  const word = strictWord(u.word);
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
  const clKey = ctx.clusters.index.get(key) ?? -1;
  const clBase = ctx.clusters.index.get(base) ?? -1;
  const desc: UnitDesc = {
    key, kind: u.kind, base, tracked: (u.kind === 'arabic' || u.kind === 'latin' || u.kind === 'foreign') && key.length >= 2,
    data: packUnit(h, clKey, clBase, ownFeatures(h, clKey, clBase, ctx.clusters), ctx.clusters), clKey, clBase,
    gaz: gazUnit(key, segs, ctx.kb, ctx.article), cache: null, cacheOwner: null,
  };
  remember(memo, u.word, desc);
  return desc;
}

function remember(memo: DescriptionCache, word: string, desc: UnitDesc): void {
  if (memo.young.size >= GENERATION) {
    memo.old = memo.young;
    memo.young = new Map();
  }
  memo.young.set(word, desc);
}

/** Most context features one position can have: 6 fixed, 3 × G_BITS gazetteer bits, 4 gazetteer combinations. */
const MAX_CONTEXT = 6 + 3 * G_BITS + 4;

/**
 * The features of a position that depend on more than one unit: bigrams, shape trigram, cluster bigram, and the
 * knowledge base (gazetteer bits of the unit and its neighbours, and their combinations).
 * Position i's features are hashes[offsets[i] .. offsets[i + 1]); the tagger adds them to the units' own and
 * neighbour features (cached per unit), training to the same features listed in full (chunkFeatures).
 */
export function contextFeatures(descs: readonly UnitDesc[], ctx: FeatureContext): ChunkFeatures {
  const n = descs.length;
  const keys = new Array<string>(n);
  const units = new Array<GazUnit>(n);
  for (let i = 0; i < n; i++) {
    keys[i] = (descs[i] as UnitDesc).key;
    units[i] = (descs[i] as UnitDesc).gaz;
  }
  const gaz = gazetteer(keys, units, ctx.kb);
  const hashes = new Uint32Array(n * MAX_CONTEXT);
  const offsets = new Int32Array(n + 1);
  const P = CLUSTER_PREFIXES.length;
  const ph = ctx.clusters.prefixHashes;
  let m = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = m;
    const d = descs[i] as UnitDesc;
    const h = d.data;
    const ph0 = (i > 0 ? (descs[i - 1] as UnitDesc) : ctx.bos).data;
    const nh = (i + 1 < n ? (descs[i + 1] as UnitDesc) : ctx.eos).data;
    const prev = i > 0 ? (descs[i - 1] as UnitDesc) : ctx.bos;
    hashes[m++] = f2(T.keyBi, ph0[H_KEY] as number, h[H_KEY] as number);
    hashes[m++] = f2(T.keyBi + 1, h[H_KEY] as number, nh[H_KEY] as number);
    hashes[m++] = f2(T.baseBi, ph0[H_BASE] as number, h[H_BASE] as number);
    hashes[m++] = f2(T.baseBi + 1, h[H_BASE] as number, nh[H_BASE] as number);
    hashes[m++] = f3(T.shapeTri, ph0[H_SHAPE] as number, h[H_SHAPE] as number, nh[H_SHAPE] as number);
    const a = prev.clBase >= 0 ? prev.clBase : prev.clKey;
    const b = d.clBase >= 0 ? d.clBase : d.clKey;
    hashes[m++] = f2(T.clBi, a >= 0 ? (ph[a * P + 1] as number) : NONE, b >= 0 ? (ph[b * P + 1] as number) : NONE);
    // the knowledge base: this unit's bits, the neighbours' bits, the masks side by side, the mask with the shape
    const gPrev = i > 0 ? (gaz[i - 1] as number) : -1;
    const g = gaz[i] as number;
    const gNext = i + 1 < n ? (gaz[i + 1] as number) : -1;
    for (let o = 0; o < 3; o++) {
      const x = o === 0 ? gPrev : o === 1 ? g : gNext;
      if (x <= 0) continue;
      for (let bit = 0; bit < G_BITS; bit++) if (x & (1 << bit)) hashes[m++] = f2(T.gaz + o, bit, 0);
    }
    hashes[m++] = f2(T.gazMask, gPrev, g);
    hashes[m++] = f2(T.gazMask + 1, g, gNext);
    if (g > 0) hashes[m++] = f2(T.gazBase, g, h[H_SHAPE] as number);
    hashes[m++] = f2(T.titleKey, gPrev, h[H_SHAPE] as number);
  }
  offsets[n] = m;
  return { offsets, hashes: hashes.subarray(0, m), gaz };
}

/** The features of a chunk of units: position i's feature hashes are hashes[offsets[i] .. offsets[i + 1]). */
export interface ChunkFeatures {
  readonly offsets: Int32Array;
  readonly hashes: Uint32Array;
  /** The gazetteer mask of each position (gazetteer.ts). */
  readonly gaz: Int32Array;
}

/**
 * Every feature of every position of a chunk (a sentence, or a line of a document), listed in full: the unit's
 * own, its neighbours' (±2) and the context features. Training reads these; the tagger sums the same weights.
 * @example
 *   const ctx = featureContext(text, kb, clusters);
 *   const descs = units.map((u) => describeUnit(u, ctx));
 *   const { offsets, hashes } = chunkFeatures(descs, ctx);
 */
export function chunkFeatures(descs: readonly UnitDesc[], ctx: FeatureContext): ChunkFeatures {
  const n = descs.length;
  const context = contextFeatures(descs, ctx);
  let total = context.hashes.length;
  for (const d of descs) total += d.data.length - SLOTS;
  const hashes = new Uint32Array(total);
  const offsets = new Int32Array(n + 1);
  let m = 0;
  const put = (src: Uint32Array, [from, to]: readonly [number, number]): void => {
    hashes.set(src.subarray(from, to), m);
    m += to - from;
  };
  for (let i = 0; i < n; i++) {
    offsets[i] = m;
    const d = descs[i] as UnitDesc;
    put(d.data, [OWN_OFFSET, d.data.length]);
    put(((i >= 2 ? descs[i - 2] : ctx.bos) as UnitDesc).data, NB_PREV2);
    put(((i >= 1 ? descs[i - 1] : ctx.bos) as UnitDesc).data, NB_PREV);
    put(((i + 1 < n ? descs[i + 1] : ctx.eos) as UnitDesc).data, NB_NEXT);
    put(((i + 2 < n ? descs[i + 2] : ctx.eos) as UnitDesc).data, NB_NEXT2);
    put(context.hashes, [context.offsets[i] as number, context.offsets[i + 1] as number]);
  }
  offsets[n] = m;
  return { offsets, hashes, gaz: context.gaz };
}

/** Most history features one position can have. */
export const MAX_HISTORY = 11;

/**
 * The second pass's extra features at each position: what the first pass said about the same word's other mentions
 * nearby (a history value per position, see history.ts). Position i's are hashes[offsets[i] .. offsets[i + 1]).
 */
export function historyFeatures(descs: readonly UnitDesc[], gaz: Int32Array, history: Int32Array): ChunkFeatures {
  const n = descs.length;
  const hashes = new Uint32Array(n * MAX_HISTORY);
  const offsets = new Int32Array(n + 1);
  let m = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = m;
    const hv = history[i] as number;
    const mask = hv & 31;
    const dominant = hv >> 5;
    const shape = (descs[i] as UnitDesc).data[H_SHAPE] as number;
    hashes[m++] = f1(T.hist, mask);
    for (let b = 0; b < 5; b++) if (mask & (1 << b)) hashes[m++] = f1(T.hist + 1, b);
    hashes[m++] = f1(T.hist + 2, dominant);
    hashes[m++] = f2(T.hist + 3, dominant, shape);
    hashes[m++] = f2(T.hist + 4, dominant, gaz[i] as number);
    hashes[m++] = f1(T.hist + 5, i > 0 ? (history[i - 1] as number) : -1);
    hashes[m++] = f1(T.hist + 6, i + 1 < n ? (history[i + 1] as number) : -1);
  }
  offsets[n] = m;
  return { offsets, hashes: hashes.subarray(0, m), gaz };
}

/** Two feature lists of the same positions, merged position by position (a chunk's features + its history's). */
export function concatFeatures(a: ChunkFeatures, b: ChunkFeatures): ChunkFeatures {
  const n = a.offsets.length - 1;
  const hashes = new Uint32Array(a.hashes.length + b.hashes.length);
  const offsets = new Int32Array(n + 1);
  let m = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = m;
    for (const f of [a, b]) {
      const from = f.offsets[i] as number;
      const to = f.offsets[i + 1] as number;
      hashes.set(f.hashes.subarray(from, to), m);
      m += to - from;
    }
  }
  offsets[n] = m;
  return { offsets, hashes, gaz: a.gaz };
}
