import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError } from '../errors.js';
import { createNormaliser } from './normalise.js';
import { compileNumbers, findNumbers, loadNumberData, NumberDataSchema, type NumberData } from './numbers.js';
import { tokenise } from './tokenise.js';
import type { NumberSpan } from './types.js';

const normaliser = createNormaliser();
const data = loadNumberData();
const lex = compileNumbers(data, normaliser);
const find = (s: string): NumberSpan[] => findNumbers(tokenise(normaliser.normalise(s)), lex, s);

/** Offsets are sacred: every span and noun is the original slice, on whole tokens. */
function checkSpans(s: string, spans: readonly NumberSpan[]): void {
  const tokens = tokenise(normaliser.normalise(s));
  let last = -1;
  for (const n of spans) {
    expect(s.slice(n.start, n.end)).toBe(n.text);
    expect(n.tokenStart).toBeLessThan(n.tokenEnd);
    expect(n.tokenStart).toBeGreaterThan(last - 1);
    expect(n.start).toBe(tokens[n.tokenStart]?.start);
    expect(n.end).toBe(tokens[n.tokenEnd - 1]?.end);
    expect(Number.isFinite(n.value)).toBe(true);
    if (n.noun) expect(s.slice(n.noun.start, n.noun.end)).toBe(n.noun.text);
    if (n.qualifier !== null) expect(n.approximate).toBe(true);
    last = n.tokenEnd;
  }
}

interface Expected {
  approximate?: boolean;
  qualifier?: string | null;
  kind?: NumberSpan['kind'];
  /** The counted noun's text, or null for none. */
  noun?: string | null;
  nounNorm?: string;
}
type Case = [what: string, sentence: string, expected: Array<[text: string, value: number, more?: Expected]>];

