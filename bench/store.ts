// The store under load: ../shared/corpus replicated to 50,000 articles into SQLite and PostgreSQL — ingest rate with
// and without extraction, bytes per article, search and event-query latency (p50/p95).
import { statSync, mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Extraction } from '../src/contract/extraction.js';
import { readArticles, type ArticleInput } from '../src/ingest/sources.js';
import { loadResources } from '../src/pipeline/index.js';
import { inlineExtractor } from '../src/store/extract.js';
import { ingestArticles } from '../src/store/ingest.js';
import { contentHash, openStore, storeResources, type EventFilter, type SearchQuery, type Store } from '../src/store/index.js';
import { loadKnowledgeBase } from '../src/kb/compile.js';
import { CORPUS_DIR } from './corpus.js';

const TARGET = Number(process.env.BENCH_STORE_ARTICLES ?? 50_000);
const WITH_EXTRACTION = Number(process.env.BENCH_STORE_EXTRACTED ?? 1_000);
const BATCH = 500;
const PG_URL = process.env.RASID_TEST_PG ?? 'postgres://root@127.0.0.1:5432/test';

let corpusFiles: string[];
try {
  corpusFiles = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(CORPUS_DIR, f));
} catch {
  console.log(`bench skipped: ${CORPUS_DIR} is absent (the benchmarks read the real corpus from ../shared)`);
  process.exit(0);
}
const base: ArticleInput[] = [];
for (const item of readArticles(corpusFiles)) if (item.ok) base.push(item.article);

/** Copy k of article a: another id and URL, and a last line that makes its content (and hash) differ. */
function replica(a: ArticleInput, k: number): ArticleInput {
  return k === 0 ? a : { ...a, id: `${a.id}~${k}`, url: a.url ? `${a.url}#${k}` : null, text: `${a.text}\n\nنسخة ${k}`, origin: `${a.origin}~${k}` };
}
function replicaRecord(x: Extraction, k: number): Extraction {
  if (k === 0) return x;
  return { ...x, article: { ...x.article, id: `${x.article.id}~${k}`, url: x.article.url ? `${x.article.url}#${k}` : null }, text: `${x.text}\n\nنسخة ${k}` };
}

const resources = loadResources();
const res = storeResources(resources.text, loadKnowledgeBase(resources.text));
const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

// 1. extraction of the corpus once (its records are replicated below), and the end-to-end rate on one core
const extractor = inlineExtractor(resources);
let t = performance.now();
const extracted = await extractor.extract(base);
const extractMs = performance.now() - t;
const records = extracted.flatMap((r) => (r.ok ? [r.extraction] : []));
console.log(`corpus: ${base.length} articles (${records.length} extracted), replicated to ${TARGET.toLocaleString('en-US')}; ${(base.length / extractMs * 1000).toFixed(1)} articles/s extraction alone (one core)`);

function* sampleItems(n: number): Generator<{ ok: true; article: ArticleInput }> {
  for (let i = 0; i < n; i++) yield { ok: true, article: replica(base[i % base.length]!, Math.floor(i / base.length) + 1) };
}

/** Store-only ingest of TARGET replicated records in batches of BATCH: articles/s. */
async function fill(store: Store): Promise<number> {
  const start = performance.now();
  let batch = [];
  for (let i = 0; i < TARGET; i++) {
    const x = replicaRecord(records[i % records.length]!, Math.floor(i / records.length));
    batch.push({ extraction: x, hash: contentHash({ ...x.article, text: x.text }) });
    if (batch.length === BATCH) { await store.putArticles(batch); batch = []; }
  }
  if (batch.length > 0) await store.putArticles(batch);
  return TARGET / ((performance.now() - start) / 1000);
}

const QUERIES: SearchQuery[] = [
  ...['السلطات', 'أمريكا', 'ترمب', 'روسيا', 'حلب', 'الحكومة', 'قتلى', 'الأمم المتحدة', 'مجلس الأمن', 'النفط', 'الانتخابات', 'السعودية',
    'إيران', 'الحوثيين', 'غارة جوية', 'وزير الخارجية', 'اللاجئين', 'القدس', 'كوريا الشمالية', 'الاقتصاد', 'المعارضة السورية', 'داعش',
    'الرئيس الأمريكي', 'قطر', 'مصر', 'تركيا', 'اعتقال', 'مظاهرات', 'الجيش', 'الشرطة'].map((q) => ({ q })),
  { q: 'السلطات', type: 'COERCE' }, { q: 'حلب', type: ['ASSAULT', 'FIGHT'] }, { q: 'أمريكا', country: 'USA' },
  { q: 'الحكومة', from: '2018-01-01', to: '2018-06-30' }, { q: 'الرئيس', stance: 'negated' }, { q: 'روسيا', actor: 'country:rus' },
];
const EVENT_QUERIES: EventFilter[] = [
  {}, { type: 'ASSAULT' }, { quad: 'material-conflict', from: '2018-01-01' }, { actor: 'country:usa' }, { country: 'SYR' },
  { bbox: [35, 32, 43, 38] }, { stance: 'negated' }, { q: 'السلطات', type: 'COERCE' },
];

