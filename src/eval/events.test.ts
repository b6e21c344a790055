// Event scoring on small gold articles written by hand: matching, optional events, per-type figures, arguments.
import { describe, expect, it } from 'vitest';
import type { Actor, Entity, Event, Extraction, Quote } from '../contract/extraction.js';
import { RasidError } from '../errors.js';
import { GoldSchema, type Gold } from './entities.js';
import { eventMatches, goldEvents, GoldEventSchema, scoreEvents } from './events.js';

const sentences = [
  'اعتقلت الشرطة ثمانية أشخاص في شيجاك', // 0: headline
  '',
  'وقال مصدر في الشرطة إن الشرطة الألبانية اعتقلت ثمانية أشخاص في شيجاك يوم الجمعة.', // 2
  'وقصفت طائرات أميركية مواقع «داعش» قرب عين العرب فقتلت خمسة مسلحين.', // 3
  'ولم تتظاهر المعارضة في تيرانا.', // 4
  'وقد تتعاون تركيا مع الولايات المتحدة.', // 5
  'وانتهى الاجتماع مساء.', // 6
];
const text = sentences.join('\n');

/** The span of `words` inside sentence `i`. */
const at = (i: number, words: string): [number, number] => {
  const base = sentences.slice(0, i).reduce((n, s) => n + s.length + 1, 0);
  const k = (sentences[i] as string).indexOf(words);
  if (k < 0) throw new Error(`not in sentence ${i}: ${words}`);
  return [base + k, base + k + words.length];
};
const sentence = (i: number): [number, number] => at(i, sentences[i] as string);

const gold: Gold = GoldSchema.parse({
  id: 'hand-events',
  text,
  published: '2018-03-03',
  entities: [
    { key: 'shijak', type: 'LOC', en: ['Shijak'], link: true, mentions: [at(0, 'شيجاك'), at(2, 'شيجاك')] },
    { key: 'isis', type: 'ORG', en: ['Islamic State'], link: true, mentions: [at(3, 'داعش')] },
    { key: 'kobani', type: 'LOC', en: ['Kobani'], link: true, mentions: [at(3, 'عين العرب')] },
    { key: 'tirana', type: 'LOC', en: ['Tirana'], link: true, mentions: [at(4, 'تيرانا')] },
    { key: 'tur', type: 'LOC', en: ['Turkey'], link: true, mentions: [at(5, 'تركيا')] },
    { key: 'usa', type: 'LOC', en: ['United States'], link: true, mentions: [at(5, 'الولايات المتحدة')] },
  ],
  events: [
    {
      key: 'arrest', type: ['COERCE'], mode: 'arrest', source: [{ country: 'ALB', sector: 'COP' }], target: [{ country: null, sector: 'CRM' }],
      stance: 'asserted', quantity: 8, location: 'shijak', date: { value: '2018-03-02', precision: 'day' }, attribution: { country: 'ALB', sector: 'COP' },
      mentions: [sentence(0), sentence(2)],
    },
    { key: 'strike', type: ['ASSAULT', 'FIGHT'], source: [{ country: 'USA', sector: 'MIL' }], target: ['isis'], stance: 'asserted', location: 'kobani', dead: 5, mentions: [sentence(3)] },
    { key: 'no-protest', type: ['PROTEST'], source: [{ country: null, sector: 'OPP' }], target: [], stance: 'negated', location: 'tirana', mentions: [sentence(4)] },
    { key: 'cooperate', optional: true, type: ['COOPERATE'], source: ['tur'], target: ['usa'], stance: 'hypothetical', mentions: [sentence(5)] },
    { key: 'meeting', type: ['CONSULT'], source: [], target: [], stance: 'asserted', mentions: [sentence(6)] },
  ],
});

const entity = (id: string, en: string | null, mentions: [number, number][]): Entity => ({
  id, type: 'LOC', kind: null, name: en ?? id, name_en: en, ref: null, wikidata: null, country: null, geo: null, confidence: 0.9,
  mentions: mentions.map(([start, end]) => ({ start, end, text: text.slice(start, end) })),
});
const actor = (span: [number, number], entityId: string | null, country: string | null, sector: Actor['sector']): Actor =>
  ({ entity: entityId, text: text.slice(span[0], span[1]), start: span[0], end: span[1], country, sector });

let n = 0;
const event = (type: Event['type'], trigger: [number, number], i: number, more: Partial<Event> = {}): Event => ({
  id: `v${++n}`, type, mode: null, cameo: null,
  trigger: { start: trigger[0], end: trigger[1], text: text.slice(trigger[0], trigger[1]) },
  sentence: { start: sentence(i)[0], end: sentence(i)[1] },
  source: [], target: [], location: null, date: null, quantity: null, dead: null, injured: null,
  stance: 'asserted', attribution: null, confidence: 0.8, ...more,
});

