// Finds quotes: reporting cues, their speaker (named, nominal, carried over), the medium, and what was said.
import type { Actor, Entity, Quote, Sector } from '../contract/extraction.js';
import type { Doc } from '../pipeline/doc.js';
import { Cues, type AccordingAt, type VerbAt } from './cues.js';
import type { BackReference, QuoteLexicon } from './lexicon.js';
import { isComplementizerKey, matchAt, nisbaAt, parseSpeaker, phraseLength, type SpeakerPhrase } from './speaker.js';
import { DocView } from './view.js';

/** The longest reported clause, in tokens. */
const MAX_CLAUSE = 400;

interface Built {
  quote: Omit<Quote, 'id'>;
  cueToken: number;
  sentence: number;
}

interface Content {
  start: number;
  end: number;
  direct: boolean;
}

/** What a medium word attached to a preposition reads as: للصحيفة → الصحيفة. */
function stripPreposition(v: DocView, key: string): string[] {
  const lex = v.lex;
  const out: string[] = [];
  for (const p of lex.prepositions) {
    if (!key.startsWith(p) || key.length <= p.length + 1) continue;
    const rest = key.slice(p.length);
    out.push(rest);
    // ل + ال: the article's alef is not written (للصحيفة)
    if (rest.startsWith(lex.article.slice(1)) && !rest.startsWith(lex.article)) out.push(lex.article.charAt(0) + rest);
  }
  return out;
}

/**
 * Finds the quotes of a document: direct ones between quotation marks, indirect ones (قال إن، أفاد بأن، أشار إلى أن),
 * statements with an object (أعلن مقتل، نفى الاتهامات، دعا إلى), attributions (بحسب X، وفق ما أفاد X، نقلاً عن X), with
 * their speaker, medium (`via`) and content. Requires the tokens, sentences, entities, mentions, agents and nominals
 * layers; uses dates when present.
 * @example
 *   findQuotes(doc, lexicon)[0]
 *   // { id: 'q1', speaker: { entity: 'e1', text: 'وزارة الخارجية', … }, cue: { text: 'وقالت', … }, content: { … }, direct: false }
 */
export function findQuotes(doc: Doc, lex: QuoteLexicon): Quote[] {
  return new Finder(new DocView(doc, lex)).run();
}

class Finder {
  private readonly lex: QuoteLexicon;
  private readonly built: Built[] = [];
  /** Tokens already read as part of a quote's speaker or zone: no cue starts there. */
  private readonly consumed: Uint8Array;
  /** Tokens inside a quotation already read as a quote's content. */
  private readonly covered: Uint8Array;
  /** Tokens inside a quotation (marks more than two words apart): the quoted speaker's words, not the article's. */
  private readonly inQuote: Uint8Array;
  /** Role key → the actor last read with that role (مصادر، مدير الاستخبارات …). */
  private readonly roles = new Map<string, Actor>();
  /** Cue token → the quotation that opens before it («…» قال الوزير). */
  private readonly preQuotes = new Map<number, { open: number; close: number }>();
  private readonly cues: Cues;
  /** Closing mark → the marks it may close. */
  private readonly openersOf = new Map<string, string[]>();
  private docCountryMemo: string | null | undefined;
  /** Every preposition the lexicon knows, words and clitics. */
  private readonly allPreps: readonly string[];
  /** Back-reference nouns that may name a medium (الصحيفة، الوكالة). */
  private readonly mediaNouns: ReadonlySet<string>;

  constructor(private readonly v: DocView) {
    const n = v.tokens.length;
    this.lex = v.lex;
    this.cues = new Cues(v);
    this.consumed = new Uint8Array(n);
    this.covered = new Uint8Array(n);
    this.inQuote = new Uint8Array(n);
    for (const [o, c] of v.lex.marks) this.openersOf.set(c, [...(this.openersOf.get(c) ?? []), o]);
    this.allPreps = [...v.lex.adjunctPreps, ...v.lex.complementPreps, ...v.lex.prepositions];
    this.mediaNouns = new Set([...v.lex.backReference].filter(([, b]) => [...b.kinds].some((x) => v.lex.viaKinds.has(x))).map(([k]) => k));
    for (let o = 0; o < n; o++) {
      if (!v.isOpen(o)) continue;
      const c = v.partner[o] as number;
      const end = c === -2 ? v.paragraphEnd(o) : c;
      if (end - o > 3) this.inQuote.fill(1, o + 1, end);
    }
  }

  run(): Quote[] {
    const n = this.v.tokens.length;
    this.findPreQuotes();
    for (let i = 0; i < n; i++) {
      if (this.consumed[i] || this.covered[i] || this.inQuote[i]) continue;
      const acc = this.accordingAt(i);
      if (acc) { this.according(i, acc); continue; }
      const verb = this.verbAt(i);
      if (verb) this.verb(i, verb);
    }
    const seen = new Set<string>();
    const out: Quote[] = [];
    for (const b of this.built.sort((a, b2) => a.cueToken - b2.cueToken)) {
      const sig = `${b.quote.cue.start}:${b.quote.content.start}:${b.quote.content.end}`;
      if (seen.has(sig)) continue;
      seen.add(sig);
      out.push({ id: `q${out.length + 1}`, ...b.quote });
    }
    return out;
  }

  // ── cues ──────────────────────────────────────────────────────────────────────────────────────────────────────

  private verbAt(i: number, afterMa = false): VerbAt | null {
    return this.cues.verbAt(i, afterMa);
  }

  private accordingAt(i: number): AccordingAt | null {
    return this.cues.accordingAt(i);
  }

  private isVerbCue(i: number, form?: 'finite' | 'participle'): boolean {
    return this.cues.isVerb(i, form);
  }

  /**
   * Token i (after a comma) begins a new part of the clause: a participle cue, an attribution, a reporting verb with
   * و or after a linking word (كما قال، فيما أكد), وذلك + an attribution.
   */
  private breakWord(i: number): boolean {
    const v = this.v;
    if (!v.tokens[i]) return true;
    const verb = this.verbAt(i);
    if (verb && (verb.form.form === 'participle' || v.keys(i).length > 1)) return true;
    if (this.accordingAt(i)) return true;
    if (v.key(i) === this.lex.words.thatBeing && this.accordingAt(i + 1)) return true;
    const link = phraseLength(v, i, this.lex.links);
    if (link > 0) {
      let j = i + link;
      const d = v.dateEnd[j] as number;
      if (d > j) j = d;
      if (this.isVerbCue(j, 'finite') || this.accordingAt(j)) return true;
    }
    return false;
  }

  // ── content ───────────────────────────────────────────────────────────────────────────────────────────────────

  /** The token index where the clause that starts at token s ends (exclusive). */
  private clauseEnd(s: number): number {
    const v = this.v;
    // a reported clause is never longer than MAX_CLAUSE tokens: without the bound, a text with no sentence breaks
    // (one 2 MB line) would be scanned to its end once per cue
    const end = Math.min(v.sentenceEnd(s), s + MAX_CLAUSE);
    for (let k = s + 1; k < end; k++) {
      if (v.isOpen(k)) {
        const c = v.partner[k] as number;
        if (c > k && c < end) { k = c; continue; }
      }
      if (v.isComma(k) && this.breakWord(k + 1)) return k;
      // «… المنطقة،" مضيفاً …»: the comma went inside the quotation
      if (v.markRole[k - 1] === 2 && k - 2 >= s && v.isComma(k - 2) && this.breakWord(k)) return k;
    }
    return end;
  }

