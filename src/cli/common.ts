// Options shared by the commands that read articles.
import { UsageError } from '../errors.js';
import { parsePublished, type ReadOptions } from '../ingest/sources.js';

export const commonOptions = {
  published: { type: 'string' },
  input: { type: 'string' },
  'max-bytes': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function readCommon(values: { published?: string | undefined; input?: string | undefined; 'max-bytes'?: string | undefined }): ReadOptions {
  const opts: ReadOptions = {};
  if (values.published !== undefined) {
    const p = /^\d{4}-\d{2}-\d{2}$/.test(values.published) ? parsePublished(values.published) : null;
    if (!p) throw new UsageError(`--published must be a date written YYYY-MM-DD, not "${values.published}".`, 'For example: --published 2014-11-16');
    opts.published = p;
  }
  if (values.input !== undefined) {
    if (values.input !== 'txt' && values.input !== 'jsonl') throw new UsageError(`--input must be txt or jsonl, not "${values.input}".`);
    opts.format = values.input;
  }
  if (values['max-bytes'] !== undefined) {
    const n = Number(values['max-bytes']);
    if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--max-bytes must be a positive whole number of bytes, not "${values['max-bytes']}".`);
    opts.maxBytes = n;
  }
  return opts;
}
