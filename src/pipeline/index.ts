// The extraction pipeline: one Doc, named stages, and the record it produces.
import type { Extraction } from '../contract/extraction.js';
import { Doc, type ArticleMeta } from './doc.js';
import type { Pipeline } from './registry.js';

export { Doc, type ArticleMeta, type Layers, type LayerName } from './doc.js';
export { Registry, Pipeline, type Stage, type StageSpec } from './registry.js';
export { loadResources, type Resources } from './resources.js';
export { createRegistry, DEFAULT_STAGES } from './stages.js';

/** The `rasid.extraction/1` record of a processed Doc. Layers that no stage filled stay empty. */
export function toExtraction(doc: Doc): Extraction {
  const m = doc.meta;
  return {
    schema: 'rasid.extraction/1',
    article: { id: m.id, url: m.url, outlet: m.outlet, title: m.title, published: m.published, lang: 'ar' },
    text: doc.text,
    entities: doc.has('entities') ? doc.get('entities') : [],
    events: doc.has('events') ? doc.get('events') : [],
    quotes: doc.has('quotes') ? doc.get('quotes') : [],
  };
}

/** Runs `pipeline` over one article's text and returns the processed Doc. */
export function analyse(pipeline: Pipeline, text: string, meta: ArticleMeta): Doc {
  return pipeline.run(new Doc(text, meta));
}
