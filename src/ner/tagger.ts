// Tagging with a trained model: units → features → Viterbi path and confidences → typed spans with original offsets.
import type { KnowledgeBase } from '../kb/index.js';
import type { Doc } from '../pipeline/doc.js';
import { segment } from '../text/clitics.js';
import type { TextResources } from '../text/index.js';
import type { Token } from '../text/types.js';
import { marginals, transitionFactors, viterbi } from './decode.js';
import {
  contextFeatures, describeUnit, featureContext, historyFeatures, NB_NEXT, NB_NEXT2, NB_PREV, NB_PREV2, OWN_OFFSET, type FeatureContext, type Unit,
  type UnitDesc,
} from './features.js';
import { historyOf } from './history.js';
import type { NerModel } from './model.js';
import { spansOf, TAG_COUNT, type NerType } from './tags.js';

const T = TAG_COUNT;

/** A name found by the recogniser. Offsets are UTF-16 indices into the original text, [start, end). */
export interface NerSpan {
  start: number;
  end: number;
  text: string;
  type: NerType;
  /** The model's probability for the span's tags (the least sure of its tokens), in (0, 1]. */
  confidence: number;
  /** Token range [tokenStart, tokenEnd) in the token list tagged. */
  tokenStart: number;
  tokenEnd: number;
}

declare module '../pipeline/doc.js' {
  interface Layers {
    /** Names the statistical recogniser found (KB-known or not), with a type and a confidence. */
    ner: NerSpan[];
  }
}

/** Adds row r's weights for pass p (of P) into em at position i. */
function addRow(em: Float64Array | Float32Array, i: number, weights: Float32Array, r: number, p: number, P: number): void {
  const w = (r * P + p) * T;
  const e = i * T;
  for (let t = 0; t < T; t++) em[e + t] = (em[e + t] as number) + (weights[w + t] as number);
}

// Groups of a unit's cached scores: its own features, then what it gives the positions around it (NB_*).
const OWN = 0;
const AS_PREV2 = 1;
const AS_PREV = 2;
const AS_NEXT = 3;
const AS_NEXT2 = 4;
const GROUPS: readonly (readonly [number, number])[] = [NB_PREV2, NB_PREV, NB_NEXT, NB_NEXT2];

/**
 * A unit's scores under `model`: the summed weights of its own features and of each group of features it gives its
 * neighbours, per pass (5 × passes × T). Computed once per unit description and kept on it.
 */
function unitScores(model: NerModel, d: UnitDesc): Float32Array {
  if (d.cache !== null && d.cacheOwner === model) return d.cache;
  const P = model.transitions.length;
  const scores = new Float32Array(5 * P * T);
  const { table, weights } = model;
  const add = (group: number, h: number): void => {
    const r = table.get(h);
    if (r < 0) return;
    for (let p = 0; p < P; p++) addRow(scores, group * P + p, weights, r, p, P);
  };
  for (let k = OWN_OFFSET; k < d.data.length; k++) add(OWN, d.data[k] as number);
  GROUPS.forEach(([from, to], g) => {
    for (let k = from; k < to; k++) add(AS_PREV2 + g, d.data[k] as number);
  });
  d.cache = scores;
  d.cacheOwner = model;
  return scores;
}

/**
 * The emission scores of every pass for one chunk, before the document history: each unit's own scores, those its
 * neighbours (±2) give it, and the context features (bigrams, gazetteer …) looked up in the feature table.
 */
function chunkScores(model: NerModel, ctx: FeatureContext, descs: readonly UnitDesc[]): { ems: Float64Array[]; gaz: Int32Array } {
  const n = descs.length;
  const P = model.transitions.length;
  const ems = Array.from({ length: P }, () => new Float64Array(n * T));
  const context = contextFeatures(descs, ctx);
  const scores = descs.map((d) => unitScores(model, d));
  const bos = unitScores(model, ctx.bos);
  const eos = unitScores(model, ctx.eos);
  for (let i = 0; i < n; i++) {
    const own = scores[i] as Float32Array;
    const p2 = i >= 2 ? (scores[i - 2] as Float32Array) : bos;
    const p1 = i >= 1 ? (scores[i - 1] as Float32Array) : bos;
    const n1 = i + 1 < n ? (scores[i + 1] as Float32Array) : eos;
    const n2 = i + 2 < n ? (scores[i + 2] as Float32Array) : eos;
    const e = i * T;
    for (let p = 0; p < P; p++) {
      const em = ems[p] as Float64Array;
      const so = (OWN * P + p) * T;
      const s2 = (AS_PREV2 * P + p) * T;
      const s1 = (AS_PREV * P + p) * T;
      const t1 = (AS_NEXT * P + p) * T;
      const t2 = (AS_NEXT2 * P + p) * T;
      for (let t = 0; t < T; t++) {
        em[e + t] = (own[so + t] as number) + (p2[s2 + t] as number) + (p1[s1 + t] as number) + (n1[t1 + t] as number) + (n2[t2 + t] as number);
      }
    }
    for (let k = context.offsets[i] as number; k < (context.offsets[i + 1] as number); k++) {
      const r = model.table.get(context.hashes[k] as number);
      if (r >= 0) for (let p = 0; p < P; p++) addRow(ems[p] as Float64Array, i, model.weights, r, p, P);
    }
  }
  return { ems, gaz: context.gaz };
}

