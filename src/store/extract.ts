// Turns input articles into records ready to store: the pipeline, a soundness check and the search terms.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Extraction } from '../contract/extraction.js';
import { RasidError, type ErrorCode } from '../errors.js';
import type { ArticleInput } from '../ingest/sources.js';
import { analyse, createRegistry, DEFAULT_STAGES, loadResources, toExtraction, type Pipeline, type Resources } from '../pipeline/index.js';
import { recordProblem } from './rows.js';
import { createTermAnalyser, type IndexTerms, type TermAnalyser } from './terms.js';

/** What became of one article: a record with its search terms, or why it was rejected. */
export type Extracted =
  | { ok: true; extraction: Extraction; terms: IndexTerms }
  | { ok: false; code: ErrorCode; message: string };

/** Analyses batches of articles, in order. */
export interface Extractor {
  extract(articles: readonly ArticleInput[]): Promise<Extracted[]>;
  close(): Promise<void>;
}

/** Analyses one article with a built pipeline; never throws for a bad article. */
export function extractOne(pipeline: Pipeline, analyser: TermAnalyser, a: ArticleInput): Extracted {
  let extraction: Extraction;
  try {
    extraction = toExtraction(analyse(pipeline, a.text, { id: a.id, url: a.url, outlet: a.outlet, title: a.title, published: a.published }));
  } catch (err) {
    if (err instanceof RasidError) return { ok: false, code: err.code, message: `${a.origin}: ${err.message}` };
    return { ok: false, code: 'E_EXTRACT_FAILED', message: `${a.origin}: the analysis failed (${(err as Error).message ?? String(err)}).` };
  }
  const problem = recordProblem(extraction);
  if (problem) return { ok: false, code: 'E_STORE_RECORD', message: `${a.origin}: the record produced cannot be stored (${problem}).` };
  return { ok: true, extraction, terms: analyser.indexTerms(extraction) };
}

/** Extraction on the calling thread, with resources loaded once. */
export function inlineExtractor(resources: Resources = loadResources()): Extractor {
  const pipeline = createRegistry().build(DEFAULT_STAGES, resources);
  const analyser = createTermAnalyser(resources.text, null);
  return {
    extract: async (articles) => articles.map((a) => extractOne(pipeline, analyser, a)),
    close: async () => undefined,
  };
}

/** A worker's answer: the results, or the error that kept it from loading its resources. */
export type WorkerAnswer = { results: Extracted[] } | { fatal: { code: ErrorCode; message: string } };

/** Extraction on `threads` worker threads (piscina); each worker loads the resources once. */
export function workerExtractor(threads: number): Extractor {
  const pool = new Piscina({
    filename: new URL('./ingest-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
  });
  return {
    async extract(articles) {
      if (articles.length === 0) return [];
      // a few tasks per thread, so that a slow article does not hold the others back
      const size = Math.max(1, Math.ceil(articles.length / (threads * 4)));
      const tasks: Promise<WorkerAnswer>[] = [];
      for (let i = 0; i < articles.length; i += size) tasks.push(pool.run(articles.slice(i, i + size)) as Promise<WorkerAnswer>);
      const out: Extracted[] = [];
      for (const answer of await Promise.all(tasks)) {
        if ('fatal' in answer) throw new RasidError(answer.fatal.code, answer.fatal.message);
        out.push(...answer.results);
      }
      return out;
    },
    close: () => pool.destroy(),
  };
}

/** The default number of extraction threads: the cores but one, at least one. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}
