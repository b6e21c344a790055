// Viterbi and forward-backward against brute force: every valid path of a short chunk enumerated and scored.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { marginals, VALID, viterbi } from './decode.js';
import { TAG_COUNT as T } from './tags.js';

/** Every valid tag path of length n with its score. */
function paths(em: Float64Array, n: number, trans: Float64Array): { tags: number[]; score: number }[] {
  const out: { tags: number[]; score: number }[] = [];
  const walk = (tags: number[], score: number): void => {
    const i = tags.length;
    if (i === n) { out.push({ tags, score }); return; }
    const prev = i === 0 ? -1 : (tags[i - 1] as number);
    for (let c = 0; c < T; c++) {
      const row = (prev + 1) * T + c;
      if (!VALID[row]) continue;
      walk([...tags, c], score + (em[i * T + c] as number) + (trans[row] as number));
    }
  };
  walk([], 0);
  return out;
}

const scores = (len: number) => fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: len, maxLength: len }).map((a) => Float64Array.from(a));

describe('decoding', () => {
  it('viterbi finds the best valid path; marginals are the brute-force path probabilities', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.double({ min: 0.1, max: 2, noNaN: true }), scores(3 * T), scores((T + 1) * T), (n, scale, em, trans) => {
        const all = paths(em, n, trans);
        const best = all.reduce((a, b) => (b.score > a.score ? b : a));
        const out = new Int32Array(n);
        expect(viterbi(em, n, trans, out)).toBeCloseTo(best.score, 9);
        const got = all.find((p) => p.tags.every((t, i) => t === out[i]));
        expect(got?.score).toBeCloseTo(best.score, 9);
        const z = all.reduce((a, p) => a + Math.exp(scale * p.score), 0);
        const m = marginals(em, n, trans, scale);
        for (let i = 0; i < n; i++) {
          for (let t = 0; t < T; t++) {
            const expected = all.filter((p) => p.tags[i] === t).reduce((a, p) => a + Math.exp(scale * p.score), 0) / z;
            expect(m[i * T + t]).toBeCloseTo(expected, 9);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('never starts with an inside tag, nor puts I-X after O or after another type', () => {
    const em = new Float64Array(4 * T);
    for (let i = 0; i < 4; i++) em[i * T + 2] = 10; // I-PER scores best everywhere
    const out = new Int32Array(4);
    viterbi(em, 4, new Float64Array((T + 1) * T), out);
    expect([...out]).toEqual([1, 2, 2, 2]); // B-PER then I-PER
  });
});
