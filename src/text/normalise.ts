// Arabic normalisation for matching, with a map from every normalised code unit back to the original text.
import { CHAR_CLASS, C_MARK } from './charclass.js';

export interface NormaliseOptions {
  /** ى → ي in the matching key (default true). */
  alefMaksura?: boolean;
  /** ة → ه in the matching key (default true). */
  taMarbuta?: boolean;
  /** A–Z → a–z (default true). */
  latinLowercase?: boolean;
  /** أ إ آ ٱ → ا (default true). */
  alef?: boolean;
}

/** A normalised view of a text that remembers where each of its code units came from. */
export interface Normalised {
  readonly original: string;
  /** The matching key of the whole text. */
  readonly text: string;
  /** For normalised unit i, the original range [starts[i], ends[i]). Both arrays are non-decreasing. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/** Maps a normalised range [start, end) to the original range it covers. */
export function toOriginal(n: Normalised, start: number, end: number): [number, number] {
  if (end > start) return [n.starts[start] as number, n.ends[end - 1] as number];
  const at = start < n.text.length ? (n.starts[start] as number) : n.original.length;
  return [at, at];
}

// Actions in the per-character table.
const KEEP = 0;
const DROP_ATTACH = -1; // removed; the original range of the previous unit grows over it (tashkeel, tatweel)
const DROP = -2; // removed outright (zero-width and direction marks)
const EXPAND = -3; // replaced by its compatibility decomposition (presentation forms)

export interface Normaliser {
  readonly options: Required<NormaliseOptions>;
  /** Normalises a whole text, keeping the offset map. */
  normalise(text: string): Normalised;
  /** The matching key of a short string (a name, a lexicon entry), without the map. */
  key(text: string): string;
}

/**
 * Builds a normaliser. The tables are computed once here and never change afterwards.
 * @example
 *   const n = createNormaliser();
 *   n.key('أَمْرِيكَا') // 'امريكا'
 */
export function createNormaliser(opts: NormaliseOptions = {}): Normaliser {
  const options: Required<NormaliseOptions> = {
    alefMaksura: opts.alefMaksura ?? true,
    taMarbuta: opts.taMarbuta ?? true,
    latinLowercase: opts.latinLowercase ?? true,
    alef: opts.alef ?? true,
  };
  const action = new Int32Array(0x10000); // KEEP, DROP*, EXPAND, or a replacement code unit (> 0)
  const set = (from: number, to: number, a: number): void => {
    for (let c = from; c <= to; c++) action[c] = a;
  };
  set(0x064b, 0x065f, DROP_ATTACH); // tanwin, fatha … sukun, maddah/hamza marks, other harakat
  action[0x0670] = DROP_ATTACH; // superscript alef
  action[0x0640] = DROP_ATTACH; // tatweel
  set(0x0610, 0x061a, DROP_ATTACH); // honorific and Quranic signs above letters
  set(0x06d6, 0x06dc, DROP_ATTACH);
  set(0x06df, 0x06e4, DROP_ATTACH);
  set(0x06e7, 0x06e8, DROP_ATTACH);
  set(0x06ea, 0x06ed, DROP_ATTACH);
  set(0x200b, 0x200f, DROP); // zero-width space/non-joiner/joiner, LRM, RLM
  set(0x202a, 0x202e, DROP); // embeddings and overrides
  set(0x2066, 0x2069, DROP); // isolates
  action[0x061c] = DROP; // Arabic letter mark
  action[0xfeff] = DROP; // BOM / zero-width no-break space
  action[0x00ad] = DROP; // soft hyphen
  set(0xfb50, 0xfdff, EXPAND); // Arabic presentation forms A
  set(0xfe70, 0xfefe, EXPAND); // Arabic presentation forms B
  if (options.alef) for (const c of [0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673]) action[c] = 0x0627; // alef forms → ا
  for (let d = 0; d < 10; d++) {
    action[0x0660 + d] = 0x30 + d; // Arabic-Indic digits
    action[0x06f0 + d] = 0x30 + d; // Persian digits
  }
  action[0x066b] = 0x2e; // ٫ decimal separator → .
  action[0x066c] = 0x2c; // ٬ thousands separator → ,
  action[0x066a] = 0x25; // ٪ → %
  action[0x06cc] = 0x064a; // Persian yeh → ي
  action[0x06a9] = 0x0643; // keheh → ك
  action[0x06c1] = 0x0647; // heh goal → ه
  if (options.alefMaksura) action[0x0649] = 0x064a;
  if (options.taMarbuta) action[0x0629] = 0x0647;
  if (options.latinLowercase) for (let c = 0x41; c <= 0x5a; c++) action[c] = c + 32;

  // Presentation forms expand to their base letters, themselves passed through the table.
  const expansions = new Map<number, number[]>();
  const mapUnit = (c: number): number[] => {
    const a = action[c] as number;
    if (a === KEEP) return [c];
    if (a > 0) return [a];
    return [];
  };
  for (let c = 0xfb50; c <= 0xfefe; c++) {
    if (c > 0xfdff && c < 0xfe70) continue;
    const s = String.fromCharCode(c);
    let d = s.normalize('NFKC');
    if (d === s) { action[c] = KEEP; continue; }
    // Isolated tashkeel forms decompose to a space + mark: treat them as the mark.
    if (d.charCodeAt(0) === 0x20 && d.length > 1) { action[c] = DROP_ATTACH; continue; }
    const units: number[] = [];
    // a ligature of several words (ﷺ، ﷻ) stays one word: its spaces are dropped, so it is one token
    for (let k = 0; k < d.length; k++) if (d.charCodeAt(k) !== 0x20) units.push(...mapUnit(d.charCodeAt(k)));
    d = '';
    if (units.length === 0) action[c] = DROP_ATTACH;
    else if (units.length === 1) action[c] = units[0] as number;
    else expansions.set(c, units);
  }

  const decoder = new TextDecoder('utf-16le');
  const normalise = (original: string): Normalised => {
    // NFC first, cluster by cluster, so that offsets stay exact; most texts are already NFC.
    const nfcClusters = original.normalize('NFC') !== original;
    const len = original.length;
    let cap = len + 16;
    let out = new Uint16Array(cap);
    let starts = new Int32Array(cap);
    let ends = new Int32Array(cap);
    let n = 0;
    const grow = (): void => {
      cap *= 2;
      const o2 = new Uint16Array(cap); o2.set(out); out = o2;
      const s2 = new Int32Array(cap); s2.set(starts); starts = s2;
      const e2 = new Int32Array(cap); e2.set(ends); ends = e2;
    };
    const emit = (c: number, s: number, e: number): void => {
      const a = c < 0x10000 ? (action[c] as number) : KEEP;
      if (a === KEEP || a > 0) {
        if (n === cap) grow();
        out[n] = a > 0 ? a : c; starts[n] = s; ends[n] = e; n++;
      } else if (a === DROP_ATTACH) {
        if (n > 0 && (ends[n - 1] as number) >= s) ends[n - 1] = e;
      } else if (a === EXPAND) {
        for (const u of expansions.get(c) ?? []) {
          if (n === cap) grow();
          out[n] = u; starts[n] = s; ends[n] = e; n++;
        }
      }
    };
    for (let i = 0; i < len; i++) {
      const c = original.charCodeAt(i);
      if (c < 0x80) {
        // ASCII fast path
        if (n === cap) grow();
        out[n] = options.latinLowercase && c >= 0x41 && c <= 0x5a ? c + 32 : c;
        starts[n] = i; ends[n] = i + 1; n++;
        continue;
      }
      if (nfcClusters) {
        let j = i + 1;
        while (j < len && CHAR_CLASS[original.charCodeAt(j)] === C_MARK) j++;
        if (j > i + 1) {
          const cluster = original.slice(i, j);
          const composed = cluster.normalize('NFC');
          if (composed !== cluster) {
            for (let k = 0; k < composed.length; k++) emit(composed.charCodeAt(k), i, j);
            i = j - 1;
            continue;
          }
        }
      }
      emit(c, i, i + 1);
    }
    return {
      original,
      text: decoder.decode(out.subarray(0, n)),
      // views, not copies: the buffers are at most a few units longer than needed
      starts: starts.subarray(0, n),
      ends: ends.subarray(0, n),
    };
  };

  const key = (text: string): string => normalise(text).text;
  return { options, normalise, key };
}
