// In-document coreference for named entities: family names after a full name, title + family name, acronyms in brackets.
import type { Token } from '../text/types.js';
import type { AliasRef, KnowledgeBase, TrieNode } from './compile.js';
import { matchPhrases, type Segments } from './matcher.js';
import type { KbMention } from './resolve.js';

function insert(root: TrieNode, keys: readonly string[], ref: AliasRef): void {
  let node = root;
  for (const k of keys) {
    let nx = node.next.get(k);
    if (!nx) { nx = { next: new Map(), refs: [] }; node.next.set(k, nx); }
    node = nx;
  }
  if (!node.refs.some((r) => r.id === ref.id)) node.refs.push(ref);
}

/**
 * Adds the mentions that refer back to entities the document has named: a person's family name alone after the full
 * name (جيمس كلابر … كلابر), a title + family name that only one KB person bears (الرئيس أوباما), and an acronym
 * given in brackets after a name (قوات سوريا الديمقراطية (قسد) … قسد). Returns all mentions in text order.
 */
export function addCoreference(mentions: readonly KbMention[], segs: Segments, kb: KnowledgeBase): KbMention[] {
  const { tokens } = segs;
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) covered.fill(1, m.tokenStart, m.tokenEnd);
  const doc: TrieNode = { next: new Map(), refs: [] };
  const firstAt = new Map<string, number>();
  const usable = (keys: readonly string[]): boolean => !kb.functionWords.has(keys.join(' '));
  for (const m of mentions) {
    if (!firstAt.has(m.id)) firstAt.set(m.id, m.tokenStart);
    const fam = kb.familyOf.get(m.id);
    if (fam && usable(fam)) insert(doc, fam, { id: m.id, via: 'alias' });
    // an acronym in brackets right after a name of several words: X Y Z (XYZ)
    const open = tokens[m.tokenEnd];
    const word = tokens[m.tokenEnd + 1];
    const close = tokens[m.tokenEnd + 2];
    if (
      (m.tokenEnd - m.tokenStart > 1 || m.evidence.some((x) => x.startsWith('descriptor:'))) && open?.text === '(' && close?.text === ')' && word &&
      (word.kind === 'arabic' || word.kind === 'latin') && !covered[m.tokenEnd + 1] && usable([word.norm]) && !kb.cues.has(word.norm)
    ) {
      insert(doc, [word.norm], { id: m.id, via: 'acronym' });
    }
  }
  // title + family name borne by one KB person
  const added: KbMention[] = [];
  for (const t of matchPhrases(segs, kb.titles)) {
    const name = tokens[t.tokenEnd];
    if (!name || covered[t.tokenEnd] || name.nl > 0) continue;
    const ids = kb.families.get(name.norm);
    if (ids && ids.length === 1 && !kb.functionWords.has(name.norm)) {
      const id = ids[0] as string;
      added.push({ start: name.start, end: name.end, text: name.text, tokenStart: t.tokenEnd, tokenEnd: t.tokenEnd + 1, id, confidence: 0.8, evidence: [`title:${t.text}`], alternatives: [] });
      covered[t.tokenEnd] = 1;
      insert(doc, kb.familyOf.get(id) ?? [name.norm], { id, via: 'alias' });
      if (!firstAt.has(id)) firstAt.set(id, t.tokenEnd);
    }
  }
  // a family name that one KB person bears, that is no one's given name and no function word, names that person
  // even before the full name (السيسي، أردوغان); shared ones (الأسد) need the full name first
  const docMatches = matchPhrases(segs, doc);
  const taken = new Uint8Array(tokens.length);
  for (const m of docMatches) taken.fill(1, m.tokenStart, m.tokenEnd);
  const unique = matchPhrases(segs, kb.uniqueFamilies).filter((m) => !taken[m.tokenStart]);
  for (const m of [...docMatches, ...unique].sort((a, b) => a.tokenStart - b.tokenStart)) {
    let free = true;
    for (let i = m.tokenStart; i < m.tokenEnd; i++) if (covered[i]) free = false;
    const ref = m.refs.find((r) => r.via !== 'name') ?? m.refs[0];
    const id = ref?.id as string;
    const unique = ref?.via === 'name';
    if (!free || (!unique && m.tokenStart < (firstAt.get(id) ?? Infinity))) continue;
    const evidence = ref?.via === 'acronym' ? 'coreference:acronym' : unique && !firstAt.has(id) ? 'family name borne by one person' : 'coreference:family name';
    added.push({ start: m.start, end: m.end, text: m.text, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, id, confidence: evidence.startsWith('family') ? 0.7 : 0.85, evidence: [evidence], alternatives: [] });
  }
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** A common noun that refers back to a named entity (الصحيفة → the newspaper named before). */
export interface NominalMention {
  start: number;
  end: number;
  text: string;
  tokenStart: number;
  tokenEnd: number;
  /** The KB id of the entity referred to. */
  id: string;
}

/**
 * Links nominal words (data/kb/context.json `nominal`: الصحيفة، الوكالة، القناة …) to the last entity of their kind
 * named before them. They are not name mentions (gold/FORMAT.md counts names only); quotes use them for `via`.
 */
export function nominalMentions(
  mentions: readonly KbMention[],
  tokens: readonly Token[],
  kb: KnowledgeBase,
): NominalMention[] {
  const out: NominalMention[] = [];
  if (kb.nominal.size === 0) return out;
  let m = 0;
  const lastOfKind = new Map<string, string>();
  for (let i = 0; i < tokens.length; i++) {
    while (m < mentions.length && (mentions[m] as KbMention).tokenStart <= i) {
      const e = kb.entries.get((mentions[m] as KbMention).id);
      if (e) lastOfKind.set(e.kind, e.id);
      m++;
    }
    const t = tokens[i] as Token;
    let kind = kb.nominal.get(t.norm);
    let start = t.start;
    if (kind === undefined && t.kind === 'arabic' && /^[وفب]ال/.test(t.norm)) {
      kind = kb.nominal.get(t.norm.slice(1));
      start = t.start + (t.text.length - t.norm.length) + 1;
      if (t.text.length !== t.norm.length) kind = undefined; // keep spans exact: only plain spellings here
    }
    if (kind === undefined) continue;
    const id = lastOfKind.get(kind);
    if (id) out.push({ start, end: t.end, text: t.text.slice(start - t.start), tokenStart: i, tokenEnd: i + 1, id });
  }
  return out;
}
