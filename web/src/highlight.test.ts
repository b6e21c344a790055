// Segmentation of highlighted text: segments tile the text exactly, overlapping and nested spans included.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segments, spansOf, type Mark } from './highlight.js';
import type { Extraction } from '../../src/contract/extraction.js';

const A: Mark = { kind: 'entity', entity: 0 };
const B: Mark = { kind: 'quote', quote: 0 };

describe('segments', () => {
  it('splits crossing spans into pieces that carry both', () => {
    const s = segments(10, [{ start: 2, end: 6, mark: A }, { start: 4, end: 8, mark: B }]);
    expect(s.map((x) => [x.start, x.end, x.marks.length])).toEqual([[0, 2, 0], [2, 4, 1], [4, 6, 2], [6, 8, 1], [8, 10, 0]]);
  });

  it('puts the innermost span last where spans nest', () => {
    const s = segments(20, [{ start: 0, end: 20, mark: B }, { start: 5, end: 9, mark: A }]);
    expect(s[1]).toEqual({ start: 5, end: 9, marks: [B, A] });
  });

  it('tiles the whole text in order, whatever the spans', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }))),
        (n, pairs) => {
          const spans = pairs.map(([a, b]) => ({ start: Math.min(a, b, n), end: Math.min(Math.max(a, b), n), mark: A })).filter((s) => s.end > s.start);
          const segs = segments(n, spans);
          let at = 0;
          for (const s of segs) {
            expect(s.start).toBe(at);
            expect(s.end).toBeGreaterThan(s.start);
            at = s.end;
            const covering = spans.filter((x) => x.start <= s.start && x.end >= s.end).length;
            expect(s.marks.length).toBe(covering);
          }
          expect(at).toBe(n);
        },
      ),
    );
  });
});

describe('spansOf', () => {
  it('clips spans to the text and drops empty ones', () => {
    const x = {
      schema: 'rasid.extraction/1', article: { id: 'a', url: null, outlet: null, title: null, published: null, lang: 'ar' }, text: 'abcdef',
      entities: [{ id: 'e1', type: 'LOC', kind: null, name: 'x', name_en: null, ref: null, wikidata: null, country: null, geo: null, confidence: 1,
        mentions: [{ start: 1, end: 3, text: 'bc' }, { start: 4, end: 40, text: '' }, { start: 5, end: 5, text: '' }] }],
      events: [], quotes: [],
    } as Extraction;
    expect(spansOf(x).map((s) => [s.start, s.end])).toEqual([[1, 3], [4, 6]]);
  });
});
