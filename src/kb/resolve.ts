// Decides which referent each KB match names (الجزائر the country or the city?) from kind, cue words and the document.
import type { Token } from '../text/types.js';
import type { KbEntry, KnowledgeBase, TrieNode } from './compile.js';
import type { PhraseMatch, Segments } from './matcher.js';

/** A KB match with the referent chosen for it. */
export interface KbMention {
  start: number;
  end: number;
  text: string;
  tokenStart: number;
  tokenEnd: number;
  id: string;
  confidence: number;
  /** Why this referent: the cue word, the document evidence, or the prior. */
  evidence: string[];
  /** Other referents the words could name, with their scores. */
  alternatives: { id: string; score: number }[];
}

const LOC_FAMILY: Record<string, readonly string[]> = {
  city: ['city', 'place', 'camp', 'facility'],
  region: ['region', 'territory', 'landform'],
  country: ['country', 'territory'],
  camp: ['camp', 'place'],
  crossing: ['crossing', 'place'],
  facility: ['facility', 'place'],
  armed_group: ['armed_group'],
  party: ['party', 'armed_group'],
  media: ['media'],
  ngo: ['ngo'],
  igo: ['igo', 'state_body'],
  company: ['company'],
};

/** The prior plausibility of a referent, before context: countries and capitals first, then by population. */
export function prior(e: KbEntry, via: string): number {
  let s: number;
  switch (e.kind) {
    case 'country': s = 3; break;
    case 'territory': s = 2; break;
    case 'city': s = e.capitalOf ? 2.6 : 1.2 + Math.min(1.2, Math.log10((e.population ?? 1000) + 1) / 6); break;
    case 'region': s = 1.6; break;
    case 'person': s = 1.8; break;
    default: s = e.type === 'ORG' ? 1.8 : 1.3;
  }
  if (via === 'name') s += 0.3;
  if (via === 'acronym') s -= 0.2;
  return s;
}

/** The kinds announced by the word right before a match (مدينة, محافظة, حركة …), clitics peeled. */
function cueKinds(segs: Segments, i: number, kb: KnowledgeBase): Set<string> {
  const kinds = new Set<string>();
  const prev = segs.tokens[i - 1];
  if (!prev || prev.kind !== 'arabic') return kinds;
  const add = (k: string): void => { for (const x of kb.cues.get(k) ?? []) kinds.add(x); };
  add(prev.norm);
  if (kinds.size === 0) for (const s of segs.at(i - 1)) { add(s.article ? `ال${s.stem}` : s.stem); add(s.stem); }
  return kinds;
}

const QUOTE_OPEN = new Set(['«', '"', '“', '(']);
const HAMZA_ALEF = 'أإآٱ';

/**
 * Whether the words of the text can be a spelling of a name written `surface` (both in strict form: no tashkeel,
 * hamza, ة and ى kept). The text may drop a hamza (اسرائيل for إسرائيل) and swap ى/ي, and a word may begin with any
 * alef; but a hamza the name does not have (بأنه against بانه) or ه against ة (قصره against قصرة) means another word.
 */
export function spellingAgrees(text: string, surface: string): boolean {
  if (text.length !== surface.length) {
    // ل + ال with the alef elided: لمعارضة against المعارضة
    if (surface.startsWith('ال') && text.startsWith('ل') && text.length === surface.length - 1) return spellingAgrees(text.slice(1), surface.slice(2));
    return true;
  }
  for (let i = 0; i < text.length; i++) {
    const a = surface[i] as string;
    const b = text[i] as string;
    if (a === b) continue;
    const wordStart = i === 0 || surface[i - 1] === ' ';
    if (HAMZA_ALEF.includes(a) && b === 'ا') continue;
    if (wordStart && (a === 'ا' || HAMZA_ALEF.includes(a)) && HAMZA_ALEF.includes(b)) continue;
    if ((a === 'ى' && b === 'ي') || (a === 'ي' && b === 'ى')) continue;
    if ((a === 'ة' && b === 'ه') || (a === 'ه' && b === 'ة') || (a === 'ا' && HAMZA_ALEF.includes(b))) return false;
  }
  return true;
}

/**
 * Chooses a referent for every match. Context: a cue word right before the name adds its kinds; countries already
 * named unambiguously in the document favour referents in them; a referent marked `common` needs a cue, quotation
 * marks, or an unambiguous mention elsewhere in the document, or it is dropped.
 */
