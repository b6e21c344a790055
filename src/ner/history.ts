// Document history for the second pass: what the first pass said about the other mentions of the same word nearby
// (non-local features in the manner of Ratinov & Roth 2009): a surname alone (يلتسين) after the full name.
import { tagType, NER_TYPES } from './tags.js';

/** Bits of a history value: the types the other mentions received (O, PER, LOC, ORG, MISC); bits 5-7 the commonest. */
export const HIST_NONE_DOMINANT = 7;

/** One chunk for the history: the base of each unit (null: not a word that takes part) and its first-pass tags. */
export interface HistoryChunk {
  readonly bases: readonly (string | null)[];
  readonly tags: Int32Array;
}

const slot = (t: number): number => {
  const type = tagType(t);
  return type === null ? 0 : 1 + NER_TYPES.indexOf(type);
};

/**
 * For every unit, the history value of its base over the chunks within `window` chunks on either side (Infinity:
 * all of them), its own occurrence left out: bit k set when another occurrence got type k (0 = O, then PER, LOC, ORG,
 * MISC), and in bits 5-7 the type most other occurrences got (HIST_NONE_DOMINANT when there is none).
 * @example
 *   historyOf([{ bases: ['بوريس', 'يلتسين'], tags: B-PER I-PER }, { bases: ['يلتسين'], tags: [O] }], Infinity)[1][0]
 *   // PER bit set, dominant PER
 */
export function historyOf(chunks: readonly HistoryChunk[], window: number): Int32Array[] {
  const counts = new Map<string, Int32Array>();
  const change = (c: HistoryChunk, by: number): void => {
    c.bases.forEach((b, i) => {
      if (b === null) return;
      let a = counts.get(b);
      if (!a) { a = new Int32Array(5); counts.set(b, a); }
      a[slot(c.tags[i] as number)] = (a[slot(c.tags[i] as number)] as number) + by;
    });
  };
  const n = chunks.length;
  const w = Number.isFinite(window) ? Math.max(0, Math.floor(window)) : n;
  // the window [lo, hi) around chunk c; start with [0, min(n, w + 1))
  let hi = 0;
  let lo = 0;
  const out: Int32Array[] = [];
  for (let c = 0; c < n; c++) {
    while (hi < n && hi <= c + w) change(chunks[hi++] as HistoryChunk, 1);
    while (lo < c - w) change(chunks[lo++] as HistoryChunk, -1);
    const chunk = chunks[c] as HistoryChunk;
    const h = new Int32Array(chunk.bases.length);
    chunk.bases.forEach((b, i) => {
      let dominant = HIST_NONE_DOMINANT;
      let mask = 0;
      if (b !== null) {
        const a = counts.get(b) as Int32Array;
        const own = slot(chunk.tags[i] as number);
        let best = 0;
        for (let k = 0; k < 5; k++) {
          const x = (a[k] as number) - (k === own ? 1 : 0);
          if (x > 0) mask |= 1 << k;
          if (x > best) { best = x; dominant = k; }
        }
      }
      h[i] = mask | (dominant << 5);
    });
    out.push(h);
  }
  return out;
}
