// Cue recognition at a token: reporting verbs (with their form, tense and object pronoun) and attribution words.
import type { AccordingCue, CueForm } from './lexicon.js';
import { isComplementizerKey } from './speaker.js';
import type { DocView } from './view.js';

/** A reporting verb found at a token. */
export interface VerbAt {
  form: CueForm;
  /** The verb carries an object pronoun (ذكرته، اتهمها). */
  pronoun: boolean;
}

/** An attribution word found at a token; `ma` when ما is attached (حسبما). */
export interface AccordingAt {
  cue: AccordingCue;
  ma: boolean;
}

/** True when a word's last letter (tashkeel aside) is ة. */
function endsInTaMarbuta(word: string): boolean {
  for (let k = word.length - 1; k >= 0; k--) {
    const c = word.charCodeAt(k);
    if ((c >= 0x064b && c <= 0x0652) || c === 0x0640) continue;
    return c === 0x0629;
  }
  return false;
}

/** The cues of one document, each token asked once. */
export class Cues {
  readonly #verbs: (VerbAt | null | undefined)[];
  readonly #according: (AccordingAt | null | undefined)[];

  constructor(private readonly v: DocView) {
    this.#verbs = new Array(v.tokens.length);
    this.#according = new Array(v.tokens.length);
  }

  /** The reporting verb at token i; one that is a cue only after ما (حسبما نشر) needs `afterMa`. */
  verbAt(i: number, afterMa = false): VerbAt | null {
    let hit = this.#verbs[i];
    if (hit === undefined) {
      hit = this.findVerb(i);
      if (i >= 0 && i < this.#verbs.length) this.#verbs[i] = hit;
    }
    return hit && hit.form.verb.onlyAfterMa && !afterMa ? null : hit;
  }

  isVerb(i: number, form?: 'finite' | 'participle'): boolean {
    const x = this.verbAt(i);
    return x !== null && (form === undefined || x.form.form === form);
  }

  /** An attribution word (بحسب، وفق، حسبما، وفقاً لـ، نقلاً عن) at token i. */
  accordingAt(i: number): AccordingAt | null {
    let hit = this.#according[i];
    if (hit === undefined) {
      hit = this.findAccording(i);
      if (i >= 0 && i < this.#according.length) this.#according[i] = hit;
    }
    return hit;
  }

  private findVerb(i: number): VerbAt | null {
    const v = this.v;
    const lex = v.lex;
    const t = v.tokens[i];
    if (!t || t.kind !== 'arabic') return null;
    let hit: VerbAt | null = null;
    for (const k of v.keys(i)) {
      const f = lex.verbs.get(k);
      // a pronoun attached (ذكرته، اتهمها), unless the word ends in ة (إضافة is no أضافه)
      if (f && !(f.pronoun && endsInTaMarbuta(t.text))) { hit = { form: f, pronoun: f.pronoun }; break; }
    }
    if (!hit) return null;
    // a past verb written with a damma on its first letters is passive (اتُّهم، ذُكر): nobody speaks
    if (hit.form.past && this.passive(i)) return null;
    // right after أن/إن a past form is a noun (إن تعهد فرنسا …)
    if (hit.form.past && isComplementizerKey(v, i - 1)) return null;
    const verb = hit.form.verb;
    if (verb.strictForms) {
      const written = t.text.replace(/[\u064B-\u0652\u0670\u0640]/gu, '');
      if (!verb.strictForms.has(written) && !(lex.conjunctions.includes(written.charAt(0)) && verb.strictForms.has(written.slice(1)))) return null;
    }
    if (verb.notBefore.length > 0) {
      const next = v.key(i + 1);
      if (verb.notBefore.some((p) => next === p || v.attachedPreposition(i + 1) === p)) return null;
    }
    return hit;
  }

  /** A damma on one of the first three letters of the word (after و/ف): a passive past (اتُّهم، ذُكر، قُتل). */
  private passive(i: number): boolean {
    const v = this.v;
    const t = v.tokens[i];
    if (!t) return false;
    let letters = 0;
    let skippedConj = false;
    for (const ch of t.text) {
      if (ch === '\u064F') return true;
      if (/[\u064B-\u0652\u0670\u0640]/.test(ch)) continue;
      if (!skippedConj && letters === 0 && v.lex.conjunctions.includes(ch) && v.keys(i).length > 1) { skippedConj = true; continue; }
      letters++;
      if (letters > 3) return false;
    }
    return false;
  }

  private findAccording(i: number): AccordingAt | null {
    const v = this.v;
    const lex = v.lex;
    if (v.tokens[i]?.kind !== 'arabic') return null;
    for (const k of v.keys(i)) {
      const a = lex.according.get(k);
      if (a) return { cue: a, ma: false };
      if (k.endsWith(lex.ma)) {
        const b = lex.according.get(k.slice(0, -lex.ma.length));
        if (b?.ma) return { cue: b, ma: true };
      }
    }
    return null;
  }
}
