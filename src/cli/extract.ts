// `rasid extract`: articles in, rasid.extraction/1 records out.
import { parseArgs } from 'node:util';
import type { Extraction } from '../contract/extraction.js';
import { toExtraction } from '../pipeline/index.js';
import { UsageError } from '../errors.js';
import type { Io } from './output.js';
import { commonOptions, forEachArticle, INPUT_HELP, readCommon } from './common.js';
import { prettyDoc } from './pretty.js';

export const EXTRACT_HELP = `Usage: rasid extract [FILE...] [options]

Reads articles and prints one rasid.extraction/1 record for each.
  FILE            a .txt file (its text verbatim), a .jsonl file (one record per line:
                  id, title?, body or text, published?, url?, outlet?), a web page (.html,
                  .htm), a feed (RSS or Atom .xml/.rss/.atom, JSON Feed .json), a directory
                  (its files of these kinds, recursively), an http(s) URL of a page or a
                  feed, or - for standard input (the default when no FILE is given)

Options:
  --published YYYY-MM-DD   publication date, for inputs that give none (resolves أمس, الأسبوع الماضي …)
  --format json|jsonl|pretty
                           json (default): one object, or an array for several articles;
                           jsonl: one record per line; pretty: a readable summary
${INPUT_HELP}
  -h, --help               this help

Exit codes: 0 all inputs processed, 1 usage error, 2 some inputs rejected (the others are still
processed; a summary on stderr says which and why).
`;

export async function runExtract(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { ...commonOptions, format: { type: 'string', default: 'json' } },
  });
  if (values.help) { io.out(EXTRACT_HELP); return 0; }
  const format = values.format;
  if (format !== 'json' && format !== 'jsonl' && format !== 'pretty') {
    throw new UsageError(`--format must be json, jsonl or pretty, not "${format}".`);
  }
  const records: Extraction[] = [];
  const code = await forEachArticle(positionals, readCommon(values), io, (doc) => {
    const record = toExtraction(doc);
    if (format === 'jsonl') io.out(JSON.stringify(record) + '\n');
    else if (format === 'pretty') io.out(prettyDoc(doc, record));
    else records.push(record);
  });
  if (format === 'json' && records.length > 0) io.out(JSON.stringify(records.length === 1 ? records[0] : records, null, 2) + '\n');
  return code;
}
