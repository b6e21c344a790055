// Load benchmark of the HTTP API: GET /api/events with filters over a SQLite store of ≥ 50,000 articles, under load
// from a second process (autocannon) on the loopback; also the aggregate endpoints the dashboard calls.
// The articles are the demo articles analysed once by the pipeline, then replicated with their own ids, urls,
// outlets and dates over two years. RASID_BENCH_ARTICLES, RASID_BENCH_SECONDS and RASID_BENCH_CONNECTIONS tune it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Extraction } from '../src/contract/extraction.js';
import { readArticles } from '../src/ingest/sources.js';
import { analyse, createRegistry, DEFAULT_STAGES, loadResources, toExtraction } from '../src/pipeline/index.js';
import { createApp, listen } from '../src/server/index.js';
import { contentHash, openStore, storeResources, type ArticleRecord } from '../src/store/index.js';

const N = Number(process.env.RASID_BENCH_ARTICLES ?? 50_000);
const SECONDS = Number(process.env.RASID_BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.RASID_BENCH_CONNECTIONS ?? 10);
const OUTLETS = ['صحيفة ألف', 'صحيفة باء', 'وكالة جيم', 'قناة دال', 'موقع هاء', 'صحيفة واو', 'وكالة زاي', 'قناة حاء', 'موقع طاء', 'صحيفة ياء', 'وكالة كاف', 'قناة لام'];
const DAY = 86_400_000;
const START = Date.UTC(2022, 0, 1);

const root = fileURLToPath(new URL('../../', import.meta.url));
const resources = loadResources();
const pipeline = createRegistry().build(DEFAULT_STAGES, resources);
const base: Extraction[] = [];
for (const item of readArticles([join(root, 'examples/demo')])) {
  if (!item.ok) continue;
  const a = item.article;
  base.push(toExtraction(analyse(pipeline, a.text, { id: a.id, url: a.url, outlet: a.outlet, title: a.title, published: a.published })));
}

/** Copy `i`: its own id, url, outlet and publication day; event dates move to that day. */
function copy(i: number): ArticleRecord {
  const b = base[i % base.length] as Extraction;
  const published = new Date(START + (Math.floor(i / 7) % 730) * DAY).toISOString().slice(0, 10);
  const article = { ...b.article, id: `bench-${i}`, url: `https://bench.example/${i}`, outlet: OUTLETS[i % OUTLETS.length] as string, published };
  const events = b.events.map((e) => (e.date ? { ...e, date: { ...e.date, value: published, precision: 'day' as const } } : e));
  const extraction: Extraction = { ...b, article, events };
  return { extraction, hash: contentHash({ url: article.url, outlet: article.outlet, title: article.title, published, text: b.text }) };
}

const dir = mkdtempSync(join(tmpdir(), 'rasid-bench-api-'));
const sr = storeResources(resources.text, resources.kb);
const store = await openStore(process.env.RASID_BENCH_DB ?? join(dir, 'bench.db'), sr);
try {
  const t0 = performance.now();
  for (let i = 0; i < N; i += 1000) {
    const batch: ArticleRecord[] = [];
    for (let j = i; j < Math.min(N, i + 1000); j++) batch.push(copy(j));
    await store.putArticles(batch);
  }
  const stats = await store.stats();
  console.log(`store: ${stats.articles} articles, ${stats.events} events, ${stats.entities} entities written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const actors = (await store.actors({}, { limit: 5 })).items.map((a) => a.id);
  const enc = encodeURIComponent;
  // Filters as the dashboard sends them: one or several fields, pages further down, periods of a month.
  const paths: string[] = [];
  for (let k = 0; k < 48; k++) {
    const month = `${2022 + (k % 2)}-${String((k % 12) + 1).padStart(2, '0')}`;
    const p = [
      `type=ASSAULT&offset=${(k % 6) * 50}`,
      `type=PROTEST,DEMAND&from=${month}-01&to=${month}-28`,
      `quad=material-conflict&country=SYR&offset=${(k % 6) * 50}`,
      `actor=${enc(actors[k % actors.length] as string)}`,
      `outlet=${enc(OUTLETS[k % OUTLETS.length] as string)}&stance=asserted`,
      `bbox=34,29,36,34&from=${month}-01`,
      `country=IRQ&type=PROTEST,COERCE&offset=${(k % 5) * 50}`,
      `sector=GOV&from=${month}-01&to=2023-12-31&limit=${60 + k}`,
    ][k % 8] as string;
    // A page size of its own makes every path distinct, so each first request really is a first.
    paths.push(`/api/events?${p}${p.includes('limit=') ? '' : `&limit=${20 + k}`}`);
  }

  if (new Set(paths).size !== paths.length) throw new Error('the benchmark filters must be distinct');
  const pct = (xs: number[], p: number): number => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] as number;
  };
  const load = fileURLToPath(new URL('./api-load.js', import.meta.url));
  const runLoad = (url: string): Promise<{ requests: number; rps: number; non2xx: number; errors: number; timeouts: number; latency: Record<string, number> }> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [load, url, JSON.stringify(paths), String(CONNECTIONS), String(SECONDS)], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load generator exited with ${code}`))));
    });

  for (const cacheMs of [30_000, 0]) {
    const { app } = createApp({ pipeline, store, key: sr.key, token: null, web: null, version: 'bench', log: (e) => console.error(e), cacheMs });
    const server = await listen(app, 0, '127.0.0.1');
    console.log(cacheMs ? `\nWith the answer cache (${cacheMs / 1000} s; what rasid serve runs):` : '\nWithout the cache (every request queries the store):');
    // Each filter's first request: what a new filter costs.
    const cold: number[] = [];
    for (const p of paths) {
      const t = performance.now();
      const res = await fetch(server.url + p);
      await res.text();
      if (res.status !== 200) throw new Error(`${p}: ${res.status}`);
      cold.push(performance.now() - t);
    }
    console.log(`  first request of each of ${paths.length} filters, one at a time: p50 ${pct(cold, 50).toFixed(0)} · p95 ${pct(cold, 95).toFixed(0)} · max ${pct(cold, 100).toFixed(0)} ms`);
    const r = await runLoad(server.url);
    const l = r.latency;
    console.log(`  under load, ${CONNECTIONS} connections for ${SECONDS} s from a second process (autocannon), the ${paths.length} filters in turn:`);
    console.log(`    ${r.requests} requests (${r.rps.toFixed(0)}/s), non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}`);
    console.log(`    latency ms: p50 ${l.p50} · p90 ${l.p90} · p97.5 ${l.p97_5} · p99 ${l.p99} · max ${l.max}  (p95 lies between p90 and p97.5)`);
    console.log(`    p95 ≤ 50 ms: ${(l.p97_5 ?? Infinity) <= 50 ? 'met (even p97.5 is)' : (l.p90 ?? Infinity) > 50 ? 'NOT met (p90 is over)' : 'undecided (p90 under, p97.5 over)'}`);
    if (cacheMs) {
      // The aggregates behind the overview, the map and the network: first call of each.
      for (const p of ['/api/events/summary', '/api/events/summary?type=ASSAULT&country=SYR', '/api/graph', '/api/stats', '/api/articles?limit=8']) {
        const s0 = performance.now();
        const res = await fetch(server.url + p);
        await res.text();
        console.log(`  ${p.padEnd(46)} ${res.status} in ${(performance.now() - s0).toFixed(0)} ms (first call)`);
      }
    }
    await server.close();
  }
} finally {
  await store.close();
  if (!process.env.RASID_BENCH_DB) rmSync(dir, { recursive: true, force: true });
}
