// Training: an averaged structured perceptron or a linear-chain CRF over the BIO tags, seeded, with early stopping
// on a held-out slice; optionally a second pass that reads the first pass's document history (jackknifed).
import type { KnowledgeBase } from '../kb/index.js';
import type { TextResources } from '../text/index.js';
import type { Clusters } from './clusters.js';
import { conllUnits } from './conll.js';
import { emissions, marginals, VALID, viterbi } from './decode.js';
import { scoreNer, type NerScores } from './eval.js';
import { chunkFeatures, concatFeatures, describeUnit, featureContext, historyFeatures, type ChunkFeatures, type UnitDesc } from './features.js';
import { historyOf } from './history.js';
import { FeatureTable, makeModel, mergePasses, type NerHeader, type NerModel, type PassWeights } from './model.js';
import { addEntityBias, documentScores, tagSentences } from './tagger.js';
import { repairBio, TAG_COUNT, TAGS } from './tags.js';

const T = TAG_COUNT;

/** A sentence to learn from: its tokens and gold tag indices. */
export interface TrainSentence {
  readonly tokens: readonly string[];
  readonly tags: Int32Array;
}

export interface TrainOptions {
  /** 'perceptron' (averaged structured perceptron, the default) or 'crf' (linear-chain CRF, SGD with L2). */
  algorithm?: 'perceptron' | 'crf';
  /** CRF: L2 regularisation strength c2 (per-sentence decay c2 / sentences; default 1). */
  l2?: number;
  /** CRF: initial learning rate (default 0.05). */
  rate?: number;
  /** 1, or 2 (the default): a second pass reads what the first said about each word's other mentions nearby. */
  passes?: 1 | 2;
  /** Second pass: sentences on either side that make a CoNLL sentence's document (default 10). */
  window?: number;
  /** Second pass: the training part is cut in this many blocks, each tagged by a first pass trained without it. */
  folds?: number;
  /** Training runs from seeds seed, seed + 1, … whose weights are averaged, for each pass (default 1). */
  runs?: number;
  /** Most passes over the training sentences (default 30). */
  epochs?: number;
  /** Seeds the order of the sentences in each pass (default 1). */
  seed?: number;
  /** Features seen fewer times than this in the training part are not learned (default 1). */
  minCount?: number;
  /** Stop after this many passes without a better development score (default 6). */
  patience?: number;
  /** Share of the sentences, taken from the end, held out for early stopping and tuning (default 0.1). */
  devFraction?: number;
  /** Features whose weights all stay under this magnitude are dropped (default 0.5 for the perceptron, 0.01 for the CRF). */
  prune?: number;
  /** Named in the model header. */
  source?: string;
  /** Receives one line per pass over the data, and a few about the steps. */
  log?: (line: string) => void;
}

export interface EpochReport {
  /** Which model: 'pass 1', 'pass 2', or 'pass 1, fold k' for the jackknifed first passes. */
  stage: string;
  epoch: number;
  /** Training tokens tagged wrongly during the pass (before each sentence's update). */
  mistakes: number;
  /** CRF: the negative log-likelihood of the training sentences during the pass (null for the perceptron). */
  loss: number | null;
  /** Training sentences with at least one wrong tag during the pass. */
  wrongSentences: number;
  tokens: number;
  /** Micro F1 over PER, LOC and ORG on the development slice; null without one. */
  devF1: number | null;
  devAllF1: number | null;
  seconds: number;
}

export interface TrainResult {
  model: NerModel;
  epochs: EpochReport[];
  /** Scores of the final model on the development slice (null when there is none). */
  dev: NerScores | null;
}

/** The index of the first development sentence: the last `fraction` of the sentences (none when under 10). */
export function devStart(count: number, fraction = 0.1): number {
  if (count < 10 || fraction <= 0) return count;
  return count - Math.max(1, Math.round(count * fraction));
}

/** A small seeded generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A sentence's features and gold tags; `rows` are the feature rows of the pass being fitted (-1: unknown). */
interface Encoded extends ChunkFeatures {
  rows: Int32Array;
  gold: Int32Array;
}