const policeSource: Quote = {
  id: 'q1', speaker: actor(at(2, 'مصدر في الشرطة'), null, 'ALB', 'COP'), via: [],
  cue: { start: at(2, 'وقال')[0], end: at(2, 'وقال')[1], text: 'وقال' }, content: { start: at(2, 'إن')[0], end: sentence(2)[1] }, direct: false,
};

const extraction = (events: Event[]): Extraction => ({
  schema: 'rasid.extraction/1',
  article: { id: 'hand-events', url: null, outlet: null, title: null, published: '2018-03-03', lang: 'ar' },
  text,
  entities: [
    entity('e-shijak', 'Shijak', [at(0, 'شيجاك')]),
    { ...entity('e-isis', null, [at(3, 'داعش')]), type: 'ORG' },
    entity('e-kobani', 'Kobani', []), // found only by its English name
  ],
  events,
  quotes: [policeSource],
});

const eight = (i: number): Actor => actor(at(i, 'ثمانية أشخاص'), null, null, 'CRM');
const predictions = (): Event[] => [
  // p1 headline: police without a country (source wrong), no date, no attribution
  event('COERCE', at(0, 'اعتقلت'), 0, {
    source: [actor(at(0, 'الشرطة'), null, null, 'COP')], target: [eight(0)], location: 'e-shijak',
    quantity: { value: 8, unit: null, text: 'ثمانية' },
  }),
  // p2 body: everything right
  event('COERCE', at(2, 'اعتقلت'), 2, {
    source: [actor(at(2, 'الشرطة الألبانية'), null, 'ALB', 'COP')], target: [eight(2)], location: 'e-shijak',
    quantity: { value: 8, unit: null, text: 'ثمانية' }, date: { value: '2018-03-02', precision: 'day', text: 'يوم الجمعة' }, attribution: 'q1',
  }),
  // p3 the strike as FIGHT (accepted): no source, right target and place, right dead
  event('FIGHT', at(3, 'وقصفت'), 3, { target: [actor(at(3, 'داعش'), 'e-isis', null, 'INS')], location: 'e-kobani', dead: 5 }),
  // p4 the strike again as ASSAULT: source without sector (right), no target, no place, no dead
  event('ASSAULT', at(3, 'فقتلت'), 3, { source: [actor(at(3, 'طائرات أميركية'), null, 'USA', null)] }),
  // p5 the protest with the wrong stance; its target is not scored (the gold has none)
  event('PROTEST', at(4, 'تتظاهر'), 4, { source: [actor(at(4, 'المعارضة'), null, null, 'OPP')], target: [actor(at(4, 'تيرانا'), null, 'ALB', 'GOV')] }),
  // p6 only the optional event: not counted
  event('COOPERATE', at(5, 'تتعاون'), 5, { stance: 'hypothetical' }),
  // p7 a type the gold event does not accept: spurious
  event('PROTEST', at(2, 'اعتقلت'), 2),
];

