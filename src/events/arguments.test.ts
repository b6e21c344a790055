// Event arguments through the whole default pipeline: one sentence per construction, the event it must give.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Event, Extraction } from '../contract/extraction.js';
import { ExtractionSchema } from '../contract/extraction.js';
import { analyse, createRegistry, DEFAULT_STAGES, loadResources, toExtraction, type Pipeline } from '../pipeline/index.js';

let pipeline: Pipeline;
beforeAll(() => {
  pipeline = createRegistry().build(DEFAULT_STAGES, loadResources());
});

function extract(text: string, published: string | null = '2024-03-12'): Extraction {
  return toExtraction(analyse(pipeline, text, { id: 't', url: null, outlet: null, title: null, published }));
}

/** The event whose trigger is `word` (the first one). */
function eventOf(x: Extraction, word: string): Event {
  const e = x.events.find((ev) => ev.trigger.text.includes(word));
  if (!e) throw new Error(`no event with trigger ${word} in ${JSON.stringify(x.events.map((ev) => ev.trigger.text))}`);
  return e;
}

/** How an actor reads in a table: the English name of its entity, or country/sector. */
function who(x: Extraction, a: Actor): string {
  if (a.entity) return x.entities.find((e) => e.id === a.entity)?.name_en ?? a.text;
  return `${a.country ?? '-'}/${a.sector ?? '-'}`;
}

function place(x: Extraction, e: Event): string | null {
  return e.location ? x.entities.find((en) => en.id === e.location)?.name_en ?? null : null;
}

interface Case {
  what: string;
  text: string;
  trigger: string;
  type: string;
  source?: string[];
  target?: string[];
  location?: string | null;
  date?: string | null;
  quantity?: number | null;
  dead?: number | null;
  injured?: number | null;
  stance?: string;
}

const CASES: Case[] = [
  {
    what: 'VSO: verb, subject, object, place, relative date, count; the people take the country of the place',
    text: 'اعتقلت الشرطة المصرية ثلاثة ناشطين في القاهرة أمس.',
    trigger: 'اعتقلت', type: 'COERCE', source: ['EGY/COP'], target: ['EGY/OPP'], location: 'Cairo', date: '2024-03-11', quantity: 3,
  },
  {
    what: 'SVO: the subject before the verb',
    text: 'الشرطة المصرية اعتقلت ثلاثة ناشطين في الإسكندرية.',
    trigger: 'اعتقلت', type: 'COERCE', source: ['EGY/COP'], target: ['EGY/OPP'], location: 'Alexandria', date: null,
  },
  {
    what: 'passive: the noun after the verb is its target, the dead are counted',
    text: 'قُتل خمسة مدنيين في غارة جوية على مدينة إدلب.',
    trigger: 'قُتل', type: 'ASSAULT', source: [], target: ['SYR/CVL'], location: 'Idlib', dead: 5,
  },
  {
    what: 'passive read from a count of people after a verb without tashkeel',
    text: 'وقتل أربعة تونسيين على الأقل في اشتباكات في ليبيا منذ شهرين.',
    trigger: 'قتل', type: 'ASSAULT', source: [], target: ['TUN/CVL'], location: 'Libya', date: null, dead: 4,
  },
  {
    what: 'verbal noun with its doer in the genitive and its object after ل',
    text: 'أعلنت وزارة الداخلية العراقية اعتقال الشرطة لثمانية أشخاص في بغداد.',
    trigger: 'اعتقال', type: 'COERCE', source: ['IRQ/COP'], target: ['IRQ/CVL'], location: 'Baghdad', quantity: 8,
  },
  {
    what: 'light verb and a prepositional target past a head noun',
    text: 'شنت الطائرات الروسية غارات على مواقع «داعش» في الرقة.',
    trigger: 'غارات', type: 'ASSAULT', source: ['RUS/MIL'], target: ['Islamic State'], location: 'Raqqa',
  },
  {
    what: 'coordinated actors as one compound source; future tense is planned',
    text: 'فرنسا وبريطانيا ستدربان 500 جندي من الجيش المالي.',
    trigger: 'ستدربان', type: 'AID', source: ['France', 'United Kingdom'], quantity: 500, stance: 'planned',
  },
  {
    what: 'a pronoun subject takes the speaker of the statement',
    text: 'وأعلنت السلطات الأردنية أنها صادرت كمية من الأسلحة في إربد.',
    trigger: 'صادرت', type: 'COERCE', source: ['JOR/GOV'], location: 'Irbid',
  },
  {
    what: 'dead and injured from مقتل and إصابة, an approximate count',
    text: 'أسفر الهجوم عن مقتل خمسة أشخاص وإصابة العشرات في الموصل.',
    trigger: 'الهجوم', type: 'ASSAULT', location: 'Mosul', dead: 5, injured: 10,
  },
  {
    what: 'members of an organisation stand for it; مع gives the other side of a clash',
    text: 'اشتبكت القوات الحكومية مع مسلحين من حركة الشباب في مقديشو.',
    trigger: 'اشتبكت', type: 'FIGHT', target: ['al-Shabaab'], location: 'Mogadishu',
  },
  {
    what: 'light verb + sanctions on a country',
    text: 'فرضت الولايات المتحدة عقوبات على إيران.',
    trigger: 'عقوبات', type: 'SANCTION', source: ['United States'], target: ['Iran'], location: null, date: null,
  },
  {
    what: 'تنسيق بين X و Y: both sides are source and target',
    text: 'أشار التقرير إلى تنسيق وثيق بين «طالبان» و«القاعدة».',
    trigger: 'تنسيق', type: 'COOPERATE', source: ['Taliban', 'al-Qaeda'], target: ['Taliban', 'al-Qaeda'],
  },
  {
    what: 'a place named only as a distance reference is not the place of the event',
    text: 'اعتقلت السلطات المغربية أمس في قرية تبعد 30 كلم جنوب مراكش خمسة أشخاص.',
    trigger: 'اعتقلت', type: 'COERCE', source: ['MAR/GOV'], location: null, quantity: 5,
  },
];

