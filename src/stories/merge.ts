// Cross-article event merging: reports of the same type, overlapping actors, dates within a day and the same or a
// nearby place become one story event that keeps every report.
import type { EventDigest, PlaceDigest } from './digest.js';

export interface MergeOptions {
  /** Largest gap, in days, between the dates of two reports of one event. */
  maxDays: number;
  /** Two located places at most this far apart (km) are the same place. */
  nearbyKm: number;
}

/** Great-circle distance in kilometres. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r;
  const dLon = (lon2 - lon1) * r;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** How two places relate: the same (or nearby, or one inside the other's country), different, or unknown (one is missing). */
export function placeRelation(p: PlaceDigest | null, q: PlaceDigest | null, nearbyKm: number): 'same' | 'different' | 'unknown' {
  if (!p || !q) return 'unknown';
  if (p.ref && p.ref === q.ref) return 'same';
  if (p.key === q.key) return 'same';
  // a country contains its cities: «سوريا» and «حلب» do not contradict each other
  if (p.precision === 'country' && p.country && p.country === q.country) return 'same';
  if (q.precision === 'country' && q.country && q.country === p.country) return 'same';
  if (p.lat !== null && p.lon !== null && q.lat !== null && q.lon !== null && p.precision !== 'country' && q.precision !== 'country') {
    return haversineKm(p.lat, p.lon, q.lat, q.lon) <= nearbyKm ? 'same' : 'different';
  }
  return 'different';
}

/** Whether two day ranges lie within `maxDays` of each other; unknown when either is missing. */
export function datesCompatible(a: [number, number] | null, b: [number, number] | null, maxDays: number): boolean | null {
  if (!a || !b) return null;
  return a[0] - b[1] <= maxDays && b[0] - a[1] <= maxDays;
}

const overlap = (a: readonly string[], b: readonly string[]): number => a.filter((x) => b.includes(x)).length;

/**
 * How strongly two reports tell the same event: 0 when they cannot (another type, dates too far apart, different
 * places, or named sources that share nobody), otherwise a positive score that grows with shared actors, a shared
 * place and dates on the same day.
 */
export function matchScore(a: EventDigest, b: EventDigest, opts: MergeOptions): number {
  if (a.type !== b.type || a.articleId === b.articleId) return 0;
  const dates = datesCompatible(a.days, b.days, opts.maxDays);
  if (dates === false) return 0;
  const place = placeRelation(a.place, b.place, opts.nearbyKm);
  if (place === 'different') return 0;
  const shared = overlap([...a.sourceIds, ...a.targetIds], [...b.sourceIds, ...b.targetIds]);
  const sourceConflict = a.sourceIds.length > 0 && b.sourceIds.length > 0 && overlap(a.sourceIds, b.sourceIds) === 0;
  if (shared === 0) {
    // without a shared actor, only the same place on compatible dates, with no disagreement on who acted
    if (place !== 'same' || dates !== true || sourceConflict) return 0;
  } else if (dates === null && place !== 'same') return 0;
  const sameDay = a.days && b.days && a.days[0] === b.days[0] && a.days[1] === b.days[1] ? 1 : 0;
  return shared * 2 + (place === 'same' ? 1.5 : 0) + sameDay * 0.5 + 0.1;
}

/** A set of reports of one event, at most one per article. */
export interface EventCluster {
  members: EventDigest[];
}

/**
 * Merges reports into clusters. Reports are taken in date order; each joins the cluster it matches best (with
 * any member) that holds no report of the same article yet, or starts a new one. Candidates are looked up by type
 * and day, so the work grows with the reports of each day, not with the square of all reports.
 * @example
 *   mergeEvents(digests.flatMap((d) => d.events), { maxDays: 1, nearbyKm: 50 }).filter((c) => c.members.length > 1)
 */
export function mergeEvents(events: readonly EventDigest[], opts: MergeOptions): EventCluster[] {
  const ordered = [...events].sort((x, y) => (x.days?.[0] ?? Infinity) - (y.days?.[0] ?? Infinity) || x.articleId.localeCompare(y.articleId) || x.eventId.localeCompare(y.eventId));
  const clusters: { members: EventDigest[]; articles: Set<string> }[] = [];
  // type → day → clusters having a member whose range starts that day; undated reports go under NaN
  const index = new Map<string, Map<number, number[]>>();
  const undated = new Map<string, number[]>();
  const addToIndex = (c: number, e: EventDigest): void => {
    if (!e.days) {
      let l = undated.get(e.type);
      if (!l) undated.set(e.type, (l = []));
      if (!l.includes(c)) l.push(c);
      return;
    }
    let byDay = index.get(e.type);
    if (!byDay) index.set(e.type, (byDay = new Map()));
    for (let d = e.days[0]; d <= e.days[1] && d - e.days[0] < 400; d++) {
      let l = byDay.get(d);
      if (!l) byDay.set(d, (l = []));
      if (!l.includes(c)) l.push(c);
    }
  };
  for (const e of ordered) {
    const candidates = new Set<number>(undated.get(e.type) ?? []);
    const byDay = index.get(e.type);
    if (byDay) {
      if (e.days) {
        for (let d = e.days[0] - opts.maxDays; d <= e.days[1] + opts.maxDays && d - e.days[0] < 400 + opts.maxDays; d++) for (const c of byDay.get(d) ?? []) candidates.add(c);
      } else {
        for (const l of byDay.values()) for (const c of l) candidates.add(c);
      }
    }
    let best = -1;
    let bestScore = 0;
    for (const c of [...candidates].sort((p, q) => p - q)) {
      const cluster = clusters[c] as { members: EventDigest[]; articles: Set<string> };
      if (cluster.articles.has(e.articleId)) continue;
      let score = 0;
      for (const m of cluster.members) score = Math.max(score, matchScore(e, m, opts));
      if (score > bestScore) { bestScore = score; best = c; }
    }
    if (best < 0) {
      clusters.push({ members: [e], articles: new Set([e.articleId]) });
      best = clusters.length - 1;
    } else {
      const cluster = clusters[best] as { members: EventDigest[]; articles: Set<string> };
      cluster.members.push(e);
      cluster.articles.add(e.articleId);
    }
    addToIndex(best, e);
  }
  return clusters.map((c) => ({ members: c.members }));
}
