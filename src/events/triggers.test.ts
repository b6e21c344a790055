import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Segments } from '../kb/matcher.js';
import { Doc } from '../pipeline/doc.js';
import { loadTextResources, splitSentences, tokenise } from '../text/index.js';
import { findTriggers, loadEventLexicon, PLOVER_TYPES, triggersStage, type PloverType, type TriggerCandidate } from './index.js';

// Every sentence below was written for these tests in the style of Arabic news; none comes from a corpus.
const text = loadTextResources();
const lexicon = loadEventLexicon(text);
const stage = triggersStage(lexicon);

/** Runs the triggers stage on one text and returns its candidates. */
function triggersOf(s: string): TriggerCandidate[] {
  const doc = new Doc(s, { id: 't', url: null, outlet: null, title: null, published: null });
  const n = text.normaliser.normalise(s);
  const tokens = tokenise(n);
  doc.set('normalised', n).set('tokens', tokens).set('sentences', splitSentences(tokens, s, text.sentences));
  return stage(doc).get('triggers');
}

/** The candidate whose text contains `word`, or undefined. */
const at = (ts: readonly TriggerCandidate[], word: string): TriggerCandidate | undefined => ts.find((t) => t.text.includes(word));

describe('trigger types: at least two news sentences per PLOVER type', () => {
  // [type, mode or null when any, sentence, the trigger's words]
  const table: [PloverType, string | null, string, string][] = [
    ['AGREE', 'sign', 'وقّعت الحكومة السودانية والحركات المسلحة اتفاق سلام في جوبا أمس.', 'وقّعت'],
    ['AGREE', 'agree', 'اتفق الطرفان على تبادل الأسرى خلال الأسبوع المقبل.', 'اتفق'],
    ['AGREE', 'promise', 'وتعهدت الدول المانحة بتقديم مساعدات عاجلة للاجئين.', 'تعهدت'],
    ['CONSULT', 'meet', 'التقى وزير الخارجية الأردني نظيره المصري في عمّان.', 'التقى'],
    ['CONSULT', 'visit', 'يزور رئيس الوزراء العراقي واشنطن الأسبوع المقبل.', 'يزور'],
    ['CONSULT', 'discuss', 'وبحث الرئيسان في اتصال هاتفي سبل تعزيز العلاقات الثنائية.', 'بحث'],
    ['CONSULT', 'negotiate', 'استؤنفت في جنيف جولة جديدة من المفاوضات بين الحكومة والمعارضة.', 'جولة'],
    ['SUPPORT', 'praise', 'أشاد الأمين العام للأمم المتحدة بجهود الوساطة المصرية.', 'أشاد'],
    ['SUPPORT', 'welcome', 'رحبت الجامعة العربية بقرار مجلس الأمن الأخير.', 'رحبت'],
    ['CONCEDE', 'release', 'أفرجت السلطات الإيرانية عن صحفي أميركي بعد عامين من الاحتجاز.', 'أفرجت'],
    ['CONCEDE', 'release', 'وأطلقت السلطات سراح عشرة معتقلين سياسيين.', 'أطلقت'],
    ['CONCEDE', 'resign', 'أعلن رئيس الوزراء استقالته من منصبه إثر موجة الغضب.', 'استقالته'],
    ['COOPERATE', 'coordinate', 'أكد مدير الاستخبارات وجود تنسيق تكتيكي بين التنظيمين.', 'تنسيق'],
    ['COOPERATE', 'cooperate', 'تعاونت الشرطتان الأردنية والعراقية في تفكيك شبكة للمخدرات.', 'تعاونت'],
    ['AID', 'humanitarian', 'أرسلت السعودية مساعدات إنسانية إلى اليمن.', 'أرسلت'],
    ['AID', 'military', 'ستدرب تركيا والولايات المتحدة ألفي مقاتل من المعارضة السورية.', 'ستدرب'],
    ['RETREAT', 'withdraw', 'انسحبت القوات الروسية من مدينة خيرسون.', 'انسحبت'],
    ['RETREAT', 'ceasefire', 'أعلن الجيش وقف إطلاق النار في المنطقة اعتبارا من منتصف الليل.', 'وقف إطلاق النار'],
    ['INVESTIGATE', 'investigate', 'فتحت النيابة العامة تحقيقا في ملابسات الحادث.', 'تحقيقا'],
    ['INVESTIGATE', 'interrogate', 'استجوبت الشرطة ثلاثة مشتبه بهم في القضية.', 'استجوبت'],
    ['DEMAND', 'demand', 'طالب المحتجون بإسقاط الحكومة وإجراء انتخابات مبكرة.', 'طالب'],
    ['DEMAND', 'appeal', 'دعت الأمم المتحدة إلى وقف فوري لإطلاق النار في غزة.', 'دعت'],
    ['DISAPPROVE', 'condemn', 'أدانت الخارجية الفرنسية الهجوم على السفارة.', 'أدانت'],
    ['DISAPPROVE', 'criticize', 'انتقد زعيم المعارضة سياسات الحكومة الاقتصادية.', 'انتقد'],
    ['DISAPPROVE', 'summon', 'استدعت وزارة الخارجية السفير الإيراني للاحتجاج على تصريحاته.', 'استدعت'],
    ['REJECT', 'reject', 'رفضت الحكومة الإسرائيلية المبادرة المصرية.', 'رفضت'],
    ['REJECT', 'boycott', 'قاطعت أحزاب المعارضة الانتخابات البرلمانية.', 'قاطعت'],
    ['THREATEN', 'threaten', 'هدد الحوثيون باستهداف السفن في البحر الأحمر.', 'هدد'],
    ['THREATEN', 'threaten', 'توعدت الحركة بالرد على اغتيال قائدها.', 'توعدت'],
    ['PROTEST', 'demonstrate', 'تظاهر آلاف الطلاب في الخرطوم احتجاجا على رفع أسعار الخبز.', 'تظاهر'],
    ['PROTEST', 'strike', 'نفذ عمال النفط إضرابا مفتوحا للمطالبة بزيادة الأجور.', 'إضرابا'],
    ['PROTEST', 'sit-in', 'اعتصم العشرات أمام مقر البرلمان.', 'اعتصم'],
    ['CRIME', 'smuggle', 'أحبطت السلطات محاولة لتهريب أسلحة عبر الحدود.', 'تهريب'],
    ['CRIME', 'theft', 'سرق مجهولون مجوهرات بقيمة مليون دولار من متجر في باريس.', 'سرق'],
    ['MOBILIZE', 'deploy', 'نشرت روسيا آلاف الجنود على الحدود مع أوكرانيا.', 'نشرت'],
    ['MOBILIZE', 'alert', 'أعلن الجيش حالة التأهب القصوى في صفوف قواته.', 'حالة التأهب'],
    ['COERCE', 'arrest', 'اعتقلت قوات الأمن عشرات المتظاهرين في وسط العاصمة.', 'اعتقلت'],
    ['COERCE', 'raid', 'داهمت الشرطة منزلا في حي الشيخ جراح.', 'داهمت'],
    ['COERCE', 'curfew', 'فرضت السلطات حظر التجول في المدينة.', 'حظر التجول'],
    ['ASSAULT', 'kill', 'قُتل خمسة أشخاص في انفجار سيارة مفخخة في بغداد.', 'قُتل'],
    ['ASSAULT', 'aerial', 'شنت طائرات التحالف غارات جوية على مواقع الحوثيين.', 'غارات'],
    ['ASSAULT', 'assassinate', 'اغتال مسلحون مجهولون قياديا في الحركة.', 'اغتال'],
    ['FIGHT', 'clash', 'اندلعت اشتباكات عنيفة بين الجيش ومسلحين في ريف إدلب.', 'اشتباكات'],
    ['FIGHT', 'occupy', 'سيطرت قوات المعارضة على بلدة استراتيجية في ريف حلب.', 'سيطرت'],
    ['SANCTION', 'sanctions', 'فرض الاتحاد الأوروبي عقوبات جديدة على روسيا.', 'عقوبات'],
    ['SANCTION', 'break-relations', 'قطعت السعودية علاقاتها الدبلوماسية مع إيران.', 'قطعت'],
    ['SANCTION', 'expel-diplomats', 'طردت الحكومة السفير الإسرائيلي وعددا من الدبلوماسيين.', 'طردت'],
  ];

  it.each(table)('%s/%s: %s', (type, mode, sentence, word) => {
    const t = at(triggersOf(sentence), word);
    expect(t, `no trigger on «${word}»`).toBeDefined();
    expect(t?.type).toBe(type);
    if (mode !== null) expect(t?.mode).toBe(mode);
    expect(t?.cameo).toEqual(type === 'CRIME' ? null : expect.stringMatching(/^\d\d$/));
  });

  it('covers every PLOVER type at least twice', () => {
    for (const type of PLOVER_TYPES) expect(table.filter((r) => r[0] === type).length, type).toBeGreaterThanOrEqual(2);
  });
});

