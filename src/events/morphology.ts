// Arabic verb and noun paradigms generated from roots and patterns: the written (unvowelled) forms news uses.

/** The derived verb forms (أوزان) rasid generates; Iq and IIq are the quadriliteral ones (سيطر، تزلزل). */
export const VERB_FORMS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'X', 'Iq', 'IIq'] as const;
export type VerbFormName = (typeof VERB_FORMS)[number];

/**
 * How the root's weak letters shape the paradigm: sound (قتل), geminate (شنّ، احتلّ), hollow (زار، أقام), defective
 * (رمى، دعا، اعتدى), assimilated (وصل/يصل). Read from the root unless a lexicon entry says otherwise.
 */
export type RootClass = 'sound' | 'geminate' | 'hollow' | 'defective' | 'assimilated';

/** A verb lexeme: its root and form, and what the form alone does not tell. */
export interface VerbSpec {
  /** The radicals, ء for a hamza: ['ع', 'ق', 'ل']; four for Iq/IIq. */
  readonly root: readonly string[];
  readonly form: VerbFormName;
  /** Form I: the stem vowel of the imperfect (يقول u, يبيع i, ينام a; يدعو u, يرمي i, يبقى a). */
  readonly imperfect?: 'a' | 'i' | 'u';
  /** Form I defective verbs with a past in -iya (نسي، بقي، لقي) rather than -ā (رمى، دعا). */
  readonly pastI?: boolean;
  readonly class?: RootClass;
  /** Irregular verbs: the written past and imperfect stems, conjugated as a sound verb (اتخذ / تخذ). */
  readonly stems?: { readonly past: string; readonly present: string };
}

export type Tense = 'past' | 'present' | 'future';
export type Voice = 'active' | 'passive';
export type GrammaticalNumber = 'sg' | 'du' | 'pl';

/** One written form of a verb with what it tells about tense, voice and subject. */
export interface VerbWord {
  readonly word: string;
  readonly tense: Tense;
  readonly mood: 'indicative' | 'subjunctive' | 'jussive' | null;
  readonly voice: Voice;
  readonly person: 1 | 2 | 3;
  readonly number: GrammaticalNumber;
  readonly gender: 'm' | 'f' | null;
  /** A stem written only before a pronoun suffix: the 3rd plural past without its alef (قتلوا → قتلوهم). */
  readonly beforeEnclitic: boolean;
}

/** One written form of a noun. */
export interface NounWord {
  readonly word: string;
  readonly number: GrammaticalNumber;
  readonly definite: boolean;
  /** The first term of a construct (إضافة) that lost its ن (مظاهرتا الطلاب); also the accusative with tanwin alef. */
  readonly construct: boolean;
}

const WEAK = new Set(['و', 'ي']);
const HAMZA = 'ء';

/** The class a root's letters give, before any override. */
export function rootClass(root: readonly string[]): RootClass {
  if (root.length === 4) return 'sound';
  const [r1, r2, r3] = root;
  if (r3 !== undefined && WEAK.has(r3)) return 'defective';
  if (r2 !== undefined && r2 === r3) return 'geminate';
  if (r2 !== undefined && WEAK.has(r2)) return 'hollow';
  if (r1 === 'و') return 'assimilated';
  return 'sound';
}

/** The written radical: a hamza is written on alef by default (its seat is fixed up afterwards). */
const letter = (r: string): string => (r === HAMZA ? 'أ' : r);

/** Form VIII up to and including the infixed ت, with its assimilations (اتّفق، اصطدم، ازدحم، ادّعى، اطّلع). */
export function form8Prefix(r1: string): string {
  switch (r1) {
    case 'و': case 'ي': case 'ت': case 'ث': return 'ات';
    case 'د': case 'ذ': return 'اد';
    case 'ط': return 'اط';
    case 'ظ': return 'اظ';
    case 'ز': return 'ازد';
    case 'ص': case 'ض': return `ا${r1}ط`;
    case HAMZA: return 'ائت';
    default: return `ا${r1}ت`;
  }
}

interface RegularStems {
  /** Past before '', ت, ا, تا, وا. */
  pastV: string;
  /** Past before ن, نا, تم. */
  pastC: string;
  /** Imperfect after the prefix. */
  pres: string;
  /** Imperfect jussive singular (لم يقم) and before the feminine plural ن. */
  presShort: string;
}

