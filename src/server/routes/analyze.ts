// POST /api/analyze: one text through the extraction pipeline, answered as a rasid.extraction/1 record; nothing stored.
import { articleId } from '../../ingest/sources.js';
import { analyse, toExtraction, type Pipeline } from '../../pipeline/index.js';
import { route, type AnyRoute } from '../route.js';
import { AnalyzeBodySchema, ErrorSchema, ExtractionSchema, type ArticleInputBody } from '../schemas.js';
import type { Extraction } from '../../contract/extraction.js';

/** Runs the pipeline over one article given in a request body. */
export function extractBody(pipeline: Pipeline, b: ArticleInputBody): Extraction {
  const url = b.url ?? null;
  const meta = { id: b.id ?? articleId(b.text, url), url, outlet: b.outlet ?? null, title: b.title ?? null, published: b.published ?? null };
  return toExtraction(analyse(pipeline, b.text, meta));
}

export function analyzeRoutes(pipeline: Pipeline): AnyRoute[] {
  return [
    route({
      method: 'post',
      path: '/api/analyze',
      tag: 'analysis',
      summary: 'Analyse a text: entities, events and quotes with offsets into it (nothing is stored)',
      body: AnalyzeBodySchema,
      responses: [
        { status: 200, description: 'the rasid.extraction/1 record of the text', schema: ExtractionSchema },
        { status: 400, description: 'the body is not JSON or a field is invalid', schema: ErrorSchema },
        { status: 413, description: 'the body is larger than the limit', schema: ErrorSchema },
      ],
      handle: ({ body }, c) => c.json(extractBody(pipeline, body)),
    }),
  ];
}
