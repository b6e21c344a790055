// Scores extracted entities against gold annotations (shared/gold/FORMAT.md): mentions relaxed/exact, and linking.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { Extraction } from '../contract/extraction.js';
import { InputError } from '../errors.js';

const GOLD_HINT = 'A gold file is one JSON object in the format of shared/gold/FORMAT.md (id, text or text_file, entities …).';
const Pair = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const GoldEntitySchema = z
  .object({
    key: z.string(),
    type: z.enum(['PER', 'ORG', 'LOC']),
    en: z.array(z.string()).default([]),
    country: z.string().optional(),
    link: z.boolean().default(false),
    mentions: z.array(Pair).default([]),
    optional_mentions: z.array(Pair).optional(),
  })
  .loose();

export const GoldSchema = z
  .object({
    id: z.string(),
    text_file: z.string().optional(),
    text: z.string().optional(),
    published: z.string().nullable().optional(),
    entities: z.array(GoldEntitySchema).default([]),
    events: z.array(z.unknown()).default([]),
    quotes: z.array(z.unknown()).default([]),
  })
  .loose();

export type Gold = z.infer<typeof GoldSchema>;
export interface GoldArticle { gold: Gold; text: string; file: string }

/** Reads every `*.gold.json` of a folder with its text (inline, or `text_file` relative to the gold file). */
export function loadGold(dir: string): GoldArticle[] {
  if (!existsSync(dir)) throw new InputError('E_INPUT_NOT_FOUND', `${dir}: no such folder of gold annotations.`, { position: { file: dir } });
  const out: GoldArticle[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
    const file = join(dir, f);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new InputError('E_INPUT_FORMAT', `${file}: not valid JSON (${(err as Error).message}).`, { position: { file }, hint: GOLD_HINT });
    }
    const r = GoldSchema.safeParse(json);
    if (!r.success) throw new InputError('E_INPUT_FORMAT', `${file}: not a gold annotation: ${r.error.issues[0]?.message} at ${r.error.issues[0]?.path.join('.')}.`, { position: { file }, hint: GOLD_HINT });
    const g = r.data;
    const text = g.text ?? (g.text_file ? readFileSync(join(dirname(file), g.text_file), 'utf8') : null);
    if (text === null) throw new InputError('E_INPUT_FORMAT', `${file}: has neither "text" nor "text_file".`, { position: { file }, hint: GOLD_HINT });
    out.push({ gold: g, text, file });
  }
  return out;
}

/** Precision over predicted mentions, recall over gold mentions (one gold mention is found once). */
export interface Prf { predicted: number; correct: number; gold: number; found: number; p: number; r: number; f1: number }

