// Tokeniser: words, numbers, punctuation, URLs, e-mails, hashtags and handles, with offsets into the original text.
import {
  CHAR_CLASS, C_ARABIC, C_DIGIT, C_FOREIGN, C_HIGH_SURROGATE, C_LATIN, C_LOW_SURROGATE, C_MARK, C_NEWLINE,
  C_PUNCT, C_SPACE,
} from './charclass.js';
import type { Normalised } from './normalise.js';
import type { Token, TokenKind } from './types.js';

const URL_RE = /(?:https?:\/\/|www\.)[^\s«»"<>“”]+/y;
const EMAIL_RE = /[a-z0-9][a-z0-9._%+-]*@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}/y;
const URL_TRAIL = /[.,;:!?'’”»)\]،؛؟…]+$/;

const isTerminal = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026;

/**
 * Splits a normalised text into tokens whose offsets point into the original text.
 * @example
 *   tokenise(createNormaliser().normalise('قُتل ٢٠٠٠ مقاتل.')).map((t) => t.text) // ['قُتل', '٢٠٠٠', 'مقاتل', '.']
 */
export function tokenise(n: Normalised): Token[] {
  const t = n.text;
  const len = t.length;
  const { original, starts, ends } = n;
  const tokens: Token[] = [];
  const cls = (k: number): number => (k < len ? (CHAR_CLASS[t.charCodeAt(k)] as number) : C_SPACE);
  let nl = 0;
  let i = 0;
  const push = (from: number, to: number, kind: TokenKind): void => {
    const s = starts[from] as number;
    const e = ends[to - 1] as number;
    tokens.push({ index: tokens.length, nstart: from, start: s, end: e, text: original.slice(s, e), norm: t.slice(from, to), kind, nl });
    nl = 0;
  };
  while (i < len) {
    const c = t.charCodeAt(i);
    const k = CHAR_CLASS[c] as number;
    if (k === C_SPACE) { i++; continue; }
    if (k === C_NEWLINE) {
      if (!(c === 13 && t.charCodeAt(i + 1) === 10)) nl++;
      i++;
      continue;
    }
    let j = i + 1;
    let kind: TokenKind;
    switch (k) {
      case C_ARABIC:
        while (j < len && (cls(j) === C_ARABIC || cls(j) === C_MARK)) j++;
        kind = 'arabic';
        break;
      case C_LATIN:
      case C_DIGIT: {
        if ((c === 0x68 || c === 0x77) && (URL_RE.lastIndex = i, URL_RE.test(t))) {
          j = URL_RE.lastIndex;
          const m = URL_TRAIL.exec(t.slice(i, j));
          if (m) {
            let trail = m[0];
            // keep a closing parenthesis that the URL itself opened
            if (trail.startsWith(')') && t.slice(i, j - trail.length).includes('(')) trail = trail.slice(1);
            j -= trail.length;
          }
          kind = 'url';
          break;
        }
        let r = i;
        while (r < len && /[a-z0-9._%+-]/.test(t[r] as string)) r++;
        if (t.charCodeAt(r) === 0x40 && (EMAIL_RE.lastIndex = i, EMAIL_RE.test(t))) {
          j = EMAIL_RE.lastIndex;
          kind = 'email';
          break;
        }
        if (k === C_LATIN) {
          for (;;) {
            while (j < len && (cls(j) === C_LATIN || cls(j) === C_DIGIT || cls(j) === C_MARK)) j++;
            const a = t.charCodeAt(j);
            if ((a === 0x27 || a === 0x2019) && cls(j + 1) === C_LATIN) { j++; continue; }
            break;
          }
          kind = 'latin';
        } else {
          while (j < len && cls(j) === C_DIGIT) j++;
          // thousands groups: 2,000 / 1,250,000 (exactly three digits after each comma)
          while (t.charCodeAt(j) === 0x2c && cls(j + 1) === C_DIGIT && cls(j + 2) === C_DIGIT && cls(j + 3) === C_DIGIT && cls(j + 4) !== C_DIGIT) j += 4;
          if (t.charCodeAt(j) === 0x2e && cls(j + 1) === C_DIGIT) {
            j += 2;
            while (j < len && cls(j) === C_DIGIT) j++;
          }
          kind = 'number';
        }
        break;
      }
      case C_PUNCT:
        if (c === 0x23 && (cls(j) === C_ARABIC || cls(j) === C_LATIN || cls(j) === C_DIGIT || t.charCodeAt(j) === 0x5f)) {
          while (j < len && (cls(j) === C_ARABIC || cls(j) === C_LATIN || cls(j) === C_DIGIT || cls(j) === C_MARK || t.charCodeAt(j) === 0x5f)) j++;
          kind = 'hashtag';
        } else if (c === 0x40 && /[a-z0-9_]/.test(t[j] ?? '')) {
          while (j < len && /[a-z0-9_]/.test(t[j] as string)) j++;
          kind = 'mention';
        } else {
          if (isTerminal(c)) while (j < len && isTerminal(t.charCodeAt(j))) j++;
          kind = 'punct';
        }
        break;
      case C_FOREIGN:
        while (j < len && (cls(j) === C_FOREIGN || cls(j) === C_MARK)) j++;
        kind = 'foreign';
        break;
      case C_MARK: {
        // a stray combining mark joins the token it touches
        const prev = tokens[tokens.length - 1];
        if (prev && nl === 0 && prev.end === (starts[i] as number)) {
          while (j < len && cls(j) === C_MARK) j++;
          prev.end = ends[j - 1] as number;
          prev.text = original.slice(prev.start, prev.end);
          prev.norm += t.slice(i, j);
          i = j;
          continue;
        }
        kind = 'symbol';
        break;
      }
      case C_HIGH_SURROGATE:
        if (cls(j) === C_LOW_SURROGATE) j++;
        while (j < len && cls(j) === C_MARK) j++;
        kind = 'symbol';
        break;
      default:
        while (j < len && cls(j) === C_MARK) j++;
        kind = 'symbol';
    }
    push(i, j, kind);
    i = j;
  }
  return tokens;
}