const encoded = (f: ChunkFeatures, gold: Int32Array): Encoded => ({ ...f, rows: new Int32Array(f.hashes.length), gold });

/** A pass fitted on its own, with its feature table. */
interface Fitted extends PassWeights {
  readonly table: FeatureTable;
}

/** The tags a fitted pass gives a sentence (its features through the pass's table). */
function predict(pass: Fitted, s: Encoded): Int32Array {
  const n = s.gold.length;
  const rows = new Int32Array(s.hashes.length);
  for (let k = 0; k < rows.length; k++) rows[k] = pass.table.get(s.hashes[k] as number);
  const em = new Float64Array(n * T);
  emissions(pass.weights, s.offsets, rows, n, em);
  const out = new Int32Array(n);
  viterbi(em, n, pass.transitions, out);
  return out;
}

interface FitSettings {
  algorithm: 'perceptron' | 'crf';
  runs: number;
  maxEpochs: number;
  seed: number;
  minCount: number;
  patience: number;
  prune: number;
  options: TrainOptions;
}

/**
 * Fits one pass: a feature index over the training sentences, then passes over them in a seeded order; the weights
 * of the pass that scores best on `dev` are kept (the last pass's without dev), and negligible features pruned.
 */
function fit(
  train: readonly Encoded[], dev: readonly Encoded[], cfg: FitSettings, stage: string, log: (line: string) => void, reports: EpochReport[],
): { pass: Fitted; epoch: number; features: number } {
  // the feature index: features of the training part seen minCount times or more, in ascending hash order
  const counts = new Map<number, number>();
  for (const s of train) for (const h of s.hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  const kept: number[] = [];
  for (const [h, c] of counts) if (c >= cfg.minCount) kept.push(h);
  const hashes = Uint32Array.from(kept).sort();
  const rowOf = new Map<number, number>();
  hashes.forEach((h, r) => rowOf.set(h, r));
  for (const s of [...train, ...dev]) for (let k = 0; k < s.hashes.length; k++) s.rows[k] = rowOf.get(s.hashes[k] as number) ?? -1;
  const F = hashes.length;
  const tokens = train.reduce((a, s) => a + s.gold.length, 0);

  const scoreDev = (weights: Float32Array, trans: Float32Array): NerScores =>
    scoreNer(dev.map((s) => {
      const n = s.gold.length;
      const em = new Float64Array(n * T);
      emissions(weights, s.offsets, s.rows, n, em);
      const pred = new Int32Array(n);
      viterbi(em, n, trans, pred);
      return { gold: s.gold, pred };
    }));
  type Weights = { weights: Float32Array; transitions: Float32Array; f1: number; epoch: number };
  const runs = Math.max(1, cfg.runs);
  /** One run from its own seed: the weights of its best epoch on the dev slice (of its last without one). */
  const run = (runSeed: number): Weights => {
    const learner = cfg.algorithm === 'crf' ? crfLearner(train, F, cfg.options) : perceptronLearner(train, F);
    const rand = random(runSeed);
    const order = train.map((_, i) => i);
    let best: Weights | null = null;
    let since = 0;
    let epochs = 0;
    for (let epoch = 1; epoch <= cfg.maxEpochs; epoch++) {
      const t0 = performance.now();
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j] as number, order[i] as number];
      }
      const { mistakes, wrongSentences, loss } = learner.epoch(order);
      epochs = epoch;
      let devF1: number | null = null;
      let devAllF1: number | null = null;
      if (dev.length > 0) {
        const cur = learner.current();
        const sc = scoreDev(cur.weights, cur.transitions);
        devF1 = sc.PLO.f1;
        devAllF1 = sc.ALL.f1;
        if (!best || devF1 > best.f1) { best = { ...cur, f1: devF1, epoch }; since = 0; } else since++;
      }
      const rep: EpochReport = { stage, epoch, mistakes, wrongSentences, loss, tokens, devF1, devAllF1, seconds: (performance.now() - t0) / 1000 };
      reports.push(rep);
      const pct = (x: number | null): string => (x === null ? '  —  ' : (x * 100).toFixed(2));
      log(`${stage}${runs > 1 ? ` run ${runSeed - cfg.seed + 1}` : ''}, epoch ${String(epoch).padStart(2)}: ${loss === null ? '' : `loss ${loss.toFixed(0)}, `}${mistakes} token mistakes (${((mistakes / Math.max(1, tokens)) * 100).toFixed(2)}%), ${wrongSentences} sentences wrong; dev F1 PER+LOC+ORG ${pct(devF1)}, all ${pct(devAllF1)}  (${rep.seconds.toFixed(1)} s)`);
      if (mistakes === 0 && dev.length === 0) break;
      if (dev.length > 0 && since >= cfg.patience) break;
    }
    return best ?? { ...learner.current(), f1: 0, epoch: epochs };
  };
  // several runs (other orders of the sentences) are averaged into one linear model: less variance
  const results = Array.from({ length: runs }, (_, k) => run(cfg.seed + k));
  let chosen = results[0] as Weights;
  if (runs > 1) {
    const weights = new Float32Array(F * T);
    const transitions = new Float32Array((T + 1) * T);
    for (const r of results) {
      for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] as number) + (r.weights[k] as number) / runs;
      for (let k = 0; k < transitions.length; k++) transitions[k] = (transitions[k] as number) + (r.transitions[k] as number) / runs;
    }
    chosen = { weights, transitions, f1: 0, epoch: Math.round(results.reduce((x, r) => x + r.epoch, 0) / runs) };
  }

  // prune: drop the features whose every weight is negligible
  const keep: number[] = [];
  for (let r = 0; r < F; r++) {
    let m = 0;
    for (let t = 0; t < T; t++) m = Math.max(m, Math.abs(chosen.weights[r * T + t] as number));
    if (m >= cfg.prune) keep.push(r);
  }
  const finalHashes = new Uint32Array(keep.length);
  const finalWeights = new Float32Array(keep.length * T);
  keep.forEach((r, i) => {
    finalHashes[i] = hashes[r] as number;
    finalWeights.set(chosen.weights.subarray(r * T, r * T + T), i * T);
  });
  log(`${stage}: kept epoch ${chosen.epoch}; ${keep.length} of ${F} features after pruning weights under ${cfg.prune}`);
  return {
    pass: { hashes: finalHashes, weights: finalWeights, transitions: chosen.transitions, table: new FeatureTable(finalHashes) },
    epoch: chosen.epoch,
    features: F,
  };
}

