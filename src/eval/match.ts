// How a predicted entity or actor is judged against a gold one (shared/gold/FORMAT.md, "Arguments" and "Speaker").
import type { Actor, Extraction } from '../contract/extraction.js';
import { normEn, type Gold } from './entities.js';

/** A gold actor: an entity key, or an agent with a country and a sector (either may be null or absent). */
export type GoldActor = string | { country?: string | null; sector?: string | null };

/** The length of the overlap of a gold span `[a0, a1)` with `[s, e)`; 0 when they are disjoint. */
export const overlap = (a: readonly [number, number], s: number, e: number): number => Math.max(0, Math.min(a[1], e) - Math.max(a[0], s));

/**
 * Whether the predicted entity `entityId` is the gold entity `key`: one of its mentions overlaps one of the gold
 * entity's mentions (required or optional), or its English name is one of the gold's `en` names.
 */
export function entityMatches(entityId: string | null, key: string, gold: Gold, x: Extraction): boolean {
  if (entityId === null) return false;
  const ge = gold.entities.find((e) => e.key === key);
  const pe = x.entities.find((e) => e.id === entityId);
  if (!ge || !pe) return false;
  const spans = [...ge.mentions, ...(ge.optional_mentions ?? [])];
  if (pe.mentions.some((m) => spans.some((s) => overlap(s, m.start, m.end) > 0))) return true;
  const names = new Set(ge.en.map(normEn));
  return pe.name_en !== null && names.has(normEn(pe.name_en));
}

/**
 * Whether a predicted actor is the gold one: an entity key matches an actor whose entity is that entity
 * ({@link entityMatches}); an agent matches on country, and on sector when both give one.
 * @example actorMatches({ entity: null, country: 'ALB', sector: 'COP', … }, { country: 'ALB', sector: null }, gold, x) // true
 */
export function actorMatches(actor: Actor, g: GoldActor, gold: Gold, x: Extraction): boolean {
  if (typeof g === 'string') return entityMatches(actor.entity, g, gold, x);
  if ((g.country ?? null) !== actor.country) return false;
  const gs = g.sector ?? null;
  return gs === null || actor.sector === null || gs === actor.sector;
}

/** A gold actor as a short label for error listings. */
export function goldActorLabel(g: GoldActor): string {
  return typeof g === 'string' ? g : `${g.country ?? '-'}/${g.sector ?? '-'}`;
}

/** A predicted actor as a short label for error listings. */
export function actorLabel(a: Actor): string {
  return `${a.text}${a.entity ? ` [${a.entity}]` : ''} ${a.country ?? '-'}/${a.sector ?? '-'}`;
}
