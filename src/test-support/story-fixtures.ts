// Hand-built extraction records of one event told by several outlets, for the story and export tests.
import { ExtractionSchema, type Actor, type Entity, type Event, type Extraction } from '../contract/extraction.js';

/** A known referent: what the KB would link. */
export interface Referent {
  name: string;
  name_en: string;
  ref: string;
  type: 'PER' | 'ORG' | 'LOC';
  kind: string;
  country: string;
  geo?: { lat: number; lon: number; precision: 'country' | 'region' | 'city' | 'place' };
}

export const GAZA: Referent = { name: 'غزة', name_en: 'Gaza', ref: 'city:ps-gaza', type: 'LOC', kind: 'city', country: 'PSE', geo: { lat: 31.5017, lon: 34.4668, precision: 'city' } };
export const KHAN_YUNIS: Referent = { name: 'خان يونس', name_en: 'Khan Yunis', ref: 'city:ps-khan-yunis', type: 'LOC', kind: 'city', country: 'PSE', geo: { lat: 31.3462, lon: 34.3063, precision: 'city' } };
export const DAMASCUS: Referent = { name: 'دمشق', name_en: 'Damascus', ref: 'city:sy-damascus', type: 'LOC', kind: 'city', country: 'SYR', geo: { lat: 33.5138, lon: 36.2765, precision: 'city' } };
export const CAIRO: Referent = { name: 'القاهرة', name_en: 'Cairo', ref: 'city:eg-cairo', type: 'LOC', kind: 'city', country: 'EGY', geo: { lat: 30.0444, lon: 31.2357, precision: 'city' } };
export const PALESTINE: Referent = { name: 'فلسطين', name_en: 'Palestine', ref: 'country:pse', type: 'LOC', kind: 'country', country: 'PSE', geo: { lat: 31.9, lon: 35.2, precision: 'country' } };
export const IDF: Referent = { name: 'الجيش الإسرائيلي', name_en: 'Israel Defense Forces', ref: 'org:idf', type: 'ORG', kind: 'state_body', country: 'ISR' };
export const HAMAS: Referent = { name: 'حماس', name_en: 'Hamas', ref: 'org:hamas', type: 'ORG', kind: 'armed_group', country: 'PSE' };

/** An actor of an event: a referent (named) or words with a country and sector (nominal). */
export type ActorSpec = { named: Referent; words: string; sector: Actor['sector'] } | { words: string; country: string | null; sector: Actor['sector'] };

export interface EventSpec {
  id: string;
  type: Event['type'];
  /** The trigger words; they must be in the text. */
  trigger: string;
  date?: string | null;
  place?: { referent: Referent; words: string } | null;
  source?: ActorSpec[];
  target?: ActorSpec[];
  dead?: number | null;
  injured?: number | null;
  stance?: Event['stance'];
}

/**
 * A record whose spans are found in its text (so they are right by construction) and that the contract schema
 * accepts. Referents get one entity each, in the order first used.
 */
export function report(a: { id: string; outlet: string | null; published: string | null; title?: string; text: string; events: EventSpec[] }): Extraction {
  const { text } = a;
  const span = (s: string): { start: number; end: number; text: string } => {
    const start = text.indexOf(s);
    if (start < 0) throw new Error(`fixture ${a.id}: "${s}" is not in the text`);
    return { start, end: start + s.length, text: s };
  };
  const entities: Entity[] = [];
  const entityFor = (r: Referent, words: string): string => {
    let e = entities.find((x) => x.ref === r.ref);
    if (!e) {
      e = { id: `e${entities.length + 1}`, type: r.type, kind: r.kind, name: r.name, name_en: r.name_en, ref: r.ref, wikidata: null, country: r.country, geo: r.geo ?? null, confidence: 0.9, mentions: [] };
      entities.push(e);
    }
    if (!e.mentions.some((m) => m.text === words)) e.mentions.push(span(words));
    return e.id;
  };
  const actor = (s: ActorSpec): Actor => {
    const { start, end } = span(s.words);
    if ('named' in s) return { entity: entityFor(s.named, s.words), text: s.words, start, end, country: s.named.country, sector: s.sector };
    return { entity: null, text: s.words, start, end, country: s.country, sector: s.sector };
  };
  const events: Event[] = a.events.map((e) => ({
    id: e.id, type: e.type, mode: null, cameo: null, trigger: span(e.trigger), sentence: { start: 0, end: text.length },
    source: (e.source ?? []).map(actor), target: (e.target ?? []).map(actor),
    location: e.place ? entityFor(e.place.referent, e.place.words) : null,
    date: e.date ? { value: e.date, precision: e.date.length === 10 ? 'day' : e.date.length === 7 ? 'month' : 'year', text: null } : null,
    quantity: e.dead !== undefined && e.dead !== null ? { value: e.dead, unit: 'person', text: String(e.dead) } : null,
    dead: e.dead ?? null, injured: e.injured ?? null, stance: e.stance ?? 'asserted', attribution: null, confidence: 0.8,
  }));
  return ExtractionSchema.parse({
    schema: 'rasid.extraction/1',
    article: { id: a.id, url: `https://news.example/${a.id}`, outlet: a.outlet, title: a.title ?? text.split('\n')[0] ?? null, published: a.published, lang: 'ar' },
    text, entities, events, quotes: [],
  });
}