  /** True when nothing of the clause follows token c (a closing mark). */
  private endsClause(c: number): boolean {
    const v = this.v;
    const next = c + 1;
    if (next >= v.sentenceEnd(c) || next >= v.tokens.length) return true;
    if (v.isPunct(next, '.!?؟;؛…،,:')) return true;
    return this.breakWord(next);
  }

  /** Offsets of tokens [s, e), trimmed of spaces, final punctuation and marks that do not pair inside. */
  private span(startOffset: number, e: number): { start: number; end: number } {
    const v = this.v;
    const last = v.tokens[e - 1];
    let end = last ? last.end : startOffset;
    let start = startOffset;
    const text = v.text;
    const isMark = (ch: string): boolean => this.lex.marks.has(ch) || this.lex.closers.has(ch);
    while (start < end && (/\s/.test(text.charAt(start)) || isMark(text.charAt(start)))) start++;
    for (;;) {
      const ch = text.charAt(end - 1);
      if (end > start && /[\s.,،؛;:!?؟…\-–—]/.test(ch)) { end--; continue; }
      if (end > start && isMark(ch)) {
        // keep a closing mark only when its opening one is inside the span
        const open = this.openersOf.get(ch) ?? [];
        let opens = 0;
        let closes = 0;
        let same = 0;
        for (let x = start; x < end - 1; x++) {
          const c = text.charAt(x);
          if (c === ch) same++;
          if (open.includes(c)) opens++;
          else if (c === ch) closes++;
        }
        const balanced = open.includes(ch) ? same % 2 === 1 : opens > closes;
        if (!balanced) { end--; continue; }
      }
      break;
    }
    return { start, end: Math.max(start, end) };
  }

  /** A complementizer without a pronoun attached (أن، إن، بأن). */
  private bareComplementizer(i: number): boolean {
    const k = this.v.key(i);
    return this.lex.complementPrefixesWithNone.some((p) => k.startsWith(p) && this.lex.complementizers.has(k.slice(p.length)));
  }

  /** The content that starts at token s: a quotation, or a clause to its end. */
  private contentAt(s: number): Content | null {
    const v = this.v;
    let o = s;
    // إن «…»: the quotation is the whole clause; أنها "غير مشروعة": the pronoun is the clause's subject, outside it
    if (isComplementizerKey(v, s) && v.isOpen(s + 1) && this.bareComplementizer(s)) o = s + 1;
    if (v.isPunct(o, ':') && v.isOpen(o + 1)) o = o + 1;
    if (v.isOpen(o)) {
      const c = v.partner[o] as number;
      if (c === -2) {
        const pe = Math.min(v.paragraphEnd(o), v.tokens.length);
        const sp = this.span((v.tokens[o] as { end: number }).end, pe);
        return sp.end > sp.start ? { ...sp, direct: true } : null;
      }
      // «زيفير»، …: one or two words between marks before a comma are a name, not a quotation
      const name = c - o <= 3 && v.isComma(c + 1);
      if (c > o && this.endsClause(c) && !name) {
        const sp = this.span((v.tokens[o] as { end: number }).end, c);
        if (sp.end <= sp.start) return null;
        this.covered.fill(1, o, c + 1);
        return { ...sp, direct: true };
      }
    }
    const e = this.clauseEnd(s);
    if (e <= s) return null;
    const sp = this.span((v.tokens[s] as { start: number }).start, e);
    return sp.end > sp.start ? { ...sp, direct: false } : null;
  }

  // ── zone between the cue and the content ──────────────────────────────────────────────────────────────────────

  /** Media entities named at token i (a name, or a word that refers back to one: للصحيفة نفسها). */
  private mediaAt(i: number, via: Set<string>): void {
    const v = this.v;
    const m = v.mentionStart[i];
    if (m && this.isMedia(m.entity)) via.add(m.entity.id);
    const nom = v.nominalAt[i];
    if (nom) {
      const e = v.byRef.get(nom.id);
      if (e && this.isMedia(e)) via.add(e.id);
    }
    const keys = v.keys(i);
    for (const k of keys.length > 0 && v.tokens[i]?.kind === 'arabic' ? [...keys, ...stripPreposition(v, v.key(i))] : []) {
      if (this.mediaNouns.has(k)) {
        const e = this.backResolve(i, k);
        if (e && this.isMedia(e)) via.add(e.id);
      }
      // على موقع تويتر، عبر حسابه على تويتر
      if (this.lex.platforms.has(k)) {
        const p = v.mentionStart[i + 1] ?? (v.isOpen(i + 1) ? v.mentionStart[i + 2] : undefined);
        if (p && p.entity.type === 'ORG') via.add(p.entity.id);
      }
    }
  }

  private isMedia(e: Entity): boolean {
    const kind = (e.ref ? this.lex.kindOf(e.ref) : null) ?? e.kind;
    return kind !== null && this.lex.viaKinds.has(kind);
  }

  /** True when token i is a preposition (a word of its own, or attached: لوكالة، بتصريح). */
  private prepAt(i: number): string | null {
    const v = this.v;
    const k = v.key(i);
    if (this.lex.adjunctPreps.has(k) || this.lex.complementPreps.has(k)) return k;
    if (this.lex.prepositions.includes(k)) return k;
    // a preposition with a pronoun: فيه، عنها، له، منهم
    for (const p of this.allPreps) if (k.startsWith(p) && this.lex.objectPronouns.includes(k.slice(p.length))) return p;
    const m = v.mentionStart[i];
    for (const p of this.lex.prepositions) {
      if (!k.startsWith(p)) continue;
      if (m && m.tokenStart === i && !v.conjOnly(m.prefix)) return p;
      if (k.length < p.length + 3) continue;
      const rest = stripPreposition(v, k);
      if (rest.some((r) => this.lex.backReference.has(r) || this.lex.channels.startingWith(r).length > 0)) return p;
      if (this.lex.descriptors.has(rest[0] ?? '') || this.lex.platforms.has(rest[0] ?? '')) return p;
    }
    // otherwise as the text layer's clitic analysis reads the word (بردود → ب + ردود)
    return v.tokens[i]?.kind === 'arabic' && !m ? v.attachedPreposition(i) : null;
  }

