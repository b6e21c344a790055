// CoNLL reading, CoNLL tokens as tagger units, BIO spans and exact-match scoring on hand-made gold/prediction pairs.
import { beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../errors.js';
import { loadTextResources, type TextResources } from '../text/index.js';
import { conllUnits, goldTags, parseConll, scoreNer, spansOf, tagIndex, tagName } from './index.js';
import { repairBio } from './tags.js';

let text: TextResources;
beforeAll(() => {
  text = loadTextResources();
});

const tags = (...names: string[]): Int32Array => Int32Array.from(names.map((n) => tagIndex(n)));

describe('parseConll', () => {
  it('reads tokens and tags, keeps blank lines, accepts CRLF, a BOM, tabs, spaces and -DOCSTART-', () => {
    const doc = parseConll('\uFEFF\r\n\r\nبغداد\tB-LOC\r\nأمس O\r\n\r\n-DOCSTART- -X- O\r\nNew York\tB-LOC\r\nقال\r\n\r\n');
    expect(doc.lines.map((l) => l.kind)).toEqual(['blank', 'blank', 'token', 'token', 'blank', 'docstart', 'token', 'token', 'blank']);
    expect(doc.sentences.map((s) => s.tokens)).toEqual([['بغداد', 'أمس'], ['New York', 'قال']]);
    expect(doc.sentences.map((s) => s.tags)).toEqual([['B-LOC', 'O'], ['B-LOC', null]]);
    expect(doc.sentences[1]?.lines).toEqual([7, 8]);
  });

  it('a line of whitespace is blank; a final line without a line break is read; lone CRs break lines', () => {
    expect(parseConll('a O\n \t \nb O').sentences.map((s) => s.tokens)).toEqual([['a'], ['b']]);
    expect(parseConll('a O\rb O\r\rc O').sentences.map((s) => s.tokens)).toEqual([['a', 'b'], ['c']]);
    expect(parseConll('').lines).toEqual([]);
  });

  it('goldTags: PERS and PER are both persons; a missing or unknown tag is a DataError naming file and line', () => {
    const [s] = parseConll('محمد B-PERS\nعلي I-PER\nفي O\n').sentences;
    expect([...goldTags(s!, 'x')].map((t) => tagName(t, 'rasid'))).toEqual(['B-PER', 'I-PER', 'O']);
    const [bad] = parseConll('محمد B-PERS\nعلي X-PER\n').sentences;
    expect(() => goldTags(bad!, 'gold.conll')).toThrow(DataError);
    expect(() => goldTags(bad!, 'gold.conll')).toThrow(/gold\.conll:2/);
    const [none] = parseConll('محمد\n').sentences;
    expect(() => goldTags(none!, 'g')).toThrow(/no tag column/);
  });
});

describe('conllUnits', () => {
  it('gives one unit per CoNLL token, read as the text layer reads the word inside it', () => {
    const units = conllUnits(['(د', 'ب', 'أ)', 'وبغداد', '،', '2002', 'Reuters'], text);
    expect(units).toHaveLength(7);
    expect(units.map((u) => u.word)).toEqual(['د', 'ب', 'أ', 'وبغداد', '،', '2002', 'Reuters']);
    expect(units.map((u) => u.kind)).toEqual(['arabic', 'arabic', 'arabic', 'arabic', 'punct', 'number', 'latin']);
    expect(units[2]?.key).toBe('ا');
    expect(units[6]?.key).toBe('reuters');
  });

  it('a token the normaliser empties (a lone tatweel, a direction mark) still gives a unit', () => {
    const units = conllUnits(['ـ', '\u200F', 'قال'], text);
    expect(units).toHaveLength(3);
    expect(units[0]?.kind).toBe('symbol');
    expect(units[2]?.key).toBe('قال');
  });
});

describe('spans and scores', () => {
  it('spansOf reads BIO as conlleval does: an I- that continues nothing opens an entity', () => {
    expect(spansOf(tags('B-PERS', 'I-PERS', 'O', 'I-LOC', 'I-LOC', 'B-LOC', 'I-ORG'))).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 5, type: 'LOC' },
      { start: 5, end: 6, type: 'LOC' },
      { start: 6, end: 7, type: 'ORG' },
    ]);
    expect([...repairBio(tags('I-LOC', 'O', 'I-ORG', 'B-PERS', 'I-LOC'))].map((t) => tagName(t))).toEqual(['B-LOC', 'O', 'B-ORG', 'B-PERS', 'B-LOC']);
  });

  it('scoreNer: exact span and type, per type and micro', () => {
    // gold: PER [0,2), LOC [3,4), ORG [5,7), LOC [8,9) ; predicted: PER [0,2) ✓, LOC [3,4) ✓, ORG [5,6) ✗ (short),
    // PER [8,9) ✗ (wrong type), MISC [9,10) ✗ (spurious)
    const gold = tags('B-PERS', 'I-PERS', 'O', 'B-LOC', 'O', 'B-ORG', 'I-ORG', 'O', 'B-LOC', 'O');
    const pred = tags('B-PERS', 'I-PERS', 'O', 'B-LOC', 'O', 'B-ORG', 'O', 'O', 'B-PERS', 'B-MISC');
    const s = scoreNer([{ gold, pred }, { gold: tags('B-LOC'), pred: tags('B-LOC') }]);
    expect(s.PER).toMatchObject({ correct: 1, predicted: 2, gold: 1, p: 0.5, r: 1 });
    expect(s.PER.f1).toBeCloseTo(2 / 3);
    expect(s.LOC).toMatchObject({ correct: 2, predicted: 2, gold: 3, p: 1 });
    expect(s.LOC.r).toBeCloseTo(2 / 3);
    expect(s.ORG).toMatchObject({ correct: 0, predicted: 1, gold: 1, p: 0, r: 0, f1: 0 });
    expect(s.MISC).toMatchObject({ correct: 0, predicted: 1, gold: 0, p: 0, r: 0, f1: 0 });
    expect(s.ALL).toMatchObject({ correct: 3, predicted: 6, gold: 5 });
    expect(s.ALL.f1).toBeCloseTo((2 * 0.5 * 0.6) / 1.1);
    expect(s.PLO).toMatchObject({ correct: 3, predicted: 5, gold: 5 });
    expect(s.PLO.f1).toBeCloseTo(0.6);
  });
});
