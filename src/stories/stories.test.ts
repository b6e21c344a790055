import { describe, expect, it } from 'vitest';
import type { Extraction } from '../contract/extraction.js';
import { checkStories } from '../store/rows.js';
import { createNormaliser } from '../text/normalise.js';
import { CAIRO, DAMASCUS, GAZA, gazaStory, IDF, KHAN_YUNIS, PALESTINE, report } from '../test-support/story-fixtures.js';
import {
  buildStories, datesCompatible, dayRange, digest, disagreements, haversineKm, matchScore, mergeEvents, nearDuplicateGroups,
  placeRelation, shingles, signature, similarity, STORY_DEFAULTS, type EventDigest, type PlaceDigest,
} from './index.js';

const normaliser = createNormaliser();
const key = (s: string): string => normaliser.key(s);
const dig = (x: Extraction) => digest(x, { key, shingle: STORY_DEFAULTS.shingle, hashes: STORY_DEFAULTS.hashes });

describe('MinHash near-duplicates', () => {
  const base =
    'قالت وزارة الخارجية المصرية في بيان اليوم إن الوزير التقى نظيره الأردني في عمان وبحث معه سبل وقف إطلاق النار في غزة ' +
    'وإدخال المساعدات الإنسانية إلى القطاع، مؤكدا أن القاهرة تواصل اتصالاتها مع جميع الأطراف لمنع اتساع رقعة الصراع في المنطقة.';
  const exact = (a: Set<number>, b: Set<number>): number => [...a].filter((x) => b.has(x)).length / new Set([...a, ...b]).size;

  it('estimates the Jaccard similarity of shingle sets', () => {
    const a = shingles(key(base), 3);
    const edited = shingles(key(base.replace('في عمان', 'في العاصمة الأردنية عمان').replace('مؤكدا', 'وأكد')), 3);
    const other = shingles(key('أعلن البنك المركزي رفع سعر الفائدة نصف نقطة مئوية لمواجهة التضخم الذي بلغ أعلى مستوياته منذ عشر سنوات.'), 3);
    for (const [x, y] of [[a, edited], [a, other], [a, a]] as const) {
      expect(Math.abs(similarity(signature(x, 256), signature(y, 256)) - exact(x, y))).toBeLessThan(0.1);
    }
    expect(exact(a, edited)).toBeGreaterThan(0.6);
    expect(exact(a, other)).toBe(0);
  });

  it('ignores diacritics and letter variants: the matching key is shingled', () => {
    expect(shingles(key('قالَت الوزارةُ إنّ الأمر'), 3)).toEqual(shingles(key('قالت الوزاره ان الامر'), 3));
  });

  it('groups a republication (agency credit, small edits) with its original, and nothing else', () => {
    const texts = [
      base,
      'أعلن البنك المركزي رفع سعر الفائدة نصف نقطة مئوية لمواجهة التضخم الذي بلغ أعلى مستوياته منذ عشر سنوات.',
      `القاهرة (رويترز) - ${base.replace('اليوم', 'الأحد')}`,
      '',
    ];
    const sigs = texts.map((t) => signature(shingles(key(t), 3), 64));
    expect(nearDuplicateGroups(sigs, { threshold: 0.5, bands: 16 })).toEqual([[0, 2]]);
  });

  it('keeps a group within its span of days: a daily template does not chain across months', () => {
    const daily = (d: number): string => `أسعار صرف العملات اليوم ${d}: سجل الدولار الأمريكي أمام الجنيه سعر 30.9 للشراء و31 للبيع في البنوك الحكومية، فيما استقر اليورو عند 33.5 للشراء و33.7 للبيع.`;
    const sigs = [1, 2, 3, 4, 5, 6].map((d) => signature(shingles(key(daily(d)), 3), 64));
    const days = [0, 1, 2, 10, 11, 12];
    expect(nearDuplicateGroups(sigs, { threshold: 0.5, bands: 16 })).toEqual([[0, 1, 2, 3, 4, 5]]);
    expect(nearDuplicateGroups(sigs, { threshold: 0.5, bands: 16, days, maxSpanDays: 7 })).toEqual([[0, 1, 2], [3, 4, 5]]);
  });
});

