// CoNLL files (one token per line, blank lines between sentences) and the tagger's units for their tokens.
import { DataError } from '../errors.js';
import type { TextResources } from '../text/index.js';
import { tokenise } from '../text/tokenise.js';
import type { Token } from '../text/types.js';
import type { Unit } from './features.js';
import { tagIndex } from './tags.js';

/** One line of a CoNLL file: a token (with the last column, when there are several), a blank line, or -DOCSTART-. */
export type ConllLine =
  | { readonly kind: 'token'; readonly token: string; readonly tag: string | null; readonly line: number }
  | { readonly kind: 'blank' | 'docstart'; readonly line: number };

export interface ConllSentence {
  readonly tokens: readonly string[];
  /** The last column of each line, or null where a line has one column. */
  readonly tags: readonly (string | null)[];
  /** 1-based line number of each token. */
  readonly lines: readonly number[];
}

export interface ConllDocument {
  /** Every line, in order (a final line break does not make a blank line). */
  readonly lines: readonly ConllLine[];
  /** Maximal runs of token lines. */
  readonly sentences: readonly ConllSentence[];
}

/**
 * Reads a CoNLL file. A line holding a tab is split on tabs (so a token may hold spaces), any other line on runs of
 * spaces; the token is the first column and the tag the last, when there are two or more. A line of whitespace is
 * blank. CRLF, CR and LF line breaks and a byte-order mark are accepted.
 * @example
 *   parseConll('بغداد B-LOC\nأمس O\n\nقال O\n').sentences.map((s) => s.tokens) // [['بغداد', 'أمس'], ['قال']]
 */
export function parseConll(source: string): ConllDocument {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const raw = text.split(/\r\n|\n|\r/);
  if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
  const lines: ConllLine[] = [];
  const sentences: ConllSentence[] = [];
  let cur: { tokens: string[]; tags: (string | null)[]; lines: number[] } | null = null;
  const close = (): void => {
    if (cur) sentences.push(cur);
    cur = null;
  };
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] as string;
    const trimmed = line.trim();
    if (trimmed === '') {
      lines.push({ kind: 'blank', line: i + 1 });
      close();
      continue;
    }
    const cols = (line.includes('\t') ? line.split('\t') : trimmed.split(/\s+/)).map((c) => c.trim()).filter((c) => c !== '');
    const token = cols[0] as string;
    if (token === '-DOCSTART-') {
      lines.push({ kind: 'docstart', line: i + 1 });
      close();
      continue;
    }
    const tag = cols.length > 1 ? (cols[cols.length - 1] as string) : null;
    lines.push({ kind: 'token', token, tag, line: i + 1 });
    cur ??= { tokens: [], tags: [], lines: [] };
    cur.tokens.push(token);
    cur.tags.push(tag);
    cur.lines.push(i + 1);
  }
  close();
  return { lines, sentences };
}

/** The gold tag indices of a sentence; a missing or unknown tag is a DataError naming file and line. */
export function goldTags(s: ConllSentence, file: string): Int32Array {
  const out = new Int32Array(s.tokens.length);
  for (let i = 0; i < s.tokens.length; i++) {
    const tag = s.tags[i];
    const t = tag === null || tag === undefined ? -1 : tagIndex(tag);
    if (t < 0) {
      const line = s.lines[i] as number;
      const what = tag === null || tag === undefined ? 'no tag column' : `the tag "${tag}"`;
      throw new DataError(
        `${file}:${line}: ${what}: expected O or B-/I- with PERS (or PER), LOC, ORG, MISC`,
        { file, line },
      );
    }
    out[i] = t;
  }
  return out;
}

const WORDLIKE = new Set(['arabic', 'latin', 'number', 'foreign', 'hashtag', 'mention', 'url', 'email']);

/** Of the text-layer tokens inside one CoNLL token, the one that carries the word: word-like first, then longest. */
function mainToken(tokens: readonly Token[]): Token | undefined {
  let best: Token | undefined;
  for (const t of tokens) {
    if (!best) { best = t; continue; }
    const a = WORDLIKE.has(t.kind) ? 1 : 0;
    const b = WORDLIKE.has(best.kind) ? 1 : 0;
    if (a > b || (a === b && t.norm.length > best.norm.length)) best = t;
  }
  return best;
}

/**
 * The tagger's units for the tokens of a CoNLL sentence. The tokens are joined with single spaces, normalised and
 * tokenised by the text layer; a CoNLL token that the text layer splits (a bracket or quote attached: «(د») is
 * read as its main text-layer token, so that its features are those the pipeline computes for that word.
 */
export function conllUnits(tokens: readonly string[], text: TextResources): Unit[] {
  const starts = new Int32Array(tokens.length);
  let pos = 0;
  tokens.forEach((t, i) => {
    starts[i] = pos;
    pos += t.length + 1;
  });
  const joined = tokens.join(' ');
  const layer = tokenise(text.normaliser.normalise(joined));
  const groups: Token[][] = tokens.map(() => []);
  let k = 0;
  for (const t of layer) {
    while (k + 1 < tokens.length && (starts[k + 1] as number) <= t.start) k++;
    (groups[k] as Token[]).push(t);
  }
  return tokens.map((word, i) => {
    const main = mainToken(groups[i] as Token[]);
    return main ? { key: main.norm, word: main.text, kind: main.kind } : { key: text.normaliser.key(word), word, kind: 'symbol' as const };
  });
}
