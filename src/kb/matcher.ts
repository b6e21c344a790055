// Finds knowledge-base phrases in a document's tokens: longest match, clitics peeled from the first word.
import type { Normalised } from '../text/normalise.js';
import { segmentToken, type CliticLexicon, type TokenSegmentation } from '../text/clitics.js';
import type { Token } from '../text/types.js';
import type { AliasRef, TrieNode } from './compile.js';

/** A phrase of a trie found in the text. `start`/`end` exclude peeled clitics. */
export interface PhraseMatch {
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  text: string;
  refs: readonly AliasRef[];
  /** Clitics peeled off the first word (و، ب، لل …). */
  proclitics: readonly string[];
}

const WORDLIKE = new Set(['arabic', 'latin', 'number', 'foreign']);

/**
 * The readings of a document's words that carry proclitics (وواشنطن → و + واشنطن), computed once per word and shared
 * by every matcher that runs over the document. Only Arabic words that begin with a proclitic letter are analysed.
 */
export class Segments {
  readonly #cache: (readonly TokenSegmentation[] | undefined)[];
  readonly #initials: ReadonlySet<string>;

  constructor(
    readonly tokens: readonly Token[],
    readonly n: Normalised,
    readonly clitics: CliticLexicon,
  ) {
    this.#cache = new Array<readonly TokenSegmentation[] | undefined>(tokens.length);
    this.#initials = new Set([...clitics.conjunctions, ...clitics.prepositions, ...clitics.future].map((p) => p.form.charAt(0)));
  }

  /** The readings of token i with at least one proclitic and no pronoun suffix. */
  at(i: number): readonly TokenSegmentation[] {
    const hit = this.#cache[i];
    if (hit) return hit;
    const t = this.tokens[i];
    let segs: readonly TokenSegmentation[] = [];
    if (t && t.kind === 'arabic' && t.norm.length > 2 && this.#initials.has(t.norm.charAt(0))) {
      segs = segmentToken(t, this.n, this.clitics).filter((s) => s.proclitics.length > 0 && s.enclitic === null);
    }
    this.#cache[i] = segs;
    return segs;
  }
}

/**
 * Matches `root` against the tokens, left to right, longest phrase first. The first word of a phrase may carry
 * proclitics (وواشنطن، بسورية، للمعارضة); the following words are matched as written. A phrase never crosses a
 * line break. Where two readings reach the same length, the one with fewer clitics wins.
 */
export function matchPhrases(segs: Segments, root: TrieNode, from = 0, to = segs.tokens.length): PhraseMatch[] {
  const { tokens, n } = segs;
  const out: PhraseMatch[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'hashtag') {
      // #اليمن، #تحالف_دعم_الشرعية: the words of a hashtag, joined by _, name what they name
      const parts = t.norm.slice(1).split('_').filter((x) => x !== '');
      let node: TrieNode | undefined = root;
      for (const p of parts) node = node?.next.get(p);
      if (node && node.refs.length > 0 && t.text.startsWith('#')) {
        out.push({ tokenStart: i, tokenEnd: i + 1, start: t.start + 1, end: t.end, text: t.text.slice(1), refs: node.refs, proclitics: [] });
      }
      continue;
    }
    if (!WORDLIKE.has(t.kind)) continue;
    let best: { end: number; refs: readonly AliasRef[]; start: number; proclitics: readonly string[] } | null = null;
    const extend = (first: TrieNode, start: number, proclitics: readonly string[]): void => {
      let node: TrieNode | undefined = first;
      let j = i + 1;
      let last = first.refs.length > 0 ? i + 1 : -1;
      let lastRefs = first.refs;
      while (j < to) {
        const u = tokens[j] as Token;
        if (u.nl > 0) break;
        node = node.next.get(u.norm);
        if (!node) break;
        j++;
        if (node.refs.length > 0) { last = j; lastRefs = node.refs; }
      }
      if (last < 0) return;
      if (!best || last > best.end || (last === best.end && proclitics.length < best.proclitics.length)) {
        best = { end: last, refs: lastRefs, start, proclitics };
      }
    };
    const whole = root.next.get(t.norm);
    if (whole) extend(whole, t.start, []);
    if (t.kind === 'arabic') {
      for (const seg of segs.at(i)) {
        // a name is matched with the article only when it is written with it (العراق); «السورية» is not «سورية»
        const node = root.next.get(seg.article ? `ال${seg.stem}` : seg.stem);
        if (node) extend(node, seg.span.start, seg.proclitics);
      }
    }
    if (best) {
      const b = best as { end: number; refs: readonly AliasRef[]; start: number; proclitics: readonly string[] };
      const last = tokens[b.end - 1] as Token;
      out.push({ tokenStart: i, tokenEnd: b.end, start: b.start, end: last.end, text: n.original.slice(b.start, last.end), refs: b.refs, proclitics: b.proclitics });
      i = b.end - 1;
    }
  }
  return out;
}
