// Ingestion into a real SQLite store: what is skipped before analysis, what the database refuses, the ETA estimate.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../contract/extraction.js';
import type { ArticleInput, SourceItem } from '../ingest/sources.js';
import { InputError } from '../errors.js';
import { articleA1, articleA2, articleA3 } from '../test-support/store-fixtures.js';
import type { Extracted, Extractor } from './extract.js';
import { openStore } from './index.js';
import { estimateArticles, ingestArticles } from './ingest.js';
import { testResources } from './store.contract.js';

const dir = mkdtempSync(join(tmpdir(), 'rasid-ingest-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Inputs whose analysis is the hand-written record of the same id; counts the articles it is asked to analyse. */
function recordsExtractor(records: Extraction[]): Extractor & { analysed: string[] } {
  const byId = new Map(records.map((x) => [x.article.id, x]));
  const analysed: string[] = [];
  const analyser = testResources().analyser;
  return {
    analysed,
    async extract(articles: readonly ArticleInput[]): Promise<Extracted[]> {
      return articles.map((a) => {
        analysed.push(a.id);
        const x = byId.get(a.id)!;
        return { ok: true, extraction: x, terms: analyser.indexTerms(x) };
      });
    },
    close: async () => undefined,
  };
}

const input = (x: Extraction, origin: string): SourceItem => ({
  ok: true,
  article: { id: x.article.id, url: x.article.url, outlet: x.article.outlet, title: x.article.title, published: x.article.published, text: x.text, origin },
});

describe('ingestArticles', () => {
  it('stores what the database accepts, rejects the record it refuses with its origin, keeps the batch going', async () => {
    const store = await openStore(join(dir, 'refused.db'), testResources());
    try {
      const bad = articleA2();
      bad.entities.push({ ...bad.entities[0]! }); // two entities with one id: the database refuses the article
      const items = [input(articleA1(), 'in.jsonl:1'), input(bad, 'in.jsonl:2'), input(articleA3(), 'in.jsonl:3'),
        { ok: false as const, origin: 'in.jsonl:4', error: new InputError('E_JSONL_PARSE', 'in.jsonl:4: not JSON.') }];
      const s = await ingestArticles(items, store, recordsExtractor([articleA1(), bad, articleA3()]), { batch: 10 });
      expect([s.inserted, s.newVersions, s.duplicates]).toEqual([2, 0, 0]);
      expect(s.rejected.map((r) => [r.origin, r.error.code])).toEqual([['in.jsonl:4', 'E_JSONL_PARSE'], ['in.jsonl:2', 'E_STORE_RECORD']]);
      expect(s.rejected[1]!.error.position).toEqual({ file: 'in.jsonl', line: 2 });
      expect((await store.listArticles()).items.map((a) => a.id).sort()).toEqual(['a1', 'a3']);
    } finally {
      await store.close();
    }
  });

  it('skips stored content before analysing it, and analyses a repeated article once', async () => {
    const store = await openStore(join(dir, 'skip.db'), testResources());
    try {
      const first = recordsExtractor([articleA1(), articleA2()]);
      await ingestArticles([input(articleA1(), 'a'), input(articleA1(), 'a again')], store, first, { batch: 5 });
      expect(first.analysed).toEqual(['a1']);
      const second = recordsExtractor([articleA1(), articleA2()]);
      const progress: number[] = [];
      const s = await ingestArticles([input(articleA1(), 'a'), input(articleA2(), 'b')], store, second, { batch: 1, onProgress: (p) => progress.push(p.done) });
      expect(second.analysed).toEqual(['a2']);
      expect([s.inserted, s.duplicates]).toEqual([1, 1]);
      expect(progress).toEqual([1, 2]);
    } finally {
      await store.close();
    }
  });
});

describe('estimateArticles', () => {
  it('counts the lines of JSONL files and one article per other file, through folders', () => {
    const d = join(dir, 'inputs');
    mkdirSync(join(d, 'sub'), { recursive: true });
    writeFileSync(join(d, 'a.jsonl'), '{"body":"x"}\n\n{"body":"y"}\r\n{"body":"z"}');
    writeFileSync(join(d, 'sub', 'b.txt'), 'نص');
    writeFileSync(join(d, '.hidden.txt'), 'نص');
    expect(estimateArticles([d])).toBe(4);
    expect(estimateArticles([join(d, 'a.jsonl'), '-'])).toBeNull();
    expect(estimateArticles(['https://example.org/feed'])).toBeNull();
  });
});
