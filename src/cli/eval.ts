// `rasid eval GOLD_DIR`: runs the pipeline on gold articles and scores entities, linking, events and quotes.
import { parseArgs } from 'node:util';
import { loadGold, normEn, scoreEntities, type Prf } from '../eval/entities.js';
import { EVENT_ARGUMENTS, goldEvents, scoreEvents } from '../eval/events.js';
import { belowMin, FIGURE_DOCS, figures, parseMin, summaryLine } from '../eval/figures.js';
import { scoreQuotes } from '../eval/quotes.js';
import { UsageError } from '../errors.js';
import { phraseKeys, walk } from '../kb/index.js';
import { analyse, createRegistry, DEFAULT_STAGES, loadResources, toExtraction } from '../pipeline/index.js';
import type { Io } from './output.js';

/** The exit code of a run whose scores fall under a --min threshold. */
export const EXIT_BELOW_MIN = 4;

export const EVAL_HELP = `Usage: rasid eval GOLD_DIR [--min KEY=VALUE]... [--json] [--errors]

Runs the extraction pipeline on every *.gold.json of GOLD_DIR (format: shared/gold/FORMAT.md) and scores it:
entity mentions (P/R/F1 per type, relaxed = overlap and same type, exact = same span and type), linking
(accuracy on found mentions of linkable entities, by English name), events (P/R/F1, also per PLOVER type: a
prediction matches a gold event of an accepted type whose sentences its trigger overlaps), the arguments of matched
events, quotes (content overlap) and their speakers. Ends with one line "summary: KEY=VALUE ...".

Event arguments are judged on every prediction that matches a required gold event, against the one it agrees with
most: source (target) is right when any predicted actor matches any gold actor; a gold event with no source
(target) is not counted for it, a prediction with none where the gold has some is wrong. Stance must be equal.
Location, date, quantity, dead, injured and attribution are scored where the gold event gives them.

  --min KEY=VALUE  fail (exit ${EXIT_BELOW_MIN}) when figure KEY is under VALUE, a percentage; repeatable. Keys:
${FIGURE_DOCS.map(([k, d]) => `                     ${k.padEnd(22)} ${d}`).join('\n')}
  --json           all the scores as JSON (with "figures" by key and the thresholds checked)
  --errors         list the missed, spurious and wrongly linked mentions, events, arguments and quotes

Exit codes: 0 scored (and every --min met) · 1 usage error · 2 unreadable gold · ${EXIT_BELOW_MIN} a figure under its --min.
Example: rasid eval ../shared/gold --min entities.f1=90 --min events.f1=70 --min stance=85
`;

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
const row = (name: string, s: Prf, width = 4): string => `  ${name.padEnd(width)} P ${pct(s.p)}  R ${pct(s.r)}  F1 ${pct(s.f1)}   (${s.correct}/${s.predicted} predicted, ${s.found}/${s.gold} gold)\n`;