interface DefectiveStems {
  /** Past base before the final weak letter (رم، دع، اعتد، ألق). */
  base: string;
  /** The past's final letter in the 3rd masculine singular: ا (دعا), ى (رمى), ي (نسي, with pastI). */
  final: 'ا' | 'ى' | 'ي';
  /** Imperfect base after the prefix (رم، دع، عتد، لق) and its final letter: و (يدعو), ي (يرمي), ى (يبقى). */
  presBase: string;
  presFinal: 'و' | 'ي' | 'ى';
  /** Passive past base (رم → رُمي، لق → أُلقي). */
  passBase: string;
}

type Paradigm =
  | { kind: 'regular'; active: RegularStems; passive: RegularStems }
  | { kind: 'defective'; stems: DefectiveStems };

function same(s: string, p: string): RegularStems {
  return { pastV: s, pastC: s, pres: p, presShort: p };
}

/** The stems of a verb, or an Error naming what the generator cannot do. */
function paradigm(spec: VerbSpec): Paradigm {
  if (spec.stems) {
    const { past, present } = spec.stems;
    const last = past.charAt(past.length - 1);
    if (last === 'ى' || last === 'ا') {
      // a defective irregular: رأى / يرى
      const presFinal = present.charAt(present.length - 1);
      if (presFinal !== 'و' && presFinal !== 'ي' && presFinal !== 'ى') throw new Error(`the imperfect stem "${present}" of a defective verb ends in و, ي or ى`);
      return { kind: 'defective', stems: { base: past.slice(0, -1), final: last, presBase: present.slice(0, -1), presFinal, passBase: past.slice(0, -1) } };
    }
    return { kind: 'regular', active: same(past, present), passive: same(past, present) };
  }
  const cls = spec.class ?? rootClass(spec.root);
  const f = spec.form;
  if (spec.root.length === 4) {
    const [a, b, c, d] = spec.root.map(letter) as [string, string, string, string];
    const q = a + b + c + d;
    if (f === 'Iq') return { kind: 'regular', active: same(q, q), passive: same(q, q) };
    if (f === 'IIq') return { kind: 'regular', active: same(`ت${q}`, `ت${q}`), passive: same(`ت${q}`, `ت${q}`) };
    throw new Error(`a four-letter root takes form Iq or IIq, not ${f}`);
  }
  if (spec.root.length !== 3) throw new Error(`a root has 3 or 4 letters, not ${spec.root.length}`);
  if (f === 'Iq' || f === 'IIq') throw new Error(`form ${f} needs a four-letter root`);
  const [R1, R2, R3] = spec.root as [string, string, string];
  const [r1, r2, r3] = [letter(R1), letter(R2), letter(R3)];
  const p8 = form8Prefix(R1);

  if (cls === 'defective') {
    const waw = R3 === 'و';
    const mk = (base: string, presBase: string, presFinal: DefectiveStems['presFinal'], passBase: string, final: DefectiveStems['final'] = 'ى'): Paradigm => ({
      kind: 'defective', stems: { base, final, presBase, presFinal, passBase },
    });
    switch (f) {
      case 'I': {
        const v = spec.imperfect ?? (spec.pastI ? 'a' : waw ? 'u' : 'i');
        const presFinal = v === 'u' ? 'و' : v === 'i' ? 'ي' : 'ى';
        // assimilated + defective (وقى/يقي): the imperfect drops the و
        const presBase = R1 === 'و' && v !== 'u' ? r2 : r1 + r2;
        return mk(r1 + r2, presBase, presFinal, r1 + r2, spec.pastI ? 'ي' : waw ? 'ا' : 'ى');
      }
      case 'II': return mk(r1 + r2, r1 + r2, 'ي', r1 + r2);
      case 'III': return mk(`${r1}ا${r2}`, `${r1}ا${r2}`, 'ي', `${r1}و${r2}`);
      case 'IV': return mk(`أ${r1}${r2}`, r1 + r2, 'ي', `أ${r1}${r2}`);
      case 'V': return mk(`ت${r1}${r2}`, `ت${r1}${r2}`, 'ى', `ت${r1}${r2}`);
      case 'VI': return mk(`ت${r1}ا${r2}`, `ت${r1}ا${r2}`, 'ى', `ت${r1}و${r2}`);
      case 'VII': return mk(`ان${r1}${r2}`, `ن${r1}${r2}`, 'ي', `ان${r1}${r2}`);
      case 'VIII': return mk(p8 + r2, p8.slice(1) + r2, 'ي', p8 + r2);
      case 'X': return mk(`است${r1}${r2}`, `ست${r1}${r2}`, 'ي', `است${r1}${r2}`);
    }
  }

  const reg = (active: RegularStems, passive: RegularStems = active): Paradigm => ({ kind: 'regular', active, passive });
  if (cls === 'hollow') {
    switch (f) {
      case 'I': {
        const v = spec.imperfect ?? (R2 === 'و' ? 'u' : 'i');
        const long = v === 'u' ? 'و' : v === 'i' ? 'ي' : 'ا';
        return reg(
          { pastV: `${r1}ا${r3}`, pastC: r1 + r3, pres: r1 + long + r3, presShort: r1 + r3 },
          { pastV: `${r1}ي${r3}`, pastC: r1 + r3, pres: `${r1}ا${r3}`, presShort: r1 + r3 },
        );
      }
      case 'IV':
        return reg(
          { pastV: `أ${r1}ا${r3}`, pastC: `أ${r1}${r3}`, pres: `${r1}ي${r3}`, presShort: r1 + r3 },
          { pastV: `أ${r1}ي${r3}`, pastC: `أ${r1}${r3}`, pres: `${r1}ا${r3}`, presShort: r1 + r3 },
        );
      case 'VII':
        return reg({ pastV: `ان${r1}ا${r3}`, pastC: `ان${r1}${r3}`, pres: `ن${r1}ا${r3}`, presShort: `ن${r1}${r3}` });
      case 'VIII':
        return reg(
          { pastV: `${p8}ا${r3}`, pastC: p8 + r3, pres: `${p8.slice(1)}ا${r3}`, presShort: p8.slice(1) + r3 },
          { pastV: `${p8}ي${r3}`, pastC: p8 + r3, pres: `${p8.slice(1)}ا${r3}`, presShort: p8.slice(1) + r3 },
        );
      case 'X':
        return reg(
          { pastV: `است${r1}ا${r3}`, pastC: `است${r1}${r3}`, pres: `ست${r1}ي${r3}`, presShort: `ست${r1}${r3}` },
          { pastV: `است${r1}ي${r3}`, pastC: `است${r1}${r3}`, pres: `ست${r1}ا${r3}`, presShort: `ست${r1}${r3}` },
        );
      default:
        break; // II, III, V, VI of hollow roots are written like sound verbs (قاوم، تعاون)
    }
  }
  if (cls === 'geminate') {
    const g = (pre: string, ppre: string): Paradigm =>
      reg({ pastV: pre + r1 + r2, pastC: pre + r1 + r2 + r2, pres: ppre + r1 + r2, presShort: ppre + r1 + r2 });
    switch (f) {
      case 'I': return g('', '');
      case 'IV': return g('أ', '');
      case 'VII': return g('ان', 'ن');
      case 'VIII': return reg({ pastV: p8 + r2, pastC: p8 + r2 + r2, pres: p8.slice(1) + r2, presShort: p8.slice(1) + r2 });
      case 'X': return g('است', 'ست');
      default: break; // II, III, V, VI: both letters written (قرّر، ندّد)
    }
  }
  const s = r1 + r2 + r3;
  switch (f) {
    case 'I': {
      // assimilated: وصل / يصل, وقع / يقع (the passive keeps the و: يُوصل)
      const pres = cls === 'assimilated' && spec.imperfect !== 'u' ? r2 + r3 : s;
      return reg(same(s, pres), same(s, s));
    }
    case 'II': return reg(same(s, R1 === HAMZA ? `ؤ${r2}${r3}` : s));
    case 'III': return reg(same(`${r1}ا${r2}${r3}`, `${r1}ا${r2}${r3}`), same(`${r1}و${r2}${r3}`, `${r1}ا${r2}${r3}`));
    case 'IV': return reg(same(R1 === HAMZA ? `آ${r2}${r3}` : `أ${s}`, R1 === HAMZA ? `ؤ${r2}${r3}` : s));
    case 'V': return reg(same(`ت${s}`, `ت${s}`));
    case 'VI': return reg(same(`ت${r1}ا${r2}${r3}`, `ت${r1}ا${r2}${r3}`), same(`ت${r1}و${r2}${r3}`, `ت${r1}ا${r2}${r3}`));
    case 'VII': return reg(same(`ان${s}`, `ن${s}`));
    case 'VIII': return reg(same(p8 + r2 + r3, p8.slice(1) + r2 + r3));
    case 'X': return reg(same(`است${s}`, `ست${s}`));
  }
  throw new Error(`form ${f} is not generated for ${cls} roots`);
}

