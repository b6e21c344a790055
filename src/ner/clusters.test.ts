// The word-cluster file is validated when loaded; the document history counts the other mentions of a word.
import { describe, expect, it } from 'vitest';
import { DataError } from '../errors.js';
import { loadClusters, parseClusters } from './index.js';
import { historyOf, HIST_NONE_DOMINANT } from './history.js';
import { tagIndex } from './tags.js';

describe('clusters', () => {
  it('parses word<TAB>path[<TAB>count] lines and # comments', () => {
    const c = parseClusters('# generated\nبغداد\t0101\t12\nدمشق\t0101\nقال\t1\t400\n');
    expect(c.index.size).toBe(3);
    expect(c.paths).toEqual(['0101', '1']);
    expect(c.index.get('دمشق')).toBe(c.index.get('بغداد'));
    expect(c.counts.get('قال')).toBe(400);
    expect(c.source).toBe('بغداد\t0101\t12\nدمشق\t0101\nقال\t1\t400');
  });

  it.each([
    ['بغداد\n', /1 column/],
    ['بغداد\t01x\n', /not a string of 0s and 1s/],
    ['بغداد\t01\nبغداد\t10\n', /listed twice/],
    ['بغ داد\t01\n', /whitespace/],
    ['بغداد\t01\tmany\n', /not a whole number/],
  ])('refuses %j with a DataError naming the line', (src, msg) => {
    expect(() => parseClusters(`# x\n${src}`, 'c.tsv')).toThrow(DataError);
    expect(() => parseClusters(`# x\n${src}`, 'c.tsv')).toThrow(msg);
    expect(() => parseClusters(`# x\n${src}`, 'c.tsv')).toThrow(/c\.tsv:\d/);
  });

  it('the committed data/models/clusters.tsv loads', () => {
    expect(loadClusters().index.size).toBeGreaterThan(1000);
    expect(() => loadClusters('/nonexistent/clusters.tsv')).toThrow(DataError);
  });
});

describe('historyOf', () => {
  const B_PER = tagIndex('B-PERS');
  const I_PER = tagIndex('I-PERS');
  const B_LOC = tagIndex('B-LOC');
  it('gives each word what the other mentions of its base received nearby, its own mention left out', () => {
    const chunks = [
      { bases: ['بوريس', 'يلتسين', 'قال'], tags: Int32Array.from([B_PER, I_PER, 0]) },
      { bases: ['يلتسين', null, 'موسكو'], tags: Int32Array.from([0, 0, B_LOC]) },
      { bases: ['قال', 'يلتسين'], tags: Int32Array.from([0, 0]) },
    ];
    const h = historyOf(chunks, Infinity);
    const mask = (v: number): number => v & 31;
    const dominant = (v: number): number => v >> 5;
    // يلتسين in chunk 2: seen elsewhere once as PER (bit 1) and once as O (bit 0)
    expect(mask(h[1]?.[0] as number)).toBe(0b11);
    // موسكو: no other mention
    expect(mask(h[1]?.[2] as number)).toBe(0);
    expect(dominant(h[1]?.[2] as number)).toBe(HIST_NONE_DOMINANT);
    // an untracked unit (null base) has no history
    expect(h[1]?.[1]).toBe(HIST_NONE_DOMINANT << 5);
    // with a window of one chunk, the first chunk's يلتسين no longer sees the third chunk's
    const near = historyOf(chunks, 1);
    expect(mask(near[0]?.[1] as number)).toBe(0b1);
    expect(mask(near[2]?.[1] as number)).toBe(0b1);
  });
});
