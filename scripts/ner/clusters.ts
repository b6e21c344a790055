// Learns word clusters for the NER tagger from the unlabelled corpus (../shared/corpus/*.jsonl, title and body) and
// writes data/models/clusters.tsv: normalised word → bit-string path in a binary tree of clusters.
//
// Each word (its matching key, and its clitic-free base: وبالصين → الصين) is described by the words around it
// (±1, ±2; the most frequent words as context, rare ones by kind), weighted by positive PMI and L2-normalised. The
// tree is grown by bisecting spherical k-means: each node splits in two until it is small or deep. A node's split is
// seeded from its path, so the result does not depend on the order nodes are visited: same corpus, same options,
// same file. Prints counts only; the file holds words and paths, no text of the articles.
//
//   npx tsx scripts/ner/clusters.ts [--corpus DIR] [--out PATH] [--min N] [--contexts N] [--depth N] [--seed N]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '../../src/kb/index.js';
import { describeUnit, featureContext } from '../../src/ner/features.js';
import { noClusters } from '../../src/ner/clusters.js';
import { hashString } from '../../src/hash.js';
import { loadTextResources, tokenise } from '../../src/text/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : dflt;
};
const corpusDir = opt('--corpus', join(here, '..', '..', '..', 'shared', 'corpus'));
const outPath = opt('--out', join(here, '..', '..', 'data', 'models', 'clusters.tsv'));
const minCount = Number(opt('--min', '3'));
const contextWords = Number(opt('--contexts', '3000'));
const maxDepth = Number(opt('--depth', '12'));
const minNode = Number(opt('--min-node', '8'));
const seed = Number(opt('--seed', '1'));
const iterations = 12;