describe('scoreEvents', () => {
  const s = scoreEvents([{ gold, extraction: extraction(predictions()) }]);

  it('counts predictions matching a required event, leaves optional-only ones out, and finds each gold event once', () => {
    expect(s.events).toMatchObject({ predicted: 6, correct: 5, gold: 4, found: 3 });
    expect(s.events.p).toBeCloseTo(5 / 6);
    expect(s.events.r).toBeCloseTo(3 / 4);
    expect(s.events.f1).toBeCloseTo((2 * (5 / 6) * 0.75) / (5 / 6 + 0.75));
    expect(s.uncounted).toBe(1);
    const fn = s.errors.filter((e) => e.kind === 'fn');
    expect(fn.map((e) => e.detail)).toEqual(['meeting: CONSULT asserted']);
    const fp = s.errors.filter((e) => e.kind === 'fp');
    expect(fp).toHaveLength(1);
    expect(fp[0]?.detail).toMatch(/^PROTEST asserted in «وقال/);
  });

  it('per type: precision over predictions of the type, recall over gold events preferring it', () => {
    expect(s.byType.COERCE).toMatchObject({ predicted: 2, correct: 2, gold: 1, found: 1 });
    expect(s.byType.FIGHT).toMatchObject({ predicted: 1, correct: 1, gold: 0, found: 0 });
    expect(s.byType.ASSAULT).toMatchObject({ predicted: 1, correct: 1, gold: 1, found: 1 });
    expect(s.byType.PROTEST).toMatchObject({ predicted: 2, correct: 1, gold: 1, found: 1 });
    expect(s.byType.PROTEST?.p).toBeCloseTo(0.5);
    expect(s.byType.CONSULT).toMatchObject({ predicted: 0, gold: 1, found: 0, f1: 0 });
    expect(s.byType.COOPERATE).toBeUndefined();
  });

  it('judges the arguments of every matched prediction; a gold argument left empty is not scored', () => {
    expect(s.arguments.source).toEqual({ correct: 3, scored: 5, accuracy: 3 / 5 });
    expect(s.arguments.target).toEqual({ correct: 3, scored: 4, accuracy: 3 / 4 });
    expect(s.arguments.stance).toEqual({ correct: 4, scored: 5, accuracy: 4 / 5 });
    expect(s.arguments.location).toEqual({ correct: 3, scored: 5, accuracy: 3 / 5 });
    expect(s.arguments.date).toEqual({ correct: 1, scored: 2, accuracy: 1 / 2 });
    expect(s.arguments.quantity).toEqual({ correct: 2, scored: 2, accuracy: 1 });
    expect(s.arguments.dead).toEqual({ correct: 1, scored: 2, accuracy: 1 / 2 });
    expect(s.arguments.injured).toEqual({ correct: 0, scored: 0, accuracy: 0 });
    expect(s.arguments.attribution).toEqual({ correct: 1, scored: 2, accuracy: 1 / 2 });
    const stance = s.errors.find((e) => e.kind === 'stance');
    expect(stance).toMatchObject({ text: 'تتظاهر', detail: 'no-protest (PROTEST): got asserted; want negated' });
    expect(s.errors.filter((e) => e.kind === 'source').map((e) => e.detail)).toEqual([
      'arrest (COERCE): got الشرطة -/COP; want ALB/COP',
      'strike (FIGHT): got none; want USA/MIL',
    ]);
  });

  it('no predictions: nothing predicted, every required gold event missed, no argument scored', () => {
    const z = scoreEvents([{ gold, extraction: extraction([]) }]);
    expect(z.events).toMatchObject({ predicted: 0, correct: 0, gold: 4, found: 0, p: 0, r: 0, f1: 0 });
    expect(z.arguments.stance.scored).toBe(0);
  });

  it('a perfect reading scores 100 everywhere it is scored', () => {
    const right = predictions().slice(1, 2); // p2
    const strike = event('ASSAULT', at(3, 'وقصفت'), 3, {
      source: [actor(at(3, 'طائرات أميركية'), null, 'USA', 'MIL')], target: [actor(at(3, 'داعش'), 'e-isis', null, 'INS')], location: 'e-kobani', dead: 5,
    });
    const protest = event('PROTEST', at(4, 'تتظاهر'), 4, { stance: 'negated', source: [actor(at(4, 'المعارضة'), null, null, 'OPP')], location: 'e-tirana' });
    const meeting = event('CONSULT', at(6, 'الاجتماع'), 6);
    const x = extraction([...right, strike, protest, meeting]);
    x.entities.push(entity('e-tirana', null, [at(4, 'تيرانا')]));
    const p = scoreEvents([{ gold, extraction: x }]);
    expect(p.events).toMatchObject({ predicted: 4, correct: 4, gold: 4, found: 4, f1: 1 });
    for (const a of ['source', 'target', 'stance', 'location', 'date', 'quantity', 'dead', 'attribution'] as const) expect(p.arguments[a].accuracy, a).toBe(1);
    expect(p.errors).toEqual([]);
  });
});

describe('eventMatches', () => {
  const g = GoldEventSchema.parse({ key: 'k', type: ['ASSAULT', 'FIGHT'], source: [], target: [], stance: 'asserted', mentions: [sentence(3)] });
  it('needs an accepted type and a trigger overlapping a gold sentence', () => {
    expect(eventMatches(event('FIGHT', at(3, 'وقصفت'), 3), g)).toBe(true);
    expect(eventMatches(event('COERCE', at(3, 'وقصفت'), 3), g)).toBe(false);
    expect(eventMatches(event('ASSAULT', at(4, 'تتظاهر'), 3), g)).toBe(false); // trigger elsewhere: the sentence does not count
  });
  it('without a trigger, the sentence decides', () => {
    expect(eventMatches(event('ASSAULT', [0, 0], 3), g)).toBe(true);
    expect(eventMatches(event('ASSAULT', [0, 0], 4), g)).toBe(false);
  });
});

