// Hand-written extraction records with entities, events and quotes, for the store's tests and benchmark.
import type { Actor, Entity, Event, Extraction, Quote } from '../contract/extraction.js';

/** The span of the `nth` occurrence of `s` in `text` (throws when absent, so a fixture cannot drift from its text). */
export function spanOf(text: string, s: string, nth = 0): { start: number; end: number; text: string } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(s, at + 1);
    if (at < 0) throw new Error(`fixture: "${s}" (#${nth}) is not in the text`);
  }
  return { start: at, end: at + s.length, text: s };
}

const range = (text: string, s: string): { start: number; end: number } => {
  const { start, end } = spanOf(text, s);
  return { start, end };
};

function actor(text: string, s: string, entity: string | null, country: string | null, sector: Actor['sector']): Actor {
  const { start, end } = spanOf(text, s);
  return { entity, text: s, start, end, country, sector };
}

function event(text: string, e: Partial<Event> & Pick<Event, 'id' | 'type' | 'trigger' | 'sentence'>): Event {
  return {
    mode: null, cameo: null, source: [], target: [], location: null, date: null, quantity: null, dead: null, injured: null,
    stance: 'asserted', attribution: null, confidence: 0.8, ...e,
  };
}

function entity(e: Omit<Entity, 'mentions'>, text: string, mentions: string[]): Entity {
  const count = new Map<string, number>();
  return {
    ...e,
    mentions: mentions.map((m) => {
      const n = count.get(m) ?? 0;
      count.set(m, n + 1);
      return spanOf(text, m, n);
    }),
  };
}

const TIRANA = { type: 'LOC', kind: 'city', name: 'تيرانا', name_en: 'Tirana', ref: 'city:al-tirana', wikidata: 'Q19689', country: 'ALB', geo: { lat: 41.3275, lon: 19.81889, precision: 'city' }, confidence: 0.9 } as const;
const ALEPPO = { type: 'LOC', kind: 'city', name: 'حلب', name_en: 'Aleppo', ref: 'city:sy-aleppo', wikidata: null, country: 'SYR', geo: { lat: 36.20124, lon: 37.16117, precision: 'city' }, confidence: 0.9 } as const;
const USA = { type: 'LOC', kind: 'country', name: 'الولايات المتحدة', name_en: 'United States', ref: 'country:usa', wikidata: 'Q30', country: 'USA', geo: { lat: 38, lon: -97, precision: 'country' }, confidence: 0.95 } as const;

/** Arrests in Tirana (COERCE) and a condemnation by the United States (DISAPPROVE); a quote. */
export function articleA1(): Extraction {
  const text = 'اعتقالات في تيرانا\n\nقالت السلطات الألبانية إنها اعتقلت خمسة أشخاص في تيرانا يوم الاثنين. وأدانت الولايات المتحدة الهجوم على مركز الشرطة.';
  const s1 = range(text, 'قالت السلطات الألبانية إنها اعتقلت خمسة أشخاص في تيرانا يوم الاثنين.');
  const s2 = range(text, 'وأدانت الولايات المتحدة الهجوم على مركز الشرطة.');
  const quote: Quote = {
    id: 'q1', speaker: actor(text, 'السلطات الألبانية', null, 'ALB', 'GOV'), via: [], cue: spanOf(text, 'قالت'),
    content: range(text, 'إنها اعتقلت خمسة أشخاص في تيرانا يوم الاثنين'), direct: false,
  };
  return {
    schema: 'rasid.extraction/1',
    article: { id: 'a1', url: 'https://wakala.example/2024/03/12/arrests', outlet: 'وكالة المثال', title: 'اعتقالات في تيرانا', published: '2024-03-12', lang: 'ar' },
    text,
    entities: [
      entity({ id: 'e1', ...TIRANA, geo: { ...TIRANA.geo } }, text, ['تيرانا', 'تيرانا']),
      entity({ id: 'e2', ...USA, geo: { ...USA.geo } }, text, ['الولايات المتحدة']),
    ],
    events: [
      event(text, {
        id: 'v1', type: 'COERCE', mode: 'arrest', cameo: '17', trigger: spanOf(text, 'اعتقلت'), sentence: s1,
        source: [actor(text, 'السلطات الألبانية', null, 'ALB', 'GOV')], location: 'e1',
        date: { value: '2024-03-11', precision: 'day', text: 'يوم الاثنين' },
        quantity: { value: 5, unit: 'person', text: 'خمسة أشخاص' }, attribution: 'q1',
      }),
      event(text, {
        id: 'v2', type: 'DISAPPROVE', mode: 'condemn', cameo: '11', trigger: spanOf(text, 'أدانت'), sentence: s2,
        source: [actor(text, 'الولايات المتحدة', 'e2', 'USA', 'GOV')], confidence: 0.7,
      }),
    ],
    quotes: [quote],
  };
}

