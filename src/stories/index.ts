// Story clustering: near-duplicate articles and cross-article event merging into stories that keep every outlet's version.
import { createHash } from 'node:crypto';
import type { Story, StoryEvent, StoryVersion } from '../store/types.js';
import { dayRange, type ArticleDigest, type DigestOptions, type EventDigest } from './digest.js';
import { mergeEvents, type EventCluster, type MergeOptions } from './merge.js';
import { DisjointSets, nearDuplicateGroups } from './minhash.js';

export { digest, dayRange, type ArticleDigest, type EventDigest, type PlaceDigest } from './digest.js';
export { datesCompatible, haversineKm, matchScore, mergeEvents, placeRelation, type EventCluster, type MergeOptions } from './merge.js';
export { fnv1a, nearDuplicateGroups, shingles, signature, similarity } from './minhash.js';

export interface StoryOptions extends MergeOptions {
  /** Estimated Jaccard similarity of word shingles from which two articles are near-duplicates. */
  nearDuplicate: number;
  /** Near-duplicates are published within this many days of each other. */
  nearDuplicateDays: number;
  /** LSH bands over the signature. */
  bands: number;
  /** Two groups of reports belong to one story when the articles telling them overlap at least this much (Jaccard). */
  linkJaccard: number;
}

/** Defaults: 3-word shingles, 64 hashes in 16 bands of 4, near-duplicates from 0.5 within a week, one day, 50 km, story links from 0.5. */
export const STORY_DEFAULTS: Omit<DigestOptions, 'key'> & StoryOptions = {
  shingle: 3,
  hashes: 64,
  bands: 16,
  nearDuplicate: 0.5,
  nearDuplicateDays: 7,
  maxDays: 1,
  nearbyKm: 50,
  linkJaccard: 0.5,
};

const PRECISION_RANK = { place: 4, city: 3, region: 2, country: 1 } as const;

function byPublished(a: { published: string | null; articleId: string }, b: { published: string | null; articleId: string }): number {
  return (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || a.articleId.localeCompare(b.articleId);
}

/** The value most members give; ties go to the `better` one (positive when a beats b), then to the first. */
function mostCommon<T>(values: readonly T[], keyOf: (v: T) => string, better: (a: T, b: T) => number): T | null {
  const counts = new Map<string, { v: T; n: number }>();
  for (const v of values) {
    const k = keyOf(v);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { v, n: 1 });
  }
  let best: { v: T; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n || (c.n === best.n && better(c.v, best.v) > 0)) best = c;
  return best ? best.v : null;
}

function storyEvent(cluster: EventCluster, id: string): StoryEvent {
  const members = [...cluster.members].sort((a, b) => byPublished(a.version, b.version));
  const dated = members.filter((m) => m.date);
  const dayDated = dated.filter((m) => m.date?.precision === 'day');
  // the date most reports give; on a tie, the earliest
  const date = mostCommon(dayDated.length > 0 ? dayDated : dated, (m) => m.date?.value ?? '', (a, b) => (b.date?.value ?? '').localeCompare(a.date?.value ?? ''));
  const placed = members.filter((m) => m.place);
  // the place most reports give; on a tie, the most precise
  const rank = (m: EventDigest): number => (m.place?.precision ? PRECISION_RANK[m.place.precision] : 0);
  const place = mostCommon(placed, (m) => m.place?.ref ?? m.place?.key ?? '', (a, b) => rank(a) - rank(b))?.place ?? null;
  const names = (pick: (m: EventDigest) => string[]): string[] => [...new Set(members.flatMap(pick))];
  return {
    id,
    type: (members[0] as EventDigest).type,
    date: date?.date?.value ?? null,
    place: place ? { name: place.name, ref: place.ref, lat: place.lat, lon: place.lon } : null,
    source: names((m) => m.sourceNames),
    target: names((m) => m.targetNames),
    versions: members.map((m): StoryVersion => ({ ...m.version })),
  };
}

/**
 * Builds stories from article digests. Near-duplicate articles (MinHash over word shingles) count as one; reports
 * of one event in several articles are merged (same type, a shared actor or the same place, dates within
 * `maxDays`, places within `nearbyKm`); merged events told by mostly the same articles make one story, with the
 * near-duplicates of its articles; a near-duplicate group that tells no merged event is a story of its own. Only what two or more articles tell becomes a story. Ids are derived from the story's articles.
 * @example
 *   buildStories(records.map((x) => digest(x, { key, shingle: 3, hashes: 64 })), STORY_DEFAULTS)
 */
