// The search analyser: index terms, query groups and highlights, through the real text layer and knowledge base.
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../kb/compile.js';
import { loadTextResources } from '../text/index.js';
import { snippets } from './sql.js';
import { createTermAnalyser, queryTerms } from './terms.js';

const text = loadTextResources();
const a = createTermAnalyser(text, loadKnowledgeBase(text));

describe('search terms', () => {
  it('indexes each word as written (normalised) and as its clitic-free stem', () => {
    expect(a.terms('وبالسلطات')).toBe('وبالسلطات سلطات');
    expect(a.terms('للمعارضة')).toBe('للمعارضه معارضه');
    expect(a.terms('حكومته')).toBe('حكومته حكومه');
    expect(a.terms('وَزِيرُ الخارجيّة')).toBe('وزير الخارجيه خارجيه');
    expect(a.terms('F-16 و٢٠٠٠ #سوريا')).toBe('f 16 و 2000 سوريا');
  });

  it('reads a query word as any of its terms, so a stem meets every written form', () => {
    const q = a.query('السلطات');
    expect(q.groups).toEqual([[[['السلطات', 'سلطات']]]]);
    expect(a.terms('وبالسلطات').split(' ')).toContain('سلطات');
  });

  it('expands a knowledge-base name to its other spellings, and keeps the other words as they are', () => {
    const q = a.query('أمريكا والعراق');
    expect(q.groups).toHaveLength(2);
    const spellings = q.groups[0]!.map((alt) => alt.map((w) => w[0]).join(' '));
    // one-word spellings as words, every spelling through the referent's term (its mentions in the articles)
    expect(spellings.sort()).toEqual(['kbrefcountryusa', 'امريكا', 'اميركا']);
    expect(q.refs).toEqual(['country:usa']);
    // a name of several words is found as a whole
    const us = a.query('الولايات المتحدة');
    expect(us.groups).toHaveLength(1);
    expect(queryTerms(us)).toEqual(new Set(['الولايات', 'ولايات', 'المتحده', 'متحده', 'kbrefcountryusa', 'امريكا', 'اميركا']));
  });

  it('drops punctuation and operators: a query is words only', () => {
    expect(a.query('؟! ... "" ()').groups).toEqual([]);
    expect([...queryTerms(a.query(`'; DROP TABLE x; -- "a" OR NEAR(b)`))].sort()).toEqual(['a', 'b', 'drop', 'near', 'or', 'table', 'x']);
  });

  it('highlights matched words with offsets into the original text, tashkeel included', () => {
    const s = 'قالت الحكومة إن وَبِالسُّلُطَاتِ المحلية مسؤولة.';
    const m = a.matches(s, a.query('السلطات'));
    expect(m.map((x) => s.slice(x.start, x.end))).toEqual(['وَبِالسُّلُطَاتِ']);
  });
});

describe('snippets', () => {
  const long = `${'كلمة '.repeat(80)}السلطات هنا ${'حشو '.repeat(80)}وبالسلطات هناك ${'نص '.repeat(10)}`;
  it('cuts passages at word boundaries around the matches, with the matches marked', () => {
    const matches = [...long.matchAll(/\S*السلطات/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const sn = snippets(long, matches);
    expect(sn).toHaveLength(2);
    for (const s of sn) {
      expect(long.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).not.toMatch(/^\s|\s$/);
      expect(s.text.length).toBeLessThanOrEqual(200);
      expect(s.highlights.every((h) => h.start >= s.start && h.end <= s.end)).toBe(true);
    }
    expect(sn.map((s) => s.marked.match(/\[[^\]]+\]/g))).toEqual([['[السلطات]'], ['[وبالسلطات]']]);
  });

  it('shows the opening of the text when nothing is highlighted', () => {
    const [s] = snippets(long, []);
    expect(s!.start).toBe(0);
    expect(s!.highlights).toEqual([]);
  });
});
