import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNormaliser, toOriginal } from './normalise.js';

const n = createNormaliser();

describe('normaliser: matching keys', () => {
  it.each([
    ['tashkeel is removed', 'قُتِلَ الجُنْدِيُّ', 'قتل الجندي'],
    ['tanwin and sukun', 'مقاتلاً، كتابٌ، عِلْمٍ', 'مقاتلا، كتاب، علم'],
    ['superscript alef', 'هٰذا', 'هذا'],
    ['tatweel', 'العـــراق', 'العراق'],
    ['alef forms unify', 'أحمد إبراهيم آمال ٱلله', 'احمد ابراهيم امال الله'],
    ['alef maksura → yeh', 'مستشفى على', 'مستشفي علي'],
    ['ta marbuta → heh', 'مدرسة الحكومة', 'مدرسه الحكومه'],
    ['Arabic-Indic digits', '٢٠١٤', '2014'],
    ['Persian digits', '۱۳۹۳', '1393'],
    ['Arabic decimal and thousands separators', '١٫٥ و٢٬٠٠٠', '1.5 و2,000'],
    ['presentation forms B', 'ﺑﺴﻢ', 'بسم'],
    ['lam-alef ligature', 'ﻻ ﻷ', 'لا لا'],
    ['zero-width and direction marks are dropped', 'سو\u200Cريا\u200F \u061Cغزة\uFEFF', 'سوريا غزه'],
    ['Latin lower-cased', 'CBS News', 'cbs news'],
    ['NFC: alef + combining hamza above → أ → ا', 'ا\u0654حمد', 'احمد'],
    ['NFC: waw + hamza above → ؤ', 'مو\u0654تمر', 'مؤتمر'],
    ['Persian yeh and keheh', 'ایران کابل', 'ايران كابل'],
  ])('%s', (_what, input, expected) => {
    expect(n.normalise(input).text).toBe(expected);
    expect(n.key(input)).toBe(expected);
  });

  it('keeps ى and ة when configured to', () => {
    const strict = createNormaliser({ alefMaksura: false, taMarbuta: false });
    expect(strict.key('مستشفى المدينة')).toBe('مستشفى المدينة');
    expect(strict.key('أمريكا')).toBe('امريكا');
  });

  it('keeps Latin case when configured to', () => {
    expect(createNormaliser({ latinLowercase: false }).key('CBS')).toBe('CBS');
  });
});

describe('normaliser: offset map', () => {
  it('maps each key unit back to the original letters with their diacritics', () => {
    const text = 'قُتِلَ ستةٌ';
    const r = n.normalise(text);
    expect(r.text).toBe('قتل سته');
    // the word قتل covers the whole diacritised original
    const [s, e] = toOriginal(r, 0, 3);
    expect(text.slice(s, e)).toBe('قُتِلَ');
    const [s2, e2] = toOriginal(r, 4, 7);
    expect(text.slice(s2, e2)).toBe('ستةٌ');
  });

  it('does not attach a dropped direction mark to the previous word', () => {
    const text = 'غزة\u200F قال';
    const r = n.normalise(text);
    const [s, e] = toOriginal(r, 0, 3);
    expect(text.slice(s, e)).toBe('غزة');
  });

  it('maps the expansion of one ligature to that one character', () => {
    const text = 'قال ﷲ';
    const r = n.normalise(text);
    expect(r.text).toBe('قال الله');
    expect(toOriginal(r, 4, 8)).toEqual([4, 5]);
  });

  it('maps an empty range at the end to the end of the original', () => {
    const text = 'كتبَ';
    const r = n.normalise(text);
    expect(toOriginal(r, r.text.length, r.text.length)).toEqual([text.length, text.length]);
  });

  it('CRLF and other whitespace are kept unit for unit', () => {
    const text = 'سطر\r\nآخر';
    const r = n.normalise(text);
    expect(r.text).toBe('سطر\r\nاخر');
    expect(Array.from(r.starts)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('text of only diacritics normalises to nothing', () => {
    expect(n.normalise('ًٌٍَُِّْ').text).toBe('');
  });

  it('property: any string — no exception, a monotonic map inside the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const r = n.normalise(s);
        expect(r.starts.length).toBe(r.text.length);
        expect(r.ends.length).toBe(r.text.length);
        for (let i = 0; i < r.text.length; i++) {
          const a = r.starts[i] as number;
          const b = r.ends[i] as number;
          expect(a).toBeGreaterThanOrEqual(0);
          expect(b).toBeGreaterThan(a);
          expect(b).toBeLessThanOrEqual(s.length);
          if (i > 0) {
            expect(a).toBeGreaterThanOrEqual(r.starts[i - 1] as number);
            expect(b).toBeGreaterThanOrEqual(r.ends[i - 1] as number);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('property: Arabic text with diacritics — every key unit comes from a unit of the same letter', () => {
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءئؤ';
    const marks = '\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640';
    const arb = fc.array(fc.tuple(fc.constantFrom(...letters), fc.string({ unit: fc.constantFrom(...marks), maxLength: 3 })), { maxLength: 40 });
    fc.assert(
      fc.property(arb, (parts) => {
        const s = parts.map(([l, m]) => l + m).join('');
        const r = n.normalise(s);
        expect(r.text).toBe(parts.map(([l]) => l).join(''));
        for (let i = 0; i < r.text.length; i++) expect(s[r.starts[i] as number]).toBe(r.text[i]);
      }),
    );
  });
});
