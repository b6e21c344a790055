// Trigger + stance throughput on ../shared/corpus, and its cost relative to the text layer measured in the same run.
import { loadCorpus, median as medianOf } from './corpus.js';
import { loadEventLexicon, triggersStage } from '../src/events/index.js';
import { Doc } from '../src/pipeline/doc.js';
import { analyseText, loadTextResources, type TextAnalysis } from '../src/text/index.js';

const corpus = loadCorpus();
if (!corpus) process.exit(0);
const articles: string[] = corpus;
const text = loadTextResources();
const t0 = performance.now();
const lexicon = loadEventLexicon(text);
const loadMs = performance.now() - t0;
const run = triggersStage(lexicon);
const analysed: [string, TextAnalysis][] = articles.map((a) => [a, analyseText(a, text, null)]);
const rounds = Number(process.env.BENCH_ROUNDS ?? 9);

/** Median seconds of `rounds` passes (after one warm-up); each measure runs in its own phase so that one's garbage is not charged to the other. */
const median = (fn: () => void): number => medianOf(fn, rounds);
let triggers = 0;
const events = median(() => {
  triggers = 0;
  for (const [a, t] of analysed) {
    const doc = new Doc(a, { id: '', url: null, outlet: null, title: null, published: null });
    doc.set('normalised', t.normalised).set('tokens', t.tokens).set('sentences', t.sentences);
    triggers += run(doc).get('triggers').length;
  }
});
const textOnly = median(() => { for (const a of articles) analyseText(a, text, null); });
const { stats } = lexicon.triggers;
console.log(`event lexicon: ${stats.lemmas} lemmas, ${stats.forms} forms; load + validate + compile ${loadMs.toFixed(0)} ms`);
console.log(`corpus: ${articles.length} articles, ${triggers} triggers; median of ${rounds} rounds`);
console.log(`text layer alone        ${(articles.length / textOnly).toFixed(0)} articles/s`);
console.log(`triggers + stance alone ${(articles.length / events).toFixed(0)} articles/s   cost ${(events / textOnly).toFixed(2)} × the text layer`);