export function runEval(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      errors: { type: 'boolean' },
      min: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) { io.out(EVAL_HELP); return 0; }
  if (positionals.length !== 1) throw new UsageError('rasid eval needs one GOLD_DIR, e.g. rasid eval ../shared/gold');
  const empty = { entities: scoreEntities([], () => false), quotes: scoreQuotes([]), events: scoreEvents([]) };
  const thresholds = parseMin(values.min ?? [], new Set(figures(empty).keys()));
  const gold = loadGold(positionals[0] as string);
  for (const g of gold) goldEvents(g.gold, g.file); // a malformed gold event fails before the pipeline runs
  const res = loadResources();
  const pipeline = createRegistry().build(DEFAULT_STAGES, res);
  const pairs = gold.map((g) => ({
    gold: g.gold,
    file: g.file,
    extraction: toExtraction(analyse(pipeline, g.text, { id: g.gold.id, url: null, outlet: null, title: null, published: g.gold.published ?? null })),
  }));
  const isNisba = (t: string): boolean => (walk(res.kb.nisba, phraseKeys(t, res.text))?.refs.length ?? 0) > 0;
  const english = new Set<string>();
  for (const e of res.kb.entries.values()) for (const x of [e.en, ...(e.en_aliases ?? [])]) english.add(normEn(x));
  const isKnown = (names: readonly string[]): boolean => names.some((x) => english.has(normEn(x)));
  const s = scoreEntities(pairs, isNisba, isKnown);
  const q = scoreQuotes(pairs);
  const ev = scoreEvents(pairs);
  const fig = figures({ entities: s, quotes: q, events: ev });
  const failed = belowMin(fig, thresholds);
  if (values.json) {
    io.out(JSON.stringify({
      articles: gold.length,
      entities: { relaxed: s.relaxed, exact: s.exact },
      linking: s.linking,
      linkableRecall: s.linkableRecall,
      knownRecall: s.knownRecall,
      quotes: q.quotes,
      speaker: q.speaker,
      events: { all: ev.events, byType: ev.byType, uncounted: ev.uncounted },
      arguments: ev.arguments,
      figures: Object.fromEntries([...fig].map(([k, f]) => [k, f.value])),
      thresholds: thresholds.map((t) => ({ ...t, value: (fig.get(t.key) as { value: number }).value, ok: !failed.some((x) => x.key === t.key && x.min === t.min) })),
      ...(values.errors ? { errors: [...s.errors, ...ev.errors, ...q.errors] } : {}),
    }, null, 2) + '\n');
  } else {
    io.out(`${gold.length} gold articles\n\nentity mentions, relaxed (overlap + type):\n`);
    for (const t of ['PER', 'ORG', 'LOC', 'ALL'] as const) io.out(row(t, s.relaxed[t]));
    io.out('entity mentions, exact (span + type):\n');
    for (const t of ['PER', 'ORG', 'LOC', 'ALL'] as const) io.out(row(t, s.exact[t]));
    io.out(`linking: ${pct(s.linking.accuracy)}% of ${s.linking.found} found mentions of linkable entities carry the right English name\n`);
    io.out(`linkable mentions found (any type): ${pct(s.linkableRecall.recall)}% (${s.linkableRecall.found}/${s.linkableRecall.total})\n`);
    io.out(`mentions of entities the KB holds, found: ${pct(s.knownRecall.recall)}% (${s.knownRecall.found}/${s.knownRecall.total})\n`);
    io.out(`quotes (content overlap): P ${pct(q.quotes.p)}  R ${pct(q.quotes.r)}  F1 ${pct(q.quotes.f1)}   (${q.quotes.predicted} predicted, ${q.quotes.gold} gold); speaker ${pct(q.speaker.accuracy)}% (${q.speaker.correct}/${q.speaker.scored})\n`);
    io.out('events (accepted type + trigger in a gold sentence; per type: P over predictions of it, R over gold events preferring it):\n');
    io.out(row('ALL', ev.events, 11));
    for (const [t, x] of Object.entries(ev.byType)) io.out(row(t, x, 11));
    if (ev.uncounted > 0) io.out(`  ${ev.uncounted} prediction${ev.uncounted === 1 ? '' : 's'} matching only optional gold events, not counted\n`);
    io.out(`event arguments, on the ${ev.events.correct} matched predictions (where the gold event gives the argument):\n`);
    for (const a of EVENT_ARGUMENTS) {
      const x = ev.arguments[a];
      io.out(`  ${a.padEnd(11)} ${pct(x.accuracy)}%  (${x.correct}/${x.scored})\n`);
    }
    if (values.errors) {
      io.out('\nerrors:\n');
      for (const e of s.errors) io.out(`  ${e.kind.padEnd(4)} ${e.type} ${e.article}  ${e.text}${e.detail ? `  (${e.detail})` : ''}\n`);
      for (const e of ev.errors) io.out(`  event ${e.kind.padEnd(11)} ${e.article}  ${e.text}${e.detail ? `  (${e.detail})` : ''}\n`);
      for (const e of q.errors) io.out(`  ${JSON.stringify(e)}\n`);
    }
    io.out(summaryLine(fig));
  }
  if (failed.length === 0) return 0;
  io.err(`rasid eval: ${failed.length} figure${failed.length === 1 ? '' : 's'} under ${failed.length === 1 ? 'its' : 'their'} --min threshold:\n`);
  for (const f of failed) io.err(`  ${f.key.padEnd(16)} ${f.value.toFixed(1).padStart(5)} < ${f.min}   (${f.counts})\n`);
  return EXIT_BELOW_MIN;
}
