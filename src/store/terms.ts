// Search terms: the same normaliser and clitic analysis turn article text into index terms and a query into term groups.
import type { Extraction } from '../contract/extraction.js';
import type { KnowledgeBase } from '../kb/types.js';
import { walk } from '../kb/compile.js';
import { segmentToken, tokenise, type TextResources, type Token } from '../text/index.js';

/**
 * One query word: the terms any of which matches it (its normalised form and the stem of its best clitic reading).
 */
export type WordTerms = readonly string[];

/** One way of writing a query concept: every word must match (AND). */
export type Alternative = readonly WordTerms[];

/** One concept of the query (a word, or a knowledge-base name with its other spellings): any alternative (OR). */
export type QueryGroup = readonly Alternative[];

/** An analysed query: every group must match (AND). Empty when the query holds no searchable word. */
export interface AnalysedQuery {
  readonly text: string;
  readonly groups: readonly QueryGroup[];
  /** Knowledge-base ids of the names in the query: their mentions are highlighted. */
  readonly refs?: readonly string[];
}

/**
 * The index term of a knowledge-base referent, written once per mention of a linked entity, so that a name in a
 * query finds the articles naming it in any spelling (أمريكا → الولايات المتحدة). Letters and digits only.
 */
export function refTerm(ref: string): string {
  return `kbref${ref.toLowerCase().replace(/[^a-z0-9]+/g, '')}`;
}

/** The index terms of an article's title and text. */
export interface IndexTerms {
  /** Terms in text order, one or more per word, separated by spaces. */
  readonly title: string;
  readonly body: string;
}

export interface TermAnalyser {
  /** The terms of every word of `text`, in order, space-separated (normalised word, then its stem when different). */
  terms(text: string): string;
  /** The terms of a record's title and text, and a referent term for each mention of a linked entity. */
  indexTerms(x: Extraction): IndexTerms;
  /** Analyses a query; knowledge-base names are expanded to their other spellings (أمريكا → أميركا, الولايات المتحدة). */
  query(q: string): AnalysedQuery;
  /** The words of `text` that match a term of the query, as [start, end) into `text`, in order. */
  matches(text: string, query: AnalysedQuery): { start: number; end: number }[];
}

const SEARCHABLE = new Set<Token['kind']>(['arabic', 'latin', 'number', 'hashtag', 'mention', 'foreign']);
/** Anything but letters, marks and digits is dropped from a term, so that every backend reads terms alike. */
const NOT_TERM = /[^\p{L}\p{N}]+/gu;
/** A query concept is looked up in the knowledge base up to this many words long. */
const MAX_NAME_WORDS = 5;
/** A name that could be more referents than this is not expanded. */
const MAX_REFERENTS = 3;
/** Distinct words whose terms are remembered (a memo, emptied when full). */
const MEMO_SIZE = 200_000;
const HA = 0x0647;

/**
 * Builds the analyser from the text layer's resources, and the knowledge base for expanding names in queries.
 * @example
 *   const a = createTermAnalyser(loadTextResources());
 *   a.terms('وبالسلطات') // 'وبالسلطات سلطات'
 */
