// Quote scoring on a small gold pair written by hand: overlap matching, optional quotes, speaker agreement.
import { describe, expect, it } from 'vitest';
import type { Actor, Entity, Extraction, Quote } from '../contract/extraction.js';
import { GoldSchema } from './entities.js';
import { scoreQuotes, scorableSpeaker, speakerMatches } from './quotes.js';

const text = [
  'قال الوزير إن الوضع هادئ',
  '',
  'وقال سيرغي لافروف إن المحادثات كانت مفيدة. وأفاد مصدر في الشرطة بأن شخصين قتلا. وذكرت الصحيفة أن الطقس بارد. ونقلت مصادر أن الحدود أغلقت. وانتهى الاجتماع مساء.',
].join('\n');

const span = (words: string): [number, number] => {
  const s = text.indexOf(words);
  if (s < 0) throw new Error(`not in the text: ${words}`);
  return [s, s + words.length];
};

const gold = GoldSchema.parse({
  id: 'hand-1',
  text,
  entities: [{ key: 'lavrov', type: 'PER', en: ['Sergey Lavrov'], link: true, mentions: [span('سيرغي لافروف')] }],
  quotes: [
    { speaker: 'lavrov', cue: span('وقال'), direct: false, content: span('إن المحادثات كانت مفيدة') },
    { speaker: { desc: 'police source', country: 'RUS', sector: 'COP' }, cue: span('وأفاد'), direct: false, content: span('بأن شخصين قتلا') },
    { speaker: { desc: 'the paper' }, cue: span('وذكرت'), direct: false, content: span('أن الطقس بارد'), optional: true },
    { speaker: { desc: 'the minister', country: 'RUS', sector: 'GOV' }, cue: span('قال'), direct: false, content: span('إن الوضع هادئ') },
    { speaker: { desc: 'sources' }, cue: span('ونقلت'), direct: false, content: span('أن الحدود أغلقت') },
  ],
});

const lavrov: Entity = {
  id: 'e1', type: 'PER', kind: 'person', name: 'سيرغي لافروف', name_en: 'Sergey Lavrov', ref: 'person:sergey-lavrov', wikidata: null,
  country: 'RUS', geo: null, confidence: 0.9, mentions: [{ start: span('سيرغي لافروف')[0], end: span('سيرغي لافروف')[1], text: 'سيرغي لافروف' }],
};

const actor = (words: string, entity: string | null, country: string | null, sector: Actor['sector']): Actor => {
  const [start, end] = span(words);
  return { entity, text: words, start, end, country, sector };
};

let n = 0;
const quote = (speaker: Actor, content: [number, number]): Quote => ({
  id: `q${++n}`, speaker, via: [], cue: { start: 0, end: 0, text: '' }, content: { start: content[0], end: content[1] }, direct: false,
});

const extraction = (quotes: Quote[]): Extraction => ({
  schema: 'rasid.extraction/1',
  article: { id: 'hand-1', url: null, outlet: null, title: null, published: null, lang: 'ar' },
  text,
  entities: [lavrov],
  events: [],
  quotes,
});

describe('scoreQuotes', () => {
  it('matches by content overlap, leaves optional and headline quotes out, and judges the speaker on the best overlap', () => {
    const x = extraction([
      quote(actor('سيرغي لافروف', 'e1', 'RUS', null), span('إن المحادثات كانت مفيدة')), // right
      quote(actor('مصدر في الشرطة', null, 'RUS', null), span('بأن شخصين')), // right: no sector on one side
      quote(actor('الصحيفة', null, null, 'MED'), span('أن الطقس بارد')), // only an optional gold quote: not counted
      quote(actor('الوزير', null, 'RUS', 'GOV'), span('إن الوضع هادئ')), // headline: not counted
      quote(actor('الاجتماع', null, null, null), span('وانتهى الاجتماع مساء')), // matches nothing
      quote(actor('مصدر في الشرطة', null, 'SYR', 'COP'), span('كانت مفيدة')), // a smaller overlap with the first: counted, not judged
    ]);
    const s = scoreQuotes([{ gold, extraction: x }]);
    expect(s.quotes).toMatchObject({ predicted: 4, correct: 3, gold: 3, found: 2 });
    expect(s.quotes.p).toBeCloseTo(0.75);
    expect(s.quotes.r).toBeCloseTo(2 / 3);
    expect(s.quotes.f1).toBeCloseTo((2 * 0.75 * (2 / 3)) / (0.75 + 2 / 3));
    expect(s.speaker).toEqual({ correct: 2, scored: 2, accuracy: 1 });
    expect(s.errors.map((e) => e.kind).sort()).toEqual(['fn', 'fp']);
    expect(s.errors.find((e) => e.kind === 'fn')?.text).toBe('أن الحدود أغلقت');
  });

  it('a wrong speaker is counted and listed', () => {
    const x = extraction([quote(actor('مصدر في الشرطة', null, 'SYR', 'COP'), span('بأن شخصين قتلا'))]);
    const s = scoreQuotes([{ gold, extraction: x }]);
    expect(s.speaker).toEqual({ correct: 0, scored: 1, accuracy: 0 });
    expect(s.errors.find((e) => e.kind === 'speaker')?.detail).toMatch(/want police source RUS\/COP/);
  });
});

describe('speakerMatches', () => {
  const police = { desc: 'police source', country: 'RUS', sector: 'COP' };
  const x = extraction([]);
  it('an entity key matches an entity with an overlapping mention, or the same English name', () => {
    expect(speakerMatches(actor('سيرغي لافروف', 'e1', 'RUS', null), 'lavrov', gold, x)).toBe(true);
    const elsewhere = { ...lavrov, id: 'e2', mentions: [] };
    expect(speakerMatches(actor('سيرغي لافروف', 'e2', 'RUS', null), 'lavrov', gold, { ...x, entities: [elsewhere] })).toBe(true);
    expect(speakerMatches(actor('سيرغي لافروف', null, 'RUS', 'GOV'), 'lavrov', gold, x)).toBe(false);
  });
  it('an agent matches on country, and on sector when both give one', () => {
    const g = police;
    expect(speakerMatches(actor('مصدر في الشرطة', null, 'RUS', 'COP'), g, gold, x)).toBe(true);
    expect(speakerMatches(actor('مصدر في الشرطة', null, 'RUS', 'MIL'), g, gold, x)).toBe(false);
    expect(speakerMatches(actor('مصدر في الشرطة', null, null, 'COP'), g, gold, x)).toBe(false);
    expect(scorableSpeaker({ desc: 'sources' })).toBe(false);
    expect(scorableSpeaker({ desc: 'reports', country: null, sector: 'MED' })).toBe(true);
  });
});
