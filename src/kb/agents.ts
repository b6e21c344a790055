// Nominal actors: a role noun and the nisba or place that follows (السلطات الألبانية، شرطة تيرانا، عسكريين أتراكاً وأميركيين).
import type { Sector } from '../contract/extraction.js';
import type { Token } from '../text/types.js';
import type { KnowledgeBase } from './compile.js';
import { matchPhrases, type Segments } from './matcher.js';
import type { KbMention } from './resolve.js';

export interface AgentMention {
  start: number;
  end: number;
  text: string;
  tokenStart: number;
  tokenEnd: number;
  sector: Sector;
  /** A second reading of the role noun (المعارضة: OPP or REB). */
  altSector: Sector | null;
  /** English gloss of the role noun. */
  role: string;
  /** Countries named by the nisba or place after the noun, in order (ISO3); empty when none. */
  countries: string[];
}

/**
 * Finds agents: role nouns from the agent lexicon, extended over the nisba adjectives (also coordinated with و) or
 * the KB place right after them, which give the country.
 */
export function findAgents(segs: Segments, kb: KnowledgeBase, mentions: readonly KbMention[]): AgentMention[] {
  const { tokens, n } = segs;
  const byStart = new Map<number, KbMention>();
  for (const m of mentions) byStart.set(m.tokenStart, m);
  const out: AgentMention[] = [];
  for (const a of matchPhrases(segs, kb.agentTrie)) {
    const agent = kb.agents[Number(a.refs[0]?.id)];
    if (!agent) continue;
    const countries: string[] = [];
    let end = a.tokenEnd;
    for (let guard = 0; guard < 4 && end < tokens.length; guard++) {
      const next = tokens[end] as Token;
      if (next.nl > 0) break;
      const nis = matchPhrases(segs, kb.nisba, end, Math.min(tokens.length, end + 4))[0];
      if (nis && nis.tokenStart === end && (countries.length === 0 || nis.proclitics.includes('و'))) {
        const e = kb.entries.get(nis.refs[0]?.id as string);
        if (e?.country && !countries.includes(e.country)) countries.push(e.country);
        end = nis.tokenEnd;
        continue;
      }
      const place = byStart.get(end);
      if (countries.length === 0 && place) {
        const e = kb.entries.get(place.id);
        if (e && e.type === 'LOC' && e.country) { countries.push(e.country); end = place.tokenEnd; }
      }
      break;
    }
    const last = tokens[end - 1] as Token;
    out.push({
      start: a.start,
      end: last.end,
      text: n.original.slice(a.start, last.end),
      tokenStart: a.tokenStart,
      tokenEnd: end,
      sector: agent.sector,
      altSector: agent.alt_sector ?? null,
      role: agent.en,
      countries,
    });
  }
  return out;
}