// 1. the corpus as sequences of (key, base) pairs
const text = loadTextResources();
const kb = loadKnowledgeBase(text);
const ctx = featureContext(text, kb, noClusters());
const files = readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).sort();
const docs: { key: string; base: string; kind: string }[][] = [];
for (const f of files) {
  for (const line of readFileSync(join(corpusDir, f), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { title?: string; body?: string };
    const t = `${r.title ?? ''}\n\n${r.body ?? ''}`;
    docs.push(tokenise(text.normaliser.normalise(t)).map((tok) => {
      const d = describeUnit({ key: tok.norm, word: tok.text, kind: tok.kind }, ctx);
      return { key: d.key, base: d.base, kind: tok.kind };
    }));
  }
}
const tokens = docs.reduce((a, d) => a + d.length, 0);

// 2. the words to cluster (keys and bases seen minCount times) and the context vocabulary
const freq = new Map<string, number>();
const keyFreq = new Map<string, number>();
for (const d of docs) {
  for (const u of d) {
    if (u.kind !== 'arabic' && u.kind !== 'latin') continue;
    keyFreq.set(u.key, (keyFreq.get(u.key) ?? 0) + 1);
    freq.set(u.key, (freq.get(u.key) ?? 0) + 1);
    if (u.base !== u.key) freq.set(u.base, (freq.get(u.base) ?? 0) + 1);
  }
}
const byFreq = (a: [string, number], b: [string, number]): number => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const words = [...freq].filter(([, c]) => c >= minCount).sort(byFreq);
const wordId = new Map(words.map(([w], i) => [w, i]));
const ctxWords = [...keyFreq].sort(byFreq).slice(0, contextWords).map(([w]) => w);
const ctxId = new Map(ctxWords.map((w, i) => [w, i]));
const classes = ['<s>', '</s>', 'arabic', 'latin', 'number', 'punct', 'foreign', 'symbol', 'url', 'email', 'hashtag', 'mention'];
const C = ctxWords.length + classes.length;
const contextOf = (u: { key: string; kind: string } | undefined, edge: '<s>' | '</s>'): number => {
  if (!u) return ctxWords.length + classes.indexOf(edge);
  const id = ctxId.get(u.key);
  return id ?? ctxWords.length + Math.max(2, classes.indexOf(u.kind));
};
const OFFSETS = [-2, -1, 1, 2];

// 3. context counts → PPMI vectors (sparse), L2-normalised
const counts: Map<number, number>[] = words.map(() => new Map());
for (const d of docs) {
  for (let i = 0; i < d.length; i++) {
    const u = d[i] as { key: string; base: string; kind: string };
    const ids = new Set<number>();
    for (const w of [u.key, u.base]) { const id = wordId.get(w); if (id !== undefined) ids.add(id); }
    if (ids.size === 0) continue;
    OFFSETS.forEach((o, p) => {
      const c = p * C + contextOf(d[i + o], o < 0 ? '<s>' : '</s>');
      for (const id of ids) { const m = counts[id] as Map<number, number>; m.set(c, (m.get(c) ?? 0) + 1); }
    });
  }
}
const D = OFFSETS.length * C;
const dimTotal = new Float64Array(D);
let total = 0;
for (const m of counts) for (const [c, n] of m) { dimTotal[c] = (dimTotal[c] as number) + n; total += n; }
// context distribution smoothing (α = 0.75) keeps rare contexts from dominating PMI
let smoothTotal = 0;
const smooth = new Float64Array(D);
for (let c = 0; c < D; c++) { smooth[c] = Math.pow(dimTotal[c] as number, 0.75); smoothTotal += smooth[c] as number; }
interface Vec { idx: Int32Array; val: Float64Array }
const vecs: Vec[] = counts.map((m) => {
  let rowTotal = 0;
  for (const n of m.values()) rowTotal += n;
  const entries: [number, number][] = [];
  for (const [c, n] of m) {
    const pmi = Math.log((n / rowTotal) / ((smooth[c] as number) / smoothTotal));
    if (pmi > 0) entries.push([c, pmi]);
  }
  entries.sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(entries.reduce((a, [, v]) => a + v * v, 0)) || 1;
  return { idx: Int32Array.from(entries.map((e) => e[0])), val: Float64Array.from(entries.map((e) => e[1] / norm)) };
});
void total;

// 4. bisecting spherical k-means
function random(s: number): () => number {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const dot = (v: Vec, centroid: Float64Array): number => {
  let s = 0;
  for (let k = 0; k < v.idx.length; k++) s += (v.val[k] as number) * (centroid[v.idx[k] as number] as number);
  return s;
};
const centroidOf = (members: readonly number[]): Float64Array => {
  const c = new Float64Array(D);
  for (const m of members) { const v = vecs[m] as Vec; for (let k = 0; k < v.idx.length; k++) c[v.idx[k] as number] = (c[v.idx[k] as number] as number) + (v.val[k] as number); }
  let n = 0;
  for (let k = 0; k < D; k++) n += (c[k] as number) ** 2;
  n = Math.sqrt(n) || 1;
  for (let k = 0; k < D; k++) c[k] = (c[k] as number) / n;
  return c;
};
/** Splits members in two; returns null when they do not split. */
function bisect(members: number[], path: string): [number[], number[]] | null {
  const rand = random(seed ^ hashString(path));
  // k-means++ seeding for two centroids
  const first = members[Math.floor(rand() * members.length)] as number;
  let c0 = centroidOf([first]);
  const dist = members.map((m) => Math.max(0, 1 - dot(vecs[m] as Vec, c0)));
  const sum = dist.reduce((a, b) => a + b, 0);
  if (sum <= 0) return null;
  let r = rand() * sum;
  let second = members[members.length - 1] as number;
  for (let k = 0; k < members.length; k++) { r -= dist[k] as number; if (r <= 0) { second = members[k] as number; break; } }
  let c1 = centroidOf([second]);
  let a: number[] = [];
  let b: number[] = [];
  for (let it = 0; it < iterations; it++) {
    const na: number[] = [];
    const nb: number[] = [];
    for (const m of members) (dot(vecs[m] as Vec, c0) >= dot(vecs[m] as Vec, c1) ? na : nb).push(m);
    if (na.length === 0 || nb.length === 0) return null;
    const same = na.length === a.length && na.every((x, k) => x === a[k]);
    a = na; b = nb;
    if (same) break;
    c0 = centroidOf(a);
    c1 = centroidOf(b);
  }
  return [a, b];
}
const pathOf = new Array<string>(words.length).fill('');
const stack: { members: number[]; path: string }[] = [{ members: words.map((_, i) => i), path: '' }];
let leaves = 0;
while (stack.length > 0) {
  const { members, path } = stack.pop() as { members: number[]; path: string };
  const split = members.length >= minNode * 2 && path.length < maxDepth ? bisect(members, path) : null;
  if (!split) {
    for (const m of members) pathOf[m] = path === '' ? '0' : path;
    leaves++;
    continue;
  }
  stack.push({ members: split[1], path: `${path}1` }, { members: split[0], path: `${path}0` });
}

// 5. the file: sorted by path, then by frequency
const rows = words.map(([w, c], i) => ({ w, c, p: pathOf[i] as string }));
rows.sort((x, y) => (x.p < y.p ? -1 : x.p > y.p ? 1 : y.c - x.c || (x.w < y.w ? -1 : x.w > y.w ? 1 : 0)));
const header = [
  '# Word clusters for the NER tagger. GENERATED by scripts/ner/clusters.ts — do not edit; rerun the script.',
  `# Learned from ${files.length} unlabelled corpus files (${docs.length} articles, ${tokens} tokens): words and clitic-free`,
  `# bases seen ${minCount}+ times, described by their ±2 neighbours (${contextWords} context words, PPMI), split by bisecting`,
  `# spherical k-means to depth ${maxDepth} (nodes under ${minNode * 2} are leaves), seed ${seed}.`,
  '# Columns: normalised word (the text layer\'s matching key), bit-string path in the cluster tree, corpus count.',
];
writeFileSync(outPath, header.join('\n') + '\n' + rows.map((r) => `${r.w}\t${r.p}\t${r.c}`).join('\n') + '\n');
console.log(`${docs.length} articles, ${tokens} tokens; ${words.length} words clustered into ${leaves} leaves; wrote ${outPath}`);
