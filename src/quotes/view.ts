// Per-token indexes over a Doc's layers (entities, agents, nominals, dates, quotation marks) for the quote finder.
import type { Entity } from '../contract/extraction.js';
import type { AgentMention, NominalMention } from '../kb/index.js';
import type { Doc } from '../pipeline/doc.js';
import type { Sentence, Token } from '../text/types.js';
import type { QuoteLexicon } from './lexicon.js';

/** One mention of a contract entity, placed on the tokens it covers. */
export interface MentionAt {
  readonly entity: Entity;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Key of the letters of the first token before the mention (و، ل، وب …): attached clitics. */
  readonly prefix: string;
  /** Key of the mention's first word without its clitics and article (وزارة الدفاع → وزاره). */
  readonly firstBare: string;
}

/** The read-only indexes the finder works from; built once per document. */
export class DocView {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Sentence index of each token. */
  readonly sentOf: Int32Array;
  /** The mention that starts in token i, the one that covers it, the one that ends in it. */
  readonly mentionStart: (MentionAt | undefined)[];
  readonly mentionCover: (MentionAt | undefined)[];
  readonly mentionEnd: (MentionAt | undefined)[];
  readonly agentStart: (AgentMention | undefined)[];
  readonly agentEnd: (AgentMention | undefined)[];
  readonly nominalAt: (NominalMention | undefined)[];
  /** Token index after the date that starts at token i, or -1. */
  readonly dateEnd: Int32Array;
  /** Token index of the matching quotation mark, -1 when unpaired or not a mark; an unclosed opening mark maps to -2. */
  readonly partner: Int32Array;
  /** 1 for an opening mark, 2 for a closing one. */
  readonly markRole: Uint8Array;
  readonly entities: readonly Entity[];
  readonly agents: readonly AgentMention[];
  /** Entity id → entity; KB ref → entity. */
  readonly byId: ReadonlyMap<string, Entity>;
  readonly byRef: ReadonlyMap<string, Entity>;
  /** The mentions that start a token, in text order. */
  readonly mentionList: readonly MentionAt[];
  /** Per token: 0 not yet asked, 1 no, 2 yes — whether it is a complementizer (filled by isComplementizerKey). */
  readonly complementizer: Uint8Array;
  readonly #keys: (string[] | undefined)[] = [];
  readonly #nisba: (string | null | undefined)[] = [];
  readonly #prep: (string | null | undefined)[] = [];

