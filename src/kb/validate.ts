// Checks the knowledge base as a whole: duplicate ids, dangling references, aliases shared across types, common words.
import { z } from 'zod';
import { DEFAULT_DATA_DIR, loadDataFile } from '../data/load.js';
import { tokenise, type TextResources } from '../text/index.js';
import type { KbEntry, KnowledgeBase, TrieNode } from './types.js';
import type { KbProblem, LoadedRecord } from './load.js';

export const CollisionsSchema = z
  .object({
    $comment: z.string().optional(),
    allowed: z.array(z.object({ alias: z.string().min(1), note: z.string().min(1) }).strict()),
  })
  .strict();

export function loadCollisions(dataDir: string = DEFAULT_DATA_DIR): z.infer<typeof CollisionsSchema> {
  return loadDataFile('kb/collisions.json', CollisionsSchema, dataDir);
}

/** Problems that make the KB unusable: duplicate ids and references to ids that do not exist. */
export function referenceProblems(records: readonly LoadedRecord[]): KbProblem[] {
  const problems: KbProblem[] = [];
  const seen = new Map<string, LoadedRecord>();
  for (const r of records) {
    const prev = seen.get(r.record.id);
    if (prev) problems.push({ file: r.file, line: r.line, message: `duplicate id ${r.record.id} (first at ${prev.file}:${prev.line})` });
    else seen.set(r.record.id, r);
  }
  for (const r of records) {
    const refs: [string, string | undefined][] = [['parent', r.record.parent], ['capital', r.record.capital]];
    for (const rel of r.record.relations ?? []) refs.push([`relation ${rel.type}`, rel.target]);
    for (const [what, target] of refs) {
      if (target && !seen.has(target)) problems.push({ file: r.file, line: r.line, message: `${r.record.id}: ${what} ${target} does not exist` });
    }
  }
  return problems;
}

export interface Collision {
  alias: string;
  ids: string[];
  types: string[];
}

/** Alias phrases that name several referents; `crossType` when they differ in PER/ORG/LOC. */
export function collisions(kb: KnowledgeBase): Collision[] {
  const out: Collision[] = [];
  const visit = (node: TrieNode, path: string[]): void => {
    const ids = [...new Set(node.refs.map((r) => r.id))];
    if (ids.length > 1) {
      const types = [...new Set(ids.map((id) => (kb.entries.get(id) as KbEntry).type))];
      out.push({ alias: path.join(' '), ids, types });
    }
    for (const [k, child] of node.next) visit(child, [...path, k]);
  };
  visit(kb.names, []);
  return out;
}

/** Collisions across PER/ORG/LOC that data/kb/collisions.json does not allow. */
export function forbiddenCollisions(kb: KnowledgeBase, allowed: readonly string[], text: TextResources): KbProblem[] {
  const ok = new Set(allowed.map((a) => tokenise(text.normaliser.normalise(a)).map((t) => t.norm).join(' ')));
  return collisions(kb)
    .filter((c) => c.types.length > 1 && !ok.has(c.alias))
    .map((c) => {
      const first = kb.entries.get(c.ids[0] as string) as KbEntry;
      return { file: first.file, line: first.line, message: `alias "${c.alias}" names referents of different types: ${c.ids.join(', ')} (allow it in data/kb/collisions.json with a note, or remove it)` };
    });
}

export interface CommonWordWarning {
  alias: string;
  ids: string[];
  count: number;
  /** Occurrences of the word with the article added or a pronoun attached: names rarely take them. */
  productive: number;
}

/**
 * Single-word aliases that behave like common words in a corpus: frequent, and often seen with the article added or
 * a pronoun suffix (فتح → الفتح، فتحها), which names rarely take. Records already marked `common` are skipped.
 */
export function commonWordAliases(kb: KnowledgeBase, corpusTexts: Iterable<string>, text: TextResources, minCount = 5): CommonWordWarning[] {
  const freq = new Map<string, number>();
  for (const t of corpusTexts) {
    for (const tok of tokenise(text.normaliser.normalise(t))) if (tok.kind === 'arabic') freq.set(tok.norm, (freq.get(tok.norm) ?? 0) + 1);
  }
  const out: CommonWordWarning[] = [];
  for (const [key, node] of kb.names.next) {
    const ids = [...new Set(node.refs.map((r) => r.id))].filter((id) => !kb.entries.get(id)?.common);
    if (ids.length === 0 || !/^[\u0621-\u064A]+$/.test(key)) continue;
    const count = freq.get(key) ?? 0;
    if (count < minCount) continue;
    const base = key.startsWith('ال') ? key.slice(2) : key;
    // the article form counts unless it is a nisba (سوريه → السوريه «Syrian» is not a sign of a common word)
    let productive = key.startsWith('ال') || kb.nisba.next.has(`ال${key}`) ? 0 : freq.get(`ال${key}`) ?? 0;
    const stem = base.endsWith('ه') ? `${base.slice(0, -1)}ت` : base;
    for (const suffix of ['ه', 'ها', 'هم', 'هما', 'نا', 'كم']) productive += freq.get(`${stem}${suffix}`) ?? 0;
    if (productive >= Math.max(3, count * 0.3)) out.push({ alias: key, ids, count, productive });
  }
  return out.sort((a, b) => b.count - a.count);
}
