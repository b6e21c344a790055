// A worker thread of `rasid ingest --workers N`: loads the pipeline once, then analyses the batches it is given.
import { RasidError } from '../errors.js';
import type { ArticleInput } from '../ingest/sources.js';
import { createRegistry, DEFAULT_STAGES, loadResources, type Pipeline } from '../pipeline/index.js';
import { extractOne, type WorkerAnswer } from './extract.js';
import { createTermAnalyser, type TermAnalyser } from './terms.js';

let loaded: { pipeline: Pipeline; analyser: TermAnalyser } | { fatal: { code: RasidError['code']; message: string } } | null = null;

function load(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  try {
    const resources = loadResources();
    loaded = { pipeline: createRegistry().build(DEFAULT_STAGES, resources), analyser: createTermAnalyser(resources.text, null) };
  } catch (err) {
    if (!(err instanceof RasidError)) throw err;
    loaded = { fatal: { code: err.code, message: err.message } };
  }
  return loaded;
}

export default function extractBatch(articles: ArticleInput[]): WorkerAnswer {
  const l = load();
  if ('fatal' in l) return { fatal: l.fatal };
  return { results: articles.map((a) => extractOne(l.pipeline, l.analyser, a)) };
}