/** An air strike on Aleppo (ASSAULT, 7 dead, 10 injured) and an accusation of the United States («أميركا»). */
export function articleA2(): Extraction {
  const text = 'أعلنت وزارة الدفاع أن غارة جوية على حلب قتلت سبعة مدنيين وأصابت عشرة، واتهمت أميركا بالتقاعس. وألقى البيان باللوم على الحكومة وبالسلطات المحلية.';
  const s1 = range(text, 'أعلنت وزارة الدفاع أن غارة جوية على حلب قتلت سبعة مدنيين وأصابت عشرة، واتهمت أميركا بالتقاعس.');
  return {
    schema: 'rasid.extraction/1',
    article: { id: 'a2', url: 'https://sahifa.example/aleppo', outlet: 'صحيفة المثال', title: null, published: '2024-03-13', lang: 'ar' },
    text,
    entities: [
      entity({ id: 'e1', ...ALEPPO, geo: { ...ALEPPO.geo } }, text, ['حلب']),
      entity({ id: 'e2', type: 'ORG', kind: 'state_body', name: 'وزارة الدفاع', name_en: null, ref: null, wikidata: null, country: null, geo: null, confidence: 0.6 }, text, ['وزارة الدفاع']),
      entity({ id: 'e3', ...USA, geo: { ...USA.geo } }, text, ['أميركا']),
    ],
    events: [
      event(text, {
        id: 'v1', type: 'ASSAULT', mode: 'aerial', cameo: '18', trigger: spanOf(text, 'غارة'), sentence: s1,
        target: [actor(text, 'مدنيين', null, 'SYR', 'CVL')], location: 'e1', dead: 7, injured: 10,
      }),
      event(text, {
        id: 'v2', type: 'DISAPPROVE', mode: 'accuse', cameo: '11', trigger: spanOf(text, 'اتهمت'), sentence: s1,
        source: [actor(text, 'وزارة الدفاع', 'e2', null, 'GOV')], target: [actor(text, 'أميركا', 'e3', 'USA', 'GOV')],
      }),
    ],
    quotes: [],
  };
}

/** A denied bombing in Aleppo (ASSAULT, negated), dated to a month. */
export function articleA3(): Extraction {
  const text = 'نفت الحكومة السورية أنها قصفت المستشفى في حلب خلال يناير.';
  return {
    schema: 'rasid.extraction/1',
    article: { id: 'a3', url: null, outlet: 'وكالة المثال', title: null, published: '2024-02-01', lang: 'ar' },
    text,
    entities: [entity({ id: 'e1', ...ALEPPO, geo: { ...ALEPPO.geo } }, text, ['حلب'])],
    events: [
      event(text, {
        id: 'v1', type: 'ASSAULT', mode: 'aerial', cameo: '18', trigger: spanOf(text, 'قصفت'), sentence: range(text, text),
        source: [actor(text, 'الحكومة السورية', null, 'SYR', 'GOV')], location: 'e1',
        date: { value: '2024-01', precision: 'month', text: 'يناير' }, stance: 'negated', confidence: 0.6,
      }),
    ],
    quotes: [],
  };
}

/** An article whose id, outlet, title and text look like SQL and FTS syntax. */
export function articleSql(): Extraction {
  const text = `قال المتحدث: '; DROP TABLE articles; -- ثم SELECT * FROM events WHERE 1=1 OR "x" MATCH 'y*' NEAR(a b) ؛ انتهى المؤتمر بنجاح 100%`;
  return {
    schema: 'rasid.extraction/1',
    article: { id: "x'); DROP TABLE articles; --", url: "https://evil.example/?q=' OR '1'='1", outlet: "Robert'); DROP TABLE events;--", title: `O'Brien "quoted" \\ back`, published: '2024-03-14', lang: 'ar' },
    text,
    entities: [],
    events: [],
    quotes: [],
  };
}

/** The four fixture articles. */
export function fixtureArticles(): Extraction[] {
  return [articleA1(), articleA2(), articleA3(), articleSql()];
}
