import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RasidError } from '../errors.js';
import { DateDataSchema, compileDates, findDates, loadDateData } from './dates.js';
import { createNormaliser } from './normalise.js';
import { tokenise } from './tokenise.js';
import type { DateSpan } from './types.js';

const normaliser = createNormaliser();
const data = loadDateData();
const lex = compileDates(data, normaliser);
const find = (text: string, published: string | null = '2014-11-16'): DateSpan[] =>
  findDates(tokenise(normaliser.normalise(text)), lex, text, published);

type Expected = Partial<Pick<DateSpan, 'text' | 'value' | 'precision' | 'from' | 'to' | 'relative' | 'calendar' | 'part'>>;

// [what, sentence, published, expected spans]
const CASES: [string, string, string | null, Expected[]][] = [
  // relative days
  ['أمس', 'قالت الشرطة إن الانفجار وقع أمس قرب السوق.', '2014-11-16', [{ text: 'أمس', value: '2014-11-15', precision: 'day', from: '2014-11-15', to: '2014-11-15', relative: true }]],
  ['أول من أمس', 'واعتقلت السلطات أول من أمس ثلاثة مشتبه بهم.', '2014-11-16', [{ text: 'أول من أمس', value: '2014-11-14', precision: 'day' }]],
  ['اليوم', 'ويعقد المجلس جلسته اليوم لمناقشة الأزمة.', '2014-11-16', [{ text: 'اليوم', value: '2014-11-16', precision: 'day' }]],
  ['غداً with tanwin', 'غداً يصل المبعوث الأممي إلى دمشق.', '2014-11-16', [{ text: 'غداً', value: '2014-11-17', relative: true }]],
  ['بعد غد', 'ويبدأ الإضراب بعد غد في كل المدارس.', '2014-11-16', [{ text: 'بعد غد', value: '2014-11-18' }]],
  ['البارحة', 'وسقطت الأمطار البارحة على المدينة.', '2014-11-16', [{ text: 'البارحة', value: '2014-11-15' }]],
  ['proclitic وأمس', 'وأمس أعلنت الحكومة حالة الطوارئ.', '2014-11-16', [{ text: 'وأمس', value: '2014-11-15' }]],
  ['two relative days', 'وبين أمس واليوم قتل 20 شخصاً.', '2014-11-16', [{ text: 'أمس', value: '2014-11-15' }, { text: 'واليوم', value: '2014-11-16' }]],
  ['أمس + weekday', 'وجاء ذلك أمس الأحد في بيان رسمي.', '2014-11-17', [{ text: 'أمس الأحد', value: '2014-11-16' }]],
  ['اليوم التالي is not today', 'وفي اليوم التالي عاد الهدوء إلى الشوارع.', '2014-11-16', []],
  // months resolved against the publication date
  ['نهاية ديسمبر', 'ومن المقرر أن تبدأ المناورات في نهاية ديسمبر.', '2014-11-16', [{ text: 'نهاية ديسمبر', value: '2014-12', precision: 'month', part: 'end', from: '2014-12-01', to: '2014-12-31', relative: true }]],
  ['مارس الفائت', 'وكان الجيش قد أعلن في مارس الفائت عن خطة جديدة.', '2014-11-16', [{ text: 'مارس الفائت', value: '2014-03', precision: 'month', part: null }]],
  ['proclitic بمارس + modifier', 'وجرى الاتفاق على الهدنة بمارس الماضي.', '2014-11-16', [{ text: 'بمارس الماضي', value: '2014-03' }]],
  ['أيار المقبل', 'وتحل الذكرى في أيار المقبل.', '2014-11-16', [{ text: 'أيار المقبل', value: '2015-05' }]],
  ['ديسمبر الماضي across the new year', 'وكانت الحكومة قد رفعت الأسعار في ديسمبر الماضي.', '2015-01-05', [{ text: 'ديسمبر الماضي', value: '2014-12' }]],
  ['bare month, nearest', 'وتعود البعثة إلى البلاد في ديسمبر.', '2015-01-05', [{ text: 'ديسمبر', value: '2014-12' }]],
  ['يناير المقبل skips the current month', 'وتبدأ المرحلة الثالثة في يناير المقبل.', '2015-01-05', [{ text: 'يناير المقبل', value: '2016-01' }]],
  ['day + month, nearest', 'وتصل المساعدات في 3 مارس.', '2014-11-16', [{ text: '3 مارس', value: '2015-03-03', precision: 'day', relative: true }]],
  ['ordinal day of the current month', 'ووقع الهجوم في الأول من الشهر الجاري.', '2014-11-16', [{ text: 'الأول من الشهر الجاري', value: '2014-11-01', precision: 'day' }]],
  // absolute dates
  ['day month year', 'وُقِّع الاتفاق في 3 مارس 2018 في جنيف.', '2014-11-16', [{ text: '3 مارس 2018', value: '2018-03-03', precision: 'day', relative: false }]],
  ['both names joined by /', 'وأُعلنت النتائج في 3 آذار/مارس 2018.', '2014-11-16', [{ text: '3 آذار/مارس 2018', value: '2018-03-03' }]],
  ['Levantine month of two words', 'وبدأت الاحتجاجات في كانون الثاني/يناير 2011.', '2014-11-16', [{ text: 'كانون الثاني/يناير 2011', value: '2011-01', precision: 'month', relative: false }]],
  ['second name in brackets', 'وعقدت القمة في تشرين الأول (أكتوبر) 2013 في الدوحة.', '2014-11-16', [{ text: 'تشرين الأول (أكتوبر) 2013', value: '2013-10' }]],
  ['Maghreb month name', 'وتبدأ الدراسة في جانفي 2015 حسب الوزارة.', '2014-11-16', [{ text: 'جانفي 2015', value: '2015-01' }]],
  ['Maghreb أوت with a day', 'وغادر الوفد تونس في 5 أوت 2014.', '2014-11-16', [{ text: '5 أوت 2014', value: '2014-08-05' }]],
  ['ابريل without hamza', 'وأجريت الانتخابات في 30 ابريل 2014.', null, [{ text: '30 ابريل 2014', value: '2014-04-30', relative: false }]],
  ['Y/M/D', 'وصدر القرار في 2018/3/3 بحسب الوثيقة.', '2014-11-16', [{ text: '2018/3/3', value: '2018-03-03' }]],
  ['D/M/Y', 'ونشر البيان بتاريخ 3/3/2018 على موقع الوزارة.', '2014-11-16', [{ text: '3/3/2018', value: '2018-03-03' }]],
  ['ISO date', 'وحمل التقرير تاريخ 2018-03-03.', '2014-11-16', [{ text: '2018-03-03', value: '2018-03-03' }]],
  ['D-M-Y after يوم', 'وأرسلت الرسالة يوم 3-4-2018 إلى الأمم المتحدة.', '2014-11-16', [{ text: 'يوم 3-4-2018', value: '2018-04-03' }]],
  ['Arabic-Indic digits', 'وانتهت المهلة في ٢٠ مايو ٢٠١٦.', '2014-11-16', [{ text: '٢٠ مايو ٢٠١٦', value: '2016-05-20' }]],
  ['weekday before a date', 'وجرت الانتخابات يوم الأحد 4 مارس 2018 في أجواء هادئة.', '2014-11-16', [{ text: 'يوم الأحد 4 مارس 2018', value: '2018-03-04', relative: false }]],
  // years
  ['عام 2014', 'وشهد عام 2014 تصاعداً في الهجمات.', '2016-01-01', [{ text: 'عام 2014', value: '2014', precision: 'year', from: '2014-01-01', to: '2014-12-31', relative: false }]],
  ['العام 2013', 'وتراجعت الصادرات خلال العام 2013 بنسبة كبيرة.', '2016-01-01', [{ text: 'العام 2013', value: '2013', precision: 'year' }]],
  ['سنة 1987', 'تأسست الحركة سنة 1987 في غزة.', '2016-01-01', [{ text: 'سنة 1987', value: '1987' }]],
  ['منذ عام 2011 is the year, not a duration', 'وشهدت البلاد منذ عام 2011 اضطرابات واسعة.', '2014-11-16', [{ text: 'عام 2011', value: '2011', precision: 'year' }]],
  ['Hijri year', 'وأعلن الحزب تأسيسه عام 1439 هـ.', '2014-11-16', [{ text: 'عام 1439 هـ', calendar: 'hijri', precision: 'year', value: '2017', from: '2017-09-21', to: '2018-09-10' }]],
  // Hijri
  ['Hijri day', 'ووصل الرئيس إلى مكة في 15 رمضان 1439 هـ.', '2014-11-16', [{ text: '15 رمضان 1439 هـ', value: '2018-05-30', calendar: 'hijri', precision: 'day', relative: false }]],
  ['1 Ramadan 1439 = 2018-05-16', 'وبدأ الصيام في 1 رمضان 1439 هـ', '2014-11-16', [{ text: '1 رمضان 1439 هـ', value: '2018-05-16', calendar: 'hijri' }]],
  ['Hijri month and year', 'وأدى الحجاج المناسك في ذي الحجة 1435 هـ.', '2014-11-16', [{ text: 'ذي الحجة 1435 هـ', value: '2014-09', precision: 'month', from: '2014-09-25', to: '2014-10-24', calendar: 'hijri' }]],
  ['Hijri month, past', 'وأعلن الجيش في رمضان الماضي عن عملية واسعة.', '2014-11-16', [{ text: 'رمضان الماضي', value: '2014-06', from: '2014-06-28', to: '2014-07-27', calendar: 'hijri', relative: true }]],
  // weeks, months and years relative to publication
  ['مطلع الأسبوع الحالي', 'التقى الوزيران مطلع الأسبوع الحالي في العاصمة.', '2014-11-16', [{ text: 'مطلع الأسبوع الحالي', value: '2014-11-10', precision: 'week', part: 'start', from: '2014-11-10', to: '2014-11-16' }]],
  ['الأسبوع الماضي', 'وعقد الاجتماع الأسبوع الماضي في الرياض.', '2014-11-16', [{ text: 'الأسبوع الماضي', value: '2014-11-03', precision: 'week', from: '2014-11-03', to: '2014-11-09' }]],
  ['هذا الأسبوع on a Monday', 'وتصل القوات هذا الأسبوع إلى الحدود.', '2014-11-17', [{ text: 'هذا الأسبوع', value: '2014-11-17', to: '2014-11-23' }]],
  ['الأسبوع المقبل', 'وتبدأ الحملة الأسبوع المقبل.', '2014-11-16', [{ text: 'الأسبوع المقبل', value: '2014-11-17', precision: 'week' }]],
  ['الشهر الماضي', 'وارتفعت الأسعار الشهر الماضي بنسبة 5 في المئة.', '2014-11-16', [{ text: 'الشهر الماضي', value: '2014-10', precision: 'month', from: '2014-10-01', to: '2014-10-31' }]],
  ['منتصف الشهر المقبل', 'وتنتهي المهلة منتصف الشهر المقبل.', '2014-11-16', [{ text: 'منتصف الشهر المقبل', value: '2014-12', part: 'middle' }]],
  ['السنة المقبلة', 'ويتوقع أن يتعافى الاقتصاد في السنة المقبلة.', '2014-11-16', [{ text: 'السنة المقبلة', value: '2015', precision: 'year', from: '2015-01-01', to: '2015-12-31' }]],
  ['العام الماضي on new year', 'وتضاعف عدد اللاجئين العام الماضي.', '2015-01-01', [{ text: 'العام الماضي', value: '2014' }]],
  ['ومطلع العام المقبل', 'ومطلع العام المقبل تبدأ المرحلة الثانية.', '2014-11-16', [{ text: 'ومطلع العام المقبل', value: '2015', precision: 'year', part: 'start' }]],
  ['نهاية العام bare means this year', 'وتكتمل الانتخابات بحلول نهاية العام.', '2014-11-16', [{ text: 'نهاية العام', value: '2014', part: 'end' }]],
  // durations
  ['منذ عام', 'وقتل عشرات المدنيين في المدينة منذ عام.', '2014-11-16', [{ text: 'منذ عام', value: '2013-11', precision: 'month', from: '2013-11-01', to: '2013-11-30', relative: true }]],
  ['قبل ثلاثة أيام', 'وأعلنت الوزارة قبل ثلاثة أيام عن خطة.', '2014-11-16', [{ text: 'قبل ثلاثة أيام', value: '2014-11-13', precision: 'day' }]],
  ['بعد يومين', 'وسيصل الوفد بعد يومين إلى جنيف.', '2014-11-16', [{ text: 'بعد يومين', value: '2014-11-18' }]],
  ['منذ 3 سنوات', 'ويعيش اللاجئون في المخيم منذ 3 سنوات.', '2014-11-16', [{ text: 'منذ 3 سنوات', value: '2011-11', precision: 'month' }]],
  ['قبل أسبوعين', 'وغادر الصحافي البلاد قبل أسبوعين.', '2014-11-16', [{ text: 'قبل أسبوعين', value: '2014-10-27', precision: 'week', to: '2014-11-02' }]],
  ['بعد عامين على … counts from something else', 'وانسحبت القوات بعد عامين على بدء الحرب.', '2014-11-16', []],
  ['قبل يوم الجمعة is before Friday', 'ويجب تسليم الردود قبل يوم الجمعة.', '2014-11-16', [{ text: 'يوم الجمعة', value: '2014-11-14' }]],
  // weekdays
  ['weekday on the publication day', 'وقال الناطق إن المفاوضات ستستأنف الأحد.', '2014-11-16', [{ text: 'الأحد', value: '2014-11-16', precision: 'day', relative: true }]],
  ['الخميس الماضي', 'وعقد الاجتماع الخميس الماضي في بغداد.', '2014-11-16', [{ text: 'الخميس الماضي', value: '2014-11-13' }]],
  ['الاثنين المقبل', 'وتعقد الجولة الثانية من المحادثات الاثنين المقبل.', '2014-11-16', [{ text: 'الاثنين المقبل', value: '2014-11-17' }]],
  ['يوم الإثنين', 'وزار الوفد المخيم يوم الإثنين.', '2014-11-16', [{ text: 'يوم الإثنين', value: '2014-11-10' }]],
  ['السبت الماضي is strictly before', 'وأغلقت المعابر السبت الماضي.', '2014-11-15', [{ text: 'السبت الماضي', value: '2014-11-08' }]],
  // words that are not dates here
  ['مارس the verb', 'مارس الجيش ضغوطاً كبيرة على المعارضة.', '2014-11-16', []],
  ['أب father', 'والضحية أب لثلاثة أطفال.', '2014-11-16', []],
  ['صفر zero', 'وانخفض عدد الإصابات إلى صفر بعد الحملة.', '2014-11-16', []],
  ['رجب the name', 'واستقبل رجب طيب أردوغان الوفد في أنقرة.', '2014-11-16', []],
  ['الاثنين the two', 'وصوت الاثنان لصالح القرار بينما امتنع الاثنين الآخرين.', '2014-11-16', []],
  ['a count is not a year', 'وقتل 2000 مقاتل خلال 3 أيام من المعارك.', '2014-11-16', []],
  ['الأمين العام', 'وقال الأمين العام للأمم المتحدة إن الوضع خطير.', '2014-11-16', []],
  // no publication date
  ['published null', 'وأعلن الجيش أمس سيطرته على البلدة.', null, [{ text: 'أمس', value: null, from: null, to: null, relative: true, precision: 'day' }]],
  ['published null, month', 'وكانت الشرطة قد أوقفت في مارس الفائت سبعة أشخاص.', null, [{ text: 'مارس الفائت', value: null, precision: 'month', relative: true }]],
];

