// Compiles the knowledge base's records into token tries over normalised keys, built once and passed in.
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_DATA_DIR, loadDataFile } from '../data/load.js';
import type { Sector } from '../contract/extraction.js';
import { createNormaliser, tokenise, type TextResources } from '../text/index.js';
import { kbError, loadAgents, loadKbRecords, type LoadedRecord } from './load.js';
import { forbiddenCollisions, loadCollisions, referenceProblems } from './validate.js';
import { DEFAULT_CACHE, kbFingerprint, readKbCache, writeKbCache } from './cache.js';
import { typeOfKind, type Agent, type Kind } from './schema.js';
import type { AliasRef, KbEntry, KnowledgeBase, TrieNode } from './types.js';

export type { AliasRef, KbEntry, KnowledgeBase, TrieNode } from './types.js';

export const ContextSchema = z
  .object({
    $comment: z.string().optional(),
    cues: z.record(z.string(), z.array(z.string().min(1))),
    titles: z.array(z.string().min(1)),
    nominal: z.record(z.string(), z.array(z.string().min(1))),
    function_words: z.array(z.string().min(1)),
    family_alone: z
      .object({ exclude_countries: z.array(z.string().regex(/^[A-Z]{3}$/)), exclude_article: z.boolean() })
      .strict(),
  })
  .strict();

const newNode = (): TrieNode => ({ next: new Map(), refs: [] });

/** The token keys of a phrase, as the tokeniser and normaliser would produce them from running text. */
export function phraseKeys(phrase: string, text: TextResources): string[] {
  return tokenise(text.normaliser.normalise(phrase)).map((t) => t.norm);
}

function insert(root: TrieNode, keys: readonly string[], ref: AliasRef): boolean {
  if (keys.length === 0) return false;
  let node = root;
  for (const k of keys) {
    let n = node.next.get(k);
    if (!n) { n = newNode(); node.next.set(k, n); }
    node = n;
  }
  const same = node.refs.find((r) => r.id === ref.id);
  if (same) {
    for (const s of ref.surfaces ?? []) if (!same.surfaces?.includes(s)) same.surfaces?.push(s);
    return false;
  }
  node.refs.push(ref);
  return true;
}

/** Follows `keys` from `root`; the node reached, or undefined. */
export function walk(root: TrieNode, keys: readonly string[]): TrieNode | undefined {
  let node: TrieNode | undefined = root;
  for (const k of keys) {
    node = node.next.get(k);
    if (!node) return undefined;
  }
  return node;
}

/**
 * Builds the knowledge base from loaded records, the agent lexicon and the context words.
 * @example
 *   const kb = compileKb(loadKbRecords(), loadAgents(), loadContext(), textResources);
 *   walk(kb.names, phraseKeys('الولايات المتحدة', textResources))?.refs // [{ id: 'country:usa', via: 'name' }]
 */
