import { describe, expect, it } from 'vitest';
import { Segments } from '../kb/matcher.js';
import { Doc } from '../pipeline/doc.js';
import { loadTextResources, splitSentences, tokenise } from '../text/index.js';
import { findTriggers, loadEventLexicon, stanceOf, triggersStage, type PloverType, type Stance, type TriggerCandidate } from './index.js';

// Every sentence below was written for these tests in the style of Arabic news; none comes from a corpus.
const text = loadTextResources();
const lexicon = loadEventLexicon(text);
const stage = triggersStage(lexicon);

function triggersOf(s: string): TriggerCandidate[] {
  const doc = new Doc(s, { id: 't', url: null, outlet: null, title: null, published: null });
  const n = text.normaliser.normalise(s);
  const tokens = tokenise(n);
  doc.set('normalised', n).set('tokens', tokens).set('sentences', splitSentences(tokens, s, text.sentences));
  return stage(doc).get('triggers');
}

/** The stance and cue of the trigger whose text contains `word`. */
function stance(s: string, word: string): { stance: Stance | undefined; cue: string | null } {
  const t = triggersOf(s).find((x) => x.text.includes(word));
  if (!t) throw new Error(`no trigger «${word}» in «${s}»`);
  return { stance: t.stance, cue: t.stanceCue?.text ?? null };
}

describe('stance minimal pairs: one event, told six ways', () => {
  // [sentence, trigger word, stance, cue words]
  it.each<[string, string, Stance, string | null]>([
    ['اعتقلت الشرطة ثلاثة ناشطين في العاصمة.', 'اعتقلت', 'asserted', null],
    ['لم تعتقل الشرطة أي ناشط في العاصمة.', 'تعتقل', 'negated', 'لم'],
    ['لن تعتقل الشرطة أي ناشط في العاصمة.', 'تعتقل', 'negated', 'لن'],
    ['ستعتقل الشرطة الناشطين في العاصمة.', 'ستعتقل', 'planned', 'س'],
    ['سوف تعتقل الشرطة الناشطين في العاصمة.', 'تعتقل', 'planned', 'سوف'],
    ['حاولت الشرطة اعتقال ثلاثة ناشطين في العاصمة.', 'اعتقال', 'attempted', 'حاولت'],
    ['إذا اعتقلت الشرطة الناشطين فستندلع احتجاجات.', 'اعتقلت', 'hypothetical', 'إذا'],
    ['نفى المتحدث أن تكون الشرطة اعتقلت أحدا من الناشطين.', 'اعتقلت', 'negated', 'نفى'],
    ['نفت وزارة الداخلية اعتقال الصحفي.', 'اعتقال', 'negated', 'نفت'],
    ['قد تعتقل الشرطة مزيدا من الناشطين.', 'تعتقل', 'hypothetical', 'قد'],
    ['وقد اعتقلت الشرطة ثلاثة ناشطين.', 'اعتقلت', 'asserted', null],
    ['تعتزم الحكومة فرض عقوبات على المخالفين.', 'عقوبات', 'planned', 'تعتزم'],
    ['من المقرر أن تعقد القمة في الرياض.', 'القمة', 'planned', 'من المقرر'],
    ['سعت القوات إلى اقتحام المدينة منذ أسابيع.', 'اقتحام', 'attempted', 'سعت'],
    ['ربما تشن إسرائيل هجوما على المنشآت النووية.', 'هجوما', 'hypothetical', 'ربما'],
    ['في حال فشلت المفاوضات ستستأنف الحرب.', 'المفاوضات', 'hypothetical', 'في حال'],
    ['يحتمل أن تندلع مواجهات جديدة في المخيم.', 'مواجهات', 'hypothetical', 'يحتمل'],
  ])('%s', (sentence, word, expected, cue) => {
    const r = stance(sentence, word);
    expect(r.stance).toBe(expected);
    expect(r.cue).toBe(cue);
  });
});