describe('comparing reports', () => {
  const place = (p: typeof GAZA): PlaceDigest => ({ name: p.name, key: key(p.name), ref: p.ref, country: p.country, lat: p.geo?.lat ?? null, lon: p.geo?.lon ?? null, precision: p.geo?.precision ?? null });

  it('measures distances and relates places: same ref, nearby, inside a country, far apart, unknown', () => {
    expect(haversineKm(GAZA.geo!.lat, GAZA.geo!.lon, DAMASCUS.geo!.lat, DAMASCUS.geo!.lon)).toBeGreaterThan(200);
    expect(placeRelation(place(GAZA), place(GAZA), 50)).toBe('same');
    expect(placeRelation(place(GAZA), place(KHAN_YUNIS), 50)).toBe('same'); // ~24 km
    expect(placeRelation(place(GAZA), place(KHAN_YUNIS), 10)).toBe('different');
    expect(placeRelation(place(PALESTINE), place(GAZA), 50)).toBe('same');
    expect(placeRelation(place(GAZA), place(DAMASCUS), 50)).toBe('different');
    expect(placeRelation(place(GAZA), null, 50)).toBe('unknown');
  });

  it('reads partial dates as day ranges and compares them within a day', () => {
    const d = (s: string) => dayRange(s);
    expect(datesCompatible(d('2023-10-10'), d('2023-10-11'), 1)).toBe(true);
    expect(datesCompatible(d('2023-10-10'), d('2023-10-12'), 1)).toBe(false);
    expect(datesCompatible(d('2023-10'), d('2023-10-31'), 1)).toBe(true);
    expect(datesCompatible(d('2023-10'), d('2023-11-02'), 1)).toBe(false);
    expect(datesCompatible(d('2023-10-10'), null, 1)).toBeNull();
    expect(dayRange('2024-02')).toEqual([dayRange('2024-02-01')![0], dayRange('2024-02-29')![0]]);
  });

  const strike = (id: string, over: Partial<EventDigest> = {}): EventDigest => ({
    articleId: id, eventId: 'v1', type: 'ASSAULT', days: dayRange('2023-10-10'), date: { value: '2023-10-10', precision: 'day' }, place: place(GAZA),
    sourceIds: ['ref:org:idf'], targetIds: [], sourceNames: ['الجيش الإسرائيلي'], targetNames: [],
    version: { articleId: id, eventId: 'v1', outlet: null, published: null, dead: null, injured: null, quantity: null, stance: 'asserted' },
    ...over,
  });
  const opts = { maxDays: 1, nearbyKm: 50 };

  it.each([
    ['the same strike told twice', strike('b'), true],
    ['a day later', strike('b', { days: dayRange('2023-10-11') }), true],
    ['two days later', strike('b', { days: dayRange('2023-10-12') }), false],
    ['another type', strike('b', { type: 'FIGHT' }), false],
    ['another city far away', strike('b', { place: place(DAMASCUS) }), false],
    ['a nearby town', strike('b', { place: place(KHAN_YUNIS) }), true],
    ['no place given, a shared actor', strike('b', { place: null }), true],
    ['no shared actor, same place and day, no named source', strike('b', { sourceIds: [] }), true],
    ['no shared actor, and another named source', strike('b', { sourceIds: ['ref:org:hamas'] }), false],
    ['no shared actor and no place', strike('b', { sourceIds: [], place: null }), false],
    ['the same article', strike('a', { eventId: 'v2' }), false],
  ])('%s', (_what, other, merges) => {
    expect(matchScore(strike('a'), other, opts) > 0).toBe(merges);
  });

  it('merges at most one report per article into an event, even when an article tells two alike', () => {
    const a1 = strike('a');
    const a2 = strike('a', { eventId: 'v2' });
    const b = strike('b');
    const clusters = mergeEvents([a1, a2, b], opts);
    expect(clusters.map((c) => c.members.map((m) => `${m.articleId}/${m.eventId}`))).toEqual([['a/v1', 'b/v1'], ['a/v2']]);
  });
});

