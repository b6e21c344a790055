// The whole extraction pipeline (text layer, KB, NER, linking, quotes, events) on ../shared/corpus, one core, against
// the text layer alone in the same run; and where the time goes, stage by stage.
import { analyse, createRegistry, DEFAULT_STAGES, loadResources, toExtraction } from '../src/pipeline/index.js';
import { Doc } from '../src/pipeline/doc.js';
import { analyseText } from '../src/text/index.js';
import { loadCorpus, median } from './corpus.js';

const articles = loadCorpus();
if (articles) {
  const t0 = performance.now();
  const resources = loadResources();
  const loadMs = performance.now() - t0;
  const pipeline = createRegistry().build(DEFAULT_STAGES, resources);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const meta = { id: '', url: null, outlet: null, title: null, published: null };
  let events = 0;
  let entities = 0;
  let quotes = 0;
  const textOnly = median(() => { for (const a of articles) analyseText(a, resources.text, null); }, rounds);
  const whole = median(() => {
    events = 0; entities = 0; quotes = 0;
    for (const a of articles) {
      const x = toExtraction(analyse(pipeline, a, meta));
      events += x.events.length; entities += x.entities.length; quotes += x.quotes.length;
    }
  }, rounds);
  // stage by stage: the same run, each stage timed on its own
  const perStage = new Map<string, number>(pipeline.stages.map((s) => [s.name, 0]));
  for (const a of articles) {
    let d = new Doc(a, meta);
    for (const s of pipeline.stages) {
      const s0 = performance.now();
      d = s.process(d);
      perStage.set(s.name, (perStage.get(s.name) ?? 0) + performance.now() - s0);
    }
  }
  const total = [...perStage.values()].reduce((x, y) => x + y, 0);
  console.log(`resources: load + validate ${loadMs.toFixed(0)} ms; rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  console.log(`corpus: ${articles.length} articles; ${entities} entities, ${events} events, ${quotes} quotes; median of ${rounds} rounds, one core`);
  console.log(`  text layer alone            ${(articles.length / textOnly).toFixed(0).padStart(6)} articles/s`);
  console.log(`  whole pipeline              ${(articles.length / whole).toFixed(0).padStart(6)} articles/s   (target ≥ 1,000)   ratio to the text layer: ${(textOnly / whole).toFixed(3)}`);
  console.log('  share of the time, by stage (one pass):');
  for (const [name, ms] of perStage) console.log(`    ${name.padEnd(10)} ${((100 * ms) / total).toFixed(1).padStart(5)} %`);
}