/**
 * The final pass's emission scores (before the entity bias) for every chunk of a document: the first pass on each
 * chunk; for a two-pass model, then the second with the history of each word's other mentions within `window`
 * chunks on either side (Infinity: the whole document).
 */
export function documentScores(model: NerModel, ctx: FeatureContext, chunks: readonly (readonly UnitDesc[])[], window: number): Float64Array[] {
  const prepared = chunks.map((d) => chunkScores(model, ctx, d));
  if (model.transitions.length === 1) return prepared.map((c) => c.ems[0] as Float64Array);
  const first = model.transitions[0] as Float32Array;
  const tags = prepared.map((c, k) => {
    const n = (chunks[k] as readonly UnitDesc[]).length;
    const out = new Int32Array(n);
    viterbi(c.ems[0] as Float64Array, n, first, out);
    return out;
  });
  const history = historyOf(chunks.map((d, c) => ({ bases: d.map((x) => (x.tracked ? x.base : null)), tags: tags[c] as Int32Array })), window);
  return prepared.map((c, k) => {
    const descs = chunks[k] as readonly UnitDesc[];
    const em = c.ems[1] as Float64Array;
    const extra = historyFeatures(descs, c.gaz, history[k] as Int32Array);
    for (let i = 0; i < descs.length; i++) {
      for (let j = extra.offsets[i] as number; j < (extra.offsets[i + 1] as number); j++) {
        const r = model.table.get(extra.hashes[j] as number);
        if (r >= 0) addRow(em, i, model.weights, r, 1, 2);
      }
    }
    return em;
  });
}

/** Adds `bias` to the score of every entity tag (the final pass's recall/precision trade-off, tuned on dev). */
export function addEntityBias(em: Float64Array, n: number, bias: number): void {
  for (let i = 0; i < n; i++) for (let t = 1; t < T; t++) em[i * T + t] = (em[i * T + t] as number) + bias;
}

/** Tags a document given as chunks of described units (see documentScores); marginals of the tags when asked. */
export function tagDocument(
  model: NerModel, ctx: FeatureContext, chunks: readonly (readonly UnitDesc[])[], window: number, withMarginals: boolean,
): { tags: Int32Array; marginals: Float64Array | null }[] {
  const last = model.transitions[model.transitions.length - 1] as Float32Array;
  const { scale, entityBias } = model.header;
  const A = withMarginals ? transitionFactors(last, scale) : null;
  return documentScores(model, ctx, chunks, window).map((em, k) => {
    const n = (chunks[k] as readonly UnitDesc[]).length;
    if (entityBias !== 0) addEntityBias(em, n, entityBias);
    const tags = new Int32Array(n);
    viterbi(em, n, last, tags);
    // marginals only where there is a name to give a confidence to
    return { tags, marginals: A && tags.some((t) => t !== 0) ? marginals(em, n, last, scale, A) : null };
  });
}

/**
 * Tags the sentences of a CoNLL file, in order (see conllUnits()); a two-pass model reads each sentence's neighbours
 * within the model's window as its document. Returns tag indices (tags.ts) per sentence.
 * @example
 *   const ctx = featureContext(text, kb, model.clusters);
 *   tagSentences(model, ctx, [conllUnits(['زار', 'أوباما', 'بغداد'], text)]) // [Int32Array [0, 1, 3]]
 */
export function tagSentences(model: NerModel, ctx: FeatureContext, sentences: readonly (readonly Unit[])[]): Int32Array[] {
  const chunks = sentences.map((units) => units.map((u) => describeUnit(u, ctx)));
  return tagDocument(model, ctx, chunks, model.header.window, false).map((r) => r.tags);
}

const TERMINAL = /^[.!?؟…]+$/;

/** Chunks of a token list that are tagged on their own: lines, cut after sentence-final punctuation. */
function chunksOf(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.nl > 0 && i > from) { out.push([from, i]); from = i; }
    if (t.kind === 'punct' && TERMINAL.test(t.norm)) { out.push([from, i + 1]); from = i + 1; }
  }
  if (from < tokens.length) out.push([from, tokens.length]);
  return out;
}