/**
 * Trains a tagger. The last `devFraction` of the sentences is held out: after each pass over the data the weights
 * are scored on it, and the best are kept. With two passes (the default), the training part is cut in `folds`
 * blocks, each tagged by a first pass trained on the others, so that the second pass learns from the history a
 * first pass gives text it has not seen. Same sentences, options, text resources, KB and clusters → the same model,
 * byte for byte.
 * @example
 *   const { model } = trainNer(sentences, text, kb, loadClusters(), { epochs: 20, seed: 1 });
 *   saveNerModel(model, 'data/models/ner-anercorp.bin');
 */
export function trainNer(
  sentences: readonly TrainSentence[],
  text: TextResources,
  kb: KnowledgeBase,
  clusters: Clusters,
  options: TrainOptions = {},
): TrainResult {
  const cfg: FitSettings = {
    algorithm: options.algorithm ?? 'perceptron',
    runs: options.runs ?? 1,
    maxEpochs: options.epochs ?? 30,
    seed: options.seed ?? 1,
    minCount: options.minCount ?? 1,
    patience: options.patience ?? 6,
    // the perceptron's weights are averaged counts (units of 1), the CRF's are log-potentials: other scales
    prune: options.prune ?? ((options.algorithm ?? 'perceptron') === 'perceptron' ? 0.5 : 0.01),
    options,
  };
  const passes = options.passes ?? 2;
  const window = options.window ?? 10;
  const folds = Math.max(2, options.folds ?? 4);
  const log = options.log ?? (() => {});
  const ctx = featureContext(text, kb, clusters);
  const split = devStart(sentences.length, options.devFraction ?? 0.1);
  const descs: UnitDesc[][] = sentences.map((s) => conllUnits(s.tokens, text).map((u) => describeUnit(u, ctx)));
  const gold = sentences.map((s) => repairBio(s.tags));
  const first = descs.map((d, i) => encoded(chunkFeatures(d, ctx), gold[i] as Int32Array));
  const trainTokens = gold.slice(0, split).reduce((a, g) => a + g.length, 0);
  log(`${sentences.length} sentences: ${split} to train on (${trainTokens} tokens), ${sentences.length - split} held out`);
  const reports: EpochReport[] = [];

  const one = fit(first.slice(0, split), first.slice(split), cfg, 'pass 1', log, reports);
  const fitted: Fitted[] = [one.pass];
  let bestEpoch = one.epoch;
  if (passes === 2) {
    // first-pass tags of the training part, each block by a first pass that never saw it; of the dev slice by `one`
    const tags: Int32Array[] = new Array(sentences.length);
    const block = Math.ceil(split / folds);
    for (let f = 0; f < folds; f++) {
      const lo = f * block;
      const hi = Math.min(split, lo + block);
      if (lo >= hi) continue;
      const rest = [...first.slice(0, lo), ...first.slice(hi, split)];
      const { pass } = fit(rest, first.slice(split), cfg, `pass 1, fold ${f + 1} of ${folds}`, () => {}, reports);
      for (let i = lo; i < hi; i++) tags[i] = predict(pass, first[i] as Encoded);
      log(`pass 1, fold ${f + 1} of ${folds}: sentences ${lo + 1}-${hi} tagged by a first pass trained without them`);
    }
    for (let i = split; i < sentences.length; i++) tags[i] = predict(one.pass, first[i] as Encoded);
    // the history of the training part and of the dev slice, each on its own (as tagging the slice alone sees it)
    const historyChunk = (i: number): { bases: (string | null)[]; tags: Int32Array } => ({
      bases: (descs[i] as UnitDesc[]).map((x) => (x.tracked ? x.base : null)),
      tags: tags[i] as Int32Array,
    });
    const range = (lo: number, hi: number): number[] => Array.from({ length: hi - lo }, (_, k) => lo + k);
    const history = [
      ...historyOf(range(0, split).map(historyChunk), window),
      ...historyOf(range(split, sentences.length).map(historyChunk), window),
    ];
    const second = descs.map((d, i) => {
      const f = first[i] as Encoded;
      return encoded(concatFeatures(f, historyFeatures(d, f.gaz, history[i] as Int32Array)), gold[i] as Int32Array);
    });
    const two = fit(second.slice(0, split), second.slice(split), cfg, 'pass 2', log, reports);
    fitted.push(two.pass);
    bestEpoch = two.epoch;
  }

  const header: NerHeader = {
    format: 'rasid.ner',
    tags: [...TAGS],
    features: 0,
    passes: passes,
    window,
    scale: 1,
    entityBias: 0,
    training: {
      source: options.source ?? '(sentences)',
      algorithm: cfg.algorithm,
      sentences: sentences.length,
      tokens: sentences.reduce((a, s) => a + s.tokens.length, 0),
      devSentences: sentences.length - split,
      epochs: reports.filter((r) => !r.stage.includes('fold')).length,
      bestEpoch,
      seed: cfg.seed,
      minCount: cfg.minCount,
      kbPhrases: kb.size,
      clusterWords: clusters.index.size,
      dev: null,
    },
  };
  const merged = mergePasses(fitted);
  const build = (h: NerHeader): NerModel => makeModel(h, merged.hashes, merged.weights, merged.transitions, clusters);
  let model = build(header);
  log(`${merged.hashes.length} features in the model (${fitted.map((f) => f.hashes.length).join(' + ')} by pass)`);
  let devScores: NerScores | null = null;
  if (split < sentences.length) {
    const devSentences = sentences.slice(split);
    const devUnits = devSentences.map((s) => conllUnits(s.tokens, text));
    const last = merged.transitions[merged.transitions.length - 1] as Float32Array;
    const devCtx = featureContext(text, kb, clusters);
    const devDescs = devUnits.map((units) => units.map((u) => describeUnit(u, devCtx)));
    const ems = documentScores(model, devCtx, devDescs, window);
    // the entity bias: the shift of every entity tag's score that gives the best F1 on the dev slice
    let spread = 0;
    let positions = 0;
    for (const em of ems) {
      for (let i = 0; i < em.length / T; i++) {
        let lo = Infinity;
        let hi = -Infinity;
        for (let t = 0; t < T; t++) { lo = Math.min(lo, em[i * T + t] as number); hi = Math.max(hi, em[i * T + t] as number); }
        spread += hi - lo;
        positions++;
      }
    }
    spread /= Math.max(1, positions);
    let bestBias = 0;
    let bestF1 = -1;
    for (const share of [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3]) {
      const bias = Math.fround(share * spread);
      const f1 = scoreNer(ems.map((em, c) => {
        const g = gold[split + c] as Int32Array;
        const biased = Float64Array.from(em);
        addEntityBias(biased, g.length, bias);
        const pred = new Int32Array(g.length);
        viterbi(biased, g.length, last, pred);
        return { gold: g, pred };
      })).PLO.f1;
      log(`entity bias ${bias.toFixed(2)} (${share} of the mean score spread): dev F1 PER+LOC+ORG ${(f1 * 100).toFixed(2)}`);
      if (f1 > bestF1) { bestF1 = f1; bestBias = bias; }
    }
    for (const em of ems) addEntityBias(em, em.length / T, bestBias);
    // confidences: the scale of the final pass's scores that best predicts the gold tags of the dev slice
    let bestScale = 1;
    let bestLoss = Infinity;
    for (const scale of [0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2]) {
      let loss = 0;
      devDescs.forEach((d, c) => {
        const g = gold[split + c] as Int32Array;
        const m = marginals(ems[c] as Float64Array, d.length, last, scale);
        for (let k = 0; k < d.length; k++) loss -= Math.log(Math.max(1e-12, m[k * T + (g[k] as number)] as number));
      });
      if (loss < bestLoss) { bestLoss = loss; bestScale = scale; }
    }
    model = build({ ...header, scale: bestScale, entityBias: bestBias });
    // the final scores go through the tagging path itself, so `rasid eval-ner --dev-slice` reproduces them
    const pred = tagSentences(model, featureContext(text, kb, clusters), devUnits);
    devScores = scoreNer(devSentences.map((s, i) => ({ gold: s.tags, pred: pred[i] as Int32Array })));
    model = build({ ...model.header, training: { ...header.training, dev: devScores } });
    log(`entity bias ${bestBias.toFixed(2)}, confidence scale ${bestScale}; development slice: F1 PER+LOC+ORG ${(devScores.PLO.f1 * 100).toFixed(2)}, all ${(devScores.ALL.f1 * 100).toFixed(2)}`);
  }
  return { model, epochs: reports, dev: devScores };
}

