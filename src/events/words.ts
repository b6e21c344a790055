// Word lookups shared by the trigger and stance lexicons: a token's readings with clitics peeled, and a token trie.
import type { Segments } from '../kb/matcher.js';
import type { TextResources } from '../text/index.js';
import type { Token } from '../text/types.js';

/** A node of a trie over token keys: what ends here, and what may follow. */
export interface WordNode<T> {
  readonly hits: T[];
  next: Map<string, WordNode<T>> | null;
}

/** The multiplier of the polynomial hash of keys (the hash of a slice follows from the prefix hashes). */
const B = 31;
/** Keys longer than this are looked up without the filter. */
const MAX_HASHED = 63;
const POW = new Int32Array(MAX_HASHED + 2);
POW[0] = 1;
for (let i = 1; i < POW.length; i++) POW[i] = Math.imul(POW[i - 1] as number, B);

/** The polynomial hash of s[from, to). */
export function hashOf(s: string, from = 0, to = s.length): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, B) + s.charCodeAt(i)) | 0;
  return h;
}

const FILTER_BITS = 17;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

/** What the clitic-peeling lookups ask of a lexicon. */
export interface Lookup {
  has(key: string): boolean;
  /** False when no first word of the lexicon has this hash (a Bloom filter): most words are rejected without a string. */
  mayHave(hash: number): boolean;
}

/**
 * Phrases over normalised token keys; the first word is looked up with its clitics peeled (see `readings`). A Bloom
 * filter over the hashes of the first words rejects most words and slices before any string is cut or hashed twice.
 */
export class WordTrie<T> implements Lookup {
  readonly #root = new Map<string, WordNode<T>>();
  readonly #filter = new Uint32Array(1 << (FILTER_BITS - 5));