  /**
   * Skips what may stand between a cue (or its speaker) and the content: commas, dates, fillers (أيضا، من جهته), the
   * relay noun (قوله), attributions and prepositional phrases (في بيان، لوكالة فرانس برس، في مقابلة مع شبكة «سي بي
   * إس»), collecting the media named there. `contentPreps` are prepositions that begin the content instead.
   */
  private skipZone(j: number, limit: number, via: Set<string>, contentPreps: readonly string[]): number {
    const v = this.v;
    const lex = this.lex;
    for (let guard = 0; guard < lex.maxZone && j < limit; guard++) {
      if (v.isPunct(j, '،,')) { j++; continue; }
      if (v.isPunct(j, ':') && !v.isOpen(j + 1)) { j++; continue; }
      const d = v.dateEnd[j] as number;
      if (d > j) { j = d; continue; }
      const f = phraseLength(v, j, lex.fillers);
      if (f > 0) { j += f; continue; }
      if (lex.relayNouns.has(v.key(j))) { j++; continue; }
      // a person named in apposition, after a title: الكولونيل باتريك سترايغر
      if (v.keys(j).some((k) => lex.titles.has(k))) {
        let e = j + 1;
        while (e < limit && e - j <= 4 && v.tokens[e]?.kind === 'arabic' && this.prepAt(e) === null && !isComplementizerKey(v, e) && !this.isVerbCue(e)) e++;
        if (e > j + 1) { j = e; continue; }
      }
      // a place in apposition: جنوبي البلاد، شمال غرب سوريا
      const dir = phraseLength(v, j, lex.directions);
      if (dir > 0) {
        const m = v.mentionStart[j + dir];
        j = m && m.tokenStart === j + dir ? m.tokenEnd : j + dir + 1;
        continue;
      }
      if (isComplementizerKey(v, j) || v.isOpen(j) || this.isVerbCue(j)) break;
      // a relative clause about the speaker, up to its comma: التي تصدر بالإنجليزية،
      if (v.keys(j).some((k) => lex.relatives.has(k))) {
        let c = j + 1;
        while (c < limit && c - j < 10 && !v.isComma(c) && !isComplementizerKey(v, c) && !v.isOpen(c)) c++;
        if (v.isComma(c)) { j = c + 1; continue; }
        break;
      }
      // a parenthetical attribution (وقال المصدر، بحسب وكالة سانا، «…»، قالت الصحيفة، نقلاً عن مصادر، إن …) is the
      // medium's or the speaker's source; one that closes the sentence is a quote of its own
      const acc = this.accordingAt(j);
      if (acc) {
        let s = j + 1;
        if (acc.cue.prep && v.key(s) === acc.cue.prep) s++;
        const p = this.speakerAt(s, limit);
        let e = p ? p.tokenEnd : s + 1;
        while (e < limit && e - s < 10 && !v.isPunct(e) && !isComplementizerKey(v, e) && !v.isOpen(e)) e++;
        if (!(v.isPunct(e, '،,:') || isComplementizerKey(v, e) || v.isOpen(e))) break;
        this.consumed[j] = 1;
        if (p?.entity && this.isMedia(p.entity)) via.add(p.entity.id);
        j = e;
        continue;
      }
      const prep = this.prepAt(j);
      if (prep === null || (contentPreps.includes(prep) && !this.isAdjunctNoun(j))) break;
      // an attached ب before anything but a statement or a medium is manner or content (بقوة، بفتح), not an adjunct
      if (prep !== v.key(j) && prep !== lex.words.dative && !this.isAdjunctNoun(j) && !(v.mentionStart[j] && !v.conjOnly((v.mentionStart[j] as { prefix: string }).prefix))) break;
      // عن، إلى، من … begin what is reported, unless a statement or a medium follows (على موقع، ببيان)
      if (lex.complementPreps.has(prep) && !lex.adjunctPreps.has(v.key(j)) && !lex.prepositions.includes(prep) && !this.isAdjunctNoun(j)) break;
      // a prepositional phrase: up to the next comma, complementizer, quotation or cue
      const start = j;
      let k = j;
      let boundary = -1;
      for (; k < limit && k - start < lex.maxZone; k++) {
        if (k > start && (v.isPunct(k, '،,:') || isComplementizerKey(v, k) || this.isVerbCue(k) || this.accordingAt(k))) { boundary = k; break; }
        if (v.isOpen(k)) {
          const c = v.partner[k] as number;
          // a name in quotation marks stays inside the phrase; a quotation ends it
          if (c > k && c - k <= 5 && v.mentionCover[k + 1] && !this.endsClauseHard(c)) { this.mediaAt(k + 1, via); k = c; continue; }
          boundary = k;
          break;
        }
        if (k > start && this.lex.complementPreps.has(v.key(k)) && isComplementizerKey(v, k + 1)) { boundary = k; break; }
        this.mediaAt(k, via);
      }
      if (boundary < 0) {
        // no boundary near: the phrase is the preposition and its noun (with a name or nisba after it)
        let e = Math.min(start + 2, limit);
        while (e < limit && e - start < 5 && (v.mentionCover[e] || nisbaAt(v, e))) e++;
        j = e;
        break;
      }
      j = boundary;
    }
    return j;
  }

  /** A closing mark after which the sentence ends or a new part starts (a quotation, not a quoted name). */
  private endsClauseHard(c: number): boolean {
    const v = this.v;
    const next = c + 1;
    return next >= v.sentenceEnd(c) || v.isPunct(next, '.!?؟');
  }

  /** Token i is a preposition whose noun is a statement or medium (في بيان، لوكالة، بتصريح), never the content. */
  private isAdjunctNoun(i: number): boolean {
    const v = this.v;
    const k = v.key(i);
    const next = this.lex.adjunctPreps.has(k) || this.lex.complementPreps.has(k) ? i + 1 : i;
    const keys = next === i ? stripPreposition(v, k) : v.keys(next);
    if (keys.some((x) => this.lex.channels.startingWith(x).length > 0 || this.lex.descriptors.has(x) || this.lex.platforms.has(x))) return true;
    const m = v.mentionStart[next];
    return m !== undefined && this.isMedia(m.entity);
  }

  // ── speakers ──────────────────────────────────────────────────────────────────────────────────────────────────

  private speakerAt(i: number, limit: number): SpeakerPhrase | null {
    return parseSpeaker(this.v, i, limit, (t, sector) => this.backResolve(t, undefined, sector));
  }

