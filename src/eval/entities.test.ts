import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity, Extraction } from '../contract/extraction.js';
import { loadGold, normEn, scoreEntities, type Gold } from './entities.js';

const text = 'قالت الولايات المتحدة إن داعش انسحب من عين العرب. وقال أوباما إن السوريين عادوا.';
const span = (s: string, from = 0): [number, number] => {
  const i = text.indexOf(s, from);
  return [i, i + s.length];
};
const gold: Gold = {
  id: 'g1',
  text,
  published: null,
  events: [],
  quotes: [],
  entities: [
    { key: 'usa', type: 'LOC', en: ['United States', 'USA'], link: true, mentions: [span('الولايات المتحدة')] },
    { key: 'isis', type: 'ORG', en: ['Islamic State'], link: true, mentions: [span('داعش')] },
    { key: 'kobani', type: 'LOC', en: ['Kobani'], link: true, mentions: [span('عين العرب')] },
    { key: 'obama', type: 'PER', en: ['Barack Obama'], link: true, mentions: [span('أوباما')] },
  ],
};
const entity = (id: string, type: Entity['type'], en: string | null, at: [number, number]): Entity => ({
  id, type, kind: null, name: text.slice(at[0], at[1]), name_en: en, ref: null, wikidata: null, country: null, geo: null, confidence: 0.9,
  mentions: [{ start: at[0], end: at[1], text: text.slice(at[0], at[1]) }],
});
const extraction = (entities: Entity[]): Extraction => ({
  schema: 'rasid.extraction/1', article: { id: 'g1', url: null, outlet: null, title: null, published: null, lang: 'ar' }, text, entities, events: [], quotes: [],
});
const isNisba = (t: string) => t === 'السوريين';

describe('entity scoring (gold/FORMAT.md)', () => {
  it('perfect extraction scores 1', () => {
    const s = scoreEntities([{ gold, extraction: extraction([
      entity('e1', 'LOC', 'United States', span('الولايات المتحدة')),
      entity('e2', 'ORG', 'Islamic State', span('داعش')),
      entity('e3', 'LOC', 'Kobani', span('عين العرب')),
      entity('e4', 'PER', 'Barack Obama', span('أوباما')),
    ]) }], isNisba);
    expect(s.relaxed.ALL).toMatchObject({ p: 1, r: 1, f1: 1 });
    expect(s.exact.ALL.f1).toBe(1);
    expect(s.linking).toEqual({ correct: 4, found: 4, accuracy: 1 });
  });

  it('relaxed counts overlaps of the same type; exact needs the span; wrong type and misses count against', () => {
    const [a, b] = span('عين العرب');
    const s = scoreEntities([{ gold, extraction: extraction([
      entity('e1', 'LOC', 'USA', span('الولايات')), // overlap, not exact; "USA" is an accepted name
      entity('e2', 'PER', 'Daesh', span('داعش')), // wrong type
      entity('e3', 'LOC', 'Ayn al-Arab', [a, b]), // right span, wrong English name
      entity('e4', 'LOC', null, span('السوريين')), // a nisba that matches nothing: not counted
      entity('e5', 'ORG', null, span('عادوا')), // spurious
    ]) }], isNisba);
    expect(s.relaxed.LOC).toMatchObject({ correct: 2, predicted: 2, found: 2, gold: 2 });
    expect(s.relaxed.ALL).toMatchObject({ correct: 2, predicted: 4, found: 2, gold: 4 });
    expect(s.exact.LOC).toMatchObject({ correct: 1, found: 1 });
    expect(s.linking).toEqual({ correct: 1, found: 2, accuracy: 0.5 });
    expect(s.errors.filter((e) => e.kind === 'fn').map((e) => e.text)).toEqual(['داعش', 'أوباما']);
  });

  it('compares English names ignoring case, accents, a leading "the" and punctuation', () => {
    expect(normEn('The Hürriyet Daily-News')).toBe(normEn('hurriyet daily news'));
  });

  it('reads gold files with inline text or text_file, and refuses a broken one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasid-gold-'));
    writeFileSync(join(dir, 'a.txt'), text);
    writeFileSync(join(dir, 'a.gold.json'), JSON.stringify({ ...gold, text: undefined, text_file: 'a.txt' }));
    writeFileSync(join(dir, 'b.gold.json'), JSON.stringify(gold));
    const g = loadGold(dir);
    expect(g.map((x) => x.text === text)).toEqual([true, true]);
    writeFileSync(join(dir, 'c.gold.json'), '{"id": 3');
    expect(() => loadGold(dir)).toThrow(/c\.gold\.json: not valid JSON/);
  });
});
