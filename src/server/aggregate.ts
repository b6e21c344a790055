// Aggregates over the events a filter selects, computed from the store's event pages: facet counts, events per day
// by quad class, located events by place, and the actor network. Past `cap` events the result says it is partial.
import type { Entity, Extraction } from '../contract/extraction.js';
import { actorId, firstDay, type KeyFn } from '../store/rows.js';
import { QUAD_CLASSES, type EventFilter, type EventRow, type QuadClass, type Store } from '../store/types.js';
import type { EventSummary, GraphView } from './schemas.js';

type QuadCounts = Record<QuadClass, number>;
const zero = (): QuadCounts => ({ 'verbal-cooperation': 0, 'material-cooperation': 0, 'verbal-conflict': 0, 'material-conflict': 0 });

const PAGE = 1000;

/** Resolves event actors to store actor ids, reading each article's entities once (kept in a bounded cache). */
export class ActorResolver {
  readonly #entities = new Map<string, Map<string, Entity>>();

  constructor(
    private readonly store: Store,
    private readonly key: KeyFn,
    private readonly maxArticles = 20_000,
  ) {}

  /** Loads the entities of the rows' articles that are not cached yet. */
  async prepare(rows: readonly EventRow[]): Promise<void> {
    for (const id of new Set(rows.map((r) => r.articleId))) {
      if (this.#entities.has(id)) continue;
      const x: Extraction | null = await this.store.getExtraction(id);
      if (this.#entities.size >= this.maxArticles) this.#entities.delete(this.#entities.keys().next().value as string);
      this.#entities.set(id, new Map((x?.entities ?? []).map((e) => [e.id, e])));
    }
  }

  /** The id, display names, country and sector of an event actor (after `prepare` for its row). */
  resolve(row: EventRow, a: EventRow['event']['source'][number]): { id: string; name: string; name_en: string | null; country: string | null; sector: EventRow['event']['source'][number]['sector'] } {
    const ent = a.entity ? this.#entities.get(row.articleId)?.get(a.entity) : undefined;
    return { id: actorId(a, ent, this.key), name: ent?.name ?? a.text, name_en: ent?.name_en ?? null, country: a.country ?? ent?.country ?? null, sector: a.sector };
  }

  clear(): void {
    this.#entities.clear();
  }
}

/** Pages through the events of `filter`, at most `cap` of them. */
async function* scan(store: Store, filter: EventFilter, cap: number): AsyncGenerator<{ rows: EventRow[]; total: number }> {
  for (let offset = 0; offset < cap; offset += PAGE) {
    const page = await store.events(filter, { limit: Math.min(PAGE, cap - offset), offset });
    yield { rows: page.items, total: page.total };
    if (offset + page.items.length >= page.total || page.items.length === 0) return;
  }
}

function counted(m: Map<string, number>, limit = 50): { value: string; count: number }[] {
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([value, count]) => ({ value, count }));
}

const bump = (m: Map<string, number>, k: string | null | undefined, n = 1): void => {
  if (k) m.set(k, (m.get(k) ?? 0) + n);
};

/** The day an event is counted on: as the store sorts it (its date's first day, else the publication date). */
export function dayOf(r: EventRow): string | null {
  const d = r.event.date?.value ?? r.published;
  return d ? firstDay(d) : null;
}

/** Facets, days and places of the events `filter` selects. */
export async function summarise(store: Store, resolver: ActorResolver, filter: EventFilter, cap: number): Promise<EventSummary> {
  const type = new Map<string, number>();
  const quad = new Map<string, number>();
  const stance = new Map<string, number>();
  const outlet = new Map<string, number>();
  const country = new Map<string, number>();
  const sector = new Map<string, number>();
  const actors = new Map<string, { name: string; count: number }>();
  const days = new Map<string, QuadCounts>();
  const places = new Map<string, EventSummary['places'][number]>();
  let total = 0;
  let scanned = 0;
  for await (const page of scan(store, filter, cap)) {
    total = page.total;
    await resolver.prepare(page.rows);
    for (const r of page.rows) {
      scanned++;
      const ev = r.event;
      bump(type, ev.type);
      bump(quad, r.quad);
      bump(stance, ev.stance);
      bump(outlet, r.outlet);
      const cs = new Set<string>();
      const ss = new Set<string>();
      const as = new Set<string>();
      if (r.place?.country) cs.add(r.place.country);
      for (const a of [...ev.source, ...ev.target]) {
        const x = resolver.resolve(r, a);
        if (x.country) cs.add(x.country);
        if (x.sector) ss.add(x.sector);
        if (!as.has(x.id)) {
          as.add(x.id);
          const cur = actors.get(x.id) ?? { name: x.name, count: 0 };
          cur.count++;
          actors.set(x.id, cur);
        }
      }
      cs.forEach((c) => bump(country, c));
      ss.forEach((s) => bump(sector, s));
      const day = dayOf(r);
      if (day) {
        const d = days.get(day) ?? zero();
        d[r.quad]++;
        days.set(day, d);
      }
      const geo = r.place?.geo;
      if (r.place && geo) {
        const key = r.place.ref ?? `${geo.lat.toFixed(3)},${geo.lon.toFixed(3)}`;
        const p = places.get(key) ?? { key, name: r.place.name, name_en: r.place.name_en, ref: r.place.ref, country: r.place.country, lat: geo.lat, lon: geo.lon, count: 0, quads: zero() };
        p.count++;
        p.quads[r.quad]++;
        places.set(key, p);
      }
    }
  }
  return {
    total,
    scanned,
    complete: scanned >= total,
    facets: {
      type: counted(type),
      quad: QUAD_CLASSES.filter((q) => quad.has(q)).map((q) => ({ value: q, count: quad.get(q) as number })),
      stance: counted(stance),
      outlet: counted(outlet),
      country: counted(country),
      sector: counted(sector),
      actor: [...actors].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0])).slice(0, 50).map(([value, v]) => ({ value, name: v.name, count: v.count })),
    },
    days: [...days].sort((a, b) => a[0].localeCompare(b[0])).map(([date, counts]) => ({ date, counts })),
    places: [...places.values()].sort((a, b) => b.count - a.count),
  };
}

