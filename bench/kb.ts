// Knowledge-base build time and memory, and the matcher's throughput on ../shared/corpus against the text layer alone.
import { loadCorpus, median as medianOf } from './corpus.js';
import { loadKnowledgeBase, kbStage, linkStage } from '../src/kb/index.js';
import { Doc } from '../src/pipeline/doc.js';
import { analyseText, loadTextResources } from '../src/text/index.js';

const rss0 = process.memoryUsage().rss;
const text = loadTextResources();
const t0 = performance.now();
const kb = loadKnowledgeBase(text);
const buildMs = performance.now() - t0;
const rss1 = process.memoryUsage().rss;
console.log(`knowledge base: ${kb.entries.size} records, ${kb.size} alias phrases; load+validate+compile ${buildMs.toFixed(0)} ms (target < 300 ms); rss ${(rss1 / 1e6).toFixed(0)} MB (+${((rss1 - rss0) / 1e6).toFixed(0)} MB for the KB; target < 100 MB)`);

const corpus = loadCorpus();
if (!corpus) process.exit(0);
const articles: string[] = corpus;
const kbRun = kbStage(kb, text);
const linkRun = linkStage(kb);
const rounds = Number(process.env.BENCH_ROUNDS ?? 9);
let tokens = 0;
const median = (fn: () => void): number => medianOf(fn, rounds);
const textOnly = median(() => { tokens = 0; for (const a of articles) tokens += analyseText(a, text, null).tokens.length; });
let entities = 0;
const withKb = median(() => {
  entities = 0;
  for (const a of articles) {
    const t = analyseText(a, text, null);
    const doc = new Doc(a, { id: '', url: null, outlet: null, title: null, published: null });
    doc.set('normalised', t.normalised).set('tokens', t.tokens).set('sentences', t.sentences);
    entities += linkRun(kbRun(doc)).get('entities').length;
  }
});
console.log(`corpus: ${articles.length} articles, ${tokens} tokens; ${entities} entities linked; median of ${rounds} rounds`);
console.log(`text layer alone          ${(tokens / textOnly / 1e6).toFixed(2)} M tokens/s`);
console.log(`text layer + KB + linking ${(tokens / withKb / 1e6).toFixed(2)} M tokens/s   ratio ${(textOnly / withKb).toFixed(3)}`);
console.log(`KB stages alone           ${(tokens / (withKb - textOnly) / 1e6).toFixed(2)} M tokens/s`);
