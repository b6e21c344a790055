// `rasid tokens`: the debug view of the text layer — tokens, sentences, numbers and dates with offsets.
import { parseArgs } from 'node:util';
import type { Doc } from '../pipeline/index.js';
import { commonOptions, forEachArticle, INPUT_HELP, readCommon } from './common.js';
import type { Io } from './output.js';

export const TOKENS_HELP = `Usage: rasid tokens [FILE...] [options]

Shows how the text layer reads an article: tokens, sentences, numbers and dates, each with
its [start, end) offsets (UTF-16 units) into the original text.

Options:
  --json                   machine-readable output (one JSON object per article, one per line)
  --published YYYY-MM-DD   publication date, to resolve relative dates (أمس، الأسبوع الماضي …)
${INPUT_HELP}
  -h, --help               this help
`;

/** The text layer of one Doc as plain data. */
export function textLayerJson(doc: Doc): Record<string, unknown> {
  return {
    article: doc.meta,
    tokens: doc.get('tokens').map((t) => ({ start: t.start, end: t.end, text: t.text, norm: t.norm, kind: t.kind, ...(t.nl ? { nl: t.nl } : {}) })),
    sentences: doc.get('sentences').map((s) => ({ start: s.start, end: s.end, kind: s.kind, tokens: [s.tokenStart, s.tokenEnd], text: s.text })),
    numbers: doc.get('numbers'),
    dates: doc.get('dates'),
  };
}

function table(doc: Doc): string {
  const lines: string[] = [];
  const numbers = doc.get('numbers');
  const dates = doc.get('dates');
  lines.push(`# article ${doc.meta.id}${doc.meta.published ? ` (published ${doc.meta.published})` : ''}`);
  const tokens = doc.get('tokens');
  for (const s of doc.get('sentences')) {
    lines.push(`\n## sentence ${s.index + 1} [${s.start}, ${s.end}) ${s.kind}`);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (!t) continue;
      lines.push(`  ${String(t.start).padStart(6)} ${String(t.end).padStart(6)}  ${t.kind.padEnd(8)} ${t.text}${t.norm !== t.text ? `  → ${t.norm}` : ''}`);
    }
  }
  lines.push(`\n## numbers (${numbers.length})`);
  for (const n of numbers) {
    lines.push(`  [${n.start}, ${n.end}) ${n.text} = ${n.value}${n.approximate ? ' (approximate)' : ''}${n.noun ? `  counts: ${n.noun.text}` : ''}`);
  }
  lines.push(`\n## dates (${dates.length})`);
  for (const d of dates) {
    lines.push(`  [${d.start}, ${d.end}) ${d.text} = ${d.value ?? '?'} (${d.precision}${d.relative ? ', relative' : ''}${d.part ? `, ${d.part}` : ''})`);
  }
  return lines.join('\n') + '\n';
}

export async function runTokens(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { ...commonOptions, json: { type: 'boolean' } },
  });
  if (values.help) { io.out(TOKENS_HELP); return 0; }
  return forEachArticle(positionals, readCommon(values), io, (doc) => {
    io.out(values.json ? JSON.stringify(textLayerJson(doc)) + '\n' : table(doc));
  });
}