describe('stance through light verbs, denials and evidence', () => {
  it.each<[string, string, Stance]>([
    ['لم تشن القوات أي غارات على المدينة.', 'غارات', 'negated'],
    ['لم تقم الشرطة باعتقال أي متظاهر.', 'اعتقال', 'negated'],
    ['لن يتم تدريب المقاتلين في الأردن.', 'تدريب', 'negated'],
    ['ستقوم القوات الأميركية بتدريب المقاتلين.', 'تدريب', 'planned'],
    ['وقال إن تدريب قوات المعارضة سيبدأ في نهاية ديسمبر.', 'تدريب', 'planned'],
    ['نفى المتحدث وقوع اشتباكات في المدينة.', 'اشتباكات', 'negated'],
    ['لا توجد اشتباكات في المدينة حاليا.', 'اشتباكات', 'negated'],
    ['عدم اعتقال المتهمين أثار غضب الأهالي.', 'اعتقال', 'negated'],
    ['شكك مسؤولون أميركيون في وجود تحالف من هذا النوع.', 'تحالف', 'negated'],
    ['لم يجد المحللون أي دليل على أن التنظيمين تحالفا في سورية.', 'تحالفا', 'negated'],
    ['لا نرى تحالفاً بين التنظيمين في سورية.', 'تحالف', 'negated'],
    ['لا أعتقد أن الحزبين سيتحالفان في الانتخابات المقبلة.', 'سيتحالفان', 'negated'],
    ['لم يجد المراقبون دليلاً على تحالف بين الفصيلين.', 'تحالف', 'negated'],
    ['لم يجد المراقبون أي دليل على أن جماعتي «الشباب» و«الحزب» تحالفتا ضد الحكومة.', 'تحالفتا', 'negated'],
    ['لا دليل على وقوع هجوم كيميائي في المدينة.', 'هجوم', 'negated'],
    ['لا دليل على تورط الجيش في الهجوم.', 'الهجوم', 'asserted'],
    ['حاول المهربون التسلل إلى البلدة تحت غطاء الاحتجاجات.', 'الاحتجاجات', 'asserted'],
    ['اتفقت تركيا والولايات المتحدة على تدريب مقاتلي المعارضة.', 'تدريب', 'planned'],
    ['وضعتا اللمسات الأخيرة على اتفاقهما بشأن تجهيز وتدريب المقاتلين.', 'تدريب', 'planned'],
    ['يحاول مقاتلون إبرام اتفاق مع التنظيم.', 'إبرام', 'attempted'],
    ['هدد الحوثيون باستهداف السفن التجارية.', 'استهداف', 'hypothetical'],
    ['دعت المنظمة إلى الإفراج عن المعتقلين.', 'الإفراج', 'hypothetical'],
    ['أحبطت الشرطة هجوما إرهابيا على كنيسة.', 'هجوما', 'attempted'],
    ['لم ينف المتحدث اعتقال الصحفي.', 'اعتقال', 'asserted'],
    ['لم تعتقل الشرطة إلا ثلاثة أشخاص.', 'تعتقل', 'asserted'],
    ['نفت الحكومة اعتقال الصحفي، مؤكدة أن الشرطة أطلقت سراحه أمس.', 'أطلقت', 'asserted'],
    ['نفى الجيش، في بيان رسمي، أن تكون طائراته قصفت المستشفى.', 'قصفت', 'negated'],
  ])('%s → %s', (sentence, word, expected) => {
    expect(stance(sentence, word).stance).toBe(expected);
  });
});

describe('scope: a cue does not reach across a clause boundary or past another event', () => {
  it.each<[string, string, Stance]>([
    ['لم تعتقل الشرطة أحدا، واحتجز الجيش عشرة أشخاص.', 'احتجز', 'asserted'],
    ['لم تعتقل الشرطة أحدا واحتجز الجيش عشرة أشخاص.', 'احتجز', 'asserted'],
    ['لم يشارك الحزب في المظاهرة التي نظمتها النقابات.', 'المظاهرة', 'asserted'],
    ['حاولت الشرطة تفريق المظاهرة بالقوة.', 'المظاهرة', 'asserted'],
    ['حاولت الشرطة تفريق المظاهرة بالقوة.', 'تفريق', 'attempted'],
    ['نفى الوزير الاتهامات، لكن الشرطة اعتقلت ثلاثة صحفيين.', 'اعتقلت', 'asserted'],
    ['لم يعلن أي تنظيم مسؤوليته عن الهجوم.', 'الهجوم', 'asserted'],
    ['لم يجد الخبراء دليلا على التحالف، ما كان يمكن أن يربك الحملة العسكرية.', 'الحملة', 'asserted'],
    ['ما اعتقلت الشرطة أحدا من المتظاهرين.', 'اعتقلت', 'negated'],
    ['اعتقلت الشرطة شابين لا يزالان رهن التحقيق.', 'اعتقلت', 'asserted'],
    ['وتتواصل المظاهرات، لا سيما في المدن الكبرى.', 'المظاهرات', 'asserted'],
    ['وفق ما أعلنت الشرطة، اعتقل ثلاثة مشتبه بهم.', 'اعتقل', 'asserted'],
    ['توعدت الحركة بالرد على اغتيال قائدها.', 'اغتيال', 'asserted'],
    ['طالب المتظاهرون بوقف الغارات على الأحياء السكنية.', 'الغارات', 'asserted'],
  ])('%s → %s', (sentence, word, expected) => {
    expect(stance(sentence, word).stance).toBe(expected);
  });

  it('a denial told after the event negates it, in the same sentence or the next', () => {
    const s = 'وردا على سؤال عن معلومات مفادها أن التنظيمين شكلا تحالفاً في سورية، قال المسؤول «لا نلاحظ ذلك».';
    expect(stance(s, 'تحالف')).toEqual({ stance: 'negated', cue: 'لا نلاحظ ذلك' });
    const two = 'هل شكل التنظيمان تحالفاً؟ «لا نرى ذلك»، قال المسؤول.';
    expect(stance(two, 'تحالف').stance).toBe('negated');
    expect(stance('تحدثت تقارير عن اعتقال ناشطين، وهو ما نفته الشرطة.', 'اعتقال').stance).toBe('negated');
    expect(stance('أنباء اعتقال الصحفي لا أساس لها من الصحة.', 'اعتقال').stance).toBe('negated');
  });

  it('a time to come makes an event that is not in the past planned', () => {
    expect(stance('يجتمع وزراء الخارجية العرب غدا في القاهرة.', 'يجتمع').stance).toBe('planned');
    expect(stance('القمة المرتقبة في الرياض ستبحث الأزمة.', 'القمة').stance).toBe('planned');
    expect(stance('اجتمع وزراء الخارجية العرب أمس في القاهرة.', 'اجتمع').stance).toBe('asserted');
  });

  it('stanceOf answers for one trigger without the stage', () => {
    const s = 'لم تعتقل الشرطة أحدا.';
    const n = text.normaliser.normalise(s);
    const tokens = tokenise(n);
    const segs = new Segments(tokens, n, text.clitics);
    const sentences = splitSentences(tokens, s, text.sentences);
    const [t] = findTriggers(segs, sentences, lexicon.triggers);
    const r = stanceOf(t as TriggerCandidate, segs, sentences[0] as (typeof sentences)[0], lexicon);
    expect(r.stance).toBe('negated');
    expect(r.cue).toEqual({ start: 0, end: 2, text: 'لم' });
  });
});

