import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNormaliser } from './normalise.js';
import { compileSentences, loadSentenceData, splitSentences } from './sentences.js';
import { tokenise } from './tokenise.js';

const normaliser = createNormaliser();
const rules = compileSentences(loadSentenceData(), normaliser);
const split = (s: string) => splitSentences(tokenise(normaliser.normalise(s)), s, rules);
const texts = (s: string) => split(s).map((x) => x.text);

describe('sentence splitter', () => {
  it.each<[string, string, string[]]>([
    ['full stop', 'قصفت الطائرات المدينة. وقتل ثلاثة مدنيين.', ['قصفت الطائرات المدينة.', 'وقتل ثلاثة مدنيين.']],
    ['Arabic question mark and exclamation', 'هل انتهت الحرب؟ لا أحد يعرف! ربما.', ['هل انتهت الحرب؟', 'لا أحد يعرف!', 'ربما.']],
    ['ellipsis', 'انتظر الجميع… ثم جاء الخبر', ['انتظر الجميع…', 'ثم جاء الخبر']],
    ['decimal is not a boundary', 'بلغ النمو 1.5 في المئة هذا العام. وتراجع التضخم.', ['بلغ النمو 1.5 في المئة هذا العام.', 'وتراجع التضخم.']],
    ['Arabic title abbreviation د.', 'قال د. أحمد خليل إن الوضع خطير.', ['قال د. أحمد خليل إن الوضع خطير.']],
    ['initials', 'التقى الوزير جون ف. كيري في جنيف.', ['التقى الوزير جون ف. كيري في جنيف.']],
    ['era abbreviation ق.م', 'بنيت المدينة عام 300 ق.م. على ضفة النهر.', ['بنيت المدينة عام 300 ق.م. على ضفة النهر.']],
    ['Latin abbreviation', 'وصل Dr. Smith إلى بغداد. ثم غادر.', ['وصل Dr. Smith إلى بغداد.', 'ثم غادر.']],
    [
      'a quotation that continues the sentence',
      'قال المتحدث «لن نتراجع. سنواصل القتال» مضيفاً أن الهدنة انتهت. وأكد ذلك الجيش.',
      ['قال المتحدث «لن نتراجع. سنواصل القتال» مضيفاً أن الهدنة انتهت.', 'وأكد ذلك الجيش.'],
    ],
    ['a question inside quotes before the speaker', '«هل انتهت الحرب؟» تساءل الصحافي. ولم يجب أحد.', ['«هل انتهت الحرب؟» تساءل الصحافي.', 'ولم يجب أحد.']],
    ['closing quote stays with its sentence', 'وقال: «انتهى الأمر.» ثم غادر.', ['وقال: «انتهى الأمر.»', 'ثم غادر.']],
    ['straight double quotes', 'قال "لا تعليق. شكرا" ثم صمت.', ['قال "لا تعليق. شكرا" ثم صمت.']],
  ])('%s', (_what, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('headline and caption lines are sentences of their own', () => {
    const s = 'تنسيق بين الجيشين\n\nأنقرة تستضيف المحادثات\n\nتصاعد الدخان فوق المدينة. أرشيف\n\nقال الوزير إن المحادثات ناجحة.';
    const got = split(s);
    expect(got.map((x) => x.text)).toEqual([
      'تنسيق بين الجيشين',
      'أنقرة تستضيف المحادثات',
      'تصاعد الدخان فوق المدينة.',
      'أرشيف',
      'قال الوزير إن المحادثات ناجحة.',
    ]);
    expect(got.map((x) => x.kind)).toEqual(['line', 'line', 'sentence', 'line', 'sentence']);
  });

  it('an unclosed quotation ends at the end of its line', () => {
    expect(texts('قال «لن نتراجع. أبدا\nوفي سياق آخر تقدم الجيش.')).toEqual(['قال «لن نتراجع. أبدا', 'وفي سياق آخر تقدم الجيش.']);
  });

  it('CRLF line endings', () => {
    expect(texts('العنوان\r\n\r\nالنص الأول. النص الثاني.\r\n')).toEqual(['العنوان', 'النص الأول.', 'النص الثاني.']);
  });

  it('sentence offsets and token ranges', () => {
    const s = 'جملة أولى. جملة ثانية';
    const [a, b] = split(s);
    expect(a).toMatchObject({ start: 0, end: 10, tokenStart: 0, tokenEnd: 3, kind: 'sentence' });
    expect(b).toMatchObject({ start: 11, end: 21, tokenStart: 3, tokenEnd: 5, kind: 'line' });
  });

  it('property: sentences cover every token once, in order, and slice to their text', () => {
    const alphabet = 'ابتجدرسعفقلمنهوي .؟!…«»"\n،';
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom(...alphabet), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 200 }), (s) => {
        const tokens = tokenise(normaliser.normalise(s));
        const ss = splitSentences(tokens, s, rules);
        let next = 0;
        for (const x of ss) {
          expect(x.tokenStart).toBe(next);
          expect(x.tokenEnd).toBeGreaterThan(x.tokenStart);
          expect(s.slice(x.start, x.end)).toBe(x.text);
          next = x.tokenEnd;
        }
        expect(next).toBe(tokens.length);
      }),
      { numRuns: 500 },
    );
  });
});
