// NER model load time and memory, and tagging throughput on ../shared/corpus against the text layer alone.
import { loadCorpus, median as medianOf } from './corpus.js';
import { loadKnowledgeBase } from '../src/kb/index.js';
import { featureContext, loadNerModel, tagTokens } from '../src/ner/index.js';
import { analyseText, loadTextResources } from '../src/text/index.js';

const rss0 = process.memoryUsage().rss;
const text = loadTextResources();
const kb = loadKnowledgeBase(text);
const rss1 = process.memoryUsage().rss;
const t0 = performance.now();
const model = loadNerModel();
const loadMs = performance.now() - t0;
const rss2 = process.memoryUsage().rss;
console.log(
  `NER model: ${model.header.features} features, ${model.header.passes} pass(es), ${model.clusters.index.size} cluster words; ` +
    `load ${loadMs.toFixed(0)} ms (target ≤ 300 ms); rss ${(rss2 / 1e6).toFixed(0)} MB ` +
    `(text layer + KB +${((rss1 - rss0) / 1e6).toFixed(0)} MB, model +${((rss2 - rss1) / 1e6).toFixed(0)} MB)`,
);

const corpus = loadCorpus();
if (!corpus) process.exit(0);
const articles: string[] = corpus;
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
const median = (fn: () => void): number => medianOf(fn, rounds);
let tokens = 0;
const textOnly = median(() => { tokens = 0; for (const a of articles) tokens += analyseText(a, text, null).tokens.length; });
const analysed = articles.map((a) => analyseText(a, text, null));
let spans = 0;
// as the pipeline stage runs: one feature context (its cache of word descriptions) for all the documents of a run;
// every round is a new run, so the cache starts empty each time
const tag = (i: number, tokens: ReturnType<typeof analyseText>['tokens'], context?: ReturnType<typeof featureContext>): number =>
  tagTokens(model, tokens, text, kb, context ? { original: articles[i] as string, context } : { original: articles[i] as string }).length;
const tokensOf = (i: number): ReturnType<typeof analyseText>['tokens'] => (analysed[i] as ReturnType<typeof analyseText>).tokens;
const nerOnly = median(() => {
  const context = featureContext(text, kb, model.clusters);
  spans = 0;
  for (let i = 0; i < articles.length; i++) spans += tag(i, tokensOf(i), context);
});
const nerCold = median(() => { for (let i = 0; i < articles.length; i++) tag(i, tokensOf(i)); });
const both = median(() => {
  const context = featureContext(text, kb, model.clusters);
  for (let i = 0; i < articles.length; i++) tag(i, analyseText(articles[i] as string, text, null).tokens, context);
});
const rss3 = process.memoryUsage().rss;
const rate = (secs: number): string => `${(tokens / secs / 1e3).toFixed(0).padStart(6)} k tokens/s`;
console.log(`corpus: ${articles.length} articles, ${tokens} tokens, ${spans} names found; median of ${rounds} rounds`);
console.log(`  text layer alone (analyseText)              ${rate(textOnly)}`);
console.log(`  NER tagging, one context per run (stage)    ${rate(nerOnly)}   (target ≥ 100 k tokens/s)`);
console.log(`  NER tagging, a new context per article      ${rate(nerCold)}`);
console.log(`  text layer + NER                            ${rate(both)}   ratio to the text layer alone: ${(textOnly / both).toFixed(3)} (time ×${(both / textOnly).toFixed(2)})`);
console.log(`rss after tagging: ${(rss3 / 1e6).toFixed(0)} MB (target ≤ 150 MB)`);
