// Knowledge-base evidence for the tagger: which units start or continue a KB name of each type, and which are titles,
// kind cues, role nouns or nisba adjectives. Computed from unit keys alone, the same way at training and tagging time.
import type { KnowledgeBase, TrieNode } from '../kb/index.js';
import { typeOfKind, KINDS, type Kind } from '../kb/schema.js';
import type { Segmentation } from '../text/clitics.js';

/** Bits of a unit's gazetteer mask. */
export const G_B_PER = 1 << 0;
export const G_I_PER = 1 << 1;
export const G_B_LOC = 1 << 2;
export const G_I_LOC = 1 << 3;
export const G_B_ORG = 1 << 4;
export const G_I_ORG = 1 << 5;
/** The name matched is marked common in the KB (also an ordinary word). */
export const G_COMMON = 1 << 6;
/** The unit ends a title (الرئيس، وزير الخارجية …). */
export const G_TITLE = 1 << 7;
/** The unit ends a nisba adjective or demonym (السوري، الأميركيين). */
export const G_NISBA = 1 << 8;
/** The unit is a cue word announcing a place (مدينة، محافظة) or an organisation (حركة، حزب). */
export const G_CUE_LOC = 1 << 9;
export const G_CUE_ORG = 1 << 10;
/** The unit ends an agent role noun (الشرطة، الجيش). */
export const G_AGENT = 1 << 11;
/** The name matched is a single unit. */
export const G_SINGLE = 1 << 12;
/** The unit (without its proclitics) is the given name of a KB person (محمد، ومحمد), or a family name. */
export const G_GIVEN = 1 << 13;
export const G_FAMILY = 1 << 14;
export const G_BITS = 15;

const TYPE_BITS: Record<'PER' | 'ORG' | 'LOC', [number, number]> = {
  PER: [G_B_PER, G_I_PER],
  LOC: [G_B_LOC, G_I_LOC],
  ORG: [G_B_ORG, G_I_ORG],
};

/** What the KB says about one unit on its own: where it may open a phrase of each trie, and its own bits. */
export interface GazUnit {
  /** Nodes of the names trie reached by the unit's key or by a proclitic-free reading of it (بسورية → سوريه). */
  readonly names: readonly TrieNode[];
  readonly title: TrieNode | null;
  readonly nisba: TrieNode | null;
  readonly agent: TrieNode | null;
  /** G_CUE_*, G_GIVEN, G_FAMILY. */
  readonly bits: number;
}

export const NO_GAZ: GazUnit = Object.freeze({ names: [], title: null, nisba: null, agent: null, bits: 0 });

/** The kinds a cue word announces, as gazetteer bits. */
function cueBits(kinds: ReadonlySet<string> | undefined): number {
  if (!kinds) return 0;
  let bits = 0;
  for (const k of kinds) {
    if (!(KINDS as readonly string[]).includes(k)) continue;
    bits |= typeOfKind(k as Kind) === 'LOC' ? G_CUE_LOC : G_CUE_ORG;
  }
  return bits;
}

/** Looks one unit up in the KB: computed once per distinct word (features.ts keeps it on the word's description). */
export function gazUnit(key: string, segs: readonly Segmentation[], kb: KnowledgeBase, article: string): GazUnit {
  // the alias keys the unit may open a KB name with: its key, then its proclitic-only readings
  const keys = [key];
  for (const s of segs) {
    if (s.proclitics.length === 0 || s.enclitic !== null) continue;
    if (s.article) keys.push(article + s.stem, s.stem);
    else keys.push(s.stem);
  }
  const names: TrieNode[] = [];
  let bits = cueBits(kb.cues.get(key));
  for (const k of keys) {
    const node = kb.names.next.get(k);
    if (node && !names.includes(node)) names.push(node);
    if (kb.givenNames.has(k)) bits |= G_GIVEN;
    if (kb.families.has(k)) bits |= G_FAMILY;
  }
  const title = kb.titles.next.get(key) ?? null;
  const nisba = kb.nisba.next.get(key) ?? null;
  const agent = kb.agentTrie.next.get(key) ?? null;
  if (names.length === 0 && !title && !nisba && !agent && bits === 0) return NO_GAZ;
  return { names, title, nisba, agent, bits };
}

/** Marks the last unit of every phrase found from each position, given each unit's first node in the trie. */
function markEnds(keys: readonly string[], starts: readonly (TrieNode | null)[], bit: number, out: Int32Array): void {
  for (let i = 0; i < keys.length; i++) {
    let node: TrieNode | undefined = starts[i] ?? undefined;
    for (let j = i; node; ) {
      if (node.refs.length > 0) out[j] = (out[j] as number) | bit;
      if (++j >= keys.length) break;
      node = node.next.get(keys[j] as string);
    }
  }
}

/**
 * The gazetteer mask of each unit. KB names are matched left to right, longest first; the first unit of a name may
 * carry proclitics (وبغداد، للأمم). A matched name sets B-/I- bits for every type its referents have.
 * @example
 *   const units = keys.map((k, i) => gazUnit(k, segs[i], kb, 'ال'));
 *   gazetteer(['زار', 'بغداد'], units, kb)[1] & G_B_LOC // ≠ 0
 */
export function gazetteer(keys: readonly string[], units: readonly GazUnit[], kb: KnowledgeBase): Int32Array {
  const n = keys.length;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let bestEnd = -1;
    let bestNode: TrieNode | null = null;
    for (const start of (units[i] as GazUnit).names) {
      let node: TrieNode | undefined = start;
      let j = i + 1;
      while (node) {
        if (node.refs.length > 0 && j > bestEnd) { bestEnd = j; bestNode = node; }
        if (j >= n) break;
        node = node.next.get(keys[j] as string);
        j++;
      }
    }
    if (bestNode === null) continue;
    let bits = bestEnd - i === 1 ? G_SINGLE : 0;
    let allCommon = true;
    let inside = 0;
    for (const r of bestNode.refs) {
      const e = kb.entries.get(r.id);
      if (!e) continue;
      const [b, inBit] = TYPE_BITS[e.type];
      bits |= b;
      inside |= inBit;
      if (!e.common) allCommon = false;
    }
    if (allCommon) bits |= G_COMMON;
    out[i] = (out[i] as number) | bits;
    const iBits = (bits & (G_COMMON | G_SINGLE)) | inside;
    for (let j = i + 1; j < bestEnd; j++) out[j] = (out[j] as number) | iBits;
    i = bestEnd - 1;
  }
  markEnds(keys, units.map((u) => u.title), G_TITLE, out);
  markEnds(keys, units.map((u) => u.nisba), G_NISBA, out);
  markEnds(keys, units.map((u) => u.agent), G_AGENT, out);
  for (let i = 0; i < n; i++) out[i] = (out[i] as number) | (units[i] as GazUnit).bits;
  return out;
}
