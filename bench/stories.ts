// Story clustering and export writers at scale: ../shared/corpus extracted once and replicated to 50,000 records
// (each copy a near-duplicate of its original, dated some weeks later): digest rate, clustering time, memory,
// CSV and GeoJSON writing rate.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Extraction } from '../src/contract/extraction.js';
import { createWriter } from '../src/export/index.js';
import { readArticles, type ArticleInput } from '../src/ingest/sources.js';
import { loadResources } from '../src/pipeline/index.js';
import { inlineExtractor } from '../src/store/extract.js';
import { buildStories, digest, STORY_DEFAULTS, type ArticleDigest } from '../src/stories/index.js';
import { CORPUS_DIR } from './corpus.js';

const TARGET = Number(process.env.BENCH_STORIES_ARTICLES ?? 50_000);

let files: string[];
try {
  files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(CORPUS_DIR, f));
} catch {
  console.log(`bench skipped: ${CORPUS_DIR} is absent (the benchmarks read the real corpus from ../shared)`);
  process.exit(0);
}
const base: ArticleInput[] = [];
for (const item of readArticles(files)) if (item.ok) base.push(item.article);
const resources = loadResources();
const records = (await inlineExtractor(resources).extract(base)).flatMap((r) => (r.ok ? [r.extraction] : []));

/** Copy k of a record: another id, a last line that differs, published (and dated) 30·k days later. */
function shift(date: string, days: number): string {
  if (date.length !== 10) return date;
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
function replica(x: Extraction, k: number): Extraction {
  if (k === 0) return x;
  return {
    ...x,
    article: { ...x.article, id: `${x.article.id}~${k}`, url: x.article.url ? `${x.article.url}#${k}` : null, published: x.article.published ? shift(x.article.published, 30 * k) : null },
    text: `${x.text}\n\nنسخة ${k}`,
    events: x.events.map((e) => (e.date ? { ...e, date: { ...e.date, value: shift(e.date.value, 30 * k) } } : e)),
  };
}
const all: Extraction[] = [];
for (let i = 0; i < TARGET; i++) all.push(replica(records[i % records.length]!, Math.floor(i / records.length)));
const events = all.reduce((n, x) => n + x.events.length, 0);
console.log(`records: ${records.length} extracted from the corpus, replicated to ${all.length.toLocaleString('en-US')} (${events.toLocaleString('en-US')} events)`);

const key = resources.text.normaliser.key;
const rss0 = process.memoryUsage().rss;
let t = performance.now();
const digests: ArticleDigest[] = all.map((x) => digest(x, { key, shingle: STORY_DEFAULTS.shingle, hashes: STORY_DEFAULTS.hashes }));
const digestMs = performance.now() - t;
t = performance.now();
const stories = buildStories(digests, STORY_DEFAULTS);
const clusterMs = performance.now() - t;
const rss1 = process.memoryUsage().rss;
const merged = stories.reduce((n, s) => n + s.events.length, 0);
console.log(`digest (normalise, shingle, 64 MinHash functions): ${(all.length / digestMs * 1000).toFixed(0)} articles/s`);
console.log(`clustering (LSH near-duplicates, event merging, stories): ${(clusterMs / 1000).toFixed(2)} s for ${all.length.toLocaleString('en-US')} articles → ${stories.length.toLocaleString('en-US')} stories, ${merged.toLocaleString('en-US')} merged events; rss +${((rss1 - rss0) / 1e6).toFixed(0)} MB`);

for (const format of ['csv', 'geojson', 'jsonl'] as const) {
  const w = createWriter(format);
  t = performance.now();
  let bytes = w.begin().length;
  for (const x of all) bytes += w.add(x).length;
  bytes += w.end().length;
  const ms = performance.now() - t;
  console.log(`export ${format.padEnd(7)}: ${(all.length / ms * 1000).toFixed(0)} records/s, ${w.written.toLocaleString('en-US')} ${format === 'jsonl' ? 'records' : 'features/rows'}, ${(bytes / 1e6).toFixed(0)} M characters`);
}