describe('a sentence telling two events', () => {
  const t = 'ونفى المسؤول أن تكون تركيا قد تحالفت مع داعش لكنه قال إنهما تنسقان.';
  const tur = [t.indexOf('تركيا'), t.indexOf('تركيا') + 5] as [number, number];
  const g2 = GoldSchema.parse({
    id: 'two', text: t,
    entities: [{ key: 'tur', type: 'LOC', en: ['Turkey'], mentions: [tur] }, { key: 'isis', type: 'ORG', en: ['Islamic State'], mentions: [[t.indexOf('داعش'), t.indexOf('داعش') + 4]] }],
    events: [
      { key: 'alliance', type: ['AGREE', 'COOPERATE'], source: ['tur'], target: ['isis'], stance: 'negated', mentions: [[0, t.length]] },
      { key: 'coordination', type: ['COOPERATE'], source: ['tur'], target: ['isis'], stance: 'asserted', mentions: [[0, t.length]] },
    ],
  });
  const pred = (trigger: string, stance: Event['stance']): Event => {
    const s = t.indexOf(trigger);
    return {
      id: trigger, type: 'COOPERATE', mode: null, cameo: null, trigger: { start: s, end: s + trigger.length, text: trigger }, sentence: { start: 0, end: t.length },
      source: [{ entity: 'p-tur', text: 'تركيا', start: tur[0], end: tur[1], country: 'TUR', sector: null }], target: [], location: null, date: null,
      quantity: null, dead: null, injured: null, stance, attribution: null, confidence: 0.5,
    };
  };
  const x = (events: Event[]): Extraction => ({
    schema: 'rasid.extraction/1', article: { id: 'two', url: null, outlet: null, title: null, published: null, lang: 'ar' }, text: t,
    entities: [{ id: 'p-tur', type: 'LOC', kind: null, name: 'تركيا', name_en: 'Turkey', ref: null, wikidata: null, country: 'TUR', geo: null, confidence: 1, mentions: [{ start: tur[0], end: tur[1], text: 'تركيا' }] }],
    events, quotes: [],
  });
  it('each prediction is judged against the event it agrees with most', () => {
    const s = scoreEvents([{ gold: g2, extraction: x([pred('تحالفت', 'negated'), pred('تنسقان', 'asserted')]) }]);
    expect(s.events).toMatchObject({ predicted: 2, correct: 2, gold: 2, found: 2 });
    expect(s.arguments.stance).toEqual({ correct: 2, scored: 2, accuracy: 1 });
    expect(s.arguments.source.correct).toBe(2);
    expect(s.arguments.target).toEqual({ correct: 0, scored: 2, accuracy: 0 }); // predicted without target: wrong
  });
  it('one prediction finds both events (recall), but is judged once', () => {
    const s = scoreEvents([{ gold: g2, extraction: x([pred('تنسقان', 'planned')]) }]);
    expect(s.events).toMatchObject({ predicted: 1, correct: 1, gold: 2, found: 2 });
    expect(s.arguments.stance).toEqual({ correct: 0, scored: 1, accuracy: 0 });
    // equal agreement with both: judged against the one whose preferred type is the prediction's
    expect(s.errors.find((e) => e.kind === 'stance')?.detail).toBe('coordination (COOPERATE): got planned; want asserted');
  });
});

describe('goldEvents', () => {
  const base = { id: 'bad', text: 'x', entities: [{ key: 'a', type: 'ORG', en: ['A'], mentions: [[0, 1]] }] };
  const fails = (events: unknown[]): RasidError => {
    try {
      goldEvents(GoldSchema.parse({ ...base, events }), 'bad.gold.json');
    } catch (e) {
      return e as RasidError;
    }
    throw new Error('expected an error');
  };
  it('reads well-formed events, with empty source and target by default', () => {
    const [g] = goldEvents(GoldSchema.parse({ ...base, events: [{ key: 'k', type: ['FIGHT'], stance: 'asserted', mentions: [[0, 1]], source: ['a'] }] }));
    expect(g?.target).toEqual([]);
  });
  it('rejects an unknown type, a missing stance, no mentions, or an unknown sector, naming the file and event', () => {
    for (const bad of [
      { key: 'k', type: ['ATTACK'], stance: 'asserted', mentions: [[0, 1]] },
      { key: 'k', type: ['FIGHT'], mentions: [[0, 1]] },
      { key: 'k', type: ['FIGHT'], stance: 'asserted', mentions: [] },
      { key: 'k', type: ['FIGHT'], stance: 'asserted', mentions: [[0, 1]], source: [{ country: 'ALB', sector: 'POLICE' }] },
    ]) {
      const e = fails([bad]);
      expect(e.code).toBe('E_INPUT_FORMAT');
      expect(e.message).toMatch(/^bad\.gold\.json: events\[0\] is not a gold event/);
    }
  });
  it('rejects an entity key the article does not define', () => {
    const e = fails([{ key: 'k', type: ['FIGHT'], stance: 'asserted', mentions: [[0, 1]], source: ['a'], location: 'nowhere' }]);
    expect(e.message).toMatch(/events\[0\] \(k\) names the entity "nowhere"/);
  });
});
