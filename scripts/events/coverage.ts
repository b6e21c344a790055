// Trigger coverage on ../shared/corpus: hits per 1,000 tokens, per type and stance, the most frequent triggers, speed.
// Run: npx tsx scripts/events/coverage.ts [--top N] [--type TYPE] [--examples LEMMA]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadEventLexicon, triggersStage, type TriggerCandidate } from '../../src/events/index.js';
import { Doc } from '../../src/pipeline/doc.js';
import { analyseText, loadTextResources } from '../../src/text/index.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const top = Number(opt('--top') ?? 40);
const onlyType = opt('--type');
const examplesOf = opt('--examples');

const dir = join(process.env.RASID_SHARED ?? join(process.cwd(), '..', 'shared'), 'corpus');
if (!existsSync(dir)) {
  console.log(`${dir} is absent: nothing to measure`);
  process.exit(0);
}
const articles: string[] = [];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl'))) {
  for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) if (line.trim()) {
    const r = JSON.parse(line) as { title?: string; body: string };
    articles.push(r.title ? `${r.title}\n\n${r.body}` : r.body);
  }
}
const text = loadTextResources();
const t0 = performance.now();
const lexicon = loadEventLexicon(text);
const loadMs = performance.now() - t0;
const run = triggersStage(lexicon);

let tokens = 0;
let words = 0;
const all: TriggerCandidate[] = [];
const examples: string[] = [];
let textMs = 0;
let triggerMs = 0;
for (const a of articles) {
  const s = performance.now();
  const t = analyseText(a, text, null);
  const m = performance.now();
  const doc = new Doc(a, { id: '', url: null, outlet: null, title: null, published: null });
  doc.set('normalised', t.normalised).set('tokens', t.tokens).set('sentences', t.sentences);
  const found = run(doc).get('triggers');
  triggerMs += performance.now() - m;
  textMs += m - s;
  tokens += t.tokens.length;
  words += t.tokens.filter((x) => x.kind === 'arabic').length;
  all.push(...found);
  if (examplesOf) {
    for (const f of found) {
      if (f.lemma !== examplesOf) continue;
      const sent = t.sentences[f.sentence];
      if (sent) examples.push(`${f.type}/${f.mode} ${f.stance}: …${a.slice(Math.max(sent.start, f.start - 60), f.start)}[${f.text}]${a.slice(f.end, Math.min(sent.end, f.end + 60))}…`);
    }
  }
}
const count = <K>(xs: readonly K[]): [K, number][] => {
  const m = new Map<K, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
};
const s = lexicon.triggers.stats;
console.log(`lexicon: ${s.lemmas} lemmas, ${s.forms} distinct forms; load + compile ${loadMs.toFixed(0)} ms`);
console.log(`corpus: ${articles.length} articles, ${tokens} tokens (${words} Arabic words)`);
console.log(`triggers: ${all.length} (${((all.length / tokens) * 1000).toFixed(1)} per 1,000 tokens, ${(all.length / articles.length).toFixed(1)} per article)`);
console.log(`speed: text layer ${(articles.length / (textMs / 1000)).toFixed(0)} articles/s; triggers + stance alone ${(articles.length / (triggerMs / 1000)).toFixed(0)} articles/s (one pass, this machine)`);
console.log(`by type: ${count(all.map((t) => t.type)).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`by stance: ${count(all.map((t) => t.stance)).map(([k, v]) => `${k} ${v}`).join(', ')}`);
const shown = onlyType ? all.filter((t) => t.type === onlyType) : all;
console.log(`top lemmas${onlyType ? ` (${onlyType})` : ''}: ${count(shown.map((t) => `${t.lemma} ${t.type}/${t.mode ?? '-'}`)).slice(0, top).map(([k, v]) => `${k} ${v}`).join(' · ')}`);
if (examplesOf) for (const e of examples.slice(0, top)) console.log(e);
