// Text-layer throughput on ../shared/corpus, against a bare split(/\s+/) over the same texts in the same run.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyseText, loadTextResources, splitSentences, tokenise } from '../src/text/index.js';
import { findDates } from '../src/text/dates.js';
import { findNumbers } from '../src/text/numbers.js';
import { parsePublished } from '../src/ingest/sources.js';

// npm runs scripts from the package root; ../shared sits beside it.
const shared = process.env.RASID_SHARED ?? join(process.cwd(), '..', 'shared');
const dir = join(shared, 'corpus');
if (!existsSync(dir)) {
  console.log(`bench skipped: ${dir} is absent (the benchmark reads the real corpus from ../shared)`);
  process.exit(0);
}

const articles: { text: string; published: string | null }[] = [];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl'))) {
  for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { title?: string; body: string; published?: string };
    articles.push({ text: r.title ? `${r.title}\n\n${r.body}` : r.body, published: r.published ? parsePublished(r.published) : null });
  }
}
const chars = articles.reduce((s, a) => s + a.text.length, 0);
const res = loadTextResources();
const tokenCount = articles.reduce((s, a) => s + tokenise(res.normaliser.normalise(a.text)).length, 0);
const rounds = Number(process.env.BENCH_ROUNDS ?? 15);

/** Median seconds of `rounds` passes over the corpus (after two warm-up passes). */
function time(fn: (text: string, published: string | null) => unknown): number {
  const times: number[] = [];
  let sink = 0;
  for (let r = 0; r < rounds + 2; r++) {
    const t0 = process.hrtime.bigint();
    for (const a of articles) sink += (fn(a.text, a.published) as { length?: number }).length ?? 1;
    const dt = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r >= 2) times.push(dt);
  }
  if (sink < 0) console.log(sink);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const baseline = time((t) => t.split(/\s+/));
const stages: [string, (t: string, p: string | null) => unknown][] = [
  ['normalise', (t) => res.normaliser.normalise(t).text],
  ['normalise+tokenise', (t) => tokenise(res.normaliser.normalise(t))],
  ['+sentences', (t) => { const k = tokenise(res.normaliser.normalise(t)); return splitSentences(k, t, res.sentences); }],
  ['+numbers+dates', (t, p) => { const k = tokenise(res.normaliser.normalise(t)); findNumbers(k, res.numbers, t); return findDates(k, res.dates, t, p); }],
  ['text layer (analyseText)', (t, p) => analyseText(t, res, p).tokens],
];

console.log(`corpus: ${articles.length} articles, ${(chars / 1e6).toFixed(2)} M chars, ${tokenCount} tokens; median of ${rounds} rounds`);
console.log(`${'what'.padEnd(28)} ${'tokens/s'.padStart(12)} ${'ratio to split'.padStart(15)}`);
const row = (name: string, secs: number): void => {
  console.log(`${name.padEnd(28)} ${((tokenCount / secs) / 1e6).toFixed(2).padStart(9)} M/s ${(baseline / secs).toFixed(3).padStart(15)}`);
};
row('baseline split(/\\s+/)', baseline);
for (const [name, fn] of stages) row(name, time(fn));
