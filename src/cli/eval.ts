// `rasid eval GOLD_DIR`: runs the pipeline on gold articles and scores entities and linking.
import { parseArgs } from 'node:util';
import { loadGold, normEn, scoreEntities, type Prf } from '../eval/entities.js';
import { scoreQuotes } from '../eval/quotes.js';
import { UsageError } from '../errors.js';
import { phraseKeys, walk } from '../kb/index.js';
import { analyse, createRegistry, DEFAULT_STAGES, loadResources, toExtraction } from '../pipeline/index.js';
import type { Io } from './output.js';

export const EVAL_HELP = `Usage: rasid eval GOLD_DIR [--json] [--errors]

Runs the extraction pipeline on every *.gold.json of GOLD_DIR (format: shared/gold/FORMAT.md) and scores it:
entity mentions (P/R/F1 per type, relaxed = overlap and same type, exact = same span and type), linking
(accuracy on found mentions of linkable entities, by English name), quotes (content overlap) and their speakers.
  --json     the scores as JSON
  --errors   list the missed, spurious and wrongly linked mentions
`;

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
const row = (name: string, s: Prf): string => `  ${name.padEnd(4)} P ${pct(s.p)}  R ${pct(s.r)}  F1 ${pct(s.f1)}   (${s.correct}/${s.predicted} predicted, ${s.found}/${s.gold} gold)\n`;

export function runEval(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { json: { type: 'boolean' }, errors: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) { io.out(EVAL_HELP); return 0; }
  if (positionals.length !== 1) throw new UsageError('rasid eval needs one GOLD_DIR, e.g. rasid eval ../shared/gold');
  const gold = loadGold(positionals[0] as string);
  const res = loadResources();
  const pipeline = createRegistry().build(DEFAULT_STAGES, res);
  const pairs = gold.map((g) => ({
    gold: g.gold,
    extraction: toExtraction(analyse(pipeline, g.text, { id: g.gold.id, url: null, outlet: null, title: null, published: g.gold.published ?? null })),
  }));
  const isNisba = (t: string): boolean => (walk(res.kb.nisba, phraseKeys(t, res.text))?.refs.length ?? 0) > 0;
  const english = new Set<string>();
  for (const e of res.kb.entries.values()) for (const x of [e.en, ...(e.en_aliases ?? [])]) english.add(normEn(x));
  const isKnown = (names: readonly string[]): boolean => names.some((x) => english.has(normEn(x)));
  const s = scoreEntities(pairs, isNisba, isKnown);
  const q = scoreQuotes(pairs);
  if (values.json) { io.out(JSON.stringify({ articles: gold.length, entities: { relaxed: s.relaxed, exact: s.exact }, linking: s.linking, linkableRecall: s.linkableRecall, knownRecall: s.knownRecall, quotes: q.quotes, speaker: q.speaker, ...(values.errors ? { errors: [...s.errors, ...q.errors] } : {}) }, null, 2) + '\n'); return 0; }
  io.out(`${gold.length} gold articles\n\nentity mentions, relaxed (overlap + type):\n`);
  for (const t of ['PER', 'ORG', 'LOC', 'ALL'] as const) io.out(row(t, s.relaxed[t]));
  io.out('entity mentions, exact (span + type):\n');
  for (const t of ['PER', 'ORG', 'LOC', 'ALL'] as const) io.out(row(t, s.exact[t]));
  io.out(`linking: ${pct(s.linking.accuracy)}% of ${s.linking.found} found mentions of linkable entities carry the right English name\n`);
  io.out(`linkable mentions found (any type): ${pct(s.linkableRecall.recall)}% (${s.linkableRecall.found}/${s.linkableRecall.total})\n`);
  io.out(`mentions of entities the KB holds, found: ${pct(s.knownRecall.recall)}% (${s.knownRecall.found}/${s.knownRecall.total})\n`);
  io.out(`quotes (content overlap): P ${pct(q.quotes.p)}  R ${pct(q.quotes.r)}  F1 ${pct(q.quotes.f1)}   (${q.quotes.predicted} predicted, ${q.quotes.gold} gold); speaker ${pct(q.speaker.accuracy)}% (${q.speaker.correct}/${q.speaker.scored})\n`);
  if (values.errors) {
    io.out('\nerrors:\n');
    for (const e of s.errors) io.out(`  ${e.kind.padEnd(4)} ${e.type} ${e.article}  ${e.text}${e.detail ? `  (${e.detail})` : ''}\n`);
    for (const e of q.errors) io.out(`  ${JSON.stringify(e)}\n`);
  }
  return 0;
}