  /**
   * The entity a definite common noun at token i refers to: the last one named before it whose name begins with
   * that noun or follows it (الوزارة → وزارة الدفاع الروسية; الصحيفة → صحيفة «ديلي بيست»), or whose kind the noun
   * announces; failing that, the first such one named after it.
   */
  private backResolve(i: number, key?: string, sector?: Sector): Entity | null {
    const v = this.v;
    const lex = this.lex;
    let b: BackReference | undefined;
    for (const k of key ? [key] : [...v.keys(i), ...stripPreposition(v, v.key(i))]) {
      b = lex.backReference.get(k);
      if (b) break;
    }
    if (!b) return null;
    const nom = v.nominalAt[i];
    if (nom) return v.byRef.get(nom.id) ?? null;
    const fits = (t: number): Entity | null => {
      const m = v.mentionStart[t];
      if (!m || m.tokenStart !== t) return null;
      const firstBare = m.firstBare;
      const before = t > 0 ? v.bareKey(t - 1) : '';
      const beforeMark = t > 1 && v.isOpen(t - 1) ? v.bareKey(t - 2) : '';
      const kind = (m.entity.ref ? lex.kindOf(m.entity.ref) : null) ?? m.entity.kind ?? '';
      if (sector && (m.entity.ref ? lex.sectorOf(m.entity.ref) : null) !== sector) return null;
      if (firstBare === b.bare || before === b.bare || beforeMark === b.bare || b.kinds.has(kind)) return m.entity;
      return null;
    };
    const list = v.mentionList;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as { tokenStart: number }).tokenStart < i) lo = mid + 1; else hi = mid;
    }
    for (let x = lo - 1; x >= 0; x--) {
      const e = fits((list[x] as { tokenStart: number }).tokenStart);
      if (e) return e;
    }
    for (let x = lo; x < list.length; x++) {
      const t = (list[x] as { tokenStart: number }).tokenStart;
      if (t === i) continue;
      const e = fits(t);
      if (e) return e;
    }
    return null;
  }

  /** A preposition before token i (a word of its own, or attached to it). */
  private afterPreposition(i: number): boolean {
    const v = this.v;
    const prev = v.key(i - 1);
    return i > v.sentenceStart(i) && (this.lex.adjunctPreps.has(prev) || this.lex.complementPreps.has(prev) || this.lex.prepositions.includes(prev));
  }

  /** True when a clause may begin at token t: the sentence start, after punctuation, a complementizer or a link word. */
  private opensClause(t: number): boolean {
    const v = this.v;
    const lex = this.lex;
    if (t <= v.sentenceStart(t)) return true;
    const p = t - 1;
    if (v.isPunct(p) && !v.markRole[p]) return true;
    if (v.markRole[p] === 2) return true;
    if (isComplementizerKey(v, p)) return true;
    if (v.keys(p).some((k) => lex.auxiliaries.has(k) || lex.relatives.has(k))) return true;
    if (v.keys(p).some((k) => lex.links.word(k))) return true;
    // و before the phrase's first word: والوزير قال … (the letter is a conjunction when a name or role follows it)
    const m = v.mentionStart[t];
    if (m && m.tokenStart === t && m.prefix !== '' && v.conjOnly(m.prefix)) return true;
    const a = v.agentStart[t];
    const tok = v.tokens[t];
    return a !== undefined && tok !== undefined && a.start > tok.start && v.conjOnly(lex.key(v.text.slice(tok.start, a.start)));
  }

  /**
   * The subject before a verb (SVO): «الوزير قال»، «وكانت صحيفة «ديلي بيست» ذكرت»، «الوزارة التي ذكرت»، «إن المتظاهرين
   * المجتمعين قرب مقر الحكومة قالوا». The phrase must begin a clause; failing that, the actor that begins the clause
   * the verb closes is taken.
   */
  private subjectBefore(i: number, strictly = false): SpeakerPhrase | null {
    const v = this.v;
    const lex = this.lex;
    const from = v.sentenceStart(i);
    let k = i - 1;
    let relative = false;
    while (k >= from && v.keys(k).some((x) => lex.auxiliaries.has(x) || lex.relatives.has(x))) {
      if (v.keys(k).some((x) => lex.relatives.has(x))) relative = true;
      k--;
    }
    if (relative && v.isComma(k)) k--;
    const d = this.dateBefore(k);
    if (d >= 0) k = d - 1;
    if (k < from) return null;
    let start = -1;
    if (v.markRole[k] === 2) {
      const o = v.partner[k] as number;
      if (o >= from && v.mentionEnd[k - 1] && (v.mentionEnd[k - 1] as { tokenStart: number }).tokenStart === o + 1) start = o;
      if (start >= 0 && o - 1 >= from && v.keys(o - 1).some((x) => lex.descriptors.has(x))) start = o - 1;
      if (start < 0 && o >= from && k - o >= 2 && k - o <= 6 && (relative || this.opensClause(o))) {
        // a name the KB does not know, in quotation marks: "التنسيقيات"، والتي دعت …
        const a = v.tokens[o + 1] as { start: number };
        const b = v.tokens[k - 1] as { end: number };
        return {
          tokenStart: o, tokenEnd: k + 1, start: a.start, end: b.end, entity: null, country: null, countryKnown: true,
          sector: null, kind: 'agent', head: null, definite: false, bare: false,
        };
      }
    } else {
      const m = v.mentionEnd[k];
      const a = v.agentEnd[k];
      if (m) start = m.tokenStart;
      if (m && m.tokenStart > from && v.keys(m.tokenStart - 1).some((x) => lex.descriptors.has(x))) start = m.tokenStart - 1;
      if (a && (start < 0 || a.tokenStart < start) && !(m && m.entity.type === 'PER')) start = a.tokenStart;
      if (start < 0 && v.keys(k).some((x) => lex.backReference.has(x) || lex.sources.word(x))) start = k;
    }
    const direct = start >= 0 && !this.afterPreposition(start) && (relative || this.opensClause(start));
    if (direct) {
      const mm = v.mentionStart[start];
      if (mm && !v.conjOnly(mm.prefix)) return null;
      const p = this.speakerAt(start, i);
      if (p && p.tokenEnd <= i) return p;
    }
    if (relative) return null;
    // the actor that opens the clause the verb closes (strictly: only after كان، وكانت … قد)
    for (let t = k; t >= from && k - t < 12; t--) {
      if (this.isVerbCue(t) || this.accordingAt(t)) return null;
      if (!this.opensClause(t)) continue;
      if (v.isPunct(t)) return null;
      if (strictly && !(t > from && v.keys(t - 1).some((x) => lex.auxiliaries.has(x)))) return null;
      const p = this.speakerAt(t, i);
      return p && p.tokenEnd <= i && !p.bare ? p : null;
    }
    return null;
  }

  /** A relative pronoun just before token i (auxiliaries between): والتي كانت أعلنت. */
  private afterRelative(i: number): boolean {
    const v = this.v;
    const lex = this.lex;
    for (let k = i - 1; k >= v.sentenceStart(i) && k >= i - 3; k--) {
      if (v.keys(k).some((x) => lex.relatives.has(x))) return true;
      if (!v.keys(k).some((x) => lex.auxiliaries.has(x))) return false;
    }
    return false;
  }

  private dateBefore(k: number): number {
    const v = this.v;
    for (let s = Math.max(0, k - 4); s <= k; s++) if ((v.dateEnd[s] as number) === k + 1) return s;
    return -1;
  }

  /** The first actor of the sentence before token i that is not governed by a preposition. */
  private firstSubject(from: number, to: number): SpeakerPhrase | null {
    const v = this.v;
    for (let t = from; t < to; t++) {
      if (this.afterPreposition(t)) continue;
      const m = v.mentionStart[t];
      const a = v.agentStart[t];
      const isActor = (m && m.tokenStart === t && v.conjOnly(m.prefix) && (m.entity.type !== 'LOC' || this.governmentPlace(m.entity))) ||
        (a && a.start === (v.tokens[t] as { start: number }).start) || (v.isOpen(t) && v.mentionStart[t + 1]) ||
        matchAt(v, t, this.lex.sources) !== undefined || (v.keys(t).some((k) => this.lex.backReference.has(k)) && this.backResolve(t) !== null);
      if (!isActor) continue;
      const p = this.speakerAt(t, to);
      if (p && !p.bare) return p;
    }
    return null;
  }

  private governmentPlace(e: Entity): boolean {
    return e.ref !== null && this.lex.isGovernmentPlace(e.ref);
  }

  /** True when offset `pos` lies inside the content of a quote already read. */
  private insideContent(pos: number): boolean {
    return this.built.some((b) => b.quote.content.start <= pos && pos < b.quote.content.end);
  }

  private lastQuote(): Built | undefined {
    return this.built[this.built.length - 1];
  }

  /** The speaker of a cue with no subject of its own: the clause's subject, or the previous quote's speaker. */
  private carried(i: number, participle: boolean): Actor | null {
    const v = this.v;
    const sent = v.sentOf[i] as number;
    const last = this.lastQuote();
    if (last && last.sentence === sent && last.cueToken < i) return last.quote.speaker;
    const subj = this.firstSubject(v.sentenceStart(i), i);
    // the previous quote's speaker goes on speaking (وأضاف …) while the quote is near
    const near = last !== undefined && sent - last.sentence <= 3;
    // a cue that opens its sentence (وأضاف …) goes on with the last speaker; one inside it shares its subject
    if (subj && (participle || !near || !this.clauseInitial(i))) return this.actorOf(subj, i, new Set());
    if (last) return last.quote.speaker;
    if (subj) return this.actorOf(subj, i, new Set());
    const prev = v.sentences[sent - 1];
    if (prev) {
      const p = this.firstSubject(prev.tokenStart, prev.tokenEnd);
      if (p) return this.actorOf(p, i, new Set());
    }
    return null;
  }

  /** The contract actor of a speaker phrase; nominal phrases get their country from the context when they lack one. */
  private actorOf(p: SpeakerPhrase, i: number, via: ReadonlySet<string>): Actor {
    const v = this.v;
    const text = v.text.slice(p.start, p.end);
    if (p.kind === 'channel' && p.bare && p.definite) {
      const last = this.lastQuote();
      if (last) return { ...last.quote.speaker, text, start: p.start, end: p.end };
    }
    if (p.kind === 'agent' && p.definite && p.head && (p.bare || !p.countryKnown)) {
      const prev = this.roles.get(p.head);
      if (prev) return { ...prev, text, start: p.start, end: p.end };
    }
    let country = p.country;
    if (!p.countryKnown && p.entity === null) country = this.contextCountry(i, p, via);
    const actor: Actor = { entity: p.entity?.id ?? null, text, start: p.start, end: p.end, country, sector: p.sector };
    if (p.head) this.roles.set(p.head, actor);
    return actor;
  }

  // ── countries from the context ────────────────────────────────────────────────────────────────────────────────

  /** Countries named in tokens [from, to): places first (where things happen), then actors and nisba adjectives. */
  private countriesIn(from: number, to: number): string[] {
    const v = this.v;
    const places: string[] = [];
    const others: string[] = [];
    for (let t = from; t < to; t++) {
      const m = v.mentionStart[t];
      if (m && m.tokenStart === t && m.entity.country) (m.entity.type === 'LOC' ? places : others).push(m.entity.country);
      const a = v.agentStart[t];
      if (a && a.countries[0]) others.push(a.countries[0]);
      else if (!m) {
        const n = nisbaAt(v, t);
        if (n) others.push(n);
      }
    }
    return [...places, ...others];
  }

  /**
   * The country of an unnamed source: that of the last actor with the same role word (السلطات → السلطات الألبانية),
   * of the medium that carries it, of the actors and places of its sentence, of the sentence before, or of the article.
   */
  private contextCountry(i: number, p: SpeakerPhrase, via: ReadonlySet<string>): string | null {
    const v = this.v;
    const headWord = p.head?.split(' ')[0];
    if (headWord) {
      for (let k = v.agents.length - 1; k >= 0; k--) {
        const a = v.agents[k];
        if (!a || a.tokenStart >= p.tokenStart || !a.countries[0]) continue;
        if (v.bareKey(a.tokenStart) === headWord) return a.countries[0];
      }
    }
    const s = v.sentOf[i] as number;
    const sent = v.sentences[s];
    if (sent) {
      const before = this.countriesIn(sent.tokenStart, p.tokenStart);
      if (before[0]) return before[0];
      const after = this.countriesIn(p.tokenEnd, sent.tokenEnd);
      if (after[0]) return after[0];
    }
    for (const id of via) {
      const c = v.byId.get(id)?.country;
      if (c) return c;
    }
    const prev = v.sentences[s - 1];
    if (prev) {
      const c = this.countriesIn(prev.tokenStart, prev.tokenEnd);
      if (c[0]) return c[0];
    }
    if (this.docCountryMemo === undefined) this.docCountryMemo = this.mostFrequentCountry();
    return this.docCountryMemo;
  }

  private mostFrequentCountry(): string | null {
    const count = new Map<string, number>();
    for (const c of this.countriesIn(0, this.v.tokens.length)) count.set(c, (count.get(c) ?? 0) + 1);
    let best: string | null = null;
    let n = 0;
    for (const [c, k] of count) if (k > n) { best = c; n = k; }
    return best;
  }

  // ── constructions ─────────────────────────────────────────────────────────────────────────────────────────────

  /** Quotations that open before their cue: «…»، قال الوزير / "…"، بحسب المصدر. */
  private findPreQuotes(): void {
    const v = this.v;
    for (let o = 0; o < v.tokens.length; o++) {
      if (!v.isOpen(o)) continue;
      const c = v.partner[o] as number;
      if (c <= o) continue;
      const from = v.sentenceStart(o);
      let clauseStart = true;
      for (let t = from; t < o; t++) if (!v.isPunct(t) && !v.conjOnly(v.key(t))) clauseStart = false;
      if (!clauseStart) continue;
      const x = v.isComma(c + 1) ? c + 2 : c + 1;
      const verb = this.verbAt(x);
      if ((verb && verb.form.form === 'finite') || this.accordingAt(x)) {
        this.preQuotes.set(x, { open: o, close: c });
        this.covered.fill(1, o, c + 1);
      }
    }
  }

  private add(cueToken: number, cueStart: number, cueEnd: number, speaker: Actor | null, via: Set<string>, content: Content): void {
    if (!speaker) return;
    const v = this.v;
    // what was said never begins or ends with a stray quotation mark or a space (قال “ قال “ ”)
    let { start, end } = content;
    const stray = (ch: string): boolean => /\s/u.test(ch) || v.lex.marks.has(ch) || v.lex.closers.has(ch);
    while (start < end && stray(v.text.charAt(start))) start++;
    while (end > start && stray(v.text.charAt(end - 1))) end--;
    if (end <= start) return;
    content = { ...content, start, end };
    // the words between the cue and the content (speaker, medium, unnamed-source phrases) hold no other cue
    const contentToken = v.tokenAt(content.start);
    for (let t = cueToken + 1; t < contentToken; t++) if (!this.accordingAt(t)) this.consumed[t] = 1;
    via.delete(speaker.entity ?? '');
    this.built.push({
      quote: {
        speaker,
        via: [...via],
        cue: { start: cueStart, end: cueEnd, text: v.text.slice(cueStart, cueEnd) },
        content: { start: content.start, end: content.end },
        direct: content.direct,
      },
      cueToken,
      sentence: v.sentOf[cueToken] as number,
    });
  }

  private preQuoteContent(i: number): Content | null {
    const pq = this.preQuotes.get(i);
    if (!pq) return null;
    const v = this.v;
    const sp = this.span((v.tokens[pq.open] as { end: number }).end, pq.close);
    return sp.end > sp.start ? { ...sp, direct: true } : null;
  }

  /** A reporting verb: its speaker (after it, before it, or carried over), the zone, and its complement. */
  private verb(i: number, at: VerbAt): void {
    const v = this.v;
    const lex = this.lex;
    const verb = at.form.verb;
    const sEnd = v.sentenceEnd(i);
    const limit = Math.min(sEnd, i + 1 + lex.maxZone);
    const via = new Set<string>();
    const participle = at.form.form === 'participle';
    const tok = v.tokens[i] as { start: number; end: number };
    let phrase: SpeakerPhrase | null = null;
    let zone = i + 1;
    if (participle) {
      const next = v.isPunct(i + 1, ':') ? i + 2 : i + 1;
      const opens = isComplementizerKey(v, next) || v.isOpen(next) ||
        (lex.complementPreps.has(v.key(next)) && isComplementizerKey(v, next + 1));
      if (!v.isComma(i - 1) && !opens && !v.markRole[i - 1]) return;
    } else if (verb.relay) {
      // نقلت وكالة رويترز عن المتحدث قوله إن …: the subject is the medium, the speaker follows عن
      const r = this.relay(i, limit, via);
      if (!r) return;
      phrase = r;
      zone = phrase.tokenEnd;
    } else if (verb.next.length > 0) {
      // جاء في البيان أن …، جاء فيه أن …: the statement speaks (its owner, or the speaker before)
      const k = v.key(i + 1);
      if (!verb.next.includes(k)) return;
      const inner = k === verb.next[0] ? this.speakerAt(i + 2, limit) : null;
      if (k === verb.next[0] && !inner) return;
      phrase = inner;
      zone = inner ? inner.tokenEnd : i + 2;
    } else {
      phrase = this.speakerAt(i + 1, limit);
      if (phrase) zone = phrase.tokenEnd;
      // ووصف حزب العمال بأنه …: with the preposition right after it, the phrase is the object and the subject, the
      // one who spoke just before, is dropped; a name that is that speaker again is the subject
      const last = this.lastQuote();
      if (phrase && verb.proDropObject && !at.pronoun && this.startsWithPrep(phrase.tokenEnd, verb.preps) && phrase.entity?.type !== 'PER' &&
        last && (v.sentOf[i] as number) - last.sentence <= 1 && last.quote.speaker.entity !== (phrase.entity?.id ?? null)) {
        phrase = null;
        zone = i + 1;
      }
    }
    // التي كانت أعلنت …: a verb of a relative clause whose antecedent is no speaker reports nothing
    if (!phrase && !participle && this.afterRelative(i) && !this.subjectBefore(i)) return;
    // يُذكر أن، يُشار إلى أن: an impersonal passive, nobody speaks
    if (!phrase && !participle && v.keys(i).some((k) => lex.impersonal.has(k))) return;
    let before = !participle && (!phrase || verb.frames.has('object')) ? this.subjectBefore(i, !!phrase) : null;
    if (phrase && before) {
      // «وكانت المفوضية … قد حثت إسرائيل على …»: a subject before the verb makes the phrase after it the object
      if (!at.pronoun) { phrase = null; zone = i + 1; } else before = null;
    }
    let content = this.preQuoteContent(i);
    // ودعت جميع الأطراف إلى …: after a verb whose object may come first, while the last speaker is near, the words
    // after the verb are its object and the subject is dropped
    const last = this.lastQuote();
    const dropped = verb.objectFirst && last !== undefined && (v.sentOf[i] as number) - last.sentence <= 1;
    if (!content && !phrase && !before && !participle && !at.pronoun && !dropped) {
      // words the KB does not know where the subject stands: قال ارديان سيبا، إن …، وأكدت منظمة "OPCW" بأن …
      const r = this.unknownSubject(i, at, limit, via);
      if (r) { content = r.content; phrase = r.phrase; }
    }
    if (!content) {
      const j = this.skipZone(zone, limit, via, verb.preps);
      content = this.complement(i, j, at, phrase !== null || before !== null || participle, limit);
      if (!content && (phrase || before || participle) && !at.pronoun) content = this.ahead(j, at, limit, via)?.content ?? null;
    }
    if (!content) return;
    phrase ??= before;
    // a cue with no subject of its own inside what someone else is quoted as saying is part of it
    if (!phrase && this.insideContent(tok.start)) return;
    const speaker = phrase ? this.actorOf(phrase, i, via) : this.carried(i, participle);
    this.add(i, tok.start, tok.end, speaker, via, content);
  }

  /** «نقلت وكالة رويترز عن المتحدث …»: the subject is the medium, the speaker follows عن. */
  private relay(i: number, limit: number, via: Set<string>): SpeakerPhrase | null {
    const v = this.v;
    const from = this.lex.words.relayFrom;
    const medium = v.key(i + 1) === from ? null : this.speakerAt(i + 1, limit);
    let j = medium ? medium.tokenEnd : i + 1;
    if (medium?.entity && this.isMedia(medium.entity)) via.add(medium.entity.id);
    if (v.key(j) !== from) j = this.skipZone(j, limit, via, [from]);
    if (v.key(j) !== from) return null;
    return this.speakerAt(j + 1, limit);
  }

  /**
   * Looks past words the lexicon cannot place (a name it does not know, an apposition, a long phrase about the
   * speaker) for the complement of a verb that takes a clause or a quotation: the first complementizer or quotation
   * within reach, before any other cue.
   */
  private ahead(j: number, at: VerbAt, limit: number, via: Set<string>): { content: Content; at: number } | null {
    const v = this.v;
    const verb = at.form.verb;
    for (let k = j; k < limit && k - j < this.lex.maxZone; k++) {
      if (k > j && (this.isVerbCue(k) || this.accordingAt(k))) return null;
      if (verb.frames.has('that')) {
        let s = -1;
        if (isComplementizerKey(v, k)) s = k;
        else if (this.lex.complementPreps.has(v.key(k)) && isComplementizerKey(v, k + 1)) s = k + 1;
        if (s >= 0) {
          if (this.lex.notAfter.has(v.key(s - 1))) return null;
          const c = this.contentAt(s);
          return c ? { content: c, at: s } : null;
        }
      }
      if (v.isOpen(k)) {
        const c = v.partner[k] as number;
        // a quotation after a colon, or one that ends the sentence (not a name between commas)
        const whole = c === -2 || (c > k && c - k > 3 && (v.isPunct(k - 1, ':') ? this.endsClause(c) : this.endsClauseHard(c)));
        if (verb.frames.has('quote') && whole) {
          const content = this.contentAt(k);
          return content ? { content, at: k } : null;
        }
        if (c > k) { for (let x = k + 1; x < c; x++) this.mediaAt(x, via); k = c; }
        continue;
      }
      this.mediaAt(k, via);
    }
    return null;
  }

  /** The complement at token j, as the verb's frames allow. */
  private complement(i: number, j: number, at: VerbAt, hasSubject: boolean, limit: number): Content | null {
    const v = this.v;
    const verb = at.form.verb;
    if (j >= limit) return null;
    if (verb.frames.has('that')) {
      let s = -1;
      if (isComplementizerKey(v, j)) s = j;
      else if (this.lex.complementPreps.has(v.key(j)) && isComplementizerKey(v, j + 1)) s = j + 1;
      if (s >= 0 && !this.lex.notAfter.has(v.key(s - 1))) return this.contentAt(s);
    }
    if (verb.frames.has('quote') || verb.frames.has('object')) {
      const o = v.isPunct(j, ':') ? j + 1 : j;
      if (v.isOpen(o)) {
        // a quotation, or (for a verb with an object) a phrase that opens with a quoted part (أبدى "أسفه" لـ …)
        const c = this.contentAt(o);
        if (c && (c.direct || verb.frames.has('object'))) return c;
      }
    }
    if (!verb.frames.has('object')) return null;
    if (verb.frames.has('that') && !at.pronoun) {
      // أفاد مصدر بإدارة أمن الطرق بمكة أن …، أكد رئيس مجموعة شبكة "…" فلان: "…": a clause or a quotation close
      // ahead is the complement, not the words before it
      for (let x = j; x < Math.min(limit, j + 10); x++) {
        if (isComplementizerKey(v, x) && !this.lex.notAfter.has(v.key(x - 1))) return this.contentAt(x);
        if (verb.frames.has('quote') && v.isPunct(x, ':') && v.isOpen(x + 1)) return this.contentAt(x + 1);
        if (v.isOpen(x)) {
          const c = v.partner[x] as number;
          if (c > x && c - x <= 5 && !this.endsClause(c)) { x = c; continue; }
          break;
        }
        if (v.isPunct(x) || this.isVerbCue(x)) break;
      }
    }
    if (at.form.form === 'participle' && !v.isComma(i - 1) && !v.markRole[i - 1]) return null;
    if (!hasSubject && !at.pronoun && at.form.form === 'finite' && !this.subjectBefore(i) && !this.lastQuote()) return null;
    // أعلنته منظمة …، يعتبره المواطنون …: the pronoun is the object; without a preposition after, nothing is reported
    if (at.pronoun && (verb.preps.length === 0 || !this.prepNear(j, limit, verb.preps))) return null;
    const t = v.tokens[j];
    if (!t || t.kind === 'punct' && !v.isOpen(j)) return null;
    if (isComplementizerKey(v, j) || this.isVerbCue(j, 'finite') || this.accordingAt(j)) return null;
    if (verb.preps.length > 0 && !verb.objectFirst && !this.startsWithPrep(j, verb.preps)) {
      // a word or two the lexicon cannot place before the preposition (أعرب الاتحاد يوم الاثنين عن …)
      for (let x = j + 1; x < Math.min(limit, j + 3); x++) {
        if (v.isPunct(x)) break;
        if (this.startsWithPrep(x, verb.preps)) return this.contentAt(x);
      }
      return null;
    }
    if (verb.preps.length > 0 && verb.objectFirst && !this.prepNear(j, limit, verb.preps)) return null;
    return this.contentAt(j);
  }

  /** Token j is one of `preps`, or begins with it (بفتح، بالسعي). */
  private startsWithPrep(j: number, preps: readonly string[]): boolean {
    const v = this.v;
    if (v.markRole[j] === 1) j++;
    const k = v.key(j);
    return preps.some((p) => k === p || this.attached(j, p));
  }

  /** Token j carries the one-letter preposition p (بفتح، بالسعي), not a word that starts with its letter (بشار). */
  private attached(j: number, p: string): boolean {
    const v = this.v;
    const k = v.key(j);
    if (p.length !== 1 || !k.startsWith(p) || k.length <= 2) return false;
    const m = v.mentionStart[j];
    if (m && m.tokenStart === j) return !v.conjOnly(m.prefix);
    return this.lex.attachedPreposition(k) === p;
  }

  /** One of `preps` begins a word within the next few tokens (the object may come first: اتهمت حماس إسرائيل بالسعي). */
  private prepNear(j: number, limit: number, preps: readonly string[]): boolean {
    const v = this.v;
    for (let x = j, words = 0; x < limit && words < 7; x++) {
      if (v.markRole[x]) continue;
      if (v.isPunct(x)) return false;
      const k = v.key(x);
      if (preps.some((p) => k === p || this.attached(x, p))) return true;
      words++;
    }
    return false;
  }

  /**
   * «قال ارديان سيبا، إن …»، «أعرب غوتيرش، في بيان، عن …»: up to three words the KB does not know between the verb and
   * its complement are the speaker's name.
   */
  private unknownSubject(i: number, at: VerbAt, limit: number, via: Set<string>): { phrase: SpeakerPhrase; content: Content } | null {
    const v = this.v;
    const verb = at.form.verb;
    const first = v.tokens[i + 1];
    let from = i + 1;
    let e = i + 1;
    const close = v.partner[i + 1] as number;
    let quoted = false;
    if (v.isOpen(i + 1) && close > i + 2 && close - i <= 7 && !this.endsClause(close)) {
      // a name the KB does not know, between quotation marks: ودعت "تنسيقيات المحافظات الجنوبية" في بيان …
      from = i + 2;
      e = close;
      quoted = true;
    } else {
      if (!first || first.kind !== 'arabic' || this.prepAt(i + 1) !== null || phraseLength(v, i + 1, this.lex.fillers) > 0) return null;
      if (isComplementizerKey(v, i + 1) || v.dateEnd[i + 1] !== -1) return null;
      while (e < limit && e - i <= 4) {
        const t = v.tokens[e];
        // د. فلان: an abbreviated title and its full stop belong to the name
        const abbrev = t?.text === '.' && e > i + 1 && v.keys(e - 1).some((k) => this.lex.titles.has(k));
        if (!abbrev && (t?.kind !== 'arabic' || isComplementizerKey(v, e) || this.isVerbCue(e) || this.prepAt(e) !== null)) break;
        if (!abbrev && ((v.dateEnd[e] as number) > e || phraseLength(v, e, this.lex.fillers) > 0)) break;
        e++;
      }
      if (e === i + 1) return null;
      // a short name in quotation marks ends the run: منظمة "OPCW"
      const c = v.partner[e] as number;
      if (v.isOpen(e) && c > e + 1 && c - e <= 4 && !this.endsClause(c)) e = c + 1;
    }
    const j = this.skipZone(quoted ? close + 1 : e, limit, via, verb.preps);
    let content: Content | null = null;
    if (verb.frames.has('that') && isComplementizerKey(v, j) && !this.lex.notAfter.has(v.key(j - 1))) content = this.contentAt(j);
    else if (verb.frames.has('that') && this.lex.complementPreps.has(v.key(j)) && isComplementizerKey(v, j + 1)) content = this.contentAt(j + 1);
    else if (verb.frames.has('quote') && v.isOpen(j)) content = this.contentAt(j);
    else if (verb.frames.has('object') && verb.preps.length > 0 && e - from <= 4 && this.startsWithPrep(j, verb.preps)) {
      content = this.contentAt(j);
    }
    if (!content && verb.frames.has('quote') && (v.isComma(j - 1) || v.isComma(e))) {
      // an apposition about the unknown speaker, between commas: وقال عدنان حزام، المتحدث باسم …، لبي بي سي إن …
      let c = j;
      while (c < limit && c - j < 12 && !v.isComma(c) && !this.isVerbCue(c) && !isComplementizerKey(v, c)) c++;
      let k = v.isComma(c) ? this.skipZone(c + 1, limit, via, verb.preps) : c;
      // a medium the KB spells otherwise before the clause (لبي بي سي إن …)
      for (let x = k; x < Math.min(limit, k + 4) && !isComplementizerKey(v, k); x++) {
        if (v.isPunct(x) || this.isVerbCue(x)) break;
        if (isComplementizerKey(v, x + 1)) k = x + 1;
      }
      if (isComplementizerKey(v, k) && !this.lex.notAfter.has(v.key(k - 1))) content = this.contentAt(k);
      else if (v.isOpen(k) || (v.isPunct(k, ':') && v.isOpen(k + 1))) {
        const q = this.contentAt(v.isOpen(k) ? k : k + 1);
        if (q?.direct) content = q;
      }
    }
    if (!content) return null;
    const a = v.tokens[from] as { start: number };
    const b = v.tokens[e - 1] as { end: number };
    return {
      content,
      phrase: {
        tokenStart: from, tokenEnd: e, start: a.start, end: b.end, entity: null, country: null, countryKnown: true,
        sector: null, kind: 'agent', head: null, definite: false, bare: false,
      },
    };
  }

  /** An attribution: «…، بحسب X»، «وبحسب X، …»، «…، وفق ما أفاد X»، «…، نقلاً عن X». */
  private according(i: number, at: AccordingAt): void {
    const v = this.v;
    const lex = this.lex;
    const sEnd = v.sentenceEnd(i);
    const limit = Math.min(sEnd, i + 1 + lex.maxZone);
    const via = new Set<string>();
    let j = i + 1;
    let ma = at.ma;
    let innerPrep = false;
    if (at.cue.prep) {
      if (v.key(j) === at.cue.prep) j++;
      else if (v.key(j).startsWith(at.cue.prep)) {
        if (v.key(j) === at.cue.prep + lex.ma) { ma = true; j++; } else innerPrep = true;
      } else return;
    }
    if (!ma && at.cue.ma && v.key(j) === lex.ma) { ma = true; j++; }
    let cueTok = i;
    let phrase: SpeakerPhrase | null = null;
    if (ma) {
      const verb = this.verbAt(j, true);
      if (!verb || verb.form.form !== 'finite') return;
      cueTok = j;
      this.consumed[j] = 1;
      if (verb.form.verb.relay) {
        phrase = this.relay(j, limit, via);
      } else {
        phrase = this.speakerAt(j + 1, limit);
        // حسبما ورد في مرسوم / حسبما نشر في الجريدة الرسمية
        if (!phrase) {
          let k = j + 1;
          const d = v.dateEnd[k] as number;
          if (d > k) k = d;
          for (let guard = 0; guard < 4 && k < limit && !phrase; guard++, k++) {
            if (lex.adjunctPreps.has(v.key(k))) phrase = this.speakerAt(k + 1, limit);
          }
        }
      }
    } else if (innerPrep) {
      phrase = this.prepSpeaker(j, limit);
    } else {
      phrase = this.speakerAt(j, limit);
    }
    if (!phrase || (phrase.kind === 'agent' && phrase.bare && !phrase.definite && phrase.head === null)) return;
    let content = this.preQuoteContent(i);
    if (!content) {
      if (this.clauseInitial(i)) {
        // the clause after the attribution's comma (وحسبما ذكر موقع X الأمريكي، فإن …)
        let s = phrase.tokenEnd;
        for (let c = s; c < Math.min(sEnd, s + 8); c++) {
          if (v.isComma(c)) { s = c; break; }
          if (isComplementizerKey(v, c) || this.isVerbCue(c) || v.isOpen(c)) break;
        }
        while (s < sEnd && v.isPunct(s, '،,')) s++;
        if (s >= sEnd) return;
        content = this.contentAt(s);
        // فإن …: the content starts at إن
        if (content && v.keys(s).length > 1 && isComplementizerKey(v, s) === false && this.lex.complementizers.has(v.keys(s)[1] ?? '')) {
          content = { ...content, start: (v.tokens[s] as { start: number }).start + 1 };
        }
      } else {
        content = this.clauseBefore(i);
        // يتوقع، بحسب المصدر، أن يزداد …: an attribution inside its clause covers the clause on both sides
        const after = phrase.tokenEnd;
        if (content && after < sEnd && isComplementizerKey(v, after)) {
          const e = this.clauseEnd(after);
          const sp = this.span(content.start, e);
          if (sp.end > content.end) content = { ...sp, direct: false };
        }
      }
    }
    if (!content) return;
    const tok = v.tokens[cueTok] as { start: number; end: number };
    this.add(cueTok, tok.start, tok.end, this.actorOf(phrase, i, via), via, content);
  }

  /** The speaker in a token that carries a preposition: وفقاً للمرصد، طبقاً لوزارة الصحة. */
  private prepSpeaker(j: number, limit: number): SpeakerPhrase | null {
    const v = this.v;
    const m = v.mentionStart[j];
    if (m && m.tokenStart === j) {
      const p = this.speakerAt(j, limit);
      if (p) return p;
      const e = m.entity;
      return {
        tokenStart: j, tokenEnd: m.tokenEnd, start: m.start, end: m.end, entity: e, country: e.country, countryKnown: true,
        sector: e.ref ? this.lex.sectorOf(e.ref) : null, kind: 'entity', head: null, definite: false, bare: false,
      };
    }
    const a = v.agentStart[j];
    if (a) return this.speakerAt(j, limit);
    const e = this.backResolve(j);
    if (e) {
      const t = v.tokens[j] as { start: number; end: number };
      return {
        tokenStart: j, tokenEnd: j + 1, start: t.start + 1, end: t.end, entity: e, country: e.country, countryKnown: true,
        sector: e.ref ? this.lex.sectorOf(e.ref) : null, kind: 'nominal', head: null, definite: true, bare: false,
      };
    }
    return null;
  }

  /** True when only conjunctions, fillers and punctuation precede token i in its sentence. */
  private clauseInitial(i: number): boolean {
    const v = this.v;
    for (let t = v.sentenceStart(i); t < i; t++) {
      if (v.isPunct(t)) continue;
      const f = phraseLength(v, t, this.lex.fillers);
      if (f > 0) { t += f - 1; continue; }
      return false;
    }
    return true;
  }

  /** The clause an attribution at token i is attached to: from the sentence start (or the last comma after an earlier cue). */
  private clauseBefore(i: number): Content | null {
    const v = this.v;
    let from = v.sentenceStart(i);
    const last = this.lastQuote();
    let end = i;
    while (end > from && (v.isComma(end - 1) || v.key(end - 1) === this.lex.words.thatBeing)) end--;
    if (last && last.sentence === v.sentOf[i] && last.cueToken < i) {
      for (let t = end - 1; t > last.cueToken; t--) {
        if (v.isComma(t)) { from = t + 1; break; }
      }
    }
    if (end <= from) return null;
    const sp = this.span((v.tokens[from] as { start: number }).start, end);
    if (sp.end <= sp.start) return null;
    // a whole quotation: direct
    const o = v.tokenAt(sp.start - 1);
    const direct = o >= 0 && v.isOpen(o) && (v.partner[o] as number) === end - 1;
    return { ...sp, direct };
  }
}