const GAZA_WIRE =
  'غارة على غزة\n\nقصف الجيش الإسرائيلي فجر اليوم منزلا في حي الشجاعية شرقي مدينة غزة، ما أدى إلى مقتل 5 أشخاص بينهم طفلان، ' +
  'وإصابة 12 آخرين بجروح متفاوتة، وفق ما أفادت مصادر طبية في المدينة. وقالت المصادر إن فرق الدفاع المدني ما زالت تبحث عن مفقودين ' +
  'تحت الأنقاض، فيما شهدت سماء القطاع تحليقا مكثفا للطائرات الحربية والمسيرة طوال الليل.';

/**
 * One air strike on Gaza told four ways, plus unrelated events:
 * - w1 (وكالة الأنباء, 5 dead) and w2 (موقع الرصد, its republication with a prefix: a near-duplicate);
 * - p3 (صحيفة الشرق, the day after, its own text: 7 dead);
 * - d4 (قناة المنار, denies: the army «نفى» the strike, negated);
 * - x5 (وكالة الأنباء, a strike on Damascus the same day by the same army: another event);
 * - c6 and c7 (a protest in Cairo told by two outlets); s8 (a lone event no one else tells).
 */
export function gazaStory(): Extraction[] {
  const idf = (words: string): ActorSpec => ({ named: IDF, words, sector: 'MIL' });
  return [
    report({
      id: 'w1', outlet: 'وكالة الأنباء', published: '2023-10-10', text: GAZA_WIRE,
      events: [{ id: 'v1', type: 'ASSAULT', trigger: 'قصف', date: '2023-10-10', place: { referent: GAZA, words: 'غزة' }, source: [idf('الجيش الإسرائيلي')], dead: 5, injured: 12 }],
    }),
    report({
      id: 'w2', outlet: 'موقع الرصد', published: '2023-10-10', text: `(وكالة الأنباء) ${GAZA_WIRE}`,
      events: [{ id: 'v1', type: 'ASSAULT', trigger: 'قصف', date: '2023-10-10', place: { referent: GAZA, words: 'غزة' }, source: [idf('الجيش الإسرائيلي')], dead: 5, injured: 12 }],
    }),
    report({
      id: 'p3', outlet: 'صحيفة الشرق', published: '2023-10-11',
      text: 'سبعة قتلى في غزة\n\nارتفعت حصيلة الغارة التي شنها الجيش الإسرائيلي أمس على حي الشجاعية إلى سبعة قتلى، بعد انتشال جثتين من تحت الركام، بحسب وزارة الصحة في القطاع.',
      events: [{ id: 'v1', type: 'ASSAULT', trigger: 'الغارة', date: '2023-10-10', place: { referent: GAZA, words: 'غزة' }, source: [idf('الجيش الإسرائيلي')], dead: 7 }],
    }),
    report({
      id: 'd4', outlet: 'قناة المنار', published: '2023-10-10',
      text: 'الاحتلال ينفي\n\nنفى متحدث باسم الجيش الإسرائيلي أن تكون قواته قد استهدفت منزلا مدنيا في غزة، وقال إن الهدف كان موقعا عسكريا لحركة حماس.',
      events: [{ id: 'v1', type: 'ASSAULT', trigger: 'استهدفت', place: { referent: GAZA, words: 'غزة' }, source: [idf('الجيش الإسرائيلي')], target: [{ named: HAMAS, words: 'حماس', sector: 'REB' }], stance: 'negated' }],
    }),
    report({
      id: 'x5', outlet: 'وكالة الأنباء', published: '2023-10-10',
      text: 'غارة على دمشق\n\nقصف الجيش الإسرائيلي مواقع في محيط العاصمة السورية دمشق فجر اليوم، دون أن تعرف حصيلة الخسائر حتى الآن، وفق ما نقلت وسائل إعلام رسمية.',
      events: [{ id: 'v1', type: 'ASSAULT', trigger: 'قصف', date: '2023-10-10', place: { referent: DAMASCUS, words: 'دمشق' }, source: [idf('الجيش الإسرائيلي')] }],
    }),
    report({
      id: 'c6', outlet: 'صحيفة الشرق', published: '2023-10-12',
      text: 'مظاهرة في القاهرة\n\nتظاهر مئات الطلاب أمام مقر جامعة الدول العربية في القاهرة تضامنا مع سكان القطاع، مطالبين بفتح المعابر لإدخال المساعدات.',
      events: [{ id: 'v1', type: 'PROTEST', trigger: 'تظاهر', date: '2023-10-12', place: { referent: CAIRO, words: 'القاهرة' }, source: [{ words: 'مئات الطلاب', country: 'EGY', sector: 'CVL' }] }],
    }),
    report({
      id: 'c7', outlet: 'قناة المنار', published: '2023-10-12',
      text: 'طلاب مصريون يتظاهرون\n\nخرج طلاب مصريون في مظاهرة حاشدة وسط القاهرة اليوم، رافعين الأعلام الفلسطينية ولافتات تطالب بوقف الحرب.',
      events: [{ id: 'v1', type: 'PROTEST', trigger: 'مظاهرة', date: '2023-10-12', place: { referent: CAIRO, words: 'القاهرة' }, source: [{ words: 'طلاب مصريون', country: 'EGY', sector: 'CVL' }] }],
    }),
    report({
      id: 's8', outlet: 'موقع الرصد', published: '2023-10-12',
      text: 'اعتقالات في الخليل\n\nاعتقلت قوات الاحتلال خمسة شبان من بلدة بيت أمر شمال الخليل فجر اليوم بعد مداهمة منازلهم.',
      events: [{ id: 'v1', type: 'COERCE', trigger: 'اعتقلت', date: '2023-10-12', source: [{ words: 'قوات الاحتلال', country: 'ISR', sector: 'MIL' }] }],
    }),
  ];
}
