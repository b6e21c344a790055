// The compiled knowledge base written to disk once (`rasid kb compile`, run by the build) and read back at start-up.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../data/load.js';
import { createNormaliser, tokenise, type TextResources } from '../text/index.js';
import type { AliasRef, KbEntry, KnowledgeBase, TrieNode } from './types.js';
import type { Agent } from './schema.js';

/** Bumped whenever the shape of the cache or of the compiled KB changes. */
const FORMAT = 'rasid-kb-cache/1';

/** Where the build writes the compiled KB of the shipped data. */
export const DEFAULT_CACHE = join(DEFAULT_DATA_DIR, '..', 'dist', 'kb.cache.json');

/**
 * A fingerprint of everything the compiled KB depends on: every file of data/kb and the package version (code
 * changes come with a rebuild, which rewrites the cache).
 */
export function kbFingerprint(dataDir: string = DEFAULT_DATA_DIR): string {
  const h = createHash('sha256').update(FORMAT);
  const pkg = join(dataDir, '..', 'package.json');
  if (existsSync(pkg)) h.update(readFileSync(pkg));
  const dir = join(dataDir, 'kb');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl') || x.endsWith('.json')).sort()) {
    h.update(f).update(readFileSync(join(dir, f)));
  }
  return h.digest('hex');
}

type PackedRef = [string, AliasRef['via'], string[]?];
type PackedNode = [PackedRef[], string[], PackedNode[]];

function pack(node: TrieNode): PackedNode {
  const keys = [...node.next.keys()];
  return [
    node.refs.map((r) => (r.surfaces ? [r.id, r.via, r.surfaces] : [r.id, r.via]) as PackedRef),
    keys,
    keys.map((k) => pack(node.next.get(k) as TrieNode)),
  ];
}

function unpack(p: PackedNode): TrieNode {
  const next = new Map<string, TrieNode>();
  const [refs, keys, children] = p;
  for (let i = 0; i < keys.length; i++) next.set(keys[i] as string, unpack(children[i] as PackedNode));
  return { next, refs: refs.map(([id, via, surfaces]) => (surfaces ? { id, via, surfaces } : { id, via })) };
}

interface CacheFile {
  format: string;
  fingerprint: string;
  entries: KbEntry[];
  names: PackedNode;
  nisba: PackedNode;
  agentTrie: PackedNode;
  titles: PackedNode;
  uniqueFamilies: PackedNode;
  agents: Agent[];
  cues: [string, string[]][];
  nominal: [string, string][];
  families: [string, string[]][];
  familyOf: [string, string[]][];
  countries: [string, string][];
  givenNames: string[];
  functionWords: string[];
  size: number;
}

/** Writes the compiled KB with the fingerprint of the data it was built from. */
export function writeKbCache(kb: KnowledgeBase, path: string, fingerprint: string): void {
  const file: CacheFile = {
    format: FORMAT,
    fingerprint,
    entries: [...kb.entries.values()],
    names: pack(kb.names),
    nisba: pack(kb.nisba),
    agentTrie: pack(kb.agentTrie),
    titles: pack(kb.titles),
    uniqueFamilies: pack(kb.uniqueFamilies),
    agents: [...kb.agents],
    cues: [...kb.cues].map(([k, v]) => [k, [...v]]),
    nominal: [...kb.nominal],
    families: [...kb.families].map(([k, v]) => [k, [...v]]),
    familyOf: [...kb.familyOf].map(([k, v]) => [k, [...v]]),
    countries: [...kb.countries],
    givenNames: [...kb.givenNames],
    functionWords: [...kb.functionWords],
    size: kb.size,
  };
  writeFileSync(path, JSON.stringify(file));
}

/** The compiled KB from `path` when it was built from data with this fingerprint; null otherwise. */
export function readKbCache(path: string, fingerprint: string, text: TextResources): KnowledgeBase | null {
  if (!existsSync(path)) return null;
  let file: CacheFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
  } catch {
    return null; // a damaged cache is rebuilt from the data, never trusted
  }
  if (file.format !== FORMAT || file.fingerprint !== fingerprint) return null;
  const strictNormaliser = createNormaliser({ alef: false, alefMaksura: false, taMarbuta: false });
  return {
    entries: new Map(file.entries.map((e) => [e.id, e])),
    names: unpack(file.names),
    nisba: unpack(file.nisba),
    agentTrie: unpack(file.agentTrie),
    titles: unpack(file.titles),
    uniqueFamilies: unpack(file.uniqueFamilies),
    agents: file.agents,
    cues: new Map(file.cues.map(([k, v]) => [k, new Set(v)])),
    nominal: new Map(file.nominal),
    families: new Map(file.families),
    familyOf: new Map(file.familyOf),
    countries: new Map(file.countries),
    givenNames: new Set(file.givenNames),
    functionWords: new Set(file.functionWords),
    strict: (s: string) =>
      tokenise((/[أإآٱةى]/.test(s) ? strictNormaliser : text.normaliser).normalise(s)).map((t) => t.norm).join(' '),
    size: file.size,
  };
}