  mayHave(h: number): boolean {
    const a = h & FILTER_MASK;
    const b = (Math.imul(h, 0x9e3779b1) >>> (32 - FILTER_BITS)) & FILTER_MASK;
    return ((this.#filter[a >>> 5] as number) & (1 << (a & 31))) !== 0 && ((this.#filter[b >>> 5] as number) & (1 << (b & 31))) !== 0;
  }

  add(keys: readonly string[], hit: T): void {
    if (keys.length === 0) return;
    const h = hashOf(keys[0] as string);
    const a = h & FILTER_MASK;
    const b = (Math.imul(h, 0x9e3779b1) >>> (32 - FILTER_BITS)) & FILTER_MASK;
    this.#filter[a >>> 5] = (this.#filter[a >>> 5] as number) | (1 << (a & 31));
    this.#filter[b >>> 5] = (this.#filter[b >>> 5] as number) | (1 << (b & 31));
    let map = this.#root;
    for (let i = 0; ; i++) {
      const k = keys[i] as string;
      let node = map.get(k);
      if (!node) { node = { hits: [], next: null }; map.set(k, node); }
      if (i === keys.length - 1) { node.hits.push(hit); return; }
      map = node.next ??= new Map();
    }
  }

  first(key: string): WordNode<T> | undefined {
    return this.#root.get(key);
  }

  has(key: string): boolean {
    return this.#root.has(key);
  }

  /** Number of first words. */
  get size(): number {
    return this.#root.size;
  }

  keys(): IterableIterator<string> {
    return this.#root.keys();
  }
}

/** One way to read a token: the key looked up and the clitics peeled around it. */
export interface Reading {
  readonly key: string;
  /** Peeled proclitics, in order; the article, when present, is the last ('ال'). */
  readonly proclitics: readonly string[];
  readonly article: boolean;
  readonly enclitic: string | null;
  /** The word without its proclitics, in the original text (the enclitic stays inside). */
  readonly start: number;
  readonly end: number;
}

/** Letters are looked up in tables over the Arabic block and below. */
const TABLE = 0x700;
const ALEF = 0x0627;
const LAM_CODE = 0x0644;

/** The clitic letters the lookups peel, as normalised keys and tables over char codes. */
export interface Peeler {
  /** Pronoun suffixes peeled from a word that is not found whole (at most 8). */
  readonly enclitics: readonly string[];
  /** For a char code: a bit per pronoun suffix that ends with it. */
  readonly byLast: Uint8Array;
  /** Bit of the suffix ه, never a pronoun when the original letter is ة. */
  readonly haBit: number;
  /** For a char code: 1 when a proclitic (و ف ب ل ك س) begins with it, 2 when it is a conjunction (و ف). */
  readonly initial: Uint8Array;
  /** Words whose first or last letters belong to the word (وزير، بريطانيا): never peeled without Segments. */
  readonly whole: ReadonlySet<string>;
  /** A conjunction's char code → its proclitic list (['و']). */
  readonly conjunction: ReadonlyMap<number, readonly string[]>;
  /** A stem's last letter as written before a suffix → the letter it stands for (ت → ة, ا → ى), or 0. */
  readonly restore: Int32Array;
}

/** The pronoun suffixes an event word carries in news: اعتقاله، قصفها، مظاهرتهم، ألقاه. */
const OBJECT_ENCLITICS = ['هما', 'هم', 'هن', 'ها', 'ه', 'نا'];

export function makePeeler(text: TextResources): Peeler {
  const key = (s: string): string => text.normaliser.key(s);
  const c = text.clitics;
  const enclitics = OBJECT_ENCLITICS.map(key).filter((e) => e.length > 0);
  const byLast = new Uint8Array(TABLE);
  enclitics.forEach((e, i) => {
    const code = e.charCodeAt(e.length - 1);
    if (code < TABLE) byLast[code] = (byLast[code] as number) | (1 << i);
  });
  const initial = new Uint8Array(TABLE);
  for (const p of [...c.prepositions, ...c.future]) {
    const code = p.form.charCodeAt(0);
    if (code < TABLE) initial[code] = 1;
  }
  for (const p of c.conjunctions) {
    const code = p.form.charCodeAt(0);
    if (code < TABLE && p.form.length === 1) initial[code] = 2;
  }
  const restore = new Int32Array(TABLE);
  const pair = (written: string, stands: string): void => {
    const [a, b] = [key(written), key(stands)];
    if (a.length === 1 && b.length === 1 && a !== b) restore[a.charCodeAt(0)] = b.charCodeAt(0);
  };
  pair('ت', 'ة');
  pair('ا', 'ى');
  const conjunction = new Map(c.conjunctions.filter((p) => p.form.length === 1).map((p) => [p.form.charCodeAt(0), [p.form]] as const));
  return { enclitics, byLast, haBit: 1 << enclitics.indexOf(key('ه')), initial, whole: c.whole, conjunction, restore };
}

const isTaMarbuta = (c: number): boolean => c === 0x0629 || c === 0xfe93 || c === 0xfe94;

/** A buffer for the prefix hashes of one word at a time; make one per document. */
export class WordCache {
  readonly prefix = new Int32Array(MAX_HASHED + 1);
}

/** A stem + pronoun split found by `enclitics`. */
interface Split {
  stem: string;
  enclitic: string;
}

/**
 * The bits of the pronoun suffixes that the word s[base, base + n) ends with (usually none or one). A final ه that is
 * a ة in the original (`finalTa`) is never a pronoun.
 */
function suffixes(s: string, base: number, n: number, p: Peeler, finalTa: boolean): number {
  const last = s.charCodeAt(base + n - 1);
  let mask = last < TABLE ? (p.byLast[last] as number) : 0;
  if (finalTa) mask &= ~p.haBit;
  let found = 0;
  for (let ei = 0; mask !== 0; ei++, mask >>>= 1) {
    if ((mask & 1) === 0) continue;
    const e = p.enclitics[ei] as string;
    if (e.length >= n) continue;
    let same = true;
    for (let q = 0; q < e.length - 1 && same; q++) same = s.charCodeAt(base + n - e.length + q) === e.charCodeAt(q);
    if (same) found |= 1 << ei;
  }
  return found;
}

/**
 * The stem + pronoun splits of the word s[base + from, base + n) for the suffixes in `mask` whose stem the lexicon
 * knows, with the letter a suffix changed restored (مظاهرت → مظاهره، ألقا → القي); null when there is none. `ph`
 * holds the prefix hashes of s[base, base + n) (null: hash the slices).
 */
function enclitics(s: string, base: number, n: number, from: number, mask: number, ph: Int32Array | null, p: Peeler, lex: Lookup): Split[] | null {
  let out: Split[] | null = null;
  for (let ei = 0; mask !== 0; ei++, mask >>>= 1) {
    if ((mask & 1) === 0) continue;
    const e = p.enclitics[ei] as string;
    const m = n - e.length;
    if (m - from < 2) continue;
    const h = ph ? ((ph[m] as number) - Math.imul(ph[from] as number, POW[m - from] as number)) | 0 : hashOf(s, base + from, base + m);
    if (lex.mayHave(h)) {
      const stem = s.slice(base + from, base + m);
      if (lex.has(stem)) (out ??= []).push({ stem, enclitic: e });
    }
    const before = s.charCodeAt(base + m - 1);
    const r = before < TABLE ? (p.restore[before] as number) : 0;
    if (r === 0) continue;
    const h1 = ph ? ((ph[m - 1] as number) - Math.imul(ph[from] as number, POW[m - 1 - from] as number)) | 0 : hashOf(s, base + from, base + m - 1);
    if (lex.mayHave((Math.imul(h1, B) + r) | 0)) {
      const stem = s.slice(base + from, base + m - 1) + String.fromCharCode(r);
      if (lex.has(stem)) (out ??= []).push({ stem, enclitic: e });
    }
  }
  return out;
}

const NONE: readonly Reading[] = [];
const NO_PROCLITICS: readonly string[] = [];

/**
 * The readings of token i whose key the lexicon knows, best first: the whole word; else the word without a pronoun
 * suffix, and the readings with proclitics peeled (from the document's shared Segments, asked only when a slice of
 * the word after its first letters is known), each with or without a suffix. Most words are rejected by the
 * lexicon's Bloom filter over hashes computed once from the flat normalised text.
 * @example
 *   readings(segs, i, lexicon.trie, peeler, cache) // for واعتقلته: [{ key: 'اعتقلت', proclitics: ['و'], enclitic: 'ه', … }]
 */
export function readings(segs: Segments, i: number, lex: Lookup, p: Peeler, cache: WordCache): readonly Reading[] {
  const t = segs.tokens[i] as Token;
  if (t.kind !== 'arabic') return NONE;
  const w = t.norm;
  const n = w.length;
  const src = segs.n.text;
  const base = t.nstart;
  if (n > MAX_HASHED) return lex.has(w) ? [{ key: w, proclitics: NO_PROCLITICS, article: false, enclitic: null, start: t.start, end: t.end }] : NONE;
  const ph = cache.prefix;
  let h = 0;
  ph[0] = 0;
  for (let k = 0; k < n; k++) ph[k + 1] = h = (Math.imul(h, B) + src.charCodeAt(base + k)) | 0;
  if (lex.mayHave(h) && lex.has(w)) return [{ key: w, proclitics: NO_PROCLITICS, article: false, enclitic: null, start: t.start, end: t.end }];
  const first = src.charCodeAt(base);
  const maybeProclitic = n > 2 && first < TABLE && p.initial[first] !== 0;
  const last = src.charCodeAt(base + n - 1);
  if (!maybeProclitic && (last >= TABLE || p.byLast[last] === 0)) return NONE;
  const finalTa = isTaMarbuta(segs.n.original.charCodeAt(t.end - 1));
  const mask = suffixes(src, base, n, p, finalTa);
  let out: Reading[] | null = null;
  const own = mask === 0 ? null : enclitics(src, base, n, 0, mask, ph, p, lex);
  if (own) for (const x of own) (out ??= []).push({ key: x.stem, proclitics: NO_PROCLITICS, article: false, enclitic: x.enclitic, start: t.start, end: t.end });
  if (maybeProclitic) {
    const second = src.charCodeAt(base + 1);
    if (p.initial[first] === 2 && n > 3 && !(second < TABLE && p.initial[second] !== 0) && !(second === ALEF && src.charCodeAt(base + 2) === LAM_CODE)) {
      // و/ف + a word that begins with no other clitic: the split is certain unless the word is listed whole
      const hk = ((ph[n] as number) - Math.imul(ph[1] as number, POW[n - 1] as number)) | 0;
      const rest = lex.mayHave(hk) ? w.slice(1) : null;
      const whole = rest !== null && lex.has(rest);
      const splits = mask === 0 ? null : enclitics(src, base, n, 1, mask, ph, p, lex);
      if ((!whole && splits === null) || p.whole.has(w)) return out ?? NONE;
      const procs = p.conjunction.get(first) as readonly string[];
      const start = segs.n.starts[base + 1] as number;
      if (whole) (out ??= []).push({ key: rest, proclitics: procs, article: false, enclitic: null, start, end: t.end });
      if (splits) for (const x of splits) (out ??= []).push({ key: x.stem, proclitics: procs, article: false, enclitic: x.enclitic, start, end: t.end });
      return out ?? NONE;
    }
    let maybe = false;
    for (let k = 1; k <= 4 && k < n - 1 && !maybe; k++) {
      const hk = ((ph[n] as number) - Math.imul(ph[k] as number, POW[n - k] as number)) | 0;
      maybe = (lex.mayHave(hk) && lex.has(w.slice(k))) || (mask !== 0 && enclitics(src, base, n, k, mask, ph, p, lex) !== null);
    }
    if (maybe) {
      for (const seg of segs.at(i)) {
        const start = seg.span.start;
        if (lex.has(seg.stem)) (out ??= []).push({ key: seg.stem, proclitics: seg.proclitics, article: seg.article, enclitic: null, start, end: t.end });
        const sm = suffixes(seg.stem, 0, seg.stem.length, p, finalTa);
        const splits = sm === 0 ? null : enclitics(seg.stem, 0, seg.stem.length, 0, sm, null, p, lex);
        if (splits) for (const x of splits) (out ??= []).push({ key: x.stem, proclitics: seg.proclitics, article: seg.article, enclitic: x.enclitic, start, end: t.end });
      }
    }
  }
  return out ?? NONE;
}

/**
 * How a neighbouring word is matched by context-rule words: its keys as written, without the article, and without
 * the letters that may be proclitics (a cheap superset of the true readings: rule words are specific enough), and
 * — asked only by rules about proclitics — the proclitics of its real readings.
 */
export class NeighbourWord {
  readonly keys: readonly string[];
  #proclitics: ReadonlySet<string> | null = null;

  constructor(
    private readonly segs: Segments,
    private readonly j: number,
    p: Peeler,
  ) {
    const w = (segs.tokens[j] as Token).norm;
    const keys = [w];
    const b = bareKey(w);
    if (b !== w) keys.push(b);
    for (let k = 1; k <= 3 && k < w.length - 1; k++) {
      const c = w.charCodeAt(k - 1);
      if (c >= TABLE || p.initial[c] !== 1) break;
      const rest = w.slice(k);
      keys.push(rest);
      const rb = bareKey(rest);
      if (rb !== rest) keys.push(rb);
      else if (c === LAM_CODE && rest.charCodeAt(0) === LAM_CODE) keys.push(rest.slice(1)); // لل: ل + the article without its alef
    }
    this.keys = keys;
  }

  get proclitics(): ReadonlySet<string> {
    if (this.#proclitics === null) {
      const set = new Set<string>();
      for (const seg of this.segs.at(this.j)) for (const c of seg.proclitics) set.add(c);
      this.#proclitics = set;
    }
    return this.#proclitics;
  }
}

const ARTICLE = 'ال';

/** Strips a leading article from a key of more than 3 letters (الهجوم → هجوم). */
export function bareKey(k: string): string {
  return k.length > 3 && k.startsWith(ARTICLE) ? k.slice(ARTICLE.length) : k;
}