export function buildStories(articles: readonly ArticleDigest[], opts: StoryOptions = STORY_DEFAULTS): Story[] {
  const index = new Map(articles.map((a, i) => [a.id, i]));
  // 1. near-duplicates: each article's unit is its group's first member
  const unitOf = new Int32Array(articles.length).map((_, i) => i);
  const days = articles.map((a) => (a.published ? (dayRange(a.published)?.[0] ?? null) : null));
  const groups = nearDuplicateGroups(articles.map((a) => a.signature), { threshold: opts.nearDuplicate, bands: opts.bands, days, maxSpanDays: opts.nearDuplicateDays });
  for (const g of groups) for (const i of g) unitOf[i] = g[0] as number;
  const unit = (articleId: string): number => unitOf[index.get(articleId) as number] as number;

  // 2. merged events told by two or more articles
  const clusters = mergeEvents(articles.flatMap((a) => a.events), opts).filter((c) => c.members.length > 1);

  // 3. merged events told by mostly the same units are one story
  const nodes = clusters.map((c) => new Set(c.members.map((m) => unit(m.articleId))));
  const sets = new DisjointSets(nodes.length);
  const byUnit = new Map<number, number[]>();
  nodes.forEach((n, i) => { for (const u of n) { const l = byUnit.get(u); if (l) l.push(i); else byUnit.set(u, [i]); } });
  for (const list of byUnit.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = nodes[list[x] as number] as Set<number>;
        const b = nodes[list[y] as number] as Set<number>;
        let inter = 0;
        for (const u of a) if (b.has(u)) inter++;
        if (inter / (a.size + b.size - inter) >= opts.linkJaccard) sets.union(list[x] as number, list[y] as number);
      }
    }
  }
  const components = new Map<number, { units: Set<number>; clusters: EventCluster[] }>();
  nodes.forEach((n, i) => {
    const r = sets.find(i);
    let c = components.get(r);
    if (!c) components.set(r, (c = { units: new Set(), clusters: [] }));
    for (const u of n) c.units.add(u);
    c.clusters.push(clusters[i] as EventCluster);
  });
  // near-duplicate groups that no merged event covers are stories of their own (the same article, republished)
  for (const g of groups) {
    if (!byUnit.has(g[0] as number)) components.set(-1 - (g[0] as number), { units: new Set([g[0] as number]), clusters: [] });
  }

  // 4. one story per component
  const unitArticles = new Map<number, string[]>();
  articles.forEach((a, i) => { const u = unitOf[i] as number; const l = unitArticles.get(u); if (l) l.push(a.id); else unitArticles.set(u, [a.id]); });

  const stories: Story[] = [];
  for (const comp of components.values()) {
    const ids = [...comp.units].flatMap((u) => unitArticles.get(u) ?? []);
    const arts = ids.map((id) => articles[index.get(id) as number] as ArticleDigest).sort((a, b) => byPublished({ published: a.published, articleId: a.id }, { published: b.published, articleId: b.id }));
    if (arts.length < 2) continue;
    const dates = arts.map((a) => a.published).filter((d): d is string => d !== null).sort();
    const id = `s${createHash('sha256').update(arts.map((a) => a.id).sort().join('\n')).digest('hex').slice(0, 12)}`;
    const events = comp.clusters
      .map((c) => storyEvent(c, ''))
      .sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.type.localeCompare(b.type) || byPublished(a.versions[0] as StoryVersion, b.versions[0] as StoryVersion))
      .map((e, i) => ({ ...e, id: `e${i + 1}` }));
    stories.push({
      id,
      title: storyTitle(arts, (id) => unit(id)),
      first: dates[0] ?? null,
      last: dates[dates.length - 1] ?? null,
      articles: arts.map((a) => a.id),
      outlets: [...new Set(arts.map((a) => a.outlet).filter((o): o is string => o !== null))],
      events,
    });
  }
  return stories.sort((a, b) => (b.last ?? '').localeCompare(a.last ?? '') || b.articles.length - a.articles.length || a.id.localeCompare(b.id));
}

/** The headline most outlets carried: the first title of the largest group of near-duplicates, else the earliest title. */
function storyTitle(arts: readonly ArticleDigest[], unit: (id: string) => number): string | null {
  const size = new Map<number, number>();
  for (const a of arts) size.set(unit(a.id), (size.get(unit(a.id)) ?? 0) + 1);
  let best: ArticleDigest | null = null;
  for (const a of arts) if (a.title && (!best || (size.get(unit(a.id)) as number) > (size.get(unit(best.id)) as number))) best = a;
  return best?.title ?? null;
}

/** Whether the versions of a story event disagree on a count (dead, injured, quantity) or on the stance. */
export function disagreements(e: StoryEvent): ('dead' | 'injured' | 'quantity' | 'stance')[] {
  const out: ('dead' | 'injured' | 'quantity' | 'stance')[] = [];
  const differ = (values: (string | number | null)[]): boolean => new Set(values.filter((v) => v !== null)).size > 1;
  if (differ(e.versions.map((v) => v.dead))) out.push('dead');
  if (differ(e.versions.map((v) => v.injured))) out.push('injured');
  if (differ(e.versions.map((v) => v.quantity?.value ?? null))) out.push('quantity');
  if (differ(e.versions.map((v) => v.stance))) out.push('stance');
  return out;
}