describe('buildStories', () => {
  const records = gazaStory();
  const stories = buildStories(records.map(dig), STORY_DEFAULTS);

  it('makes one story per event told by several outlets, with the republication; the rest stays alone', () => {
    expect(stories.map((s) => s.articles)).toEqual([['c6', 'c7'], ['d4', 'w1', 'w2', 'p3']]);
    const gaza = stories[1]!;
    // the headline of the text most outlets carried
    expect(gaza).toMatchObject({ title: 'غارة على غزة', first: '2023-10-10', last: '2023-10-11', outlets: ['قناة المنار', 'وكالة الأنباء', 'موقع الرصد', 'صحيفة الشرق'] });
    expect(gaza.events).toHaveLength(1);
  });

  it('keeps every outlet\'s version side by side: counts and stance, and says where they disagree', () => {
    const e = stories[1]!.events[0]!;
    expect(e).toMatchObject({ id: 'e1', type: 'ASSAULT', date: '2023-10-10', place: { name: 'غزة', ref: 'city:ps-gaza', lat: 31.5017, lon: 34.4668 } });
    expect(e.source).toEqual(['الجيش الإسرائيلي']);
    expect(e.target).toEqual(['حماس']);
    expect(e.versions.map((v) => [v.outlet, v.dead, v.stance])).toEqual([
      ['قناة المنار', null, 'negated'],
      ['وكالة الأنباء', 5, 'asserted'],
      ['موقع الرصد', 5, 'asserted'],
      ['صحيفة الشرق', 7, 'asserted'],
    ]);
    expect(disagreements(e)).toEqual(['dead', 'quantity', 'stance']);
    expect(disagreements(stories[0]!.events[0]!)).toEqual([]);
  });

  it('does not join the strike on Damascus the same day by the same army', () => {
    expect(stories.flatMap((s) => s.articles)).not.toContain('x5');
    expect(stories.flatMap((s) => s.articles)).not.toContain('s8');
  });

  it('gives the same stories, with the same ids, whatever the order of the articles', () => {
    const shuffled = [...records].reverse();
    expect(buildStories(shuffled.map(dig), STORY_DEFAULTS)).toEqual(stories);
    expect(stories[0]!.id).toMatch(/^s[0-9a-f]{12}$/);
  });

  it('makes a story of a republished article that tells no event', () => {
    const text = 'أعلنت الهيئة العامة للأرصاد الجوية أن موجة حارة ستضرب البلاد خلال الأيام الثلاثة المقبلة، ودعت المواطنين إلى تجنب التعرض لأشعة الشمس في ساعات الظهيرة.';
    const a = report({ id: 'm1', outlet: 'أ', published: '2023-07-01', text, events: [] });
    const b = report({ id: 'm2', outlet: 'ب', published: '2023-07-02', text: `${text} (واس)`, events: [] });
    expect(buildStories([dig(a), dig(b)], STORY_DEFAULTS)).toMatchObject([{ articles: ['m1', 'm2'], events: [], first: '2023-07-01', last: '2023-07-02' }]);
  });

  it('keeps a roundup\'s events in separate stories when each is told by other articles', () => {
    const roundup = report({
      id: 'r1', outlet: 'أ', published: '2023-10-12', text: 'حصاد اليوم\n\nقصف الجيش الإسرائيلي غزة. وتظاهر طلاب في القاهرة.',
      events: [
        { id: 'v1', type: 'ASSAULT', trigger: 'قصف', date: '2023-10-10', place: { referent: GAZA, words: 'غزة' }, source: [{ named: IDF, words: 'الجيش الإسرائيلي', sector: 'MIL' }] },
        { id: 'v2', type: 'PROTEST', trigger: 'وتظاهر', place: { referent: CAIRO, words: 'القاهرة' }, source: [{ words: 'طلاب', country: 'EGY', sector: 'CVL' }] },
      ],
    });
    const s = buildStories([roundup, ...records].map(dig), STORY_DEFAULTS);
    const withRoundup = s.filter((x) => x.articles.includes('r1'));
    expect(withRoundup).toHaveLength(2);
    expect(withRoundup.map((x) => x.events.map((e) => e.type))).toEqual([['ASSAULT'], ['PROTEST']]);
  });

  it('produces stories the store accepts', () => {
    expect(() => checkStories(stories)).not.toThrow();
  });
});

describe('digest', () => {
  it('dates an event by its day, or by the publication day when the text gives only a month or a year', () => {
    const x = report({
      id: 'y1', outlet: null, published: '2018-03-17', text: 'قصف الجيش الإسرائيلي غزة في 2018 ثم قصفها في 15 مارس.',
      events: [
        { id: 'v1', type: 'ASSAULT', trigger: 'قصف', date: '2018' },
        { id: 'v2', type: 'ASSAULT', trigger: 'قصفها', date: '2018-03-15' },
      ],
    });
    const [year, day] = dig(x).events;
    expect(year?.days).toEqual(dayRange('2018-03-17'));
    expect(year?.date).toEqual({ value: '2018', precision: 'year' });
    expect(day?.days).toEqual(dayRange('2018-03-15'));
  });
});
