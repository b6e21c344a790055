// A worker thread of `rasid ingest --workers N`: loads the pipeline once, then analyses the batches it is given.
// Piscina takes the promise of the task function as the module's default export: the resources live in its closure.
import { RasidError } from '../errors.js';
import type { ArticleInput } from '../ingest/sources.js';
import { createRegistry, DEFAULT_STAGES, loadResources } from '../pipeline/index.js';
import { extractOne, type WorkerAnswer } from './extract.js';
import { createTermAnalyser } from './terms.js';

async function createTask(): Promise<(articles: ArticleInput[]) => WorkerAnswer> {
  try {
    const resources = loadResources();
    const pipeline = createRegistry().build(DEFAULT_STAGES, resources);
    const analyser = createTermAnalyser(resources.text, null);
    return (articles) => ({ results: articles.map((a) => extractOne(pipeline, analyser, a)) });
  } catch (err) {
    if (!(err instanceof RasidError)) throw err;
    // a data file that does not load is reported to the caller for every batch, with its code
    const fatal = { code: err.code, message: err.message };
    return () => ({ fatal });
  }
}

export default createTask();