  constructor(doc: Doc, readonly lex: QuoteLexicon) {
    this.text = doc.text;
    const tokens = doc.get('tokens');
    this.tokens = tokens;
    this.sentences = doc.get('sentences');
    const n = tokens.length;
    this.sentOf = new Int32Array(n).fill(-1);
    for (const s of this.sentences) this.sentOf.fill(s.index, s.tokenStart, s.tokenEnd);
    // tokens that fall between sentences (none expected) take the previous one's
    for (let i = 1; i < n; i++) if ((this.sentOf[i] as number) < 0) this.sentOf[i] = this.sentOf[i - 1] as number;

    this.entities = doc.get('entities');
    this.byId = new Map(this.entities.map((e) => [e.id, e]));
    const byRef = new Map<string, Entity>();
    for (const e of this.entities) if (e.ref) byRef.set(e.ref, e);
    this.byRef = byRef;
    this.mentionStart = new Array(n);
    this.mentionCover = new Array(n);
    this.mentionEnd = new Array(n);
    for (const e of this.entities) {
      for (const m of e.mentions) {
        const ts = this.tokenAt(m.start);
        const te = this.tokenAt(Math.max(m.start, m.end - 1));
        if (ts < 0 || te < 0) continue;
        const tok = tokens[ts] as Token;
        // clitic letters are their own keys: drop the tashkeel and kashida between them
        const prefix = m.start > tok.start ? this.text.slice(tok.start, m.start).replace(/[\u064B-\u0652\u0670\u0640]/gu, '') : '';
        let first = tok.norm.slice(prefix.length);
        if (first.length > lex.article.length + 1 && first.startsWith(lex.article)) first = first.slice(lex.article.length);
        const at: MentionAt = { entity: e, start: m.start, end: m.end, text: m.text, tokenStart: ts, tokenEnd: te + 1, prefix, firstBare: first };
        const prev = this.mentionStart[ts];
        if (!prev || prev.end - prev.start < at.end - at.start) this.mentionStart[ts] = at;
        for (let i = ts; i <= te; i++) if (!this.mentionCover[i]) this.mentionCover[i] = at;
        const pe = this.mentionEnd[te];
        if (!pe || pe.end - pe.start < at.end - at.start) this.mentionEnd[te] = at;
      }
    }
    this.mentionList = this.mentionStart.filter((m): m is MentionAt => m !== undefined && m.tokenStart >= 0);
    this.complementizer = new Uint8Array(n);
    this.agents = doc.get('agents');
    this.agentStart = new Array(n);
    this.agentEnd = new Array(n);
    for (const a of this.agents) {
      const s = this.agentStart[a.tokenStart];
      if (!s || s.tokenEnd < a.tokenEnd) this.agentStart[a.tokenStart] = a;
      const e = this.agentEnd[a.tokenEnd - 1];
      if (!e || e.tokenStart > a.tokenStart) this.agentEnd[a.tokenEnd - 1] = a;
    }
    this.nominalAt = new Array(n);
    for (const m of doc.get('nominals')) this.nominalAt[m.tokenStart] = m;
    this.dateEnd = new Int32Array(n).fill(-1);
    if (doc.has('dates')) for (const d of doc.get('dates')) if (d.tokenStart < n) this.dateEnd[d.tokenStart] = d.tokenEnd;
    this.partner = new Int32Array(n).fill(-1);
    this.markRole = new Uint8Array(n);
    this.pairMarks();
  }