const cases: Case[] = [
  // digits
  ['digits with a counted noun', 'أعلن الجيش نشر 2000 جندي على الحدود الشمالية.', [['2000', 2000, { kind: 'digits', noun: 'جندي', approximate: false, qualifier: null }]]],
  ['thousands separator', 'وصل عدد اللاجئين إلى 2,000 لاجئ خلال أسبوع.', [['2,000', 2000, { noun: 'لاجئ' }]]],
  ['decimal with percent words', 'سجل الاقتصاد نموا بنسبة 1.5 في المئة العام الماضي.', [['1.5', 1.5, { noun: 'في المئة', nounNorm: '%' }]]],
  ['Arabic-Indic decimal', 'ارتفع سعر الصرف إلى ١٫٥ دينار للدولار.', [['١٫٥', 1.5, { kind: 'digits', noun: 'دينار' }]]],
  ['Arabic-Indic integer', 'شارك ٢٠٠٠ متظاهر في المسيرة.', [['٢٠٠٠', 2000, { noun: 'متظاهر' }]]],
  ['digits and a scale word', 'خصصت الحكومة 1.5 مليون دولار لإعادة الإعمار.', [['1.5 مليون', 1500000, { kind: 'mixed', noun: 'دولار' }]]],
  ['digits and آلاف', 'نزح 3 آلاف شخص من القرى الحدودية.', [['3 آلاف', 3000, { kind: 'mixed', noun: 'شخص', approximate: false }]]],
  ['digits and ألفاً, noun after من is not taken', 'يضم الجيش 20 ألفاً من المتطوعين.', [['20 ألفاً', 20000, { noun: null }]]],
  ['billions', 'بلغت قيمة الصفقة 2.5 مليار يورو.', [['2.5 مليار', 2500000000, { kind: 'mixed', noun: 'يورو' }]]],
  ['digits continue a compound after و', 'يبلغ عدد السكان 3 ملايين و500 ألف نسمة.', [['3 ملايين و500 ألف', 3500000, { kind: 'mixed', noun: 'نسمة' }]]],
  ['date-like digit groups are separate numbers', 'وقع الهجوم في 2018/3/3 قرب الحدود.', [['2018', 2018, { noun: null }], ['3', 3], ['3', 3, { noun: null }]]],
  // units, teens, tens, hundreds
  ['واحد', 'أصيب واحد من الحراس بجروح طفيفة.', [['واحد', 1, { kind: 'words', noun: null }]]],
  ['اثنين', 'أفرجت السلطات عن اثنين من الصحافيين.', [['اثنين', 2]]],
  ['two numbers, the second with و', 'قتلت ثلاث نساء وأربعة أطفال في القصف.', [['ثلاث', 3, { noun: 'نساء' }], ['وأربعة', 4, { noun: 'أطفال' }]]],
  ['تسعة', 'اعتقلت الشرطة تسعة مشتبه بهم.', [['تسعة', 9, { noun: 'مشتبه' }]]],
  ['ثماني with a fatha', 'صدر الحكم بسجنه ثمانيَ سنوات.', [['ثمانيَ', 8, { noun: 'سنوات' }]]],
  ['ثمانٍ with tanween in a compound', 'عاد بعد غياب دام ثمانٍ وأربعين ساعة.', [['ثمانٍ وأربعين', 48, { noun: 'ساعة' }]]],
  ['أحد عشر', 'قتل أحد عشر جندياً في الهجوم.', [['أحد عشر', 11, { noun: 'جندياً' }]]],
  ['إحدى عشرة', 'أصيبت إحدى عشرة امرأة بجروح.', [['إحدى عشرة', 11, { noun: 'امرأة' }]]],
  ['اثني عشر', 'أطلق المسلحون سراح اثني عشر رهينة.', [['اثني عشر', 12, { noun: 'رهينة' }]]],
  ['ثلاثة عشر', 'تضم اللجنة ثلاثة عشر عضواً.', [['ثلاثة عشر', 13, { noun: 'عضواً' }]]],
  ['unit and ten', 'أعلنت الوزارة مقتل خمسة وعشرين شخصاً.', [['خمسة وعشرين', 25, { noun: 'شخصاً', kind: 'words' }]]],
  ['a ten alone', 'تبعد القرية تسعين كيلومترا عن العاصمة.', [['تسعين', 90, { noun: 'كيلومترا' }]]],
  ['dual hundred', 'استقبلت المدينة مئتي عائلة نازحة.', [['مئتي', 200, { noun: 'عائلة' }]]],
  ['one-word hundreds', 'نشرت الأمم المتحدة ثلاثمائة مراقب.', [['ثلاثمائة', 300, { noun: 'مراقب' }]]],
  ['split hundreds', 'فقد ثلاث مئة شخص منازلهم.', [['ثلاث مئة', 300, { noun: 'شخص' }]]],
  ['hundreds, units and a teen', 'أفرج عن ألف وأحد عشر سجيناً.', [['ألف وأحد عشر', 1011, { noun: 'سجيناً' }]]],
  // compounds
  ['thousands and hundreds', 'يعيش في المخيم ثلاثة آلاف وخمسمئة لاجئ.', [['ثلاثة آلاف وخمسمئة', 3500, { noun: 'لاجئ', approximate: false }]]],
  ['a group times a scale', 'شارك في المناورات مئة وخمسون ألفاً من الجنود.', [['مئة وخمسون ألفاً', 150000]]],
  ['dual thousand and hundreds', 'دفعت الشركة ألفين وخمسمائة دولار لكل عائلة.', [['ألفين وخمسمائة', 2500, { noun: 'دولار' }]]],
  ['millions and thousands', 'بلغ عدد سكان المدينة مليونين ومئتي ألف نسمة.', [['مليونين ومئتي ألف', 2200000, { noun: 'نسمة' }]]],
  ['plural billions', 'تجاوزت الخسائر ثلاثة مليارات دولار.', [['ثلاثة مليارات', 3000000000, { noun: 'دولار', approximate: false }]]],
  ['a standalone و', 'بلغ عدد القتلى ثلاثة و عشرين مدنيا.', [['ثلاثة و عشرين', 23, { noun: 'مدنيا' }]]],
  ['two units are two numbers', 'تراوح عدد الضحايا بين خمسة وعشرة أشخاص.', [['خمسة', 5, { noun: null }], ['وعشرة', 10, { noun: 'أشخاص' }]]],
  ['a scale the compound cannot take starts a new number', 'تراوحت التقديرات بين ثلاثة آلاف وعشرين ألفاً.', [['ثلاثة آلاف', 3000], ['وعشرين ألفاً', 20000]]],
  // proclitics and the article
  ['ل proclitic', 'صدرت أحكام بالسجن لثمانية أشخاص بتهمة التهريب.', [['لثمانية', 8, { noun: 'أشخاص' }]]],
  ['ب proclitic', 'وقضت المحكمة بثلاثة أعوام سجنا.', [['بثلاثة', 3, { noun: 'أعوام' }]]],
  ['the article', 'التقى وزراء خارجية الدول الثلاثة في جنيف.', [['الثلاثة', 3, { noun: null }]]],
  // traps
  ['الاثنين is Monday', 'عقد الاجتماع يوم الاثنين الماضي.', []],
  ['أحد alone is not one', 'قال أحد المسؤولين إن المفاوضات متعثرة.', []],
  ['وأحد is not واحد', 'استقال الوزير وأحد مستشاريه.', []],
  ['ثانية and ordinals', 'دوى الانفجار الثاني بعد ثانية من الأول.', []],
  ['more ordinals', 'احتل الفريق المركز الأول في الدوري للمرة الثالثة.', []],
  ['لست is not ل + ست', 'قال المتحدث: لست مخولا بالتصريح.', []],
  ['ألّف with a shadda is the verb', 'ألّف الكاتب كتاباً عن الحرب.', []],
  // approximations
  ['عشرات الآلاف', 'نزح عشرات الآلاف من السكان.', [['عشرات الآلاف', 10000, { approximate: true, qualifier: null, noun: null }]]],
  ['العشرات', 'قتل العشرات في الغارات.', [['العشرات', 10, { approximate: true }]]],
  ['مئات الآلاف', 'تظاهر مئات الآلاف في العاصمة.', [['مئات الآلاف', 100000, { approximate: true }]]],
  ['آلاف alone', 'فر آلاف المدنيين من المدينة.', [['آلاف', 1000, { approximate: true, noun: 'المدنيين' }]]],
  ['بضعة', 'بقي بضعة صحافيين في الفندق.', [['بضعة', 3, { approximate: true, noun: 'صحافيين' }]]],
  ['بضع مئات', 'وصل بضع مئات من المقاتلين.', [['بضع مئات', 300, { approximate: true }]]],
  ['نحو before digits', 'تدرب نحو 2000 مقاتل في المعسكر.', [['نحو 2000', 2000, { approximate: true, qualifier: 'نحو', noun: 'مقاتل' }]]],
  ['حوالى', 'تبعد البلدة حوالى 150 كلم عن الحدود.', [['حوالى 150', 150, { qualifier: 'حوالى', noun: 'كلم' }]]],
  ['ما يزيد على', 'شارك ما يزيد على ثلاثين ألف متظاهر.', [['ما يزيد على ثلاثين ألف', 30000, { qualifier: 'ما يزيد على', noun: 'متظاهر' }]]],
  ['أكثر من', 'اعتقلت الشرطة أكثر من مئة شخص.', [['أكثر من مئة', 100, { qualifier: 'أكثر من', noun: 'شخص' }]]],
  ['ما لا يقل عن', 'نشر ما لا يقل عن عشرة آلاف جندي.', [['ما لا يقل عن عشرة آلاف', 10000, { qualifier: 'ما لا يقل عن', approximate: true }]]],
  ['قرابة and زهاء', 'حضر قرابة خمسين صحافيا وزهاء ألفي زائر.', [['قرابة خمسين', 50, { qualifier: 'قرابة' }], ['وزهاء ألفي', 2000, { qualifier: 'وزهاء', noun: 'زائر' }]]],
  ['a qualifier with a proclitic and percent words', 'ارتفعت الأسعار بنحو 20 بالمئة.', [['بنحو 20', 20, { qualifier: 'بنحو', noun: 'بالمئة', nounNorm: '%' }]]],
  ['على الأقل after the noun', 'قتل ستة جنود على الأقل في الانفجار.', [['ستة', 6, { approximate: true, qualifier: 'على الأقل', noun: 'جنود' }]]],
  ['على الأقل right after the number', 'قتل عشرون على الأقل وأصيب آخرون.', [['عشرون على الأقل', 20, { approximate: true, qualifier: 'على الأقل', noun: null }]]],
  ['تقريباً after the noun', 'استمرت المعركة ثلاثة أيام تقريباً.', [['ثلاثة', 3, { qualifier: 'تقريباً', noun: 'أيام' }]]],
  // percent
  ['percent sign', 'فاز الحزب بـ 45% من الأصوات.', [['45', 45, { noun: '%', nounNorm: '%' }]]],
  ['percent sign before the digits', 'تراجعت نسبة البطالة إلى %12 هذا العام.', [['12', 12, { noun: '%', nounNorm: '%' }]]],
  ['percent words after number words', 'انخفض الإنتاج عشرين في المائة.', [['عشرين', 20, { noun: 'في المائة', nounNorm: '%' }]]],
  // lines
  ['a number does not cross a line break', 'خمسة\nوعشرون', [['خمسة', 5], ['وعشرون', 20]]],
];