describe('inflection: the same lemma in every form news uses', () => {
  // [sentence, trigger text, tense, voice, person, number, gender]
  it.each<[string, string, string | undefined, string | undefined, number | undefined, string | undefined, string | undefined]>([
    ['اعتقل الأمن ناشطا بارزا.', 'اعتقل', 'past', undefined, 3, 'sg', 'm'],
    ['اعتقلت الشرطة ناشطا بارزا.', 'اعتقلت', 'past', undefined, 3, 'sg', 'f'],
    ['اعتقلوا ثلاثة شبان عند الحاجز.', 'اعتقلوا', 'past', undefined, 3, 'pl', 'm'],
    ['اعتقلا صحفيا ثم أفرجا عنه.', 'اعتقلا', 'past', undefined, 3, 'du', 'm'],
    ['الدوريتان اعتقلتا شخصين.', 'اعتقلتا', 'past', undefined, 3, 'du', 'f'],
    ['يعتقل الجيش كل من يقترب من المنطقة.', 'يعتقل', 'present', undefined, 3, 'sg', 'm'],
    ['تعتقل الشرطة المخالفين يوميا.', 'تعتقل', 'present', undefined, 3, 'sg', 'f'],
    ['يعتقلون الناشطين من منازلهم.', 'يعتقلون', 'present', undefined, 3, 'pl', 'm'],
    ['الجهازان يعتقلان المشتبه بهم.', 'يعتقلان', 'present', undefined, 3, 'du', 'm'],
    ['سيعتقل الأمن كل من يخالف القرار.', 'سيعتقل', 'future', undefined, 3, 'sg', 'm'],
    ['وسيعتقلون المخالفين.', 'سيعتقلون', 'future', undefined, 3, 'pl', 'm'],
    ['اُعتقل الصحفي في مطار القاهرة.', 'اُعتقل', 'past', 'passive', 3, 'sg', 'm'],
    ['قُتل ستة ألبان على الأقل في معارك.', 'قُتل', 'past', 'passive', 3, 'sg', 'm'],
    ['قِيل إن الجيش انسحب من المدينة.', 'انسحب', 'past', undefined, 3, 'sg', 'm'],
    ['قوتل المتمردون في الجبال أسابيع.', 'قوتل', 'past', 'passive', 3, 'sg', 'm'],
    ['يُقتل المدنيون كل يوم في القصف.', 'يُقتل', 'present', 'passive', 3, 'sg', 'm'],
    ['زارت الوزيرة مخيم اللاجئين.', 'زارت', 'past', 'active', 3, 'sg', 'f'],
    ['سيزور الرئيس بغداد.', 'سيزور', 'future', 'active', 3, 'sg', 'm'],
    ['دعت المنظمة إلى حماية المدنيين.', 'دعت', 'past', 'active', 3, 'sg', 'f'],
    ['يدعو المجلس إلى ضبط النفس.', 'يدعو', 'present', 'active', 3, 'sg', 'm'],
    ['اعتدى مستوطنون على مزارعين فلسطينيين.', 'اعتدى', 'past', undefined, 3, 'sg', 'm'],
    ['يعتدون على المارة في الشارع.', 'يعتدون', 'present', undefined, 3, 'pl', 'm'],
    ['شنت المقاتلات غارة على المدينة.', 'غارة', undefined, undefined, undefined, 'sg', undefined],
    ['احتلت القوات التلة الاستراتيجية.', 'احتلت', 'past', undefined, 3, 'sg', 'f'],
    ['يحتلون أراضي الغير.', 'يحتلون', 'present', undefined, 3, 'pl', 'm'],
    ['سيطروا على الطريق الدولي.', 'سيطروا', 'past', undefined, 3, 'pl', 'm'],
    ['اتفقتا على وقف التصعيد.', 'اتفقتا', 'past', undefined, 3, 'du', 'f'],
    ['لم يتفقوا على موعد الانسحاب.', 'يتفقوا', 'present', undefined, 3, 'pl', 'm'],
  ])('%s → %s', (sentence, word, tense, voice, person, number, gender) => {
    const t = at(triggersOf(sentence), word);
    expect(t, `no trigger «${word}»`).toBeDefined();
    expect(t?.pos === 'verb' ? t.tense : undefined).toBe(tense);
    expect(t?.voice).toBe(voice);
    expect(t?.person).toBe(person);
    expect(t?.number).toBe(number);
    expect(t?.gender).toBe(gender);
  });

  it('finds verbal nouns with their plurals, duals, article, proclitics and pronoun suffixes', () => {
    const cases: [string, string, PloverType][] = [
      ['أدان الوزير اعتقال الصحفي.', 'اعتقال', 'COERCE'],
      ['تصاعدت الاعتقالات في المدينة.', 'الاعتقالات', 'COERCE'],
      ['ونددت المنظمة بالاعتقالات التعسفية.', 'الاعتقالات', 'COERCE'],
      ['جرت مظاهرتان في العاصمة.', 'مظاهرتان', 'PROTEST'],
      ['شارك المئات في المظاهرتين.', 'المظاهرتين', 'PROTEST'],
      ['وقعت اشتباكات في الحي.', 'اشتباكات', 'FIGHT'],
      ['وللمظاهرات أثر كبير.', 'لمظاهرات', 'PROTEST'],
      ['نفى الناطق اعتقاله.', 'اعتقاله', 'COERCE'],
      ['انتقدت المنظمة مظاهرتهم.', 'مظاهرتهم', 'PROTEST'],
      ['شنت إسرائيل هجوما على غزة.', 'هجوما', 'ASSAULT'],
      ['ندد البيان بالهجمات الأخيرة.', 'الهجمات', 'ASSAULT'],
      ['أسفرت الغارتان عن مقتل مدنيين.', 'الغارتان', 'ASSAULT'],
      ['أعلنت فرض عقوبات على الشركة.', 'عقوبات', 'SANCTION'],
      ['واعتقلته الشرطة في منزله.', 'اعتقلته', 'COERCE'],
      ['ألقاه المسلحون من الطابق الخامس بعد أن ألقوا القبض عليه.', 'ألقوا', 'COERCE'],
      ['قتلوهم بدم بارد.', 'قتلوهم', 'ASSAULT'],
    ];
    for (const [sentence, word, type] of cases) {
      const t = at(triggersOf(sentence), word);
      expect(t, `«${word}» in «${sentence}»`).toBeDefined();
      expect(t?.type, sentence).toBe(type);
    }
  });

  it('generates hundreds of lemmas and thousands of forms, for every type', () => {
    const { stats } = lexicon.triggers;
    expect(stats.lemmas).toBeGreaterThan(300);
    expect(stats.forms).toBeGreaterThan(5000);
    for (const type of PLOVER_TYPES) expect(stats.byType[type].lemmas, type).toBeGreaterThanOrEqual(5);
  });
});

