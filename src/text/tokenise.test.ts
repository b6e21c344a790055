import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNormaliser } from './normalise.js';
import { tokenise } from './tokenise.js';
import type { TokenKind } from './types.js';

const n = createNormaliser();
const tok = (s: string) => tokenise(n.normalise(s));
const pairs = (s: string): [string, TokenKind][] => tok(s).map((t) => [t.text, t.kind]);

describe('tokeniser', () => {
  it.each<[string, string, [string, TokenKind][]]>([
    ['Arabic words and the Arabic comma', 'قال الوزير، أمس', [['قال', 'arabic'], ['الوزير', 'arabic'], ['،', 'punct'], ['أمس', 'arabic']]],
    ['words keep their diacritics', 'قُتِلَ ستةٌ', [['قُتِلَ', 'arabic'], ['ستةٌ', 'arabic']]],
    ['plain number', 'درّبوا 2000 مقاتل', [['درّبوا', 'arabic'], ['2000', 'number'], ['مقاتل', 'arabic']]],
    ['thousands separator', 'نحو 2,000 شخص', [['نحو', 'arabic'], ['2,000', 'number'], ['شخص', 'arabic']]],
    ['Arabic-Indic digits', 'قتل ٢٠٠٠ شخص', [['قتل', 'arabic'], ['٢٠٠٠', 'number'], ['شخص', 'arabic']]],
    ['decimal', 'بلغ 1.5 مليون', [['بلغ', 'arabic'], ['1.5', 'number'], ['مليون', 'arabic']]],
    ['Arabic decimal separator', 'بلغ ١٫٥ مليون', [['بلغ', 'arabic'], ['١٫٥', 'number'], ['مليون', 'arabic']]],
    ['a comma between numbers that is not a thousands group', 'في 3,4 و5', [['في', 'arabic'], ['3', 'number'], [',', 'punct'], ['4', 'number'], ['و', 'arabic'], ['5', 'number']]],
    ['guillemets and question mark', 'هل قال «لا»؟', [['هل', 'arabic'], ['قال', 'arabic'], ['«', 'punct'], ['لا', 'arabic'], ['»', 'punct'], ['؟', 'punct']]],
    ['curly quotes, brackets and semicolon', 'قال “نعم” (أمس)؛', [['قال', 'arabic'], ['“', 'punct'], ['نعم', 'arabic'], ['”', 'punct'], ['(', 'punct'], ['أمس', 'arabic'], [')', 'punct'], ['؛', 'punct']]],
    ['URL with trailing full stop', 'المصدر: https://example.org/news/1?id=2.', [['المصدر', 'arabic'], [':', 'punct'], ['https://example.org/news/1?id=2', 'url'], ['.', 'punct']]],
    ['www URL', 'راجع www.example.org/ar', [['راجع', 'arabic'], ['www.example.org/ar', 'url']]],
    ['e-mail', 'راسلونا على news.desk@example.org اليوم', [['راسلونا', 'arabic'], ['على', 'arabic'], ['news.desk@example.org', 'email'], ['اليوم', 'arabic']]],
    ['Arabic hashtag and handle', 'وسم #غزة_الآن نشره @rasid_news', [['وسم', 'arabic'], ['#غزة_الآن', 'hashtag'], ['نشره', 'arabic'], ['@rasid_news', 'mention']]],
    ['Latin words with digits and apostrophes', 'طائرات F16 من O\'Brien', [['طائرات', 'arabic'], ['F16', 'latin'], ['من', 'arabic'], ["O'Brien", 'latin']]],
    ['ellipsis stays one token', 'انتظروا... ثم…', [['انتظروا', 'arabic'], ['...', 'punct'], ['ثم', 'arabic'], ['…', 'punct']]],
    ['emoji (surrogate pairs) are symbols', 'رائع 👍 جدا', [['رائع', 'arabic'], ['👍', 'symbol'], ['جدا', 'arabic']]],
    ['letters and digits split', 'بـ2000 دولار', [['بـ', 'arabic'], ['2000', 'number'], ['دولار', 'arabic']]],
    ['other scripts', 'قال Путин שלום', [['قال', 'arabic'], ['Путин', 'foreign'], ['שלום', 'foreign']]],
  ])('%s', (_what, input, expected) => {
    expect(pairs(input)).toEqual(expected);
  });

  it('gives each token its matching key', () => {
    expect(tok('أَمريكا وإيران ٢٠١٤').map((t) => t.norm)).toEqual(['امريكا', 'وايران', '2014']);
  });

  it('counts line breaks before a token (CRLF counted once)', () => {
    const t = tok('عنوان\r\nسطر\n\nفقرة');
    expect(t.map((x) => x.nl)).toEqual([0, 1, 2]);
  });

  it('skips direction marks and zero-width characters between words', () => {
    const s = '\u200Fقال\u200F \u202Bالرئيس\u202C';
    const t = tok(s);
    expect(t.map((x) => x.text)).toEqual(['قال', 'الرئيس']);
    for (const x of t) expect(s.slice(x.start, x.end)).toBe(x.text);
  });

  it('a ligature of several words is one token', () => {
    const s = 'قال النبي \uFDFA إن';
    expect(tok(s).map((t) => t.text)).toEqual(['قال', 'النبي', '\uFDFA', 'إن']);
  });

  it('text of only emoji, only Latin, only diacritics', () => {
    expect(tok('😀🚀').map((t) => t.kind)).toEqual(['symbol', 'symbol']);
    expect(tok('Only English here.').map((t) => t.kind)).toEqual(['latin', 'latin', 'latin', 'punct']);
    expect(tok('ًٌٍَُِّْ')).toEqual([]);
  });

  it('property: any string — no exception; tokens are ordered, disjoint and slice to their text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const ts = tok(s);
        let last = 0;
        ts.forEach((t, i) => {
          expect(t.index).toBe(i);
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(s.slice(t.start, t.end)).toBe(t.text);
          last = t.end;
        });
      }),
      { numRuns: 500 },
    );
  });

  it('property: Arabic-like text with punctuation and digits round-trips', () => {
    const alphabet = 'ابتةجحدرسشعفقكلمنهوىيأإآ٠١٢٣456789.,،؛؟!«»() \n\u064E\u0651\u0640';
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 200 }), (s) => {
        for (const t of tok(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
      }),
      { numRuns: 500 },
    );
  });
});