describe('findNumbers', () => {
  it.each(cases)('%s', (_what, sentence, expected) => {
    const got = find(sentence);
    checkSpans(sentence, got);
    expect(got.map((n) => [n.text, n.value])).toEqual(expected.map(([t, v]) => [t, v]));
    expected.forEach(([, , more], k) => {
      const n = got[k] as NumberSpan;
      if (!more) return;
      if (more.approximate !== undefined) expect(n.approximate).toBe(more.approximate);
      if (more.qualifier !== undefined) expect(n.qualifier).toBe(more.qualifier);
      if (more.qualifier) expect(n.approximate).toBe(true);
      if (more.kind !== undefined) expect(n.kind).toBe(more.kind);
      if (more.noun !== undefined) expect(n.noun?.text ?? null).toBe(more.noun);
      if (more.nounNorm !== undefined) expect(n.noun?.norm).toBe(more.nounNorm);
    });
  });

  it('1.5 مليون is exactly 1500000 and the span covers digits and scale', () => {
    const s = 'رصد البنك ١٫٥ مليون دولار';
    const [n] = find(s);
    expect(n?.value).toBe(1500000);
    expect(Number.isInteger(n?.value)).toBe(true);
    expect(n).toMatchObject({ text: '١٫٥ مليون', start: 10, end: 19, tokenStart: 2, tokenEnd: 4, kind: 'mixed' });
    expect(n?.noun).toEqual({ start: 20, end: 25, text: 'دولار', norm: 'دولار' });
  });

  it('the span of a preceding qualifier starts at the qualifier', () => {
    const s = 'قتل نحو 2000 شخص';
    const [n] = find(s);
    expect(n).toMatchObject({ start: 4, end: 12, text: 'نحو 2000', tokenStart: 1, tokenEnd: 3, qualifier: 'نحو' });
  });

  it('qualifiers before and after are both reported', () => {
    const [n] = find('ارتفع المؤشر بنحو 20 في المئة تقريبا');
    expect(n).toMatchObject({ text: 'بنحو 20', value: 20, approximate: true, qualifier: 'بنحو … تقريبا' });
    expect(n?.noun?.norm).toBe('%');
  });

  it('returns nothing for a text without numbers, and for an empty text', () => {
    expect(find('')).toEqual([]);
    expect(find('أكد الوزير أن الحوار هو السبيل الوحيد.')).toEqual([]);
  });

  const arabic = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى';
  const pieces = [
    ...arabic, ' ', ' ', ' ', '\n', '0', '1', '5', '٢', '٫', '.', ',', '%', '٪', '/', 'ً', 'ٍ', 'َ', 'ـ', '،',
    'و', 'ال', 'ثلاثة', 'عشر', 'عشرون', 'مئة', 'ألف', 'آلاف', 'مليون', 'أحد', 'اثنا', 'نحو ', 'على الأقل', 'في المئة', 'بضع',
  ];
  it('property: any mix of Arabic letters, digits and spaces gives valid spans', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const s = parts.join('');
        const got = find(s);
        checkSpans(s, got);
        for (const n of got) expect(n.value).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });

  it('property: arbitrary strings never throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        checkSpans(s, find(s));
      }),
      { numRuns: 300 },
    );
  });
});

