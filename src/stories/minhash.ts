// Near-duplicate articles: MinHash signatures over word shingles of the normalised text, LSH bands to find candidates.
import { fmix as fmix32, fnv1aString as fnv1a } from '../hash.js';

export { fnv1a };

/**
 * The hashed shingles of a text: every run of `k` consecutive words of its matching key (texts shorter than `k`
 * words give one shingle of all their words). Words are runs of letters and digits; each word is hashed once and
 * a shingle's hash combines its words' hashes in order.
 */
export function shingles(key: string, k: number): Set<number> {
  const words = key.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const out = new Set<number>();
  if (words.length === 0) return out;
  const hs = words.map(fnv1a);
  const n = Math.max(1, hs.length - k + 1);
  const width = Math.min(k, hs.length);
  for (let i = 0; i < n; i++) {
    let h = hs[i] as number;
    for (let j = 1; j < width; j++) h = fmix32(Math.imul(h, 0x9e3779b1) ^ (hs[i + j] as number));
    out.add(h);
  }
  return out;
}

/** The MinHash signature of a set of hashed shingles: for each of `n` seeded hash functions, the least value. */
export function signature(set: ReadonlySet<number>, n: number): Uint32Array {
  const sig = new Uint32Array(n).fill(0xffffffff);
  const seeds = new Uint32Array(n);
  for (let i = 0; i < n; i++) seeds[i] = fmix32(0x9e3779b9 + i);
  for (const x of set) {
    for (let i = 0; i < n; i++) {
      const h = fmix32(x ^ (seeds[i] as number));
      if (h < (sig[i] as number)) sig[i] = h;
    }
  }
  return sig;
}

/** The share of equal positions of two signatures: an estimate of the Jaccard similarity of the two shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length === 0 ? 0 : same / a.length;
}

/** Union-find over 0…n-1. */
export class DisjointSets {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    while (this.parent[i] !== r) { const next = this.parent[i] as number; this.parent[i] = r; i = next; }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

export interface NearDuplicateOptions {
  /** Estimated Jaccard similarity from which two texts are near-duplicates. */
  threshold: number;
  /** LSH bands; the signature length must be a multiple of it. */
  bands: number;
  /** The day of each text (days since 1970-01-01), or null when unknown. */
  days?: readonly (number | null)[];
  /** A group's texts lie within this many days of each other, so daily boilerplate does not chain across months. */
  maxSpanDays?: number;
}

/**
 * Groups near-duplicate signatures: candidates share a whole LSH band, and are kept when their estimated similarity
 * reaches the threshold and the group stays within `maxSpanDays`. Returns groups of two or more indices, each sorted, in order of their first member.
 * @example
 *   nearDuplicateGroups([sigA, sigB, sigC], { threshold: 0.5, bands: 32 }) // [[0, 2]]
 */
export function nearDuplicateGroups(signatures: readonly Uint32Array[], opts: NearDuplicateOptions): number[][] {
  const n = signatures.length;
  const sets = new DisjointSets(n);
  if (n === 0) return [];
  // the earliest and latest day of each group, kept at its root
  const lo = new Float64Array(n).fill(Infinity);
  const hi = new Float64Array(n).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    const d = opts.days?.[i];
    if (d !== null && d !== undefined) { lo[i] = d; hi[i] = d; }
  }
  const span = opts.maxSpanDays ?? Infinity;
  const join = (i: number, j: number): void => {
    const a = sets.find(i);
    const b = sets.find(j);
    if (a === b) return;
    const l = Math.min(lo[a] as number, lo[b] as number);
    const h = Math.max(hi[a] as number, hi[b] as number);
    if (h - l > span) return;
    sets.union(a, b);
    const r = sets.find(a);
    lo[r] = l;
    hi[r] = h;
  };
  const len = (signatures[0] as Uint32Array).length;
  const rows = Math.floor(len / opts.bands);
  for (let b = 0; b < opts.bands; b++) {
    const buckets = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const sig = signatures[i] as Uint32Array;
      if (sig[0] === 0xffffffff) continue; // an empty text has no shingles and duplicates nothing
      const key = Array.from(sig.subarray(b * rows, (b + 1) * rows)).join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
    for (const bucket of buckets.values()) {
      if (bucket.length < 2) continue;
      // Small buckets: every pair. Large ones (boilerplate): each member against those already grouped.
      if (bucket.length <= 64) {
        for (let x = 0; x < bucket.length; x++) {
          for (let y = x + 1; y < bucket.length; y++) {
            const i = bucket[x] as number;
            const j = bucket[y] as number;
            if (sets.find(i) !== sets.find(j) && similarity(signatures[i] as Uint32Array, signatures[j] as Uint32Array) >= opts.threshold) join(i, j);
          }
        }
      } else {
        const heads: number[] = [];
        for (const i of bucket) {
          const head = heads.find((h) => similarity(signatures[h] as Uint32Array, signatures[i] as Uint32Array) >= opts.threshold);
          if (head === undefined) heads.push(i);
          else join(head, i);
        }
      }
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = sets.find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  return [...groups.values()].filter((g) => g.length > 1).sort((a, b) => (a[0] as number) - (b[0] as number));
}
