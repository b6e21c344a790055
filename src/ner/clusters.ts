// Word clusters (data/models/clusters.tsv): normalised word → bit-string path in a binary cluster tree, validated.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../data/load.js';
import { DataError } from '../errors.js';
import { hashString } from '../hash.js';

/** The committed cluster file. */
export const DEFAULT_CLUSTERS = join(DEFAULT_DATA_DIR, 'models', 'clusters.tsv');

/** Path prefix lengths used as features (coarse to fine); a path shorter than a length gives its full self. */
export const CLUSTER_PREFIXES: readonly number[] = [2, 4, 6, 8, 12];

export interface Clusters {
  /** Normalised word → index into `paths`. */
  readonly index: ReadonlyMap<string, number>;
  /** Normalised word → its count in the corpus the clusters were learned from (0 when the file gives none). */
  readonly counts: ReadonlyMap<string, number>;
  /** Distinct bit-string paths ('0110…'). */
  readonly paths: readonly string[];
  /** For path p, the hashes of its prefixes: prefixHashes[p * CLUSTER_PREFIXES.length + k]. */
  readonly prefixHashes: Uint32Array;
  /** `word<TAB>path[<TAB>count]` lines, in file order: what a model file embeds. */
  readonly source: string;
}

const PATH_RE = /^[01]{1,32}$/;

/**
 * Parses a cluster file: `#` comment lines, then `word<TAB>path[<TAB>count]` lines. Refuses (DataError naming
 * file:line) a line without a path, a path that is not a bit string, a word with whitespace, a word listed twice.
 */
export function parseClusters(source: string, file = 'clusters.tsv'): Clusters {
  const index = new Map<string, number>();
  const counts = new Map<string, number>();
  const pathIds = new Map<string, number>();
  const paths: string[] = [];
  const kept: string[] = [];
  const lines = source.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '' || line.startsWith('#')) continue;
    const fail = (msg: string): never => {
      throw new DataError(`${file}:${i + 1}: ${msg}`, { file, line: i + 1 });
    };
    const cols = line.split('\t');
    const word = cols[0] as string;
    const path = cols[1];
    if (cols.length < 2 || cols.length > 3) fail(`expected "word<TAB>path[<TAB>count]", got ${cols.length} column(s)`);
    if (word === '' || /\s/.test(word)) fail(`the word "${word}" is empty or holds whitespace`);
    if (path === undefined || !PATH_RE.test(path)) fail(`the cluster path "${path ?? ''}" is not a string of 0s and 1s (1 to 32 long)`);
    if (cols.length === 3 && !/^\d+$/.test(cols[2] as string)) fail(`the count "${cols[2]}" is not a whole number`);
    if (index.has(word)) fail(`the word "${word}" is listed twice`);
    let id = pathIds.get(path as string);
    if (id === undefined) {
      id = paths.length;
      paths.push(path as string);
      pathIds.set(path as string, id);
    }
    index.set(word, id);
    counts.set(word, cols.length === 3 ? Number(cols[2]) : 0);
    kept.push(cols.length === 3 ? `${word}\t${path}\t${cols[2]}` : `${word}\t${path}`);
  }
  const P = CLUSTER_PREFIXES.length;
  const prefixHashes = new Uint32Array(paths.length * P);
  paths.forEach((p, id) => {
    CLUSTER_PREFIXES.forEach((len, k) => {
      prefixHashes[id * P + k] = hashString(`${len}:${p.slice(0, len)}`);
    });
  });
  return { index, counts, paths, prefixHashes, source: kept.join('\n') };
}

/** Reads and validates a cluster file (data/models/clusters.tsv by default). */
export function loadClusters(path: string = DEFAULT_CLUSTERS): Clusters {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (err) {
    throw new DataError(`${path}: cannot read the cluster file (${(err as Error).message})`, { file: path }, err);
  }
  return parseClusters(source, path);
}

/** An empty cluster table (for tests and for training without clusters). */
export function noClusters(): Clusters {
  return parseClusters('');
}
