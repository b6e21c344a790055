// The zod schemas of the API's inputs and of the bodies it answers with that are not records of the contract.
import { z } from 'zod';
import { ExtractionSchema } from '../contract/extraction.js';

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'a calendar date that exists');

/** Longest text POST /api/analyze accepts, in UTF-16 units (a long feature article is ~30,000). */
export const MAX_ANALYZE_CHARS = 200_000;

/** One article to analyse or ingest. */
export const ArticleInputSchema = z.strictObject({
  text: z.string().refine((s) => s.trim() !== '', 'a text that is not blank').max(MAX_ANALYZE_CHARS, `at most ${MAX_ANALYZE_CHARS} characters`).describe('the article text, analysed verbatim'),
  title: z.string().max(1000).nullable().optional(),
  url: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).max(2000).nullable().optional(),
  outlet: z.string().max(200).nullable().optional(),
  published: IsoDate.nullable().optional().describe('publication date; relative dates in the text are resolved against it'),
  id: z.string().regex(/^[\w.:-]{1,128}$/, 'letters, digits, and . _ : - (at most 128)').optional().describe('stable id; derived from the url or the text when omitted'),
});
export type ArticleInputBody = z.infer<typeof ArticleInputSchema>;

export const AnalyzeBodySchema = ArticleInputSchema.describe('an article to analyse; nothing is stored');

export const ErrorSchema = z.object({
  error: z.object({
    code: z.string().describe('stable error code, e.g. E_REQUEST_INVALID'),
    message: z.string().describe('what is wrong, naming the parameter or field'),
    hint: z.string().describe('how to fix it'),
  }),
});

export { ExtractionSchema };