export function resolveMatches(matches: readonly PhraseMatch[], segs: Segments, kb: KnowledgeBase): KbMention[] {
  const { tokens } = segs;
  // Document evidence: referents and countries named without ambiguity.
  const sure = new Set<string>();
  const docCountries = new Map<string, number>();
  for (const m of matches) {
    const ids = new Set(m.refs.map((r) => r.id));
    if (ids.size !== 1) continue;
    const e = kb.entries.get(m.refs[0]?.id as string);
    // a common word alone is no evidence; a longer alias of the same record is (حركة فتح)
    if (!e || (e.common && m.tokenEnd - m.tokenStart < 2)) continue;
    sure.add(e.id);
    if (e.country) docCountries.set(e.country, (docCountries.get(e.country) ?? 0) + 1);
  }
  const out: KbMention[] = [];
  for (const m of matches) {
    const cue = cueKinds(segs, m.tokenStart, kb);
    const quoted = QUOTE_OPEN.has(tokens[m.tokenStart - 1]?.text ?? '');
    const scored: { id: string; score: number; evidence: string[] }[] = [];
    const seen = new Set<string>();
    const written = kb.strict(m.text);
    for (const ref of m.refs) {
      if (seen.has(ref.id)) continue;
      seen.add(ref.id);
      const e = kb.entries.get(ref.id);
      if (!e) continue;
      if (ref.surfaces && ref.surfaces.length > 0 && !ref.surfaces.some((sf) => spellingAgrees(written, sf))) continue;
      const evidence: string[] = [];
      let score = prior(e, ref.via);
      for (const k of cue) {
        if ((LOC_FAMILY[k] ?? [k]).includes(e.kind)) { score += 3; evidence.push(`cue:${k}`); break; }
      }
      if (e.country && docCountries.has(e.country) && e.kind !== 'country') {
        score += Math.min(1.5, 0.5 * (docCountries.get(e.country) as number));
        evidence.push(`document:${e.country}`);
      }
      const phrase = m.tokenEnd - m.tokenStart > 1;
      if (e.common && !(phrase || evidence.some((x) => x.startsWith('cue:')) || quoted || sure.has(e.id))) continue;
      if (e.common && !phrase) evidence.push(quoted ? 'quoted' : sure.has(e.id) ? 'named elsewhere' : 'cue');
      scored.push({ id: e.id, score, evidence });
    }
    if (scored.length === 0) continue;
    scored.sort((a, b) => b.score - a.score);
    const total = scored.reduce((s, x) => s + Math.exp(x.score), 0);
    const top = scored[0] as { id: string; score: number; evidence: string[] };
    const share = Math.exp(top.score) / total;
    const confidence = Math.round(Math.min(0.99, 0.5 + 0.45 * share + (scored.length === 1 ? 0.04 : 0)) * 100) / 100;
    out.push({
      start: m.start,
      end: m.end,
      text: m.text,
      tokenStart: m.tokenStart,
      tokenEnd: m.tokenEnd,
      id: top.id,
      confidence,
      evidence: top.evidence.length ? top.evidence : ['prior'],
      alternatives: scored.slice(1).map((x) => ({ id: x.id, score: Math.round(x.score * 100) / 100 })),
    });
  }
  return out;
}

/**
 * Leaves descriptor words out of a mention, as names are annotated (gold/FORMAT.md: names only): «محافظة درعا» →
 * «درعا», «حركة حماس» → «حماس», when the words after the descriptor are themselves a name in the KB. The referent
 * stays the one the whole phrase named (the governorate, the movement).
 */
export function trimDescriptors(mentions: readonly KbMention[], tokens: readonly Token[], kb: KnowledgeBase): KbMention[] {
  return mentions.map((m) => {
    if (m.tokenEnd - m.tokenStart < 2) return m;
    const first = tokens[m.tokenStart] as Token;
    const word = first.start === m.start ? first.norm : first.norm.slice(first.norm.length - (first.end - m.start));
    if (!kb.cues.has(word)) return m;
    let node: TrieNode | undefined = kb.names;
    for (let i = m.tokenStart + 1; i < m.tokenEnd && node; i++) node = node.next.get((tokens[i] as Token).norm);
    if (!node || node.refs.length === 0) return m;
    const next = tokens[m.tokenStart + 1] as Token;
    return { ...m, start: next.start, text: m.text.slice(next.start - m.start), tokenStart: m.tokenStart + 1, evidence: [...m.evidence, `descriptor:${first.text}`] };
  });
}
