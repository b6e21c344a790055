// Scoring and decoding over the BIO tags: emission scores, Viterbi (best path) and forward-backward (marginals).
import { allowed, TAG_COUNT } from './tags.js';

const T = TAG_COUNT;

/**
 * Transition validity, (T + 1) × T: row 0 is the start of a chunk, row p + 1 follows tag p. An I-X may only follow
 * B-X or I-X; the decoders never leave the valid paths.
 */
export const VALID: Uint8Array = (() => {
  const v = new Uint8Array((T + 1) * T);
  for (let p = -1; p < T; p++) for (let c = 0; c < T; c++) v[(p + 1) * T + c] = allowed(p, c) ? 1 : 0;
  return v;
})();

/**
 * Adds up the emission scores of n positions: em[i * T + t] = Σ weights[f * T + t] over position i's feature
 * indices (feats[offsets[i] .. offsets[i + 1]); negative indices are features the model does not know).
 */
export function emissions(
  weights: Float32Array | Float64Array,
  offsets: Int32Array,
  feats: Int32Array,
  n: number,
  em: Float64Array,
): void {
  em.fill(0, 0, n * T);
  for (let i = 0; i < n; i++) {
    const e = i * T;
    for (let k = offsets[i] as number, end = offsets[i + 1] as number; k < end; k++) {
      const f = feats[k] as number;
      if (f < 0) continue;
      const w = f * T;
      for (let t = 0; t < T; t++) em[e + t] = (em[e + t] as number) + (weights[w + t] as number);
    }
  }
}

/** The best valid tag path for n positions given emissions and transitions; written into `out`. Returns its score. */
export function viterbi(em: Float64Array, n: number, trans: Float32Array | Float64Array, out: Int32Array): number {
  if (n === 0) return 0;
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let c = 0; c < T; c++) score[c] = VALID[c] ? (em[c] as number) + (trans[c] as number) : -Infinity;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    const cur = i * T;
    for (let c = 0; c < T; c++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        const row = (p + 1) * T + c;
        if (!VALID[row]) continue;
        const s = (score[prev + p] as number) + (trans[row] as number);
        if (s > best) { best = s; arg = p; }
      }
      score[cur + c] = best + (em[cur + c] as number);
      back[cur + c] = arg;
    }
  }
  const last = (n - 1) * T;
  let arg = 0;
  for (let c = 1; c < T; c++) if ((score[last + c] as number) > (score[last + arg] as number)) arg = c;
  const total = score[last + arg] as number;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg] as number;
  }
  return total;
}

/** exp(scale × transition) on the valid transitions, 0 elsewhere: the factors of the forward-backward. */
export function transitionFactors(trans: Float32Array | Float64Array, scale: number): Float64Array {
  const A = new Float64Array((T + 1) * T);
  for (let k = 0; k < A.length; k++) A[k] = VALID[k] ? Math.exp(scale * (trans[k] as number)) : 0;
  return A;
}

/**
 * Tag marginals of p(path) ∝ exp(scale · score) over the valid paths: forward-backward in probability space with
 * per-position normalisation (no logarithms).
 */
export function marginals(em: Float64Array, n: number, trans: Float32Array | Float64Array, scale: number, A = transitionFactors(trans, scale)): Float64Array {
  const E = new Float64Array(n * T);
  for (let i = 0; i < n; i++) {
    let m = -Infinity;
    for (let t = 0; t < T; t++) if ((em[i * T + t] as number) > m) m = em[i * T + t] as number;
    for (let t = 0; t < T; t++) E[i * T + t] = Math.exp(scale * ((em[i * T + t] as number) - m));
  }
  const alpha = new Float64Array(n * T);
  const beta = new Float64Array(n * T);
  const normalise = (arr: Float64Array, at: number): void => {
    let s = 0;
    for (let t = 0; t < T; t++) s += arr[at + t] as number;
    if (s > 0) for (let t = 0; t < T; t++) arr[at + t] = (arr[at + t] as number) / s;
  };
  for (let c = 0; c < T; c++) alpha[c] = (A[c] as number) * (E[c] as number);
  normalise(alpha, 0);
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < T; c++) {
      let s = 0;
      for (let p = 0; p < T; p++) s += (alpha[(i - 1) * T + p] as number) * (A[(p + 1) * T + c] as number);
      alpha[i * T + c] = s * (E[i * T + c] as number);
    }
    normalise(alpha, i * T);
  }
  for (let c = 0; c < T; c++) beta[(n - 1) * T + c] = 1;
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < T; p++) {
      let s = 0;
      for (let c = 0; c < T; c++) s += (A[(p + 1) * T + c] as number) * (E[(i + 1) * T + c] as number) * (beta[(i + 1) * T + c] as number);
      beta[i * T + p] = s;
    }
    normalise(beta, i * T);
  }
  const out = new Float64Array(n * T);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < T; t++) out[i * T + t] = (alpha[i * T + t] as number) * (beta[i * T + t] as number);
    normalise(out, i * T);
  }
  return out;
}

