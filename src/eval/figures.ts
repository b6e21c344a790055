// The headline figures of `rasid eval` under stable keys: the summary line, the --json "figures" and --min thresholds.
import { PLOVER_TYPES } from '../contract/extraction.js';
import { UsageError } from '../errors.js';
import type { EntityScore, Prf } from './entities.js';
import { EVENT_ARGUMENTS, type EventScore } from './events.js';
import type { QuoteScore } from './quotes.js';

export interface Scores { entities: EntityScore; quotes: QuoteScore; events: EventScore }

/** One figure: a percentage rounded to one decimal as printed, with the counts it comes from ("12/15"). */
export interface Figure { value: number; counts: string }

/** The figures printed on the summary line, in order. */
export const SUMMARY_KEYS = [
  'entities.p', 'entities.r', 'entities.f1', 'linking', 'quotes.p', 'quotes.r', 'quotes.f1', 'speaker',
  'events.p', 'events.r', 'events.f1', 'source', 'target', 'stance',
] as const;

/** Every key --min accepts, with what it measures (printed in `rasid eval --help`). */
export const FIGURE_DOCS: readonly [string, string][] = [
  ['entities.p|r|f1', 'entity mentions, relaxed (overlap + type), all types'],
  ['entities.exact.p|r|f1', 'entity mentions, exact span + type'],
  ['linking', 'found mentions of linkable entities with the right English name'],
  ['quotes.p|r|f1', 'quotes, content overlap'],
  ['speaker', 'right speaker on found quotes'],
  ['events.p|r|f1', 'events, accepted type + trigger in a gold sentence'],
  ['events.TYPE.p|r|f1', 'the same for one PLOVER type (events.ASSAULT.f1, events.PROTEST.r …)'],
  ['source', 'right source on matched events'],
  ['target', 'right target on matched events'],
  ['stance', 'right stance on matched events'],
  ['location|date|quantity|dead|injured|attribution', 'right argument on matched events where the gold gives it'],
];

const pct = (x: number): number => Math.round(x * 1000) / 10;
const prfFigures = (prefix: string, s: Prf, out: Map<string, Figure>): void => {
  out.set(`${prefix}.p`, { value: pct(s.p), counts: `${s.correct}/${s.predicted}` });
  out.set(`${prefix}.r`, { value: pct(s.r), counts: `${s.found}/${s.gold}` });
  out.set(`${prefix}.f1`, { value: pct(s.f1), counts: `P ${pct(s.p).toFixed(1)}, R ${pct(s.r).toFixed(1)}` });
};
const zeroPrf: Prf = { predicted: 0, correct: 0, gold: 0, found: 0, p: 0, r: 0, f1: 0 };

/** Every figure by key, in percent. A figure with nothing to measure (no gold, no prediction) is 0. */
export function figures(s: Scores): Map<string, Figure> {
  const out = new Map<string, Figure>();
  prfFigures('entities', s.entities.relaxed.ALL, out);
  prfFigures('entities.exact', s.entities.exact.ALL, out);
  out.set('linking', { value: pct(s.entities.linking.accuracy), counts: `${s.entities.linking.correct}/${s.entities.linking.found}` });
  prfFigures('quotes', s.quotes.quotes, out);
  out.set('speaker', { value: pct(s.quotes.speaker.accuracy), counts: `${s.quotes.speaker.correct}/${s.quotes.speaker.scored}` });
  prfFigures('events', s.events.events, out);
  for (const t of PLOVER_TYPES) prfFigures(`events.${t}`, s.events.byType[t] ?? zeroPrf, out);
  for (const a of EVENT_ARGUMENTS) {
    const x = s.events.arguments[a];
    out.set(a, { value: pct(x.accuracy), counts: `${x.correct}/${x.scored}` });
  }
  return out;
}

/** The one-line summary: `summary: entities.p=94.7 … stance=88.0`, the same keys --min takes. */
export function summaryLine(f: Map<string, Figure>): string {
  return `summary: ${SUMMARY_KEYS.map((k) => `${k}=${(f.get(k) as Figure).value.toFixed(1)}`).join(' ')}\n`;
}

export interface Threshold { key: string; min: number }

/**
 * Reads `--min KEY=VALUE` options: KEY one of the figure keys, VALUE a percentage (0–100, a trailing % allowed).
 * An unknown key, a malformed option, or a value that looks like a fraction (0.7) is a usage error.
 * @example parseMin(['events.f1=70', 'stance=85%']) // [{ key: 'events.f1', min: 70 }, { key: 'stance', min: 85 }]
 */
export function parseMin(specs: readonly string[], known: ReadonlySet<string>): Threshold[] {
  return specs.map((spec) => {
    const m = /^\s*([A-Za-z0-9_.]+)\s*=\s*([0-9]+(?:\.[0-9]+)?)\s*%?\s*$/.exec(spec);
    if (!m) throw new UsageError(`--min "${spec}": write KEY=VALUE with VALUE a percentage, e.g. --min events.f1=70.`);
    const key = m[1] as string;
    const min = Number(m[2]);
    if (!known.has(key)) {
      const keys = [...known].filter((k) => !/^events\.[A-Z]+\./.test(k)).join(', ');
      throw new UsageError(`--min ${key}: unknown figure. Keys: ${keys}, and events.TYPE.p|r|f1 for a PLOVER type.`);
    }
    if (min > 100) throw new UsageError(`--min ${key}=${m[2]}: a threshold is a percentage, at most 100.`);
    if (min > 0 && min < 1) throw new UsageError(`--min ${key}=${m[2]}: a threshold is a percentage (0–100), not a fraction; did you mean ${key}=${pct(min)}?`);
    return { key, min };
  });
}

/** The thresholds a run falls under, with the figure reached. */
export function belowMin(f: Map<string, Figure>, thresholds: readonly Threshold[]): (Threshold & Figure)[] {
  return thresholds.flatMap((t) => {
    const x = f.get(t.key) as Figure;
    return x.value < t.min ? [{ ...t, ...x }] : [];
  });
}
