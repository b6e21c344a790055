// Scoring tag sequences against gold the CoNLL way: an entity is right only when its span and type both match.
import { NER_TYPES, spansOf, type NerType } from './tags.js';

export interface Prf {
  p: number;
  r: number;
  f1: number;
  /** Predicted entities with gold's exact span and type. */
  correct: number;
  predicted: number;
  gold: number;
}

/** Per type, micro over all types (ALL), and micro over persons, places and organisations (PLO: the target). */
export type NerScores = Record<NerType | 'ALL' | 'PLO', Prf>;
export const SCORE_ROWS: readonly (NerType | 'ALL' | 'PLO')[] = [...NER_TYPES, 'ALL', 'PLO'];

function prf(correct: number, predicted: number, gold: number): Prf {
  const p = predicted === 0 ? 0 : correct / predicted;
  const r = gold === 0 ? 0 : correct / gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), correct, predicted, gold };
}

/**
 * Scores predicted tag sequences against gold ones, sentence by sentence (tag indices, see tags.ts).
 * @example
 *   scoreNer([{ gold: [1, 2, 0], pred: [1, 0, 0] }]).PER // { p: 0, r: 0, f1: 0, correct: 0, predicted: 1, gold: 1 }
 */
export function scoreNer(pairs: Iterable<{ gold: ArrayLike<number>; pred: ArrayLike<number> }>): NerScores {
  const count: Record<string, [number, number, number]> = {};
  for (const t of NER_TYPES) count[t] = [0, 0, 0];
  for (const { gold, pred } of pairs) {
    if (gold.length !== pred.length) throw new Error(`scoreNer: ${gold.length} gold tags but ${pred.length} predicted`);
    const g = spansOf(gold);
    const p = spansOf(pred);
    const goldSet = new Set(g.map((s) => `${s.start}:${s.end}:${s.type}`));
    for (const s of g) (count[s.type] as [number, number, number])[2]++;
    for (const s of p) {
      const c = count[s.type] as [number, number, number];
      c[1]++;
      if (goldSet.has(`${s.start}:${s.end}:${s.type}`)) c[0]++;
    }
  }
  const out = {} as NerScores;
  const sum = (types: readonly NerType[]): Prf => {
    let a = 0, b = 0, c = 0;
    for (const t of types) {
      const [x, y, z] = count[t] as [number, number, number];
      a += x; b += y; c += z;
    }
    return prf(a, b, c);
  };
  for (const t of NER_TYPES) out[t] = sum([t]);
  out.ALL = sum(NER_TYPES);
  out.PLO = sum(['PER', 'LOC', 'ORG']);
  return out;
}

/** A table of scores, one row per type, as the CLI prints it. */
export function formatScores(s: NerScores): string {
  const pct = (x: number): string => (x * 100).toFixed(2).padStart(6);
  const name = (k: string): string => (k === 'PLO' ? 'PER+LOC+ORG' : k === 'ALL' ? 'ALL (micro)' : k);
  let out = `${'type'.padEnd(12)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   correct/predicted/gold\n`;
  for (const k of SCORE_ROWS) {
    const r = s[k];
    out += `${name(k).padEnd(12)} ${pct(r.p)} ${pct(r.r)} ${pct(r.f1)}   ${r.correct}/${r.predicted}/${r.gold}\n`;
  }
  return out;
}