/** The actor network of the events `filter` selects: the `maxNodes` actors with most events and the edges among them. */
export async function actorGraph(store: Store, resolver: ActorResolver, filter: EventFilter, cap: number, maxNodes: number): Promise<GraphView> {
  const nodes = new Map<string, GraphView['nodes'][number]>();
  const edges = new Map<string, GraphView['edges'][number]>();
  let total = 0;
  let scanned = 0;
  for await (const page of scan(store, filter, cap)) {
    total = page.total;
    await resolver.prepare(page.rows);
    for (const r of page.rows) {
      scanned++;
      const seen = new Set<string>();
      const side = (list: typeof r.event.source): string[] => {
        const ids: string[] = [];
        for (const a of list) {
          const x = resolver.resolve(r, a);
          const n = nodes.get(x.id) ?? { id: x.id, name: x.name, name_en: x.name_en, country: x.country, sector: x.sector, events: 0 };
          if (!seen.has(x.id)) n.events++;
          seen.add(x.id);
          if (!ids.includes(x.id)) ids.push(x.id);
          nodes.set(x.id, n);
        }
        return ids;
      };
      const src = side(r.event.source);
      const tgt = side(r.event.target);
      const conflict = r.quad.endsWith('conflict');
      for (const s of src) {
        for (const t of tgt) {
          if (s === t) continue;
          const [a, b] = s < t ? [s, t] : [t, s];
          const k = `${a}\u0000${b}`;
          const e = edges.get(k) ?? { source: a, target: b, cooperation: 0, conflict: 0 };
          if (conflict) e.conflict++;
          else e.cooperation++;
          edges.set(k, e);
        }
      }
    }
  }
  const kept = [...nodes.values()].sort((a, b) => b.events - a.events || a.id.localeCompare(b.id)).slice(0, maxNodes);
  const ids = new Set(kept.map((n) => n.id));
  return {
    nodes: kept,
    edges: [...edges.values()].filter((e) => ids.has(e.source) && ids.has(e.target)),
    total,
    scanned,
    complete: scanned >= total,
  };
}
