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

/** A name found without the KB (the statistical recogniser's output), as linking needs it. */
export interface UnlinkedName {
  start: number;
  end: number;
  text: string;
  type: string;
  confidence: number;
}

/** The key that groups unlinked mentions of one name: its words without tashkeel, tatweel or hamza differences. */
const nameKey = (s: string): string => s.normalize('NFC').replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[أإآ]/g, 'ا').replace(/\s+/g, ' ');

/**
 * Names the KB does not hold become unlinked entities: spans that overlap no KB mention, of type PER/ORG/LOC (MISC
 * is not an entity type of the record), one entity per name; a person's single word that ends an earlier full name of
 * the document (ارديان سيبا … سيبا) joins that person.
 */
export function unlinkedEntities(names: readonly UnlinkedName[], mentions: readonly KbMention[]): { key: string; type: Entity['type']; spans: UnlinkedName[] }[] {
  const taken = [...mentions].sort((a, b) => a.start - b.start);
  const overlapsKb = (n: UnlinkedName): boolean => taken.some((m) => m.start < n.end && n.start < m.end);
  const groups = new Map<string, { key: string; type: Entity['type']; spans: UnlinkedName[] }>();
  for (const n of [...names].sort((a, b) => a.start - b.start)) {
    if ((n.type !== 'PER' && n.type !== 'ORG' && n.type !== 'LOC') || overlapsKb(n)) continue;
    let key = `${n.type}:${nameKey(n.text)}`;
    if (n.type === 'PER' && !groups.has(key) && !/\s/.test(n.text.trim())) {
      const word = nameKey(n.text);
      for (const g of groups.values()) if (g.type === 'PER' && g.key.endsWith(` ${word}`)) { key = `PER:${g.key}`; break; }
    }
    const g = groups.get(key) ?? { key: nameKey(n.text), type: n.type, spans: [] };
    g.spans.push(n);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/**
 * Groups mentions by referent into contract entities, numbered e1, e2 … in order of first mention. Names found
 * without the KB (`names`) are added as unlinked entities where no KB mention covers them: the KB's boundaries and
 * links win.
 */
export function linkEntities(mentions: readonly KbMention[], kb: KnowledgeBase, names: readonly UnlinkedName[] = []): Entity[] {
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
  for (const g of unlinkedEntities(names, mentions)) {
    const first = g.spans[0] as UnlinkedName;
    out.push({
      id: '',
      type: g.type,
      kind: null,
      name: first.text,
      name_en: null,
      ref: null,
      wikidata: null,
      country: null,
      geo: null,
      confidence: Math.round((g.spans.reduce((s, x) => s + x.confidence, 0) / g.spans.length) * 100) / 100,
      mentions: g.spans.map((x) => ({ start: x.start, end: x.end, text: x.text })),
    });
  }
  // number the entities in order of first mention
  out.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  out.forEach((e, i) => { e.id = `e${i + 1}`; });
  return out;
}
