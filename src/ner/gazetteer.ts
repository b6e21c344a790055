// Knowledge-base evidence for the tagger: which units start or continue a KB name of each type, and which are titles,
// kind cues, role nouns or nisba adjectives. Computed from unit keys alone, the same way at training and tagging time.
import type { KnowledgeBase, TrieNode } from '../kb/compile.js';
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
export const G_BITS = 13;

const TYPE_BITS: Record<'PER' | 'ORG' | 'LOC', [number, number]> = {
  PER: [G_B_PER, G_I_PER],
  LOC: [G_B_LOC, G_I_LOC],
  ORG: [G_B_ORG, G_I_ORG],
};

/** The alias keys a unit may open a KB name with: its key, then its proclitic-only readings (بسورية → سوريه). */
function firstKeys(key: string, segs: readonly Segmentation[], article: string): string[] {
  const keys = [key];
  for (const s of segs) {
    if (s.proclitics.length === 0 || s.enclitic !== null) continue;
    if (s.article) keys.push(article + s.stem, s.stem);
    else keys.push(s.stem);
  }
  return keys;
}

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

/** Marks the last unit of every phrase of `root` found from each position (small tries: titles, nisba, agents). */
function markEnds(keys: readonly string[], root: TrieNode, bit: number, out: Int32Array): void {
  for (let i = 0; i < keys.length; i++) {
    let node: TrieNode | undefined = root;
    for (let j = i; j < keys.length && node; j++) {
      node = node.next.get(keys[j] as string);
      if (node && node.refs.length > 0) out[j] = (out[j] as number) | bit;
    }
  }
}

/**
 * The gazetteer mask of each unit. KB names are matched left to right, longest first; the first unit of a name may
 * carry proclitics (وبغداد، للأمم). A matched name sets B-/I- bits for every type its referents have.
 * @example
 *   gazetteer(['زار', 'بغداد'], [[], segsOfBaghdad], kb, 'ال')[1] & G_B_LOC // ≠ 0
 */
export function gazetteer(
  keys: readonly string[],
  segs: readonly (readonly Segmentation[])[],
  kb: KnowledgeBase,
  article: string,
): Int32Array {
  const n = keys.length;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let bestEnd = -1;
    let bestNode: TrieNode | null = null;
    for (const k of firstKeys(keys[i] as string, segs[i] ?? [], article)) {
      let node: TrieNode | undefined = kb.names.next.get(k);
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
    const inside: number[] = [];
    for (const r of bestNode.refs) {
      const e = kb.entries.get(r.id);
      if (!e) continue;
      const [b, inBit] = TYPE_BITS[e.type];
      bits |= b;
      inside.push(inBit);
      if (!e.common) allCommon = false;
    }
    if (allCommon) bits |= G_COMMON;
    out[i] = (out[i] as number) | bits;
    let iBits = bits & (G_COMMON | G_SINGLE);
    for (const b of inside) iBits |= b;
    for (let j = i + 1; j < bestEnd; j++) out[j] = (out[j] as number) | iBits;
    i = bestEnd - 1;
  }
  markEnds(keys, kb.titles, G_TITLE, out);
  markEnds(keys, kb.nisba, G_NISBA, out);
  markEnds(keys, kb.agentTrie, G_AGENT, out);
  for (let i = 0; i < n; i++) out[i] = (out[i] as number) | cueBits(kb.cues.get(keys[i] as string));
  return out;
}
