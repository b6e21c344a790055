// Value types of the text layer. Every start/end is a UTF-16 index into the ORIGINAL text, [start, end).

/** A half-open range of the original text. */
export interface Span {
  start: number;
  end: number;
}

export type TokenKind =
  | 'arabic' // Arabic-script word
  | 'latin' // Latin-script word (may contain digits: F16, G20)
  | 'foreign' // a word in another script (Hebrew, Cyrillic, CJK, …)
  | 'number' // 2000, 2,000, ٢٠٠٠, 1.5, ١٫٥
  | 'punct' // . ، ؛ ؟ « » “ ” ( ) … and other punctuation
  | 'symbol' // emoji and other symbols
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention'; // @handle

export interface Token extends Span {
  /** Position in the token list. */
  index: number;
  /** Where the token's `norm` starts in the normalised text (see Normalised in normalise.ts). */
  nstart: number;
  /** The original words: `text === original.slice(start, end)`. */
  text: string;
  /** The matching key: the token's text after normalisation (no tashkeel, unified alef, ASCII digits, …). */
  norm: string;
  kind: TokenKind;
  /** Line breaks in the whitespace before this token: 0 none, 1 a line break, 2+ a paragraph break. */
  nl: number;
}

export interface Sentence extends Span {
  index: number;
  text: string;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** `line`: a line without final punctuation (headline, caption, dateline); `sentence` otherwise. */
  kind: 'sentence' | 'line';
}

/** The word counted by a number (2000 مقاتل → مقاتل). */
export interface CountedNoun extends Span {
  text: string;
  norm: string;
}

export interface NumberSpan extends Span {
  text: string;
  value: number;
  /** True for عشرات، مئات، نحو، حوالي، أكثر من، على الأقل … */
  approximate: boolean;
  /** The approximation cue words, when there are any (نحو، على الأقل …). */
  qualifier: string | null;
  kind: 'digits' | 'words' | 'mixed';
  tokenStart: number;
  tokenEnd: number;
  noun: CountedNoun | null;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export interface DateSpan extends Span {
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY; for a week the first day (YYYY-MM-DD). Null when it cannot be resolved. */
  value: string | null;
  precision: DatePrecision;
  /** The resolved range of days, inclusive, when known. */
  from: string | null;
  to: string | null;
  /** True when resolved against the publication date (أمس، الأسبوع الماضي، مارس الفائت, a weekday, …). */
  relative: boolean;
  calendar: 'gregorian' | 'hijri';
  /** Part of the period the words point at (نهاية ديسمبر → end), when they do. */
  part: 'start' | 'middle' | 'end' | null;
  tokenStart: number;
  tokenEnd: number;
}