describe('event arguments, one construction per sentence', () => {
  for (const c of CASES) {
    it(c.what, () => {
      const x = extract(c.text);
      expect(ExtractionSchema.safeParse(x).success).toBe(true);
      const e = eventOf(x, c.trigger);
      expect(e.type).toBe(c.type);
      if (c.source) expect(e.source.map((a) => who(x, a))).toEqual(c.source);
      if (c.target) expect(e.target.map((a) => who(x, a))).toEqual(c.target);
      if (c.location !== undefined) expect(place(x, e)).toBe(c.location);
      if (c.date !== undefined) expect(e.date?.value ?? null).toBe(c.date);
      if (c.quantity !== undefined) expect(e.quantity?.value ?? null).toBe(c.quantity);
      if (c.dead !== undefined) expect(e.dead).toBe(c.dead);
      if (c.injured !== undefined) expect(e.injured).toBe(c.injured);
      expect(e.stance).toBe(c.stance ?? 'asserted');
      // every span points at its words in the original text
      expect(x.text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
      for (const a of [...e.source, ...e.target]) expect(x.text.slice(a.start, a.end)).toBe(a.text);
    });
  }
});

describe('stance minimal pairs through the pipeline', () => {
  const pairs: [string, string, string][] = [
    ['اعتقلت الشرطة المتظاهرين في الخرطوم.', 'اعتقلت', 'asserted'],
    ['لم تعتقل الشرطة المتظاهرين في الخرطوم.', 'تعتقل', 'negated'],
    ['ستعتقل الشرطة المتظاهرين في الخرطوم.', 'ستعتقل', 'planned'],
    ['حاولت الشرطة اعتقال المتظاهرين في الخرطوم.', 'اعتقال', 'attempted'],
    ['إذا اعتقلت الشرطة المتظاهرين فستندلع احتجاجات.', 'اعتقلت', 'hypothetical'],
    ['نفت الشرطة اعتقال المتظاهرين في الخرطوم.', 'اعتقال', 'negated'],
  ];
  for (const [text, trigger, stance] of pairs) {
    it(`${stance}: ${text}`, () => {
      const x = extract(text);
      const e = eventOf(x, trigger);
      expect(e.stance).toBe(stance);
      expect(e.type).toBe('COERCE');
      expect(e.source.map((a) => a.sector)).toEqual(['COP']);
      expect(e.target.map((a) => a.sector)).toEqual(['CVL']);
    });
  }
});

describe('sides carried through the telling of one incident, reporters left out', () => {
  it('a later sentence about the same strikes takes their doer, at lower confidence', () => {
    const x = extract('شنت الطائرات الروسية غارات على مدينة إدلب. وأسفرت الغارات عن مقتل عشرة مدنيين.');
    const first = x.events.find((e) => e.trigger.text === 'غارات') as Event;
    const later = eventOf(x, 'الغارات');
    expect(later.source.map((a) => `${a.country}/${a.sector}`)).toEqual(['RUS/MIL']);
    expect(later.confidence).toBeLessThan(first.confidence);
    expect(later.dead).toBe(10);
    // the place and the day of the incident go with it
    expect(place(x, later)).toBe('Idlib');
  });

  it('the toll of an incident goes with it; one person named alone is one', () => {
    const x = extract('قصفت المدفعية مواقع قرب رفح. وذكر مسعفون أن طفلا قُتل وأصيب آخر في القصف.');
    const shelling = eventOf(x, 'القصف');
    expect(shelling.dead).toBe(1);
    expect(shelling.injured).toBe(1);
  });

  it('a country gives way to the place in it where the same incident happened', () => {
    const x = extract('تصعيد في الشمال\n\nقصفت الطائرات غارات في سوريا أمس. وأسفر القصف عن مقتل خمسة مدنيين في مدينة إدلب.');
    const first = eventOf(x, 'قصفت');
    expect(place(x, first)).toBe('Syria');
    expect(first.date?.value).toBe('2024-03-11');
    const later = eventOf(x, 'القصف');
    expect(place(x, later)).toBe('Idlib');
    expect(later.date?.value).toBe('2024-03-11');
  });

  it('the source that reports an attack (بحسب …) is not its doer; the nisba of the strike is', () => {
    const x = extract('قُتل خمسة مدنيين بغارة روسية على بلدة في ريف إدلب، بحسب المرصد السوري لحقوق الإنسان.');
    const strike = eventOf(x, 'غارة');
    expect(strike.source.map((a) => `${a.country}/${a.sector}`)).toEqual(['RUS/null']);
    for (const e of x.events) expect([...e.source, ...e.target].map((a) => a.sector)).not.toContain('NGO');
  });
});

describe('whose deed it is', () => {
  it('the one accused is the doer of what the accusation names', () => {
    const x = extract('اتهمت إيران الولايات المتحدة بقصف منشأة نفطية قرب البصرة.');
    expect(eventOf(x, 'قصف').source.map((a) => who(x, a))).toEqual(['United States']);
  });

  it('who condemns an attack did not carry it out, nor did the verb of the relative clause', () => {
    const x = extract('أدان وزير الخارجية الهجوم الإرهابي الذي استهدف الكنيسة.');
    expect(eventOf(x, 'الهجوم').source).toEqual([]);
    expect(eventOf(x, 'استهدف').source).toEqual([]);
  });

  it('a verb joined by و takes the subject of the verb before, not its object', () => {
    const x = extract('اعتقلت الشرطة المصرية خمسة أشخاص وأفرجت عن اثنين منهم.');
    expect(eventOf(x, 'أفرجت').source.map((a) => a.sector)).toEqual(['COP']);
  });

  it('a deed announced as the object of a statement is the speaker\'s own; a spokesman speaks for his side', () => {
    const x = extract('أعلن متحدث باسم المعارضة اليمنية، الأحد، التوصل إلى اتفاق مع السعودية حول تبادل الأسرى.');
    const e = eventOf(x, 'التوصل');
    expect(e.source.map((a) => `${a.country}/${a.sector}`)).toEqual(['YEM/OPP']);
    expect(e.target.map((a) => who(x, a))).toEqual(['Saudi Arabia']);
  });

  it('in an article of war the opposition is the armed one', () => {
    const x = extract(
      'قصفت الطائرات مواقع في درعا. وقتل عشرة مسلحين في اشتباكات عنيفة. وشنت القوات هجوما جديدا. ' +
      'واستهدفت المعارضة السورية حاجزا للجيش.',
    );
    expect(eventOf(x, 'استهدفت').source.map((a) => `${a.country}/${a.sector}`)).toEqual(['SYR/REB']);
  });

  it('a death that results from an attack is the attack\'s; the other side of a clash with مع stands before it', () => {
    const x = extract('فرّقت الشرطة المحتجين بالهراوات في الخرطوم، ما أدى إلى مقتل ثلاثة أشخاص.');
    expect(eventOf(x, 'مقتل').source.map((a) => a.sector)).toEqual(['COP']);
    const y = extract('قتل أكثر من 12 من مقاتلي «حركة الشباب» في مواجهات مع الجيش الصومالي قرب مقديشو.');
    const clash = eventOf(y, 'مواجهات');
    expect(clash.target.map((a) => who(y, a))).toEqual(['Somali National Army']);
    expect(clash.source.map((a) => who(y, a))).toEqual(['al-Shabaab']);
  });

  it('a noun under a preposition through a demonstrative (بهذا الهجوم) takes no doer from the verb before it', () => {
    const x = extract('ولم يصب الموظفون الأجانب بهذا الهجوم.');
    expect(eventOf(x, 'الهجوم').source).toEqual([]);
  });

  it('whoever holds the places attacked is the target', () => {
    const x = extract('شنت الطائرات الحكومية ليل الأحد غارات على بلدات تسيطر عليها فصائل المعارضة المسلحة في ريف حماة.');
    const e = eventOf(x, 'غارات');
    expect(e.source.map((a) => a.sector)).toEqual(['MIL']);
    expect(e.target.map((a) => `${a.country}/${a.sector}`)).toEqual(['SYR/REB']);
  });

  it('threats, fears and warnings do not assert the attack they name', () => {
    for (const [text, trigger] of [
      ['هدد الحوثيون بشن هجمات على السفن في البحر الأحمر.', 'هجمات'],
      ['يخشى السكان من هجوم وشيك على المدينة.', 'هجوم'],
      ['حذر الجيش من هجمات على السفن.', 'هجمات'],
    ] as const) expect(eventOf(extract(text), trigger).stance).toBe('hypothetical');
  });

  it('an event asked about in a question is not asserted', () => {
    expect(eventOf(extract('من يقاتل في شمال مالي؟'), 'يقاتل').stance).toBe('hypothetical');
  });
});

describe('sides the article implies', () => {
  it('protesters with no words for their sides: citizens against their government, at lower confidence', () => {
    const x = extract('خرجت احتجاجات واسعة في إربد يوم الجمعة.');
    const e = eventOf(x, 'احتجاجات');
    expect(e.source.map((a) => `${a.country}/${a.sector}`)).toEqual(['JOR/CVL']);
    expect(e.target.map((a) => `${a.country}/${a.sector}`)).toEqual(['JOR/GOV']);
    expect(e.confidence).toBeLessThan(0.7);
  });

  it('a clash with one side named takes the side the article opposes it to', () => {
    const x = extract(
      'اشتبكت قوات الجيش اليمني مع الحوثيين في صرواح. وقصف الجيش اليمني مواقع الحوثيين في مأرب. ' +
      'وهاجم الجيش اليمني الحوثيين في البيضاء. ودارت مواجهات عنيفة خاضها الجيش اليمني في الجوف.',
    );
    const last = x.events.filter((e) => e.type === 'FIGHT').at(-1) as Event;
    expect(last.target.map((a) => who(x, a))).toContain('Houthis');
  });
});

describe('dates, attribution and the publication date', () => {
  it('never takes the publication date when the sentence gives none', () => {
    const x = extract('اعتقلت الشرطة التونسية خمسة أشخاص في صفاقس.', '2024-03-12');
    expect(eventOf(x, 'اعتقلت').date).toBeNull();
  });

  it('the date of the reporting clause is not the date of the reported event', () => {
    const x = extract('ذكرت صحيفة «الأهرام» أمس أن الشرطة اعتقلت خمسة أشخاص في أسوان.');
    expect(eventOf(x, 'اعتقلت').date).toBeNull();
  });

  it('an event told inside a statement is attributed to that quote', () => {
    const x = extract('قال مصدر أمني إن مسلحين هاجموا حاجزاً للجيش العراقي في الأنبار.');
    const e = eventOf(x, 'هاجموا');
    expect(e.attribution).toBe(x.quotes[0]?.id);
    expect(e.source.map((a) => a.sector)).toEqual(['INS']);
    expect(e.target.map((a) => `${a.country}/${a.sector}`)).toEqual(['IRQ/MIL']);
  });

  it('an event the article tells itself has no attribution', () => {
    const x = extract('اعتقلت الشرطة المصرية ثلاثة ناشطين في القاهرة.');
    expect(eventOf(x, 'اعتقلت').attribution).toBeNull();
  });

  it('a resolved weekday is a day; ids are v1, v2 … in text order', () => {
    const x = extract('تظاهر آلاف السودانيين في الخرطوم يوم الجمعة. وفي اليوم التالي اعتقلت الشرطة عشرة منهم.');
    const e = eventOf(x, 'تظاهر');
    expect(e.date).toEqual({ value: '2024-03-08', precision: 'day', text: 'يوم الجمعة' });
    expect(x.events.map((ev) => ev.id)).toEqual(x.events.map((_, i) => `v${i + 1}`));
  });
});