/**
 * Where a name starts inside its first token: after the proclitics (و ف ب ل ك) that the clitic analysis reads
 * with enough confidence (gold spans exclude clitics: وواشنطن → واشنطن). The article stays with the name, and after
 * ل its ل stays (للأمم → لأمم, as the KB matcher does). Returns an offset into token.text.
 */
function procliticSkip(token: Token, ctx: FeatureContext): number {
  if (token.kind !== 'arabic' || token.norm.length === 0) return 0;
  const lex = ctx.text.clitics;
  const segs = segment(token.norm, lex, ctx.known);
  let whole = -Infinity;
  for (const s of segs) if (s.proclitics.length === 0 && s.enclitic === null) { whole = s.score; break; }
  for (const s of segs) {
    if (s.enclitic !== null || s.start === 0) continue;
    const own = s.article ? s.proclitics.slice(0, -1) : s.proclitics;
    if (own.length === 0) continue;
    const margin = s.score - whole;
    if (margin < 1) continue;
    const preposition = own.some((p) => lex.prepositions.some((x) => x.form === p));
    const ok = s.article || (preposition ? margin >= 3 || ctx.clusters.index.has(s.stem) : s.stem.length >= 3);
    if (!ok) continue;
    const local = ctx.text.normaliser.normalise(token.text);
    return s.start < local.starts.length ? (local.starts[s.start] as number) : 0;
  }
  return 0;
}

export interface TagOptions {
  /** The original text the tokens point into: span texts are sliced from it (else joined from the tokens). */
  original?: string;
  /**
   * A feature context to reuse from call to call (featureContext(text, kb, model.clusters)): its cache of word
   * descriptions and scores then serves every document. Without it each call starts an empty one.
   */
  context?: FeatureContext;
}

/**
 * Finds names in text-layer tokens. Each line is tagged on its own, cut after sentence-final punctuation; spans
 * exclude the proclitics of their first word.
 * @example
 *   const a = analyseText('وصل أوباما إلى بغداد.', text);
 *   tagTokens(loadNerModel(), a.tokens, text, kb, { original: a.normalised.original })
 *   // [{ text: 'أوباما', type: 'PER', … }, { text: 'بغداد', type: 'LOC', … }]
 */
export function tagTokens(model: NerModel, tokens: readonly Token[], text: TextResources, kb: KnowledgeBase, options: TagOptions = {}): NerSpan[] {
  const ctx = options.context ?? featureContext(text, kb, model.clusters);
  const ranges = chunksOf(tokens);
  const chunks = ranges.map(([from, to]) => {
    const descs: UnitDesc[] = new Array(to - from);
    for (let i = from; i < to; i++) {
      const t = tokens[i] as Token;
      descs[i - from] = describeUnit({ key: t.norm, word: t.text, kind: t.kind }, ctx);
    }
    return descs;
  });
  const tagged = tagDocument(model, ctx, chunks, Infinity, true);
  const out: NerSpan[] = [];
  ranges.forEach(([from], c) => {
    const { tags, marginals } = tagged[c] as { tags: Int32Array; marginals: Float64Array | null };
    if (marginals === null) return;
    for (const s of spansOf(tags)) {
      let confidence = 1;
      for (let i = s.start; i < s.end; i++) confidence = Math.min(confidence, marginals[i * T + (tags[i] as number)] as number);
      const first = tokens[from + s.start] as Token;
      const last = tokens[from + s.end - 1] as Token;
      const start = first.start + procliticSkip(first, ctx);
      let spanText: string;
      if (options.original !== undefined) spanText = options.original.slice(start, last.end);
      else {
        spanText = first.text.slice(start - first.start);
        for (let i = from + s.start + 1; i < from + s.end; i++) {
          const t = tokens[i] as Token;
          spanText += (t.start > (tokens[i - 1] as Token).end ? ' ' : '') + t.text;
        }
      }
      out.push({
        start, end: last.end, text: spanText, type: s.type, confidence: Math.max(0.001, Math.round(confidence * 1000) / 1000),
        tokenStart: from + s.start, tokenEnd: from + s.end,
      });
    }
  });
  return out;
}

/**
 * The pipeline stage: sets the `ner` layer from the document's tokens (requires `tokens`). The stage keeps one
 * feature context for its lifetime, so words seen in earlier documents are not described again (the cache is
 * bounded, and never changes a result).
 */
export function nerStage(model: NerModel, text: TextResources, kb: KnowledgeBase): (doc: Doc) => Doc {
  const context = featureContext(text, kb, model.clusters);
  return (doc) => doc.set('ner', tagTokens(model, doc.get('tokens'), text, kb, { original: doc.text, context }));
}