/** One way of learning weights, pass by pass. */
interface Learner {
  epoch(order: readonly number[]): { mistakes: number; wrongSentences: number; loss: number | null };
  /** The weights to tag with now (the perceptron's averages). */
  current(): { weights: Float32Array; transitions: Float32Array };
}

/** Averaged structured perceptron: w the current weights, u the running sum of c × update, c the step; average = w − u / c. */
function perceptronLearner(train: readonly Encoded[], F: number): Learner {
  const w = new Float64Array(F * T);
  const u = new Float64Array(F * T);
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  let c = 1;
  return {
    current() {
      const weights = new Float32Array(F * T);
      for (let k = 0; k < weights.length; k++) weights[k] = (w[k] as number) - (u[k] as number) / c;
      const transitions = new Float32Array((T + 1) * T);
      for (let k = 0; k < transitions.length; k++) transitions[k] = (tw[k] as number) - (tu[k] as number) / c;
      return { weights, transitions };
    },
    epoch(order) {
      let mistakes = 0;
      let wrongSentences = 0;
      for (const idx of order) {
        const s = train[idx] as Encoded;
        const n = s.gold.length;
        const em = new Float64Array(n * T);
        emissions(w, s.offsets, s.rows, n, em);
        const pred = new Int32Array(n);
        viterbi(em, n, tw, pred);
        let wrong = 0;
        for (let i = 0; i < n; i++) {
          const g = s.gold[i] as number;
          const p = pred[i] as number;
          const gPrev = i === 0 ? -1 : (s.gold[i - 1] as number);
          const pPrev = i === 0 ? -1 : (pred[i - 1] as number);
          if (g !== p) {
            wrong++;
            for (let k = s.offsets[i] as number; k < (s.offsets[i + 1] as number); k++) {
              const r = s.rows[k] as number;
              if (r < 0) continue;
              w[r * T + g] = (w[r * T + g] as number) + 1;
              u[r * T + g] = (u[r * T + g] as number) + c;
              w[r * T + p] = (w[r * T + p] as number) - 1;
              u[r * T + p] = (u[r * T + p] as number) - c;
            }
          }
          if (g !== p || gPrev !== pPrev) {
            const gr = (gPrev + 1) * T + g;
            const pr = (pPrev + 1) * T + p;
            tw[gr] = (tw[gr] as number) + 1;
            tu[gr] = (tu[gr] as number) + c;
            tw[pr] = (tw[pr] as number) - 1;
            tu[pr] = (tu[pr] as number) - c;
          }
        }
        if (wrong > 0) wrongSentences++;
        mistakes += wrong;
        c++;
      }
      return { mistakes, wrongSentences, loss: null };
    },
  };
}