async function latencies(store: Store): Promise<{ search: number[]; events: number[] }> {
  for (const q of QUERIES.slice(0, 5)) await store.search(q); // warm-up
  const search: number[] = [];
  const events: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES) { const s = performance.now(); await store.search({ ...q, limit: 20 }); search.push(performance.now() - s); }
    for (const f of EVENT_QUERIES) { const s = performance.now(); await store.events(f, { limit: 50 }); events.push(performance.now() - s); }
  }
  return { search, events };
}

function report(name: string, storeRate: number, endToEnd: number | null, bytes: number, lat: { search: number[]; events: number[] }): void {
  console.log(`${name}:`);
  console.log(`  ingest without extraction ${storeRate.toFixed(0)} articles/s (store, terms and indexes; batches of ${BATCH})`);
  if (endToEnd !== null) console.log(`  ingest with extraction    ${endToEnd.toFixed(1)} articles/s on one core (${WITH_EXTRACTION} articles); ratio ${(storeRate / endToEnd).toFixed(1)}`);
  console.log(`  bytes per article         ${(bytes / TARGET).toFixed(0)} (${(bytes / 1e6).toFixed(0)} MB for ${TARGET.toLocaleString('en-US')})`);
  console.log(`  search latency            p50 ${pct(lat.search, 0.5).toFixed(1)} ms, p95 ${pct(lat.search, 0.95).toFixed(1)} ms, max ${Math.max(...lat.search).toFixed(1)} ms (${lat.search.length} queries, 20 results with passages)`);
  console.log(`  event-query latency       p50 ${pct(lat.events, 0.5).toFixed(1)} ms, p95 ${pct(lat.events, 0.95).toFixed(1)} ms (${lat.events.length} queries, 50 rows with totals)`);
}

// 2. SQLite
const dir = mkdtempSync(join(tmpdir(), 'rasid-bench-'));
try {
  const e2eDb = join(dir, 'e2e.db');
  const e2eStore = await openStore(e2eDb, res);
  t = performance.now();
  const s = await ingestArticles(sampleItems(WITH_EXTRACTION), e2eStore, extractor, { batch: 100 });
  const endToEnd = (s.inserted + s.duplicates) / ((performance.now() - t) / 1000);
  await e2eStore.close();

  const path = join(dir, 'bench.db');
  const writer = await openStore(path, res);
  const rate = await fill(writer);
  await writer.close(); // checkpoints the WAL into the file and refreshes the planner's statistics
  const bytes = statSync(path).size;
  // searched as `rasid search` and `rasid serve` do: another connection, reading
  const store = await openStore(path, res, { readonly: true });
  const lat = await latencies(store);
  const stats = await store.stats();
  await store.close();
  report(`SQLite (${stats.articles.toLocaleString('en-US')} articles, ${stats.events.toLocaleString('en-US')} events, ${stats.entities.toLocaleString('en-US')} entities)`, rate, endToEnd, bytes, lat);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// 3. PostgreSQL, in a schema of its own dropped afterwards
const schema = `rasid_bench_${process.pid}`;
try {
  const store = await openStore(PG_URL, res, { schema });
  try {
    const rate = await fill(store);
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    // what autovacuum does after a bulk load: the planner's statistics
    await admin.query(`VACUUM ANALYZE ${schema}.articles, ${schema}.article_bodies, ${schema}.events, ${schema}.event_data, ${schema}.event_actors, ${schema}.entities, ${schema}.mentions`);
    const size = await admin.query(
      `SELECT SUM(pg_total_relation_size(c.oid))::bigint AS b FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`,
      [schema],
    );
    const lat = await latencies(store);
    const stats = await store.stats();
    report(`PostgreSQL (${stats.articles.toLocaleString('en-US')} articles, ${stats.events.toLocaleString('en-US')} events)`, rate, null, Number(size.rows[0].b), lat);
    await admin.end();
  } finally {
    await store.close();
  }
} catch (err) {
  console.log(`PostgreSQL skipped: ${(err as Error).message}`);
} finally {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect().then(() => admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)).catch(() => undefined);
  await admin.end().catch(() => undefined);
}
await extractor.close();