describe('precision: sentences with an attack or protest word that report no such event', () => {
  // analysis, history, statements, negated and hypothetical events: no ASSAULT/PROTEST trigger is asserted
  const sentences = [
    'نفى الجيش وقوع أي هجوم على قواعده في الشمال.',
    'لم تشهد العاصمة أي مظاهرات منذ إعلان حالة الطوارئ.',
    'حذر خبراء من احتمال وقوع هجمات إرهابية خلال الاحتفالات.',
    'قد تندلع احتجاجات واسعة إذا رفعت الحكومة أسعار الوقود.',
    'في حال تعرضت السفارة لهجوم، ستتخذ الحكومة الإجراءات اللازمة.',
    'يخطط التنظيم لشن هجمات جديدة في أوروبا، بحسب الاستخبارات الألمانية.',
    'دعت المعارضة أنصارها إلى التظاهر يوم الجمعة المقبل.',
    'تحل اليوم الذكرى العاشرة لتفجير مرفأ بيروت.',
    'أحيا آلاف الفلسطينيين ذكرى مجزرة صبرا وشاتيلا.',
    'من شأن أي هجوم على المنشآت النووية أن يشعل حربا إقليمية.',
    'هددت النقابة بالإضراب عن العمل إذا لم تستجب الحكومة لمطالبها.',
    'لا توجد أدلة على وقوع هجوم كيميائي في المدينة.',
    'أكدت الوزارة أنه لم تسجل أي اعتداءات على المحتجين.',
    'قال الرئيس إن بلاده لن تقبل بأي اعتداء على سيادتها.',
    'أكد الوزير أن الحكومة تحترم حق التظاهر السلمي.',
    'يتوقع مراقبون أن تتصاعد الاحتجاجات في الأيام المقبلة.',
    'نفت الشرطة أن تكون أطلقت النار على المتظاهرين.',
    'شدد الوزير على ضرورة التصدي لأي محاولة للاعتداء على المنشآت.',
    'ضرب الإعصار السواحل الشرقية للبلاد.',
    'شن النائب هجوما لاذعا على وزير المالية خلال الجلسة.',
    'تستهدف الحملة الجديدة الشباب في المناطق الريفية.',
    'وسجل المهاجم هدف الفوز في الدقيقة الأخيرة بعد هجمة مرتدة.',
    'ربما يشن الجيش هجوما بريا على المدينة خلال أيام.',
    'لن يسمح الأمن بتنظيم أي مسيرة دون ترخيص.',
  ];
  const watched = new Set<PloverType>(['ASSAULT', 'PROTEST']);

  it.each(sentences)('%s', (s) => {
    const asserted = triggersOf(s).filter((t) => watched.has(t.type) && t.stance === 'asserted');
    expect(asserted.map((t) => `${t.text} ${t.type}`)).toEqual([]);
  });

  it('has at least twenty such sentences', () => expect(sentences.length).toBeGreaterThanOrEqual(20));

  it('still asserts the events that are reported', () => {
    for (const s of [
      'قتل خمسة أشخاص في هجوم انتحاري استهدف سوقا شعبية.',
      'تظاهر آلاف المواطنين في ساحة التحرير للمطالبة برحيل الحكومة.',
      'أعلن تنظيم الدولة مسؤوليته عن الهجوم الذي وقع أمس.',
    ]) {
      const asserted = triggersOf(s).filter((t) => watched.has(t.type) && t.stance === 'asserted');
      expect(asserted.length, s).toBeGreaterThan(0);
    }
  });
});