type Cell = Omit<VerbWord, 'word' | 'tense' | 'voice' | 'mood' | 'beforeEnclitic'>;
const C = (person: 1 | 2 | 3, number: GrammaticalNumber, gender: 'm' | 'f' | null): Cell => ({ person, number, gender });
const M3S = C(3, 'sg', 'm'), F3S = C(3, 'sg', 'f'), M3D = C(3, 'du', 'm'), F3D = C(3, 'du', 'f');
const M3P = C(3, 'pl', 'm'), F3P = C(3, 'pl', 'f'), P1 = C(1, 'pl', null), P2 = C(2, 'pl', 'm');

class Collector {
  readonly out: VerbWord[] = [];
  readonly #seen = new Set<string>();
  add(word: string, tense: Tense, voice: Voice, mood: VerbWord['mood'], cell: Cell, beforeEnclitic = false): void {
    const id = `${word}|${tense}|${voice}|${mood}|${cell.person}${cell.number}${cell.gender}|${beforeEnclitic}`;
    if (this.#seen.has(id)) return;
    this.#seen.add(id);
    this.out.push({ word, tense, voice, mood, ...cell, beforeEnclitic });
  }
}

function regularPast(c: Collector, s: RegularStems, voice: Voice): void {
  c.add(s.pastV, 'past', voice, null, M3S);
  c.add(`${s.pastV}ت`, 'past', voice, null, F3S);
  c.add(`${s.pastV}ا`, 'past', voice, null, M3D);
  c.add(`${s.pastV}تا`, 'past', voice, null, F3D);
  c.add(`${s.pastV}وا`, 'past', voice, null, M3P);
  c.add(`${s.pastV}و`, 'past', voice, null, M3P, true);
  if (voice === 'active') {
    c.add(`${s.pastC}ن`, 'past', voice, null, F3P);
    c.add(`${s.pastC}نا`, 'past', voice, null, P1);
    c.add(`${s.pastC}تم`, 'past', voice, null, P2);
  }
}

function regularPresent(c: Collector, s: RegularStems, voice: Voice, future: boolean): void {
  const t: Tense = future ? 'future' : 'present';
  const f = future ? 'س' : '';
  const p = s.pres;
  c.add(`${f}ي${p}`, t, voice, 'indicative', M3S);
  c.add(`${f}ت${p}`, t, voice, 'indicative', F3S);
  c.add(`${f}ي${p}ان`, t, voice, 'indicative', M3D);
  c.add(`${f}ت${p}ان`, t, voice, 'indicative', F3D);
  c.add(`${f}ي${p}ون`, t, voice, 'indicative', M3P);
  c.add(`${f}ن${p}`, t, voice, 'indicative', P1);
  if (voice === 'active') {
    c.add(`${f}ي${s.presShort}ن`, t, voice, 'indicative', F3P);
    c.add(`${f}ت${p}ون`, t, voice, 'indicative', P2);
  }
  if (future) return;
  // after لم / لن / أن
  c.add(`ي${s.presShort}`, t, voice, 'jussive', M3S);
  c.add(`ت${s.presShort}`, t, voice, 'jussive', F3S);
  c.add(`ن${s.presShort}`, t, voice, 'jussive', P1);
  c.add(`ي${p}ا`, t, voice, 'subjunctive', M3D);
  c.add(`ت${p}ا`, t, voice, 'subjunctive', F3D);
  c.add(`ي${p}وا`, t, voice, 'subjunctive', M3P);
  c.add(`ي${p}و`, t, voice, 'subjunctive', M3P, true);
  if (voice === 'active') c.add(`ت${p}وا`, t, voice, 'subjunctive', P2);
}

function defectiveForms(c: Collector, d: DefectiveStems): void {
  const { base: b, final } = d;
  const waw = final === 'ا';
  const iClass = final === 'ي';
  // past, active
  c.add(b + final, 'past', 'active', null, M3S);
  c.add(b + (iClass ? 'يت' : 'ت'), 'past', 'active', null, F3S);
  c.add(b + (waw ? 'وا' : 'يا'), 'past', 'active', null, M3D);
  c.add(b + (iClass ? 'يتا' : 'تا'), 'past', 'active', null, F3D);
  c.add(`${b}وا`, 'past', 'active', null, M3P);
  c.add(`${b}و`, 'past', 'active', null, M3P, true);
  c.add(b + (waw ? 'ون' : 'ين'), 'past', 'active', null, F3P);
  c.add(b + (waw ? 'ونا' : 'ينا'), 'past', 'active', null, P1);
  c.add(b + (waw ? 'وتم' : 'يتم'), 'past', 'active', null, P2);
  // past, passive (رُمي، أُلقي، استُدعي)
  const pb = d.passBase;
  c.add(`${pb}ي`, 'past', 'passive', null, M3S);
  c.add(`${pb}يت`, 'past', 'passive', null, F3S);
  c.add(`${pb}يا`, 'past', 'passive', null, M3D);
  c.add(`${pb}يتا`, 'past', 'passive', null, F3D);
  c.add(`${pb}وا`, 'past', 'passive', null, M3P);
  // imperfect, active and passive, with the future
  const p = d.presBase;
  const fin = d.presFinal;
  const dual = fin === 'و' ? 'وان' : 'يان';
  for (const future of [false, true]) {
    const t: Tense = future ? 'future' : 'present';
    const s = future ? 'س' : '';
    c.add(`${s}ي${p}${fin}`, t, 'active', 'indicative', M3S);
    c.add(`${s}ت${p}${fin}`, t, 'active', 'indicative', F3S);
    c.add(`${s}ن${p}${fin}`, t, 'active', 'indicative', P1);
    c.add(`${s}ي${p}${dual}`, t, 'active', 'indicative', M3D);
    c.add(`${s}ت${p}${dual}`, t, 'active', 'indicative', F3D);
    c.add(`${s}ي${p}ون`, t, 'active', 'indicative', M3P);
    c.add(`${s}ت${p}ون`, t, 'active', 'indicative', P2);
    c.add(`${s}ي${p}${fin === 'و' ? 'ون' : 'ين'}`, t, 'active', 'indicative', F3P);
    c.add(`${s}ي${p}ى`, t, 'passive', 'indicative', M3S);
    c.add(`${s}ت${p}ى`, t, 'passive', 'indicative', F3S);
    c.add(`${s}ي${p}ون`, t, 'passive', 'indicative', M3P);
    c.add(`${s}ي${p}يان`, t, 'passive', 'indicative', M3D);
  }
  c.add(`ي${p}`, 'present', 'active', 'jussive', M3S);
  c.add(`ت${p}`, 'present', 'active', 'jussive', F3S);
  c.add(`ن${p}`, 'present', 'active', 'jussive', P1);
  c.add(`ي${p}وا`, 'present', 'active', 'subjunctive', M3P);
  c.add(`ي${p}و`, 'present', 'active', 'subjunctive', M3P, true);
  c.add(`ي${p}${dual.slice(0, -1)}`, 'present', 'active', 'subjunctive', M3D);
  c.add(`ت${p}${dual.slice(0, -1)}`, 'present', 'active', 'subjunctive', F3D);
}

/** Spelling variants of a final-hamza stem before و and ي (بدأوا / بدؤوا, يبدأون / يبدؤون, بدأا → بدآ). */
function hamzaVariants(words: VerbWord[]): VerbWord[] {
  const out = [...words];
  for (const w of words) {
    const v = w.word.replace(/أو/g, 'ؤو').replace(/أا/g, 'آ').replace(/أين$/, 'ئين');
    if (v !== w.word) out.push({ ...w, word: v });
  }
  return out;
}

/**
 * Every written form of a verb: past, imperfect (indicative, subjunctive, jussive), future with س, active and
 * passive, 3rd person m/f singular, dual and plural, and the 1st and 2nd plural (the 1st singular imperfect on request). The passive is generated for every
 * verb; where its letters equal the active ones (قُتل / قتل) only tashkeel can tell them apart. Throws when the root
 * and form do not go together (a triliteral root in form Iq).
 * @example
 *   conjugate({ root: ['ع', 'ق', 'ل'], form: 'VIII' }).map((w) => w.word)
 *   // ['اعتقل', 'اعتقلت', 'اعتقلا', 'اعتقلتا', 'اعتقلوا', …, 'يعتقل', 'تعتقل', …, 'سيعتقل', …]
 */
export function conjugate(spec: VerbSpec, options: { firstSingular?: boolean } = {}): VerbWord[] {
  const p = paradigm(spec);
  const c = new Collector();
  if (options.firstSingular) {
    // أرى، أعتقد، أظن: its alef folds into the past of form IV (أطلق), so only when asked for
    const stem = p.kind === 'defective' ? p.stems.presBase + p.stems.presFinal : p.active.pres;
    c.add(`أ${stem}`, 'present', 'active', 'indicative', C(1, 'sg', null));
  }
  if (p.kind === 'defective') {
    defectiveForms(c, p.stems);
  } else {
    regularPast(c, p.active, 'active');
    regularPast(c, p.passive, 'passive');
    for (const future of [false, true]) {
      regularPresent(c, p.active, 'active', future);
      regularPresent(c, p.passive, 'passive', future);
    }
  }
  return spec.root[2] === HAMZA && !spec.stems ? hamzaVariants(c.out) : c.out;
}

/** The 3rd person masculine singular past, active: the form dictionaries cite (اعتقل، زار، دعا، رمى). */
export function citationForm(spec: VerbSpec): string {
  const p = paradigm(spec);
  return p.kind === 'defective' ? p.stems.base + p.stems.final : p.active.pastV;
}

const NO_TANWIN_ALEF = /(ة|ا|ى|ء|ات|ون|ين)$/;

/**
 * The written forms of a noun: singular, dual (nominative, oblique, construct) and the given plurals, each bare and
 * with the article, and the accusative with tanwin alef (هجوماً). Pronoun suffixes are not generated: the matcher
 * peels them (اعتقاله، مظاهرتهم).
 * @example
 *   declineNoun('مظاهرة', ['مظاهرات']).map((w) => w.word)
 *   // ['مظاهرة', 'المظاهرة', 'مظاهرتان', 'مظاهرتين', 'المظاهرتان', 'المظاهرتين', 'مظاهرتا', 'مظاهرات', 'المظاهرات']
 */
export function declineNoun(lemma: string, plurals: readonly string[] = [], options: { dual?: boolean; plural?: boolean } = {}): NounWord[] {
  const out: NounWord[] = [];
  const seen = new Set<string>();
  const add = (word: string, number: GrammaticalNumber, definite: boolean, construct = false): void => {
    if (seen.has(word)) return;
    seen.add(word);
    out.push({ word, number, definite, construct });
  };
  const withArticle = (w: string, n: GrammaticalNumber): void => {
    add(w, n, false);
    if (!w.startsWith('ال')) add(`ال${w}`, n, true);
  };
  const n: GrammaticalNumber = options.plural ? 'pl' : 'sg';
  withArticle(lemma, n);
  if (!NO_TANWIN_ALEF.test(lemma)) add(`${lemma}ا`, n, false, true);
  if (!options.plural && options.dual !== false && !lemma.endsWith('ى') && !lemma.startsWith('ال')) {
    const fem = lemma.endsWith('ة');
    const stem = fem ? `${lemma.slice(0, -1)}ت` : lemma;
    withArticle(`${stem}ان`, 'du');
    withArticle(`${stem}ين`, 'du');
    add(`${stem}ا`, 'du', false, true);
  }
  for (const p of plurals) {
    withArticle(p, 'pl');
    if (p.endsWith('ون')) add(p.slice(0, -1), 'pl', false, true);
    else if (!NO_TANWIN_ALEF.test(p)) add(`${p}ا`, 'pl', false, true);
  }
  return out;
}