  /** Index of the token that contains offset `pos` (or the first one after it), -1 past the end. */
  tokenAt(pos: number): number {
    const t = this.tokens;
    let lo = 0;
    let hi = t.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((t[mid] as Token).end > pos) { ans = mid; hi = mid - 1; } else lo = mid + 1;
    }
    return ans;
  }

  /** Country of a nisba adjective at token i (السورية، وأميركيين), or null; asked once per token. */
  nisba(i: number): string | null {
    if (i < 0 || i >= this.tokens.length) return null;
    let c = this.#nisba[i];
    if (c === undefined) {
      c = null;
      if (!this.mentionCover[i]) for (const k of this.keys(i)) if ((c = this.lex.nisbaCountry(k))) break;
      this.#nisba[i] = c;
    }
    return c;
  }

  /** The preposition attached to token i as the clitic analysis reads it (بردود → ب), or null; asked once per token. */
  attachedPreposition(i: number): string | null {
    if (i < 0 || i >= this.tokens.length) return null;
    let p = this.#prep[i];
    if (p === undefined) {
      p = this.lex.attachedPreposition(this.key(i));
      this.#prep[i] = p;
    }
    return p;
  }

  key(i: number): string {
    return this.tokens[i]?.norm ?? '';
  }

  /** The token's key, and the same without a leading conjunction (و، ف) when it has one. */
  keys(i: number): readonly string[] {
    const cached = this.#keys[i];
    if (cached) return cached;
    const k = this.key(i);
    const out = [k];
    for (const c of this.lex.conjunctions) if (k.length > c.length + 1 && k.startsWith(c)) out.push(k.slice(c.length));
    if (i >= 0 && i < this.tokens.length) this.#keys[i] = out;
    return out;
  }

  /** The key without a leading conjunction and without the article. */
  bareKey(i: number): string {
    let k = this.key(i);
    for (const c of this.lex.conjunctions) if (k.length > c.length + 2 && k.startsWith(c + this.lex.article)) k = k.slice(c.length);
    if (k.length > this.lex.article.length + 1 && k.startsWith(this.lex.article)) k = k.slice(this.lex.article.length);
    return k;
  }

  isPunct(i: number, chars?: string): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.kind === 'punct' && (chars === undefined || chars.includes(t.text));
  }

  isComma(i: number): boolean {
    return this.isPunct(i, '،,');
  }

  isOpen(i: number): boolean {
    return this.markRole[i] === 1;
  }

  /** The last token index of the sentence that holds token i, plus one. */
  sentenceEnd(i: number): number {
    return this.sentences[this.sentOf[i] as number]?.tokenEnd ?? this.tokens.length;
  }

  sentenceStart(i: number): number {
    return this.sentences[this.sentOf[i] as number]?.tokenStart ?? 0;
  }

  /** The token index where the paragraph (a run of text without a line break) holding token i ends. */
  paragraphEnd(i: number): number {
    let j = i + 1;
    while (j < this.tokens.length && (this.tokens[j] as Token).nl === 0) j++;
    return j;
  }

  /** A mention that starts at token i with no preposition attached (و and ف allowed). */
  plainMentionAt(i: number): MentionAt | undefined {
    const m = this.mentionStart[i];
    return m && this.conjOnly(m.prefix) ? m : undefined;
  }

  /** True when `prefix` is empty or made of conjunctions only. */
  conjOnly(prefix: string): boolean {
    let p = prefix;
    for (let guard = 0; guard < 3 && p.length > 0; guard++) {
      const c = this.lex.conjunctions.find((x) => p.startsWith(x));
      if (!c) return false;
      p = p.slice(c.length);
    }
    return p.length === 0;
  }

  /**
   * Pairs quotation marks paragraph by paragraph. Asymmetric marks pair by nesting; a symmetric mark (") opens when
   * it follows a space, an opening bracket, a colon or a kashida and precedes a letter, and closes otherwise.
   * An opening mark left unclosed at the end of its paragraph gets partner -2.
   */
  private pairMarks(): void {
    const { tokens, text, lex } = this;
    const stack: number[] = [];
    const flush = (): void => {
      for (const o of stack) this.partner[o] = -2;
      stack.length = 0;
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.nl > 0) flush();
      if (t.kind !== 'punct' || t.text.length !== 1) continue;
      const ch = t.text;
      const close = lex.marks.get(ch);
      const closes = lex.closers.has(ch);
      if (close === undefined && !closes) continue;
      let role: 'open' | 'close';
      if (close !== undefined && close !== ch && !closes) role = 'open';
      else if (close === undefined) role = 'close';
      else {
        // symmetric (") or a mark that both opens and closes (“ in „…“)
        const prev = t.start > 0 ? text.charAt(t.start - 1) : ' ';
        const next = text.charAt(t.end);
        const canOpen = /[\s(\[«:\u0640/—–-]/.test(prev) && next !== '' && !/\s/.test(next);
        const canClose = !/\s/.test(prev) && (next === '' || /[\s.,،؛:!?؟)\]»\-]/.test(next));
        const pendingSame = stack.some((o) => lex.marks.get((tokens[o] as Token).text) === ch);
        if (canOpen && !canClose) role = 'open';
        else if (canClose && !canOpen) role = 'close';
        else role = pendingSame ? 'close' : 'open';
      }
      if (role === 'open') {
        stack.push(i);
        this.markRole[i] = 1;
        continue;
      }
      let k = stack.length - 1;
      while (k >= 0 && lex.marks.get((tokens[stack[k] as number] as Token).text) !== ch) k--;
      if (k < 0) continue;
      const o = stack[k] as number;
      for (let x = k + 1; x < stack.length; x++) this.partner[stack[x] as number] = -2;
      stack.length = k;
      this.partner[o] = i;
      this.partner[i] = o;
      this.markRole[i] = 2;
    }
    flush();
  }
}