export function createTermAnalyser(text: TextResources, kb: KnowledgeBase | null = null): TermAnalyser {
  // Words repeat (Zipf): their terms are remembered, keyed by the normalised word and, for a final ه, the letter
  // written (ة or ه), which is all the clitic analysis looks at.
  const memo = new Map<string, string[]>();
  const wordTerms = (tok: Token, n: ReturnType<TextResources['normaliser']['normalise']>): string[] => {
    if (!SEARCHABLE.has(tok.kind)) return [];
    const last = tok.norm.charCodeAt(tok.norm.length - 1) === HA ? n.original.charCodeAt(n.starts[tok.nstart + tok.norm.length - 1]!) : 0;
    const k = tok.kind === 'arabic' ? `${tok.norm}\u0000${last}` : `${tok.kind}\u0000${tok.norm}`;
    const hit = memo.get(k);
    if (hit) return hit;
    const whole = tok.norm.replace(NOT_TERM, '');
    let out: string[];
    if (whole === '') out = [];
    else if (tok.kind !== 'arabic') out = [whole];
    else {
      const best = segmentToken(tok, n, text.clitics)[0];
      const stem = best ? best.stem.replace(NOT_TERM, '') : '';
      out = stem !== '' && stem !== whole ? [whole, stem] : [whole];
    }
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(k, out);
    return out;
  };

  const analyse = (s: string): { tok: Token; terms: string[] }[] => {
    const n = text.normaliser.normalise(s);
    const out: { tok: Token; terms: string[] }[] = [];
    for (const tok of tokenise(n)) {
      const t = wordTerms(tok, n);
      if (t.length > 0) out.push({ tok, terms: t });
    }
    return out;
  };

  const terms = (s: string): string => {
    const parts: string[] = [];
    for (const w of analyse(s)) parts.push(...w.terms);
    return parts.join(' ');
  };

  /** The other spellings of the knowledge-base name that starts at word i, and how many words it spans. */
  const expandName = (words: { tok: Token; terms: string[] }[], i: number): { span: number; ids: string[]; alternatives: string[][][] } | null => {
    if (!kb) return null;
    let found: { span: number; ids: string[] } | null = null;
    const max = Math.min(MAX_NAME_WORDS, words.length - i);
    for (let len = max; len >= 1 && !found; len--) {
      const slice = words.slice(i, i + len);
      // the first word may carry proclitics: try its stem too
      const firsts = [...new Set([slice[0]!.tok.norm, ...slice[0]!.terms])];
      for (const first of firsts) {
        const node = walk(kb.names, [first, ...slice.slice(1).map((w) => w.tok.norm)]);
        const ids = node?.refs.filter((r) => r.via === 'name' || r.via === 'alias').map((r) => r.id) ?? [];
        if (ids.length > 0 && ids.length <= MAX_REFERENTS) { found = { span: len, ids: [...new Set(ids)] }; break; }
      }
    }
    if (!found) return null;
    // one-word spellings as words (أميركا for أمريكا); longer names through the referent term of their mentions
    const alternatives: string[][][] = found.ids.map((id) => [[refTerm(id)]]);
    const seen = new Set<string>();
    for (const id of found.ids) {
      const e = kb.entries.get(id);
      if (!e) continue;
      for (const name of [e.name, ...e.aliases]) {
        const ws = analyse(name);
        if (ws.length !== 1) continue;
        const k = ws[0]!.terms.join(' ');
        if (!seen.has(k)) { seen.add(k); alternatives.push([ws[0]!.terms]); }
      }
    }
    return { span: found.span, ids: found.ids, alternatives };
  };

  const query = (q: string): AnalysedQuery => {
    const words = analyse(q);
    const groups: QueryGroup[] = [];
    const refs: string[] = [];
    for (let i = 0; i < words.length; ) {
      const name = expandName(words, i);
      if (name) {
        // the words as typed are one alternative too
        const typed = words.slice(i, i + name.span).map((w) => w.terms);
        const alts: WordTerms[][] = [typed, ...name.alternatives];
        groups.push(dedupeAlternatives(alts));
        refs.push(...name.ids);
        i += name.span;
      } else {
        groups.push([[words[i]!.terms]]);
        i++;
      }
    }
    return { text: q, groups, refs };
  };

  const matches = (s: string, q: AnalysedQuery): { start: number; end: number }[] => {
    const wanted = new Set<string>();
    for (const g of q.groups) for (const alt of g) for (const w of alt) for (const t of w) wanted.add(t);
    const out: { start: number; end: number }[] = [];
    for (const w of analyse(s)) if (w.terms.some((t) => wanted.has(t))) out.push({ start: w.tok.start, end: w.tok.end });
    return out;
  };

  const indexTerms = (x: Extraction): IndexTerms => {
    const refs: string[] = [];
    for (const e of x.entities) if (e.ref) for (let i = 0; i < e.mentions.length; i++) refs.push(refTerm(e.ref));
    const body = terms(x.text);
    return { title: x.article.title ? terms(x.article.title) : '', body: refs.length > 0 ? `${body} ${refs.join(' ')}` : body };
  };

  return { terms, indexTerms, query, matches };
}

function dedupeAlternatives(alts: WordTerms[][]): QueryGroup {
  const seen = new Set<string>();
  const out: Alternative[] = [];
  for (const a of alts) {
    const k = a.map((w) => [...w].sort().join('|')).join(' ');
    if (!seen.has(k)) { seen.add(k); out.push(a); }
  }
  return out;
}

/** Every term of a query, for highlighting and tests. */
export function queryTerms(q: AnalysedQuery): Set<string> {
  const s = new Set<string>();
  for (const g of q.groups) for (const a of g) for (const w of a) for (const t of w) s.add(t);
  return s;
}