describe('findDates', () => {
  it('has at least 40 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(40));

  it.each(CASES)('%s', (_what, sentence, published, expected) => {
    const got = find(sentence, published);
    expect(got).toHaveLength(expected.length);
    got.forEach((span, k) => {
      expect(span).toMatchObject(expected[k] as Expected);
      expect(sentence.slice(span.start, span.end)).toBe(span.text);
    });
  });

  it('reports exact offsets and token ranges', () => {
    const text = 'وقال المتحدث، أول من أمس، إن القوات ستنسحب في نهاية ديسمبر.';
    const [a, b] = find(text);
    expect(a).toMatchObject({ start: 14, end: 24, tokenStart: 3, tokenEnd: 6 });
    const tokens = tokenise(normaliser.normalise(text));
    expect(b?.start).toBe(tokens[b?.tokenStart ?? 0]?.start);
    expect(b?.end).toBe(tokens[(b?.tokenEnd ?? 1) - 1]?.end);
    expect(b?.text).toBe('نهاية ديسمبر');
  });

  it('keeps tashkeel inside the span', () => {
    const text = 'ويصل الوفدُ غَداً إلى بيروت.';
    const [span] = find(text);
    expect(span?.text).toBe('غَداً');
    expect(text.slice(span?.start, span?.end)).toBe('غَداً');
  });

  it('does not cross a line break', () => {
    expect(find('وعقدت القمة في مارس\nالماضي بعيد.').map((d) => d.text)).toEqual(['مارس']);
  });

  it('rejects a publication date that is not YYYY-MM-DD', () => {
    expect(() => find('أمس', '16/11/2014')).toThrow(RasidError);
    expect(() => find('أمس', '2014-02-30')).toThrow(/publication date/);
  });

  it('agrees with Intl on the Umm al-Qura calendar', () => {
    const fmt = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    const [span] = find('في 1 رمضان 1439 هـ');
    expect(span?.value).toBe('2018-05-16');
    expect(fmt.format(new Date(`${span?.value}T00:00:00Z`))).toBe('9/1/1439 AH');
  });

  it('compiles an immutable lexicon keyed by normalised keys', () => {
    expect(Object.isFrozen(lex)).toBe(true);
    expect(lex.words.has('الاسبوع')).toBe(true); // written الأسبوع in the data
    expect(lex.words.has('الأسبوع')).toBe(false);
    expect(lex.words.get('اب')?.some((e) => e.sense.kind === 'month')).toBe(true);
  });

  it('validates the data: an ambiguous word must be one of the names', () => {
    const bad = structuredClone(data);
    bad.months[0] = { ...(bad.months[0] as (typeof bad.months)[number]), ambiguous: ['غير موجود'] };
    expect(DateDataSchema.safeParse(data).success).toBe(true);
    expect(DateDataSchema.safeParse(bad).success).toBe(false);
  });
});

describe('findDates properties', () => {
  const pieces = [
    'أمس', 'أول من أمس', 'اليوم', 'غداً', 'مارس', 'آذار/مارس', 'الماضي', 'المقبل', 'نهاية', 'مطلع', 'الأسبوع', 'الشهر',
    'العام', 'عام', 'منذ', 'قبل', 'بعد', 'يوم', 'الاثنين', 'الأحد', 'رمضان', 'هـ', 'م', '1439', '2018', '3', '31', '29',
    'فبراير', '/', '-', '.', '،', '(', ')', ' ', '\n', 'وأمس', 'الأول', 'من', 'ثلاثة', 'أيام', 'يومين', 'كانون', 'الثاني',
  ];
  const text = fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string(), fc.string({ unit: 'binary' })), { maxLength: 30 })
    .map((parts) => parts.join(' '));
  const published = fc.option(
    fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  );
  const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

  it('never throws; spans round-trip, are ordered and token-aligned; from <= to', () => {
    fc.assert(
      fc.property(text, published, (s, pub) => {
        const tokens = tokenise(normaliser.normalise(s));
        const spans = findDates(tokens, lex, s, pub);
        let last = -1;
        for (const d of spans) {
          expect(s.slice(d.start, d.end)).toBe(d.text);
          expect(d.start).toBeGreaterThanOrEqual(last);
          last = d.end;
          expect(tokens[d.tokenStart]?.start).toBe(d.start);
          expect(tokens[d.tokenEnd - 1]?.end).toBe(d.end);
          if (d.from !== null && d.to !== null) expect(d.from <= d.to).toBe(true);
          if (d.value !== null) expect(d.value).toMatch(ISO);
          if (pub === null && d.relative) expect(d.value).toBeNull();
        }
      }),
      { numRuns: 500 },
    );
  });
});