describe('context rules: words that report an event only in some contexts', () => {
  // [sentence, a word that must not be an event of `type`, type]
  it.each<[string, string, PloverType]>([
    ['ضرب الوزير مثالا بتجربة سنغافورة في التنمية.', 'ضرب', 'ASSAULT'],
    ['ضرب زلزال بقوة ست درجات جنوب تركيا.', 'ضرب', 'ASSAULT'],
    ['وضرب الرئيس موعدا للانتخابات في الربيع.', 'ضرب', 'ASSAULT'],
    ['أطلق الحزب حملة انتخابية واسعة في المحافظات.', 'حملة', 'FIGHT'],
    ['أطلق الحزب حملة انتخابية واسعة في المحافظات.', 'أطلق', 'ASSAULT'],
    ['أطلقت الوزارة حملة توعية بمخاطر التدخين.', 'حملة', 'COERCE'],
    ['شن المرشح هجوما إعلاميا على منافسيه.', 'هجوم', 'ASSAULT'],
    ['وجه النائب هجوما لاذعا إلى وزير المالية.', 'هجوم', 'ASSAULT'],
    ['يستهدف البرنامج تحقيق الاكتفاء الذاتي من القمح.', 'يستهدف', 'ASSAULT'],
    ['تستهدف الحملة الشباب في المدارس الثانوية.', 'تستهدف', 'ASSAULT'],
    ['يستهدف المشروع استقطاب المستثمرين الأجانب.', 'يستهدف', 'ASSAULT'],
    ['سجل المهاجم هدف الفوز بعد هجمة مرتدة سريعة.', 'هجمة', 'ASSAULT'],
    ['احتسب الحكم ضربة جزاء للفريق الضيف.', 'ضربة', 'ASSAULT'],
    ['حقق المنتخب فوزا كبيرا في المباراة.', 'حقق', 'INVESTIGATE'],
    ['تسعى الحكومة إلى تحقيق التنمية المستدامة.', 'تحقيق', 'INVESTIGATE'],
    ['خضع المريض لعملية جراحية ناجحة.', 'عملية', 'ASSAULT'],
    ['أطلق التحالف الدولي مبادرة جديدة للسلام.', 'التحالف', 'COOPERATE'],
    ['أسقطت الدفاعات طائرة مسيرة قرب الحدود.', 'مسيرة', 'PROTEST'],
    ['تتواصل مسيرة التنمية في المملكة.', 'مسيرة', 'PROTEST'],
    ['خاض الحزب معركة انتخابية شرسة.', 'معركة', 'FIGHT'],
    ['نشرت الصحيفة تقريرا مطولا عن الأزمة.', 'نشرت', 'MOBILIZE'],
    ['علق الوزير على نتائج الانتخابات.', 'علق', 'SANCTION'],
    ['طالب جامعي يفوز بجائزة دولية.', 'طالب', 'DEMAND'],
    ['طعن المحامي في الحكم أمام محكمة الاستئناف.', 'طعن', 'ASSAULT'],
    ['حجزت العائلة تذاكر السفر مبكرا.', 'حجزت', 'COERCE'],
    ['قتل شاب في حادث سير على الطريق السريع.', 'قتل', 'ASSAULT'],
    ['وقع الانفجار في أنبوب للغاز داخل المصنع.', 'الانفجار', 'ASSAULT'],
    ['ذبح المواطنون الأضاحي في أول أيام العيد.', 'ذبح', 'ASSAULT'],
    ['أدى المصلون صلاة الفجر في المسجد الأقصى.', 'الفجر', 'ASSAULT'],
    ['وصل الوفد فجر اليوم إلى القاهرة.', 'فجر', 'ASSAULT'],
    ['صدر قرار وزاري بتعيين مدير جديد.', 'صدر', 'COERCE'],
    ['يعد هذا القرار خطوة مهمة.', 'يعد', 'AGREE'],
    ['استقبلت المستشفيات عشرات المصابين.', 'استقبلت', 'CONSULT'],
    ['تتولى القوات حماية مركز تدريب الشرطة في المدينة.', 'تدريب', 'AID'],
    ['تظاهر اللاعب بالإصابة لإضاعة الوقت.', 'تظاهر', 'PROTEST'],
  ])('%s (%s is no %s)', (sentence, word, type) => {
    const t = at(triggersOf(sentence), word);
    expect(t?.type === type ? t : undefined).toBeUndefined();
  });

  it('retypes a verbal attack as a disapproval and lifting sanctions as a concession', () => {
    expect(at(triggersOf('شن النائب هجوما حادا على وزير المالية.'), 'هجوم')?.type).toBe('DISAPPROVE');
    const lifted = triggersOf('رفعت الولايات المتحدة العقوبات المفروضة على السودان.');
    expect(lifted.map((t) => t.type)).toContain('CONCEDE');
    expect(lifted.map((t) => t.type)).not.toContain('SANCTION');
    expect(at(triggersOf('أعلنت الحكومة تخفيف العقوبات على القطاع المصرفي.'), 'العقوبات')?.type).toBe('CONCEDE');
  });

  it('refines modes from the words around (aerial, artillery, hunger strike)', () => {
    expect(at(triggersOf('قصف الطيران الحربي أحياء المدينة.'), 'قصف')?.mode).toBe('aerial');
    expect(at(triggersOf('قصفت المدفعية قرى الريف الجنوبي.'), 'قصفت')?.mode).toBe('artillery');
    expect(at(triggersOf('بدأ المعتقلون إضرابا عن الطعام.'), 'إضرابا')?.mode).toBe('hunger-strike');
  });

  it('reads the same letters as a verb or a noun from what precedes them', () => {
    expect(at(triggersOf('قصف الجيش مواقع المسلحين.'), 'قصف')?.pos).toBe('verb');
    expect(at(triggersOf('قتل مدنيان في قصف للجيش.'), 'قصف')?.pos).toBe('noun');
    expect(at(triggersOf('لا نرى تحالفاً بين التنظيمين.'), 'تحالفاً')?.pos).toBe('noun');
    expect(at(triggersOf('والقصف مستمر منذ الصباح.'), 'القصف')?.pos).toBe('noun');
  });
});

