// Scores extracted quotes against gold annotations (shared/gold/FORMAT.md): content overlap, and the speaker.
import { z } from 'zod';
import type { Actor, Extraction } from '../contract/extraction.js';
import type { Gold, Prf } from './entities.js';
import { actorMatches, overlap } from './match.js';

const Pair = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

/** A nominal speaker in gold: a description, with a country and a sector when they are known. */
export const GoldAgentSchema = z
  .object({ desc: z.string().optional(), country: z.string().nullable().optional(), sector: z.string().nullable().optional() })
  .loose();

export const GoldQuoteSchema = z
  .object({
    speaker: z.union([z.string(), GoldAgentSchema]),
    via: z.array(z.string()).optional(),
    cue: Pair,
    direct: z.boolean().optional(),
    content: Pair,
    optional: z.boolean().optional(),
  })
  .loose();
export type GoldQuote = z.infer<typeof GoldQuoteSchema>;

export interface QuoteScore {
  /** Precision over predicted quotes, recall over required gold quotes; content overlap. */
  quotes: Prf;
  /** On found gold quotes whose speaker is a named entity or an agent with a country or sector. */
  speaker: { correct: number; scored: number; accuracy: number };
  errors: { article: string; kind: 'fp' | 'fn' | 'speaker'; text: string; detail?: string }[];
}

/** Reads an article's gold quotes; a malformed one is reported with its index. */
export function goldQuotes(gold: Gold): GoldQuote[] {
  return gold.quotes.map((q, i) => {
    const r = GoldQuoteSchema.safeParse(q);
    if (!r.success) throw new Error(`${gold.id}: quotes[${i}] is not a gold quote: ${r.error.issues[0]?.message} at ${r.error.issues[0]?.path.join('.')}`);
    return r.data;
  });
}

/** True when a gold speaker can be scored: a named entity, or an agent with a country or a sector. */
export function scorableSpeaker(s: GoldQuote['speaker']): boolean {
  return typeof s === 'string' || (s.country ?? null) !== null || (s.sector ?? null) !== null;
}

/**
 * Whether a predicted speaker is the gold one: an entity key matches an actor whose entity has a mention overlapping
 * that entity's gold mentions, or the same English name; an agent matches on country, and on sector when both give one.
 */
export function speakerMatches(actor: Actor, g: GoldQuote['speaker'], gold: Gold, x: Extraction): boolean {
  return actorMatches(actor, g, gold, x);
}

/**
 * Scores predicted quotes: one matches a gold quote when their contents overlap. Quotes whose content lies in the
 * headline (the first line) are optional, as are gold quotes marked `optional`: predictions that match only those are
 * not counted either way. Several predictions may match one gold quote; recall counts each gold quote once. The
 * speaker of a found gold quote is judged on the prediction that overlaps it most.
 */
export function scoreQuotes(pairs: readonly { gold: Gold; extraction: Extraction }[]): QuoteScore {
  let tp = 0;
  let fp = 0;
  let found = 0;
  let total = 0;
  let correct = 0;
  let scored = 0;
  const errors: QuoteScore['errors'] = [];
  for (const { gold, extraction: x } of pairs) {
    const nl = x.text.indexOf('\n');
    const headlineEnd = nl < 0 ? x.text.length : nl;
    const inHeadline = (s: number): boolean => s < headlineEnd;
    const all = goldQuotes(gold);
    const required = all.filter((q) => !q.optional && !inHeadline(q.content[0]));
    const optional = all.filter((q) => !required.includes(q));
    const counted = x.quotes.filter((p) => !inHeadline(p.content.start));
    const kept = [];
    for (const p of counted) {
      const hit = required.some((g) => overlap(g.content, p.content.start, p.content.end) > 0);
      if (hit) { tp++; kept.push(p); continue; }
      if (optional.some((g) => overlap(g.content, p.content.start, p.content.end) > 0)) continue;
      fp++;
      errors.push({ article: gold.id, kind: 'fp', text: x.text.slice(p.content.start, p.content.end), detail: `${p.cue.text} — ${p.speaker.text}` });
    }
    for (const g of required) {
      total++;
      // the prediction that overlaps it most; of equal ones, the one that adds least outside it
      let best: (typeof kept)[number] | undefined;
      let bestOverlap = 0;
      let bestExtra = Infinity;
      for (const p of kept) {
        const o = overlap(g.content, p.content.start, p.content.end);
        const extra = p.content.end - p.content.start - o;
        if (o > bestOverlap || (o > 0 && o === bestOverlap && extra < bestExtra)) { best = p; bestOverlap = o; bestExtra = extra; }
      }
      if (!best) {
        errors.push({ article: gold.id, kind: 'fn', text: x.text.slice(g.content[0], g.content[1]), detail: x.text.slice(g.cue[0], g.cue[1]) });
        continue;
      }
      found++;
      if (!scorableSpeaker(g.speaker)) continue;
      scored++;
      if (speakerMatches(best.speaker, g.speaker, gold, x)) correct++;
      else {
        const want = typeof g.speaker === 'string' ? g.speaker : `${g.speaker.desc ?? ''} ${g.speaker.country ?? '-'}/${g.speaker.sector ?? '-'}`;
        const got = `${best.speaker.text} ${best.speaker.entity ?? ''} ${best.speaker.country ?? '-'}/${best.speaker.sector ?? '-'}`;
        errors.push({ article: gold.id, kind: 'speaker', text: x.text.slice(g.content[0], Math.min(g.content[1], g.content[0] + 60)), detail: `got ${got}; want ${want}` });
      }
    }
  }
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = total === 0 ? 0 : found / total;
  return {
    quotes: { predicted: tp + fp, correct: tp, gold: total, found, p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) },
    speaker: { correct, scored, accuracy: scored === 0 ? 0 : correct / scored },
    errors,
  };
}