interface Counts { tp: number; fp: number; tpGold: number; fn: number }
const zero = (): Counts => ({ tp: 0, fp: 0, tpGold: 0, fn: 0 });
const prf = (c: Counts): Prf => {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tpGold + c.fn === 0 ? 0 : c.tpGold / (c.tpGold + c.fn);
  return { predicted: c.tp + c.fp, correct: c.tp, gold: c.tpGold + c.fn, found: c.tpGold, p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

export interface EntityScore {
  relaxed: Record<'PER' | 'ORG' | 'LOC' | 'ALL', Prf>;
  exact: Record<'PER' | 'ORG' | 'LOC' | 'ALL', Prf>;
  linking: { correct: number; found: number; accuracy: number };
  /** Gold mentions of linkable entities found by the extraction / all such mentions. */
  linkableRecall: { found: number; total: number; recall: number };
  /** The same, for the entities the knowledge base holds (by English name). */
  knownRecall: { found: number; total: number; recall: number };
  errors: { article: string; kind: 'fp' | 'fn' | 'link'; type: string; text: string; detail?: string }[];
}

/** English names compared as the gold format says: case, accents, a leading "the" and punctuation ignored. */
export function normEn(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const overlaps = (a: readonly [number, number], s: number, e: number): boolean => a[0] < e && s < a[1];

/**
 * Scores predicted entity mentions against gold. `isNisba(text)` tells the one-word nisba adjectives and demonyms
 * that the format leaves uncounted when they match no required mention.
 */
export function scoreEntities(
  pairs: readonly { gold: Gold; extraction: Extraction }[],
  isNisba: (text: string) => boolean,
  isKnown: (englishNames: readonly string[]) => boolean = () => false,
): EntityScore {
  const types = ['PER', 'ORG', 'LOC'] as const;
  const rel: Record<string, Counts> = { PER: zero(), ORG: zero(), LOC: zero() };
  const ex: Record<string, Counts> = { PER: zero(), ORG: zero(), LOC: zero() };
  let linkCorrect = 0;
  let linkFound = 0;
  let linkableFound = 0;
  let linkableTotal = 0;
  let knownFound = 0;
  let knownTotal = 0;
  const errors: EntityScore['errors'] = [];
  for (const { gold, extraction } of pairs) {
    const required = gold.entities.flatMap((e) => e.mentions.map((m) => ({ e, m })));
    const optional = gold.entities.flatMap((e) => (e.optional_mentions ?? []).map((m) => ({ e, m })));
    const predicted = extraction.entities.flatMap((ent) => ent.mentions.map((m) => ({ ent, m })));
    for (const { ent, m } of predicted) {
      const hit = required.find((g) => g.e.type === ent.type && overlaps(g.m, m.start, m.end));
      const exactHit = required.find((g) => g.e.type === ent.type && g.m[0] === m.start && g.m[1] === m.end);
      const anyRequired = required.some((g) => overlaps(g.m, m.start, m.end));
      const onlyOptional = !anyRequired && optional.some((g) => overlaps(g.m, m.start, m.end));
      const uncounted = onlyOptional || (!anyRequired && !/\s/.test(m.text) && isNisba(m.text));
      if (hit) (rel[ent.type] as Counts).tp++;
      else if (!uncounted) {
        (rel[ent.type] as Counts).fp++;
        errors.push({ article: gold.id, kind: 'fp', type: ent.type, text: m.text, detail: ent.name_en ?? undefined });
      }
      if (exactHit) (ex[ent.type] as Counts).tp++;
      else if (!uncounted) (ex[ent.type] as Counts).fp++;
    }
    for (const { e, m } of required) {
      const found = predicted.filter((p) => p.ent.type === e.type && overlaps(m, p.m.start, p.m.end));
      if (found.length > 0) (rel[e.type] as Counts).tpGold++;
      else {
        (rel[e.type] as Counts).fn++;
        errors.push({ article: gold.id, kind: 'fn', type: e.type, text: extraction.text.slice(m[0], m[1]), detail: e.en[0] });
      }
      if (predicted.some((p) => p.ent.type === e.type && p.m.start === m[0] && p.m.end === m[1])) (ex[e.type] as Counts).tpGold++;
      else (ex[e.type] as Counts).fn++;
      if (e.link) {
        linkableTotal++;
        const anyFound = predicted.some((p) => overlaps(m, p.m.start, p.m.end));
        if (anyFound) linkableFound++;
        if (isKnown(e.en)) {
          knownTotal++;
          if (anyFound) knownFound++;
          else errors.push({ article: gold.id, kind: 'fn', type: e.type, text: extraction.text.slice(m[0], m[1]), detail: `known to the KB: ${e.en[0]}` });
        }
        if (found.length > 0) {
          linkFound++;
          const gEn = new Set(e.en.map(normEn));
          const ok = found.some((p) => (p.ent.name_en && gEn.has(normEn(p.ent.name_en))));
          if (ok) linkCorrect++;
          else errors.push({ article: gold.id, kind: 'link', type: e.type, text: extraction.text.slice(m[0], m[1]), detail: `${found[0]?.ent.name_en ?? 'unlinked'} ≠ ${e.en[0]}` });
        }
      }
    }
  }
  const total = (c: Record<string, Counts>): Counts =>
    types.reduce((a, t) => {
      const x = c[t] as Counts;
      return { tp: a.tp + x.tp, fp: a.fp + x.fp, tpGold: a.tpGold + x.tpGold, fn: a.fn + x.fn };
    }, zero());
  const table = (c: Record<string, Counts>) => ({
    PER: prf(c.PER as Counts), ORG: prf(c.ORG as Counts), LOC: prf(c.LOC as Counts), ALL: prf(total(c)),
  });
  return {
    relaxed: table(rel),
    exact: table(ex),
    linking: { correct: linkCorrect, found: linkFound, accuracy: linkFound ? linkCorrect / linkFound : 0 },
    linkableRecall: { found: linkableFound, total: linkableTotal, recall: linkableTotal ? linkableFound / linkableTotal : 0 },
    knownRecall: { found: knownFound, total: knownTotal, recall: knownTotal ? knownFound / knownTotal : 0 },
    errors,
  };
}