describe('candidates: spans, phrases, merging', () => {
  it('points at the words of the original text, clitics peeled, tashkeel kept', () => {
    const s = 'وَاعتقلت الشرطةُ ثلاثةً، وبالاعتقالات تصاعد التوتر.';
    const ts = triggersOf(s);
    expect(ts.map((t) => t.text)).toEqual(['اعتقلت', 'الاعتقالات']);
    for (const t of ts) expect(s.slice(t.start, t.end)).toBe(t.text);
    expect(ts[0]?.proclitics).toEqual(['و']);
    expect(ts[1]?.proclitics).toEqual(['و', 'ب', 'ال']);
  });

  it('matches phrases longest first and keeps their words together', () => {
    const [t] = triggersOf('أعلنت الحكومة حظر التجول في العاصمة.').filter((x) => x.type === 'COERCE');
    expect(t?.text).toBe('حظر التجول');
    expect(t?.mode).toBe('curfew');
    expect(t?.tokenEnd).toBe((t?.tokenStart ?? 0) + 2);
    const cease = triggersOf('دعا الوسطاء إلى احترام وقف إطلاق النار.');
    expect(cease.map((x) => x.type)).not.toContain('ASSAULT');
    expect(at(cease, 'وقف إطلاق النار')?.type).toBe('RETREAT');
  });

  it('makes one candidate of adjacent words of one type, and drops a noun that repeats its verb', () => {
    expect(at(triggersOf('يحاول مقاتلون إبرام اتفاق مع التنظيم.'), 'إبرام')?.text).toBe('إبرام اتفاق');
    const arrest = triggersOf('ألقت الشرطة القبض على ثلاثة مطلوبين.');
    expect(arrest).toHaveLength(1);
    expect(arrest[0]).toMatchObject({ type: 'COERCE', mode: 'arrest', text: 'ألقت' });
  });

  it('gives the sentence index and sorts candidates by position', () => {
    const ts = triggersOf('اعتقلت الشرطة ناشطا.\nوفي مدينة أخرى اندلعت اشتباكات عنيفة.');
    expect(ts.map((t) => [t.sentence, t.type])).toEqual([[0, 'COERCE'], [1, 'FIGHT']]);
  });

  it('findTriggers works on a document without the stage', () => {
    const s = 'شنت الطائرات غارات على المدينة.';
    const n = text.normaliser.normalise(s);
    const tokens = tokenise(n);
    const segs = new Segments(tokens, n, text.clitics);
    const ts = findTriggers(segs, splitSentences(tokens, s, text.sentences), lexicon.triggers);
    expect(ts.map((t) => [t.text, t.type, t.mode])).toEqual([['غارات', 'ASSAULT', 'aerial']]);
    expect(ts[0]?.stance).toBeUndefined();
  });
});

describe('property: any text', () => {
  const arabic = fc.constantFrom(
    'اعتقلت', 'الشرطة', 'هجوم', 'لم', 'ستعتقل', 'وقف', 'إطلاق', 'النار', 'حملة', 'انتخابية', '،', '.', 'في', 'على', 'قَتَلَ', 'ضرب',
    'مثالا', 'و', 'ب', 'ال', 'ه', 'اتفاقهما', 'نفى', 'أن', 'إذا', '\n', '«', '»', 'ﻻ', 'ٱ', 'ـ', '2014', 'abc', '🙂', ' ',
  );
  it('never throws and keeps every span inside the text, on the trigger words', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(arabic, fc.string({ maxLength: 4 })), { maxLength: 40 }), (parts) => {
        const s = parts.join(' ');
        for (const t of triggersOf(s)) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(s.length);
          expect(t.start).toBeLessThan(t.end);
          expect(s.slice(t.start, t.end)).toBe(t.text);
          if (t.stanceCue) expect(s.slice(t.stanceCue.start, t.stanceCue.end)).toBe(t.stanceCue.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
