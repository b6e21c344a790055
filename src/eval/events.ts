// Scores extracted events against gold annotations (shared/gold/FORMAT.md): which events were found, per PLOVER type,
// and the arguments of the found ones (source, target, stance, location, date, quantity, dead, injured, attribution).
import { z } from 'zod';
import { PLOVER_TYPES, SECTORS, STANCES, type Event, type Extraction } from '../contract/extraction.js';
import { InputError } from '../errors.js';
import type { Gold, Prf } from './entities.js';
import { actorLabel, actorMatches, entityMatches, goldActorLabel, overlap, type GoldActor } from './match.js';

const GOLD_HINT = 'A gold event is {key, type: [PLOVER types], source, target, stance, mentions: [[s,e]…], …} as in shared/gold/FORMAT.md.';
const Pair = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
const GoldAgentSchema = z
  .object({
    desc: z.string().optional(),
    country: z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code').nullable().optional(),
    sector: z.enum(SECTORS).nullable().optional(),
  })
  .loose();
const GoldActorSchema = z.union([z.string().min(1), GoldAgentSchema]);

export const GoldEventSchema = z
  .object({
    key: z.string(),
    type: z.array(z.enum(PLOVER_TYPES)).min(1),
    mode: z.string().nullable().optional(),
    source: z.array(GoldActorSchema).default([]),
    target: z.array(GoldActorSchema).default([]),
    stance: z.enum(STANCES),
    mentions: z.array(Pair).min(1),
    quantity: z.number().nullable().optional(),
    dead: z.number().int().nullable().optional(),
    injured: z.number().int().nullable().optional(),
    location: z.string().nullable().optional(),
    date: z
      .object({ value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY-MM-DD, YYYY-MM or YYYY'), precision: z.enum(['day', 'month', 'year']) })
      .loose()
      .nullable()
      .optional(),
    attribution: GoldActorSchema.nullable().optional(),
    optional: z.boolean().optional(),
  })
  .loose();
export type GoldEvent = z.infer<typeof GoldEventSchema>;
export type PloverType = (typeof PLOVER_TYPES)[number];

/** The arguments judged on a found event, in the order they are reported. */
export const EVENT_ARGUMENTS = ['source', 'target', 'stance', 'location', 'date', 'quantity', 'dead', 'injured', 'attribution'] as const;
export type EventArgument = (typeof EVENT_ARGUMENTS)[number];

export interface Accuracy { correct: number; scored: number; accuracy: number }

export interface EventScore {
  /** Precision over counted predictions, recall over required gold events (each found once). */
  events: Prf;
  /** Per PLOVER type, for the types that have a gold event or a prediction: precision over the predictions of the
   * type, recall over the gold events whose preferred (first) type it is. */
  byType: Partial<Record<PloverType, Prf>>;
  /** Predictions that match only optional gold events: counted neither way. */
  uncounted: number;
  /** On each prediction that matches a required gold event, judged against that event; an argument the gold event
   * leaves empty (no source, no date …) is not scored. */
  arguments: Record<EventArgument, Accuracy>;
  errors: { article: string; kind: 'fp' | 'fn' | EventArgument; text: string; detail?: string }[];
}

/**
 * Reads an article's gold events; a malformed one, or one naming an entity key the article does not define, is an
 * input error naming the gold file (or id) and the event.
 */
export function goldEvents(gold: Gold, file: string = gold.id): GoldEvent[] {
  const keys = new Set(gold.entities.map((e) => e.key));
  return gold.events.map((raw, i) => {
    const r = GoldEventSchema.safeParse(raw);
    if (!r.success) {
      const issue = r.error.issues[0];
      throw new InputError('E_INPUT_FORMAT', `${file}: events[${i}] is not a gold event: ${issue?.message} at ${issue?.path.join('.')}.`, { position: { file }, hint: GOLD_HINT });
    }
    const g = r.data;
    const named = [...g.source, ...g.target, g.location, g.attribution].filter((a): a is string => typeof a === 'string');
    const missing = named.find((k) => !keys.has(k));
    if (missing !== undefined) throw new InputError('E_INPUT_FORMAT', `${file}: events[${i}] (${g.key}) names the entity "${missing}", which is not among the article's entities.`, { position: { file }, hint: GOLD_HINT });
    return g;
  });
}

/** Whether a prediction is about a gold event: an accepted type, and its trigger (or, without one, its sentence)
 * overlapping one of the gold event's sentences. */
export function eventMatches(p: Event, g: GoldEvent): boolean {
  if (!g.type.includes(p.type)) return false;
  const [s, e] = p.trigger.end > p.trigger.start ? [p.trigger.start, p.trigger.end] : [p.sentence.start, p.sentence.end];
  return g.mentions.some((m) => overlap(m, s, e) > 0);
}

interface Judgement { ok: boolean; got: string; want: string }
type Verdict = Partial<Record<EventArgument, Judgement>>;

const scorableAgent = (a: GoldActor | null | undefined): a is GoldActor =>
  a !== null && a !== undefined && (typeof a === 'string' || (a.country ?? null) !== null || (a.sector ?? null) !== null);

/** Judges the arguments of prediction `p` against gold event `g`; arguments the gold event leaves empty are absent. */
export function judgeArguments(p: Event, g: GoldEvent, gold: Gold, x: Extraction): Verdict {
  const v: Verdict = {};
  const entityLabel = (id: string | null): string => {
    const e = id === null ? undefined : x.entities.find((y) => y.id === id);
    return e ? `${e.name}${e.name_en ? ` (${e.name_en})` : ''}` : (id ?? 'none');
  };
  for (const side of ['source', 'target'] as const) {
    const want = g[side];
    if (want.length === 0) continue;
    const got = p[side];
    v[side] = {
      ok: got.some((a) => want.some((w) => actorMatches(a, w, gold, x))),
      got: got.map(actorLabel).join(' + ') || 'none',
      want: want.map(goldActorLabel).join(' + '),
    };
  }
  v.stance = { ok: p.stance === g.stance, got: p.stance, want: g.stance };
  if (g.location) v.location = { ok: entityMatches(p.location, g.location, gold, x), got: entityLabel(p.location), want: g.location };
  if (g.date) v.date = { ok: p.date?.value === g.date.value, got: p.date?.value ?? 'none', want: g.date.value };
  if (g.quantity !== null && g.quantity !== undefined) v.quantity = { ok: p.quantity?.value === g.quantity, got: String(p.quantity?.value ?? 'none'), want: String(g.quantity) };
  if (g.dead !== null && g.dead !== undefined) v.dead = { ok: p.dead === g.dead, got: String(p.dead ?? 'none'), want: String(g.dead) };
  if (g.injured !== null && g.injured !== undefined) v.injured = { ok: p.injured === g.injured, got: String(p.injured ?? 'none'), want: String(g.injured) };
  if (scorableAgent(g.attribution)) {
    const q = p.attribution === null ? undefined : x.quotes.find((y) => y.id === p.attribution);
    v.attribution = { ok: q !== undefined && actorMatches(q.speaker, g.attribution, gold, x), got: q ? actorLabel(q.speaker) : 'none', want: goldActorLabel(g.attribution) };
  }
  return v;
}

const agreement = (v: Verdict): number => Object.values(v).reduce((n, j) => n + (j === undefined ? 0 : j.ok ? 1 : -1), 0);

interface Counts { tp: number; fp: number; found: number; gold: number }
const toPrf = (c: Counts): Prf => {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.gold === 0 ? 0 : c.found / c.gold;
  return { predicted: c.tp + c.fp, correct: c.tp, gold: c.gold, found: c.found, p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

/**
 * Scores predicted events. A prediction matches a gold event when {@link eventMatches}; one that matches a required
 * gold event is correct, one that matches only optional gold events is not counted, any other is spurious. Several
 * predictions may match one gold event (an event told twice); recall counts each required gold event once.
 *
 * Arguments are judged on every correct prediction, against the required gold event it matches that it agrees with
 * most (a sentence may tell several events; ties go to the event whose preferred type is the prediction's). Source
 * (target) is right when any predicted actor matches any gold actor ({@link actorMatches}); a gold event with no
 * source (target) is left out of that argument's count, and a prediction with none where the gold has some is wrong.
 * Stance must be equal; location (an entity), date (value), quantity, dead and injured (values) and attribution (the
 * speaker of the quote the prediction names) are scored where the gold event gives them, and a missing one is wrong.
 */
export function scoreEvents(pairs: readonly { gold: Gold; extraction: Extraction; file?: string }[]): EventScore {
  const all: Counts = { tp: 0, fp: 0, found: 0, gold: 0 };
  const byType = new Map<PloverType, Counts>();
  const typeCounts = (t: PloverType): Counts => {
    let c = byType.get(t);
    if (!c) byType.set(t, (c = { tp: 0, fp: 0, found: 0, gold: 0 }));
    return c;
  };
  const args = Object.fromEntries(EVENT_ARGUMENTS.map((a) => [a, { correct: 0, scored: 0 }])) as Record<EventArgument, { correct: number; scored: number }>;
  let uncounted = 0;
  const errors: EventScore['errors'] = [];
  for (const { gold, extraction: x, file } of pairs) {
    const events = goldEvents(gold, file);
    const required = events.filter((g) => !g.optional);
    const optional = events.filter((g) => g.optional);
    const snippet = (s: number, e: number): string => x.text.slice(s, Math.min(e, s + 80)).replace(/\s+/g, ' ');
    const found = new Set<GoldEvent>();
    for (const p of x.events) {
      const hits = required.filter((g) => eventMatches(p, g));
      if (hits.length === 0) {
        if (optional.some((g) => eventMatches(p, g))) { uncounted++; continue; }
        all.fp++;
        typeCounts(p.type).fp++;
        errors.push({ article: gold.id, kind: 'fp', text: p.trigger.text, detail: `${p.type} ${p.stance} in «${snippet(p.sentence.start, p.sentence.end)}»` });
        continue;
      }
      all.tp++;
      typeCounts(p.type).tp++;
      for (const g of hits) found.add(g);
      let best: { g: GoldEvent; v: Verdict; score: number } | undefined;
      for (const g of hits) {
        const v = judgeArguments(p, g, gold, x);
        const score = agreement(v) + (g.type[0] === p.type ? 0.5 : 0);
        if (!best || score > best.score) best = { g, v, score };
      }
      if (!best) continue;
      for (const a of EVENT_ARGUMENTS) {
        const j = best.v[a];
        if (!j) continue;
        args[a].scored++;
        if (j.ok) args[a].correct++;
        else errors.push({ article: gold.id, kind: a, text: p.trigger.text, detail: `${best.g.key} (${p.type}): got ${j.got}; want ${j.want}` });
      }
    }
    for (const g of required) {
      const t = typeCounts(g.type[0] as PloverType);
      all.gold++;
      t.gold++;
      if (found.has(g)) { all.found++; t.found++; continue; }
      const m = g.mentions[0] as [number, number];
      errors.push({ article: gold.id, kind: 'fn', text: snippet(m[0], m[1]), detail: `${g.key}: ${g.type.join('|')} ${g.stance}` });
    }
  }
  const types: Partial<Record<PloverType, Prf>> = {};
  for (const t of PLOVER_TYPES) {
    const c = byType.get(t);
    if (c) types[t] = toPrf(c);
  }
  const accuracy = (c: { correct: number; scored: number }): Accuracy => ({ ...c, accuracy: c.scored === 0 ? 0 : c.correct / c.scored });
  return {
    events: toPrf(all),
    byType: types,
    uncounted,
    arguments: Object.fromEntries(EVENT_ARGUMENTS.map((a) => [a, accuracy(args[a])])) as Record<EventArgument, Accuracy>,
    errors,
  };
}
