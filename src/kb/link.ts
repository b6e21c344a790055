// Links mentions to entities: one entity per referent with all its mentions, KB facts and coordinates.
import type { Entity } from '../contract/extraction.js';
import type { KbEntry, KnowledgeBase } from './compile.js';
import type { KbMention } from './resolve.js';

const PRECISION: Record<string, 'country' | 'region' | 'city' | 'place'> = {
  country: 'country', territory: 'country', region: 'region', city: 'city',
};

/** The coordinates of a LOC entry with their precision, or null when the KB has none (never a country centroid). */
export function geoOf(e: KbEntry): Entity['geo'] {
  if (e.type !== 'LOC' || e.lat === undefined || e.lon === undefined) return null;
  return { lat: e.lat, lon: e.lon, precision: PRECISION[e.kind] ?? 'place' };
}

/** Groups mentions by referent into contract entities, numbered e1, e2 … in order of first mention. */
export function linkEntities(mentions: readonly KbMention[], kb: KnowledgeBase): Entity[] {
  const groups = new Map<string, KbMention[]>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const g = groups.get(m.id) ?? [];
    g.push(m);
    groups.set(m.id, g);
  }
  const out: Entity[] = [];
  for (const [id, ms] of groups) {
    const e = kb.entries.get(id);
    if (!e) continue;
    out.push({
      id: `e${out.length + 1}`,
      type: e.type,
      kind: e.kind,
      name: e.name,
      name_en: e.en,
      ref: e.id,
      wikidata: e.wikidata ?? null,
      country: e.country ?? null,
      geo: geoOf(e),
      confidence: Math.round((ms.reduce((s, m) => s + m.confidence, 0) / ms.length) * 100) / 100,
      mentions: ms.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    });
  }
  return out;
}