/**
 * Linear-chain CRF trained by stochastic gradient ascent on the log-likelihood with L2 decay (Bottou's schedule
 * η_t = η0 / (1 + λ η0 t)). The weights are kept as scale × v so that the decay of every weight costs one multiply.
 */
function crfLearner(train: readonly Encoded[], F: number, options: TrainOptions): Learner {
  const v = new Float64Array(F * T);
  const tv = new Float64Array((T + 1) * T);
  let scale = 1;
  const lambda = (options.l2 ?? 1) / Math.max(1, train.length);
  const eta0 = options.rate ?? 0.05;
  let t = 0;
  const rescale = (): void => {
    for (let k = 0; k < v.length; k++) v[k] = (v[k] as number) * scale;
    for (let k = 0; k < tv.length; k++) tv[k] = (tv[k] as number) * scale;
    scale = 1;
  };
  const A = new Float64Array((T + 1) * T);
  const trans = new Float64Array((T + 1) * T);
  return {
    current() {
      const weights = new Float32Array(F * T);
      for (let k = 0; k < weights.length; k++) weights[k] = (v[k] as number) * scale;
      const transitions = new Float32Array((T + 1) * T);
      for (let k = 0; k < transitions.length; k++) transitions[k] = (tv[k] as number) * scale;
      return { weights, transitions };
    },
    epoch(order) {
      let mistakes = 0;
      let wrongSentences = 0;
      let loss = 0;
      for (const idx of order) {
        const s = train[idx] as Encoded;
        const n = s.gold.length;
        if (n === 0) continue;
        const eta = eta0 / (1 + lambda * eta0 * t);
        t++;
        scale *= 1 - eta * lambda;
        if (scale < 1e-6) rescale();
        // scores with the current weights
        const em = new Float64Array(n * T);
        emissions(v, s.offsets, s.rows, n, em);
        for (let k = 0; k < n * T; k++) em[k] = (em[k] as number) * scale;
        for (let k = 0; k < trans.length; k++) trans[k] = (tv[k] as number) * scale;
        const pred = new Int32Array(n);
        viterbi(em, n, trans, pred);
        let wrong = 0;
        for (let i = 0; i < n; i++) if (pred[i] !== s.gold[i]) wrong++;
        if (wrong > 0) wrongSentences++;
        mistakes += wrong;
        // forward-backward with per-position scaling: alpha and beta normalised, c[i] the normalisers
        for (let k = 0; k < A.length; k++) A[k] = VALID[k] ? Math.exp(trans[k] as number) : 0;
        const E = new Float64Array(n * T);
        let logZ = 0;
        for (let i = 0; i < n; i++) {
          let m = -Infinity;
          for (let c = 0; c < T; c++) if ((em[i * T + c] as number) > m) m = em[i * T + c] as number;
          for (let c = 0; c < T; c++) E[i * T + c] = Math.exp((em[i * T + c] as number) - m);
          logZ += m;
        }
        const alpha = new Float64Array(n * T);
        const beta = new Float64Array(n * T);
        const norm = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          let z = 0;
          for (let c = 0; c < T; c++) {
            let a: number;
            if (i === 0) a = A[c] as number;
            else {
              a = 0;
              for (let p = 0; p < T; p++) a += (alpha[(i - 1) * T + p] as number) * (A[(p + 1) * T + c] as number);
            }
            a *= E[i * T + c] as number;
            alpha[i * T + c] = a;
            z += a;
          }
          norm[i] = z;
          for (let c = 0; c < T; c++) alpha[i * T + c] = (alpha[i * T + c] as number) / z;
          logZ += Math.log(z);
        }
        for (let c = 0; c < T; c++) beta[(n - 1) * T + c] = 1;
        for (let i = n - 2; i >= 0; i--) {
          for (let p = 0; p < T; p++) {
            let b = 0;
            for (let c = 0; c < T; c++) b += (A[(p + 1) * T + c] as number) * (E[(i + 1) * T + c] as number) * (beta[(i + 1) * T + c] as number);
            beta[i * T + p] = b / (norm[i + 1] as number);
          }
        }
        // log-likelihood of the gold path
        let gold = 0;
        for (let i = 0; i < n; i++) {
          const g = s.gold[i] as number;
          gold += (em[i * T + g] as number) + (trans[(i === 0 ? 0 : (s.gold[i - 1] as number) + 1) * T + g] as number);
        }
        loss += logZ - gold;
        // gradient step: observed − expected, on features and transitions
        const step = eta / scale;
        for (let i = 0; i < n; i++) {
          const g = s.gold[i] as number;
          const mu = new Float64Array(T);
          for (let c = 0; c < T; c++) mu[c] = (alpha[i * T + c] as number) * (beta[i * T + c] as number);
          for (let k = s.offsets[i] as number; k < (s.offsets[i + 1] as number); k++) {
            const r = s.rows[k] as number;
            if (r < 0) continue;
            const base = r * T;
            for (let c = 0; c < T; c++) v[base + c] = (v[base + c] as number) - step * (mu[c] as number);
            v[base + g] = (v[base + g] as number) + step;
          }
          if (i === 0) {
            for (let c = 0; c < T; c++) tv[c] = (tv[c] as number) - step * (mu[c] as number);
            tv[g] = (tv[g] as number) + step;
          } else {
            const inv = 1 / (norm[i] as number);
            for (let p = 0; p < T; p++) {
              const ap = alpha[(i - 1) * T + p] as number;
              if (ap === 0) continue;
              for (let c = 0; c < T; c++) {
                const row = (p + 1) * T + c;
                const xi = ap * (A[row] as number) * (E[i * T + c] as number) * (beta[i * T + c] as number) * inv;
                tv[row] = (tv[row] as number) - step * xi;
              }
            }
            const gr = ((s.gold[i - 1] as number) + 1) * T + g;
            tv[gr] = (tv[gr] as number) + step;
          }
        }
      }
      return { mistakes, wrongSentences, loss };
    },
  };
}