const SAMPLE = fileURLToPath(new URL('../../../shared/samples/ar-2014-isis-qaeda-coordination.txt', import.meta.url));
const hasSample = existsSync(SAMPLE);
if (!hasSample) console.warn(`dates.test: ${SAMPLE} is absent; the sample-article test is skipped.`);

describe('findDates on a real article', () => {
  it.skipIf(!hasSample)('resolves the dates of ar-2014-isis-qaeda-coordination.txt (skipped when ../shared is absent)', () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const byText = new Map(find(text, '2014-11-16').map((d) => [d.text, d]));
    expect(byText.get('أمس')).toMatchObject({ value: '2014-11-15', precision: 'day' });
    expect(byText.get('أول من أمس')).toMatchObject({ value: '2014-11-14', precision: 'day' });
    expect(byText.get('نهاية ديسمبر')).toMatchObject({ value: '2014-12', precision: 'month', part: 'end' });
    expect(byText.get('مارس الفائت')).toMatchObject({ value: '2014-03', precision: 'month' });
    expect(byText.get('مطلع الأسبوع الحالي')).toMatchObject({ value: '2014-11-10', precision: 'week', part: 'start' });
    expect(byText.get('منذ عام')).toMatchObject({ value: '2013-11', precision: 'month' });
    for (const d of byText.values()) expect(d.text).not.toMatch(/2000|150|40/);
  });
});