describe('number data', () => {
  it('validates and compiles the shipped data', () => {
    expect(NumberDataSchema.safeParse(data).success).toBe(true);
    expect(lex.words.get(normaliser.key('وخمسمئة'))).toMatchObject({ conjunction: true, word: { role: 'hundred', value: 500 } });
    expect(lex.words.has(normaliser.key('الاثنين'))).toBe(false);
    expect(lex.words.has(normaliser.key('لست'))).toBe(false);
  });

  it('rejects an entry that breaks the schema', () => {
    const bad = { ...data, words: [{ role: 'ten', value: 25, forms: ['خمسة وعشرون'] }] };
    expect(NumberDataSchema.safeParse(bad).success).toBe(false);
  });

  it('refuses two number words with the same key', () => {
    const clash: NumberData = {
      ...data,
      words: [
        { role: 'unit', value: 3, forms: ['ثلاثة'] },
        { role: 'unit', value: 4, forms: ['ثلاثه'] },
      ],
    };
    expect(() => compileNumbers(clash, normaliser)).toThrow(DataError);
  });

  it('names the file when the data folder is wrong', () => {
    expect(() => loadNumberData('/nonexistent/')).toThrow(/numbers\.json/);
  });
});

const SAMPLE = fileURLToPath(new URL('../../../shared/samples/ar-2014-isis-qaeda-coordination.txt', import.meta.url));
const hasSample = existsSync(SAMPLE);
if (!hasSample) console.warn(`numbers.test: skipping the sample article test, ${SAMPLE} is absent`);

describe.skipIf(!hasSample)('sample article (shared/samples)', () => {
  it('finds the counts of the article', () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const got = find(text);
    checkSpans(text, got);
    const has = (value: number, noun: string | null, approximate?: boolean): void => {
      const n = got.find((x) => x.value === value && (noun === null || x.noun?.norm === normaliser.key(noun)));
      expect(n, `${value} ${noun ?? ''}`).toBeDefined();
      if (approximate !== undefined) expect(n?.approximate).toBe(approximate);
    };
    has(2000, 'مقاتل');
    has(150, 'كلم', true);
    has(40, 'كلم', false);
    has(8, 'أشخاص');
    has(4, null, true);
    has(7, 'أشخاص');
    has(6, 'ألبان', true);
  });
});