export function compileKb(
  records: readonly LoadedRecord[],
  agents: readonly Agent[],
  context: z.infer<typeof ContextSchema>,
  text: TextResources,
): KnowledgeBase {
  const entries = new Map<string, KbEntry>();
  const capitalOf = new Map<string, string>();
  for (const { record } of records) if (record.capital) capitalOf.set(record.capital, record.id);
  for (const { record, file, line } of records) {
    const cap = capitalOf.get(record.id);
    entries.set(record.id, { ...record, type: typeOfKind(record.kind), file, line, ...(cap ? { capitalOf: cap } : {}) });
  }
  const names = newNode();
  const nisba = newNode();
  const families = new Map<string, string[]>();
  const familyOf = new Map<string, string[]>();
  const countries = new Map<string, string>();
  let size = 0;
  const keysOf = (s: string): string[] => phraseKeys(s, text);
  const strictNormaliser = createNormaliser({ alef: false, alefMaksura: false, taMarbuta: false });
  // the strict form differs from the key only where a phrase has a hamza on alef, ة or ى
  // the strict form differs from the key only where a phrase has a hamza on alef, ة or ى
  const strictOf = (s: string, keys?: readonly string[]): string =>
    /[أإآٱةى]/.test(s) ? tokenise(strictNormaliser.normalise(s)).map((t) => t.norm).join(' ') : (keys ?? keysOf(s)).join(' ');
  const addName = (phrase: string, id: string, via: AliasRef['via']): void => {
    const keys = keysOf(phrase);
    if (insert(names, keys, { id, via, surfaces: [strictOf(phrase, keys)] })) size++;
  };
  const givenNames = new Set<string>();
  for (const e of entries.values()) {
    addName(e.name, e.id, 'name');
    for (const a of e.aliases) addName(a, e.id, 'alias');
    for (const a of e.acronyms ?? []) addName(a, e.id, 'acronym');
    if (e.given) givenNames.add(keysOf(e.given).join(' '));
    if (e.kind === 'country' && e.country) countries.set(e.country, e.id);
    for (const n of e.nisba ?? []) if (insert(nisba, keysOf(n), { id: e.id, via: 'nisba' })) size++;
    if (e.family) {
      const fk = keysOf(e.family);
      familyOf.set(e.id, fk);
      const k = fk.join(' ');
      const list = families.get(k) ?? [];
      list.push(e.id);
      families.set(k, list);
    }
  }
  const agentTrie = newNode();
  agents.forEach((a, i) => {
    for (const f of a.forms) if (insert(agentTrie, keysOf(f), { id: String(i), via: 'agent' })) size++;
  });
  const cues = new Map<string, Set<string>>();
  for (const [kind, words] of Object.entries(context.cues)) {
    for (const w of words) {
      const k = keysOf(w).join(' ');
      const set = cues.get(k) ?? new Set<string>();
      set.add(kind);
      cues.set(k, set);
    }
  }
  const titles = newNode();
  for (const t of context.titles) insert(titles, keysOf(t), { id: t, via: 'title' });
  const nominal = new Map<string, string>();
  for (const [kind, words] of Object.entries(context.nominal)) for (const w of words) nominal.set(keysOf(w).join(' '), kind);
  const functionWords = new Set(context.function_words.map((w) => keysOf(w).join(' ')));
  const uniqueFamilies = newNode();
  const alone = context.family_alone;
  for (const [key, ids] of families) {
    const id = ids[0] as string;
    if (ids.length !== 1 || givenNames.has(key) || functionWords.has(key) || key.replace(/ /g, '').length < 4) continue;
    const person = entries.get(id);
    if (!person || person.common) continue;
    // Arabic family names are often ordinary words too (العسكري، سريع): those need the full name or a title first
    if (person.country && alone.exclude_countries.includes(person.country)) continue;
    if (alone.exclude_article && key.startsWith('ال')) continue;
    insert(uniqueFamilies, key.split(' '), { id, via: 'name' });
  }
  return {
    uniqueFamilies, entries, names, nisba, agentTrie, agents, cues, titles, nominal, families, familyOf, countries, givenNames, functionWords, strict: (s: string) => strictOf(s), size };
}

export function loadContext(dataDir: string = DEFAULT_DATA_DIR): z.infer<typeof ContextSchema> {
  return loadDataFile('kb/context.json', ContextSchema, dataDir);
}

/**
 * Loads, validates and compiles the whole knowledge base from data/kb/. Refuses an invalid KB — malformed rows,
 * duplicate ids, dangling references, aliases shared across entity types that collisions.json does not allow —
 * with one DataError listing every problem by file and line. With `cachePath` (the build's compiled copy of the
 * shipped data), a cache built from exactly these data files is read instead; any other cache is ignored.
 */
export function loadKnowledgeBase(
  text: TextResources,
  dataDir: string = DEFAULT_DATA_DIR,
  cachePath: string | null = dataDir === DEFAULT_DATA_DIR ? DEFAULT_CACHE : null,
): KnowledgeBase {
  if (cachePath) {
    const cached = readKbCache(cachePath, kbFingerprint(dataDir), text);
    if (cached) return cached;
  }
  const records = loadKbRecords(join(dataDir, 'kb'));
  const refs = referenceProblems(records);
  if (refs.length > 0) throw kbError(refs);
  const kb = compileKb(records, loadAgents(dataDir), loadContext(dataDir), text);
  const clashes = forbiddenCollisions(kb, loadCollisions(dataDir).allowed.map((a) => a.alias), text);
  if (clashes.length > 0) throw kbError(clashes);
  return kb;
}

/** Validates and compiles the KB from its data, and writes the compiled copy that start-up reads (`rasid kb compile`). */
export function compileKbCache(text: TextResources, dataDir: string = DEFAULT_DATA_DIR, path: string = DEFAULT_CACHE): KnowledgeBase {
  const kb = loadKnowledgeBase(text, dataDir, null);
  writeKbCache(kb, path, kbFingerprint(dataDir));
  return kb;
}

/** The sector of an agent, by index. */
export function agentSector(kb: KnowledgeBase, index: number): Sector {
  return (kb.agents[index] as Agent).sector;
}

export type { Kind };
