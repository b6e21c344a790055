// Event arguments: who did it (source), to whom (target), where, when, how many, how many dead and injured, and
// which quote reports it — read around each trigger from the layers the KB, NER, numbers, dates and quotes stages set.
import type { Actor, Entity, Event, Quote, Sector } from '../contract/extraction.js';
import type { DocView } from '../quotes/view.js';
import type { DateSpan, NumberSpan, Token } from '../text/types.js';
import type { ArgumentLexicon } from './argument-lexicon.js';
import { Incidents, overlapsActors, type Own } from './incidents.js';
import type { TriggerCandidate } from './triggers.js';

/** An actor phrase in the text, with the preposition that governs it. */
interface ActorSpan {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Usually one; an agent with several countries is one actor per country (عسكريين أتراك وأميركيين). */
  readonly actors: readonly Actor[];
  /** A place named as such (a city, a region), not a country or a capital standing for its state. */
  readonly place: boolean;
}


/** Actor phrases joined by و (تركيا والولايات المتحدة), with what introduces the first one. */
interface Group {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly spans: ActorSpan[];
  /** The preposition word before the group (على، مع، بين …) or the clitic on its first word (ل، ب), as a key. */
  readonly prep: string | null;
  readonly clitic: string | null;
  /** Introduced by an agent phrase (من قبل، على يد). */
  readonly agentive: boolean;
  /** Introduced by a place preposition (في، قرب، شمال …). */
  readonly locative: boolean;
}

const MARKS = new Set(['«', '»', '"', '“', '”', '(', ')', '[', ']', "'", '„']);

/** Reads the arguments of one document's triggers; built once per document. */
export class ArgumentReader {
  private readonly tokens: readonly Token[];
  private readonly groupsBySentence = new Map<number, Group[]>();
  private readonly numberAt = new Map<number, NumberSpan>();
  private readonly verbTriggerAt = new Set<number>();
  private readonly triggerAt = new Set<number>();
  private readonly lemmaAt = new Map<number, string>();
  /** The article tells of fighting (several attacks and fights): role nouns take their armed reading. */
  private readonly atWar: boolean;
  /** Whether each event read so far was told by a verb. */
  private readonly verbEvents = new Map<Event, boolean>();
  private readonly cueAt = new Set<number>();
  private docCountryMemo: string | null | undefined;
  private readonly speakerSpans: [number, number][];

  constructor(
    private readonly v: DocView,
    private readonly lex: ArgumentLexicon,
    private readonly numbers: readonly NumberSpan[],
    private readonly dates: readonly DateSpan[],
    private readonly quotes: readonly Quote[],
    triggers: readonly TriggerCandidate[],
  ) {
    this.tokens = v.tokens;
    for (const n of numbers) this.numberAt.set(n.tokenStart, n);
    this.atWar = triggers.filter((t) => this.lex.dyadTypes.has(t.type) && (t.stance ?? 'asserted') === 'asserted').length >= lex.warEvents;
    for (const t of triggers) {
      this.triggerAt.add(t.tokenStart);
      this.lemmaAt.set(t.tokenStart, t.lemma);
      if (t.pos === 'verb') this.verbTriggerAt.add(t.tokenStart);
    }
    for (const q of quotes) {
      const c = v.tokenAt(q.cue.start);
      if (c >= 0) this.cueAt.add(c);
    }
    // speakers who only report (بحسب المرصد، وفق ما أفاد مصدر، a newspaper, an NGO) are no actors of what they tell;
    // a speaker who denies or announces its own deed (نفت الشرطة اعتقال …) may be
    const reporter = (q: Quote): boolean =>
      (q.speaker.sector !== null && this.lex.reporterSectors.has(q.speaker.sector)) ||
      v.keys(v.tokenAt(q.cue.start)).some((k) => this.lex.attributionCues.has(k)) ||
      (q.content.end <= q.cue.start);
    this.speakerSpans = quotes.filter((q) => q.speaker.end > q.speaker.start && reporter(q)).map((q) => [q.speaker.start, q.speaker.end]);
  }

  /** The contract events of the document's triggers, in text order, with ids v1, v2 … */
  read(triggers: readonly TriggerCandidate[]): Event[] {
    const out: Event[] = [];
    const bySentence = new Map<number, Event[]>();
    for (const t of triggers) {
      const ev = this.event(t, bySentence.get(t.sentence) ?? [], `v${out.length + 1}`);
      this.verbEvents.set(ev, t.pos === 'verb');
      out.push(ev);
      const list = bySentence.get(t.sentence);
      if (list) list.push(ev);
      else bySentence.set(t.sentence, [ev]);
    }
    // تجهيز وتدريب نحو 2000 مقاتل: verbal nouns joined by و share their object and doer
    for (let k = out.length - 2; k >= 0; k--) {
      const a = triggers[k] as TriggerCandidate;
      const b = triggers[k + 1] as TriggerCandidate;
      if (a.pos !== 'noun' || b.pos !== 'noun' || b.tokenStart !== a.tokenEnd || !b.proclitics.includes('و')) continue;
      const ea = out[k] as Event;
      const eb = out[k + 1] as Event;
      if (ea.target.length === 0) ea.target = eb.target;
      if (eb.source.length === 0) eb.source = ea.source;
      if (ea.quantity === null) ea.quantity = eb.quantity;
    }
    for (const [s, evs] of bySentence) this.casualties(s, evs);
    // what each event's own words say, before anything is carried: only that is carried on or paired
    const own: Own[] = out.map((e) => ({ source: e.source, target: e.target, location: e.location, date: e.date, dead: e.dead, injured: e.injured }));
    const incidents = new Incidents(this.v, this.lex, () => this.docCountry());
    incidents.carry(out, triggers, own);
    incidents.dyads(out, own);
    incidents.defaults(out);
    return out;
  }

  private event(t: TriggerCandidate, before: readonly Event[], id: string): Event {
    const v = this.v;
    const sent = v.sentences[t.sentence];
    const sStart = sent?.tokenStart ?? 0;
    const sEnd = sent?.tokenEnd ?? this.tokens.length;
    const groups = this.groups(t.sentence, sStart, sEnd);
    const right = this.rightLimit(t.tokenEnd, sEnd);
    const left = this.leftLimit(t.tokenStart, sStart);
    const after = groups.filter((g) => g.tokenStart >= t.tokenEnd && g.tokenStart < right);
    const beforeGroups = groups.filter((g) => g.tokenEnd <= t.tokenStart && g.tokenStart >= left);
    let source: ActorSpan[] = [];
    let target: ActorSpan[] = [];
    const symmetric = this.lex.symmetric.has(t.type);
    const isTargetPrep = (g: Group): boolean =>
      (g.prep !== null && (this.lex.targetPreps.has(g.prep) || (symmetric && this.lex.partnerPreps.has(g.prep)))) ||
      (g.prep === null && g.clitic !== null && this.lex.targetClitics.has(g.clitic) && g.tokenStart - t.tokenEnd < this.lex.targetCliticWithin && !this.triggerBetween(t.tokenEnd, g.tokenStart));
    const plain = (g: Group): boolean => g.prep === null && g.clitic === null && !g.agentive && !g.locative;
    const actorsOf = (g: Group): ActorSpan[] => g.spans.filter((s) => !s.place);
    const agentGroup = after.find((g) => g.agentive);

    const speaker = t.pos === 'verb' && t.person === 1 ? this.quoteOf(t) : null;
    if (speaker) {
      // ندعو التحالف …: the speaker is the subject of a verb in the first person
      source = [{ tokenStart: -1, tokenEnd: -1, actors: [speaker.speaker], place: false }];
      const obj = after.find((g) => (plain(g) || isTargetPrep(g)) && actorsOf(g).length > 0);
      if (obj) target = actorsOf(obj);
    } else if (t.pos === 'verb' && t.voice !== 'passive') {
      const subjAfter = after.find((g) => plain(g) && this.onlyGap(t.tokenEnd, g.tokenStart, true, true) && actorsOf(g).length > 0);
      // و + verb opens a clause of its own: what stands before it is not its subject (اعتقلت … أشخاص وأفرجت عن …)
      const opensClause = t.proclitics.some((p) => this.lex.conjunctions.has(p));
      const subjBefore = opensClause ? undefined : [...beforeGroups].reverse().find((g) => plain(g) && this.onlyGap(g.tokenEnd, t.tokenStart, false) && actorsOf(g).length > 0);
      // إن الشرطة تلاحق أربعة آخرين: a subject that opens the clause right before the verb is the subject (SVO)
      const svo = subjBefore !== undefined && this.clauseSubject(subjBefore, left);
      const objFrom = subjAfter && !svo ? subjAfter.tokenEnd : t.tokenEnd;
      const obj = after.find((g) => g.tokenStart >= objFrom && (svo || g !== subjAfter) && (plain(g) || isTargetPrep(g)) && actorsOf(g).length > 0);
      // قتل ستة ألبان: a count of people right after a verb of an object type that takes no other object is its
      // object, the verb read as a passive the letters do not show
      const casualtyVerb = this.isCasualtyWord(t.tokenStart) && !actorsOf(subjAfter ?? { spans: [] } as unknown as Group).some((x) => this.isForce(x));
      if (subjAfter && !svo && !obj && !subjBefore && t.voice === undefined && this.lex.objectTypes.has(t.type) && (casualtyVerb || this.countBefore(subjAfter.tokenStart + 1, t.tokenEnd))) {
        target = actorsOf(subjAfter);
      } else {
        const subj = svo ? subjBefore : subjAfter ?? subjBefore;
        if (subj) source = actorsOf(subj);
        else source = this.impliedSubject(t, before);
        if (obj) target = actorsOf(obj);
      }
    } else if (t.pos === 'verb') {
      const subj = after.find((g) => plain(g) && this.onlyGap(t.tokenEnd, g.tokenStart, true, true));
      if (subj) target = actorsOf(subj);
      if (agentGroup) source = actorsOf(agentGroup);
    } else {
      const betweenGroup = after.find((g) => g.prep !== null && this.lex.between.has(g.prep));
      const genitive = after.find((g) => plain(g) && this.onlyGap(t.tokenEnd, g.tokenStart, true, true));
      const prepTarget = after.find((g) => isTargetPrep(g) && actorsOf(g).length > 0 && g !== betweenGroup);
      if (betweenGroup && actorsOf(betweenGroup).length > 0) {
        const all = actorsOf(betweenGroup);
        if (symmetric || all.length < 2) { source = all; target = symmetric ? all : []; } else { source = all.slice(0, 1); target = all.slice(1); }
      }
      if (genitive && actorsOf(genitive).length > 0 && source.length === 0) {
        const g = actorsOf(genitive);
        const counted = this.numberAt.has(genitive.tokenStart) || this.countBefore(genitive.tokenStart, t.tokenEnd);
        const doer = !counted && (!this.lex.objectTypes.has(t.type) ||
          (prepTarget !== undefined && prepTarget.tokenStart > genitive.tokenStart) ||
          (this.lex.forceDoerTypes.has(t.type) && g.some((x) => this.isForce(x))));
        if (doer) source = g;
        else target = g;
      }
      // مقتل فلسطيني (the victim), قصف إسرائيلي (the doer's country)
      const nis = this.nisbaAfter(t.tokenEnd, right);
      if (nis) {
        if (this.isCasualtyWord(t.tokenStart)) { if (target.length === 0) target = [nis]; } else if (source.length === 0) source = [{ ...nis, actors: nis.actors.map((a) => ({ ...a, sector: null })) }];
      }
      // غارة للتحالف: a force after ل right after the noun, with no doer before it, is the doer
      if (source.length === 0 && prepTarget && prepTarget.prep === null && this.lex.forceDoerTypes.has(t.type) &&
          prepTarget.tokenStart - t.tokenEnd <= 1 && actorsOf(prepTarget).some((x) => this.isForce(x))) {
        source = actorsOf(prepTarget);
      } else if (target.length === 0 && prepTarget) target = actorsOf(prepTarget);
      // غارة جوية شنتها قوات التحالف: the subject of the light verb of a relative clause after the noun
      if (source.length === 0) {
        for (let j = t.tokenEnd; j < Math.min(right, t.tokenEnd + 3); j++) {
          if (!this.v.keys(j).some((k) => this.lex.relativeLightVerbs.has(k))) continue;
          const g = after.find((x) => x.tokenStart === j + 1 && plain(x));
          if (g && actorsOf(g).length > 0) source = actorsOf(g);
          break;
        }
      }
      if (source.length === 0 && agentGroup) source = actorsOf(agentGroup);
      // أعلن متحدث باسم المعارضة التوصل إلى اتفاق، نفى الجيش شن غارات: the deed a speaker announces or denies is its
      // own (not a death it reports, nor an accusation it rejects)
      if (source.length === 0 && !this.isCasualtyWord(t.tokenStart) && !this.lex.statementTypes.has(t.type)) {
        const q = this.quoteOf(t);
        if (q && !q.direct && q.content.start >= t.start - 1 && q.content.start <= t.start && q.cue.end <= t.start) {
          source = [{ tokenStart: -1, tokenEnd: -1, actors: [q.speaker], place: false }];
        }
      }
      // مقتل، إصابة name a death, not a deed: whoever announces it (أعلن الجيش مقتل …) is not its doer
      if (source.length === 0 && !this.isCasualtyWord(t.tokenStart)) {
        // the subject of the light verb or of the verb that governs the noun (شنت القوات غارات، أكدت الوزارة دعمها),
        // else the subject of the clause (أن تركيا والولايات المتحدة وضعتا اللمسات الأخيرة على اتفاقهما)
        const taken = new Set(before.flatMap((e) => e.target.map((a) => a.start)));
        const underPrep = this.prepositionBefore(t.tokenStart);
        const definite = t.proclitics.some((p) => this.lex.articles.has(p));
        // … but not the subject of a verb that is an event of its own (أدان الوزير الهجوم)
        const ownVerb = (g: Group): boolean => this.verbTriggerAt.has(g.tokenStart - 1);
        // اتهمت روسيا إسرائيل بقصف القاعدة: the one accused is the doer of what the accusation names
        const accused = t.proclitics.includes('ب') ? beforeGroups.find((g) => plain(g) && this.onlyGap(g.tokenEnd, t.tokenStart, true) && this.accuserBefore(g, beforeGroups)) : undefined;
        const near = underPrep ? undefined : [...beforeGroups].reverse().find((g) => plain(g) && t.tokenStart - g.tokenEnd <= 3 && actorsOf(g).length > 0 && !ownVerb(g) && !actorsOf(g).some((x) => x.actors.some((a) => taken.has(a.start))));
        // a pronoun on the noun (على اتفاقهما، إدانته) points back at the clause's subject, under a preposition too
        const owned = this.hasPronounSuffix(t);
        const first = (underPrep || definite) && !owned ? undefined : beforeGroups.find((g) => plain(g) && actorsOf(g).length > 0 && this.clauseSubject(g, left) && !this.verbBetween(g.tokenEnd, t.tokenStart) && (owned || !ownVerb(g)));
        // دمشق تعتبر العقوبات … وتؤكد تضامنها: failing that, a possessive points back at the sentence's subject
        const head = owned && !first ? groups.find((g) => g.tokenEnd <= t.tokenStart && plain(g) && actorsOf(g).length > 0 && this.clauseSubject(g, sStart)) : undefined;
        const lv = accused ?? near ?? first ?? head;
        if (lv && !target.includes(actorsOf(lv)[0] as ActorSpan)) source = actorsOf(lv);
      }
      // أسفر الهجوم عن مقتل …، مما أدى إلى مقتل …: a death that results from the deed told before is that deed's
      if (source.length === 0 && this.isCasualtyWord(t.tokenStart) && this.resultBefore(t.tokenStart, sStart)) {
        const cause = [...before].reverse().find((e) => e.source.length > 0 && e.trigger.end <= t.start);
        // … or, when the deed is no event of the lexicon (واجهت قوات الأمن المتظاهرين، مما أدى إلى مقتل), its subject
        const subject = cause ? undefined : groups.find((g) => g.tokenEnd <= t.tokenStart && plain(g) && actorsOf(g).length > 0 && this.clauseSubject(g, sStart));
        if (cause) source = [{ tokenStart: -1, tokenEnd: -1, actors: cause.source, place: false }];
        else if (subject) source = actorsOf(subject);
      }
    }
    // غارات على مناطق تسيطر عليها فصائل المعارضة: whoever holds the places attacked is the target
    if (target.length === 0 && this.lex.dyadTypes.has(t.type)) {
      for (let j = t.tokenEnd; j < Math.min(sEnd, t.tokenEnd + 12); j++) {
        const n = this.phraseAt(j, this.lex.controlPhrases);
        if (n === 0) continue;
        const holder = groups.find((g) => g.tokenStart >= j + n && g.tokenStart <= j + n + 1 && actorsOf(g).length > 0);
        if (holder && !overlapsActors(actorsOf(holder).flatMap((x) => x.actors), source.flatMap((x) => x.actors))) target = actorsOf(holder);
        break;
      }
    }
    // مصرع 20 حوثيا في مواجهات مع الجيش: the other side of a clash told with مع stands before it in the sentence
    if (symmetric && source.length === 0 && target.length > 0) {
      // a count of them (قتل 20 من ميليشيات الحوثي في مواجهات مع الجيش) counts too
      const partitive = (g: Group): boolean => g.prep !== null && this.lex.affiliationPreps.has(g.prep) && this.numbers.some((n) => n.tokenEnd === g.tokenStart - 1);
      const other = [...beforeGroups].reverse().find((g) => (plain(g) || partitive(g) || this.numberAt.has(g.tokenStart)) && actorsOf(g).length > 0 && !overlapsActors(actorsOf(g).flatMap((x) => x.actors), target.flatMap((x) => x.actors)));
      if (other) source = actorsOf(other);
    }
    if (symmetric) {
      const count = (l: readonly ActorSpan[]): number => l.reduce((n, x) => n + x.actors.length, 0);
      if (target.length === 0 && count(source) > 1) target = source;
      else if (source.length === 0 && count(target) > 1) source = target;
    }
    const used = new Set([...source, ...target].flatMap((s) => s.actors.map((a) => a.entity)).filter((x): x is string => x !== null));
    const sentence = sent ? { start: sent.start, end: sent.end } : { start: t.start, end: t.end };
    const inQuote = this.quoteOf(t);
    const location = this.location(t, groups, used, sStart, left, right);
    const placeCountry = location ? this.v.byId.get(location)?.country ?? null : null;
    return {
      id,
      type: t.type,
      mode: t.mode,
      cameo: t.cameo,
      trigger: { start: t.start, end: t.end, text: t.text },
      sentence,
      source: this.finish(source, t, inQuote, placeCountry),
      target: this.finish(target, t, inQuote, placeCountry),
      location,
      date: this.date(t, left, right),
      quantity: this.quantity(t, right, target),
      dead: null,
      injured: null,
      stance: this.asked(t, sEnd) ? 'hypothetical' : t.stance ?? 'asserted',
      attribution: inQuote?.id ?? null,
      confidence: t.confidence,
    };
  }

  /** A nisba word right after the trigger, or after one adjective (قصف مدفعي إسرائيلي), read as a people or a state. */
  private nisbaAfter(i: number, right: number): ActorSpan | null {
    for (let j = i; j < Math.min(right, i + 2); j++) {
      if (this.v.mentionStart[j] || this.v.agentStart[j]) return null;
      const c = this.v.nisba(j);
      if (c !== null) {
        const tok = this.tokens[j] as Token;
        return { tokenStart: j, tokenEnd: j + 1, place: false, actors: [{ entity: null, text: tok.text, start: tok.start, end: tok.end, country: c, sector: 'CVL' }] };
      }
    }
    return null;
  }

  /** The trigger word ends with a possessive pronoun its lemma does not have (اتفاقهما، انسحابها). */
  private hasPronounSuffix(t: TriggerCandidate): boolean {
    if (t.pos !== 'noun' || t.tokenEnd - t.tokenStart !== 1) return false;
    // the written word, not its key: a key writes ة as ه (الغارة is no غار + ه)
    const w = (this.tokens[t.tokenStart] as Token).text.replace(/[\u064B-\u0652\u0670\u0640]/gu, '');
    return this.lex.pronounSuffixes.some((p) => w.endsWith(p) && w.length - p.length >= 3 && !t.lemma.endsWith(p));
  }

  private isCasualtyWord(i: number): boolean {
    const keys = [...this.v.keys(i), this.v.bareKey(i)];
    return keys.some((k) => this.lex.dead.has(k) || this.lex.injured.has(k));
  }

  /** The group is the object of an accusation verb (اتهم، حمّل): the verb, and perhaps its subject, stand before it. */
  private accuserBefore(g: Group, groups: readonly Group[]): boolean {
    let k = g.tokenStart - 1;
    const subject = [...groups].reverse().find((x) => x.tokenEnd <= g.tokenStart && x.tokenEnd >= g.tokenStart - 1 && x !== g);
    if (subject) k = subject.tokenStart - 1;
    while (k >= 0 && (this.isMark(k) || this.v.isComma(k))) k--;
    const lemma = this.lemmaAt.get(k);
    return lemma !== undefined && this.lex.accusers.has(lemma);
  }

  /** A preposition word right before the trigger (في غارة، خلال اشتباكات): the noun is no light verb's object. */
  private prepositionBefore(i: number): boolean {
    let j = i - 1;
    if (j < 0 || (this.tokens[j] as Token).kind === 'punct') return false;
    // بهذا الهجوم، في هذه الغارة: through a demonstrative, to its preposition (a word, or a clitic on it)
    const clitic = this.v.attachedPreposition(j);
    const bare = this.v.keys(j).map((k) => (clitic !== null && k.startsWith(clitic) ? k.slice(clitic.length) : k));
    if (bare.some((k) => this.lex.demonstratives.has(k))) {
      if (clitic !== null) return true;
      j--;
      if (j < 0 || (this.tokens[j] as Token).kind === 'punct') return false;
    }
    const k = this.v.keys(j);
    const w = k[k.length - 1] as string;
    return this.lex.otherPreps.has(w) || this.lex.targetPreps.has(w) || this.phraseAt(j, this.lex.locationPreps) === 1;
  }

  /** A phrase of consequence (أسفر عن، أدى إلى، تسبب في) ends right before token i. */
  private resultBefore(i: number, left: number): boolean {
    for (let j = Math.max(left, i - 4); j < i; j++) if (this.phraseAt(j, this.lex.resultPhrases) === i - j) return true;
    return false;
  }

  /** A count stands between the trigger and token i (تدريب نحو 2000 مقاتل). */
  private countBefore(i: number, from: number): boolean {
    for (let j = from; j < i; j++) if (this.numberAt.has(j)) return true;
    return false;
  }

  private triggerBetween(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.triggerAt.has(i)) return true;
    return false;
  }

  private verbBetween(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.verbTriggerAt.has(i)) return true;
    return false;
  }

  /** An event told in a question (من يقاتل في الغوطة؟) is asked about, not asserted. */
  private asked(t: TriggerCandidate, sEnd: number): boolean {
    if (t.stance !== undefined && t.stance !== 'asserted') return false;
    for (let j = sEnd - 1; j >= t.tokenEnd; j--) {
      const tok = this.tokens[j] as Token;
      if (tok.kind !== 'punct') return false;
      if (this.lex.questionMarks.has(tok.text)) return true;
    }
    return false;
  }

  /** The group opens its clause: nothing but conjunctions, quotation marks and gap words before it since `left`. */
  private clauseSubject(g: Group, left: number): boolean {
    let verb = false;
    for (let i = left; i < g.tokenStart; i++) {
      const tok = this.tokens[i] as Token;
      if (tok.kind === 'punct') { if (MARKS.has(tok.text) || this.v.isComma(i)) continue; return false; }
      if (this.v.conjOnly(this.v.key(i))) continue;
      if (this.v.keys(i).some((k) => this.lex.subjectGap.has(k) || this.lex.pronounSubjects.has(k))) continue;
      if (this.phraseAt(i, this.lex.clauseStops) > 0) continue;
      // the verb that opens the clause: تمكنت قوات الجيش … من السيطرة، شنت القوات … عملية
      if (!verb && i === g.tokenStart - 1 && this.opensClause(i, left)) { verb = true; continue; }
      return false;
    }
    return true;
  }

  /** Token i is a word with nothing but conjunctions, marks and gap words between `left` and it. */
  private opensClause(i: number, left: number): boolean {
    const tok = this.tokens[i] as Token;
    if (tok.kind === 'punct') return false;
    if (this.v.nisba(i) !== null || this.prepositionBefore(i + 1)) return false;
    for (let j = left; j < i; j++) {
      if (this.isMark(j) || this.v.isComma(j) || this.v.conjOnly(this.v.key(j))) continue;
      if (this.v.keys(j).some((k) => this.lex.subjectGap.has(k) || this.lex.pronounSubjects.has(k))) continue;
      if (this.phraseAt(j, this.lex.clauseStops) > 0) continue;
      return false;
    }
    return true;
  }

  /** Flattens the actor phrases; a state's agent without a country of its own takes the nearest one (السلطات، الشرطة). */
  private finish(spans: readonly ActorSpan[], t: TriggerCandidate, q: Quote | null, placeCountry: string | null): Actor[] {
    const out: Actor[] = [];
    const seen = new Set<string>();
    for (const s of spans) {
      for (const a0 of s.actors) {
        let a = a0;
        if (a.country === null && a.entity === null && a.sector !== null && this.lex.localSectors.has(a.sector)) {
          // people, fighters and refugees belong where the event happened; a state's agents to the country in the words around
          const people = !this.lex.stateSectors.has(a.sector);
          a = { ...a, country: (people ? placeCountry : null) ?? this.countryNear(s.tokenStart >= 0 ? s.tokenStart : t.tokenStart, q) };
        }
        // a country told by its nisba (العقوبات الأمريكية) or its capital (أنقرة وواشنطن) is the country named in the article
        if (a.country !== null && a.sector === null) {
          const e = a.entity ? this.v.byId.get(a.entity) : undefined;
          if (!e || (e.type === 'LOC' && e.kind !== 'country')) {
            const c = this.countryEntity(a.country);
            if (c) a = { ...a, entity: c };
          }
        }
        const sig = `${a.entity}|${a.start}|${a.end}|${a.country}|${a.sector}`;
        if (seen.has(sig)) continue;
        seen.add(sig);
        out.push(a);
      }
    }
    return out;
  }

  /** The country the words around token i speak of: the reporting speaker's, the sentence's, the previous one's, the document's. */
  private countryNear(i: number, q: Quote | null): string | null {
    if (q?.speaker.country) return q.speaker.country;
    const v = this.v;
    const s = v.sentOf[i] ?? -1;
    const sent = v.sentences[s];
    if (sent) {
      for (let j = i - 1; j >= sent.tokenStart; j--) { const c = this.countryAt(j); if (c) return c; }
      for (let j = i; j < sent.tokenEnd; j++) { const c = this.countryAt(j); if (c) return c; }
    }
    const prev = v.sentences[s - 1];
    if (prev) for (let j = prev.tokenEnd - 1; j >= prev.tokenStart; j--) { const c = this.countryAt(j); if (c) return c; }
    return this.docCountry();
  }

  /** The id of the article's entity for the country `iso3`, when the article names it. */
  private countryEntity(iso3: string): string | null {
    for (const e of this.v.entities) if (e.kind === 'country' && e.country === iso3) return e.id;
    return null;
  }

  private countryAt(j: number): string | null {
    const v = this.v;
    const a = v.agentStart[j];
    if (a?.countries[0]) return a.countries[0];
    const m = v.mentionStart[j];
    if (m && m.entity.type === 'LOC' && m.entity.country) return m.entity.country;
    return v.nisba(j);
  }

  private docCountry(): string | null {
    if (this.docCountryMemo !== undefined) return this.docCountryMemo;
    const count = new Map<string, number>();
    for (const e of this.v.entities) {
      if (e.type !== 'LOC' || !e.country) continue;
      count.set(e.country, (count.get(e.country) ?? 0) + e.mentions.length);
    }
    for (const a of this.v.agents) for (const c of a.countries) count.set(c, (count.get(c) ?? 0) + 1);
    let best: string | null = null;
    let n = 0;
    for (const [c, k] of count) if (k > n) { best = c; n = k; }
    this.docCountryMemo = best;
    return best;
  }

  /**
   * The subject of a verb that names none: the speaker of the quote it is in (أعلنت السلطات أنها صادرت), or the
   * doer of the verb before it in the sentence (none in a relative clause).
   */
  private impliedSubject(t: TriggerCandidate, before: readonly Event[]): ActorSpan[] {
    const v = this.v;
    const prev = t.tokenStart - 1;
    if (prev >= 0 && v.keys(prev).some((k) => this.lex.pronounSubjects.has(k))) {
      const q = this.quoteOf(t);
      if (q) return [{ tokenStart: -1, tokenEnd: -1, actors: [q.speaker], place: false }];
    }
    // الهجوم الذي استهدف: the subject of a relative clause is the noun before it, not the doer of the verb before
    if (prev >= 0 && v.keys(prev).some((k) => this.lex.relatives.has(k))) return [];
    // اعتقلت الشرطة … وأفرجت عن …: a verb joined to the verb before takes its subject
    for (let k = before.length - 1; k >= 0; k--) {
      const ev = before[k] as Event;
      if (!this.verbEvents.get(ev)) continue;
      if (ev.source.length > 0 && ev.trigger.end <= t.start) return [{ tokenStart: -1, tokenEnd: -1, actors: ev.source, place: false }];
    }
    return [];
  }

  private isForce(s: ActorSpan): boolean {
    for (const a of s.actors) {
      if (a.sector !== null && this.lex.forceSectors.has(a.sector)) return true;
      if (a.entity !== null) {
        const e = this.v.byId.get(a.entity);
        if (e && (e.kind === 'country' || e.kind === 'armed_group' || e.kind === 'military' || e.kind === 'state_body')) return true;
      }
    }
    return false;
  }

  /**
   * True when the tokens in [from, to) are only commas, quotation marks, gap words (قد، لم، كانت …) and, when
   * allowed, dates and counts.
   */
  private onlyGap(from: number, to: number, allowDates: boolean, allowNumbers = false): boolean {
    if (to - from > 4 && !allowDates) return false;
    const v = this.v;
    let i = from;
    let words = 0;
    while (i < to) {
      const d = v.dateEnd[i] as number;
      if (allowDates && d > i) { i = d; continue; }
      const n = this.numberAt.get(i);
      if (allowNumbers && n) { i = n.tokenEnd; continue; }
      const tok = this.tokens[i] as Token;
      if (tok.kind === 'punct') {
        if (!MARKS.has(tok.text) && !v.isComma(i)) return false;
        i++;
        continue;
      }
      if (!v.keys(i).some((k) => this.lex.subjectGap.has(k)) && !(allowNumbers && this.isHeadNoun(i))) return false;
      if (++words > 2) return false;
      i++;
    }
    return true;
  }

  private phraseAt(i: number, list: readonly (readonly string[])[]): number {
    const v = this.v;
    for (const p of list) {
      if (!v.keys(i).includes(p[0] as string)) continue;
      let ok = true;
      for (let k = 1; k < p.length && ok; k++) ok = v.key(i + k) === p[k];
      if (ok) return p.length;
    }
    return 0;
  }

  private rightLimit(from: number, sEnd: number): number {
    let i = from;
    const max = Math.min(sEnd, from + 18);
    for (; i < max; i++) {
      const tok = this.tokens[i] as Token;
      if (tok.kind === 'punct' && this.lex.windowStops.has(tok.text)) break;
      if (i > from && (this.verbTriggerAt.has(i) || this.cueAt.has(i))) break;
      if (i > from && this.phraseAt(i, this.lex.clauseStops) > 0) break;
      // «…، واعترضت …، ولم يصب …»: a comma before و opens the next clause
      if (i > from && this.v.isComma(i) && this.v.keys(i + 1).length > 1 && this.lex.conjunctions.has(this.v.key(i + 1).charAt(0))) break;
    }
    return i;
  }

  private leftLimit(from: number, sStart: number): number {
    let i = from - 1;
    const min = Math.max(sStart, from - 20);
    for (; i >= min; i--) {
      const tok = this.tokens[i] as Token;
      if (tok.kind === 'punct' && this.lex.windowStops.has(tok.text)) return i + 1;
      if (this.cueAt.has(i) && i < from - 1) return i + 1;
      const n = this.phraseAt(i, this.lex.clauseStops);
      if (n > 0) return i + n;
      if (this.v.keys(i).some((k) => this.lex.relatives.has(k))) return i + 1;
    }
    return Math.max(min, sStart);
  }

  /** The actor phrases of a sentence, grouped by coordination. */
  private groups(s: number, from: number, to: number): Group[] {
    const cached = this.groupsBySentence.get(s);
    if (cached) return cached;
    const spans: ActorSpan[] = [];
    for (let i = from; i < to; ) {
      const span = this.actorAt(i, to);
      if (!span) { i++; continue; }
      // the speaker of a statement (بحسب المرصد السوري، قال مصدر أمني) is not an actor of the events it tells
      if (!this.isSpeaker(span)) spans.push(span);
      i = span.tokenEnd;
    }
    const groups: Group[] = [];
    for (let k = 0; k < spans.length; ) {
      const first = spans[k] as ActorSpan;
      const members = [first];
      let end = first.tokenEnd;
      k++;
      while (k < spans.length && this.coordinated(end, (spans[k] as ActorSpan).tokenStart)) {
        members.push(spans[k] as ActorSpan);
        end = (spans[k] as ActorSpan).tokenEnd;
        k++;
      }
      groups.push({ tokenStart: first.tokenStart, tokenEnd: end, spans: members, ...this.introduction(first.tokenStart, from) });
    }
    this.groupsBySentence.set(s, groups);
    return groups;
  }

  private isSpeaker(span: ActorSpan): boolean {
    const a = span.actors[0];
    if (!a) return false;
    return this.speakerSpans.some(([s, e]) => a.start < e && s < a.end);
  }

  private isMark(i: number): boolean {
    const tok = this.tokens[i];
    return tok !== undefined && tok.kind === 'punct' && MARKS.has(tok.text);
  }

  private isHeadNoun(i: number): boolean {
    const v = this.v;
    return v.keys(i).some((k) => this.lex.headNouns.has(k)) || this.lex.headNouns.has(v.bareKey(i));
  }

  /** The next actor is joined by و right after the previous one (quotation marks, brackets and a head noun between allowed). */
  private coordinated(end: number, next: number): boolean {
    const v = this.v;
    let i = end;
    let conj = false;
    while (i < next) {
      if (this.isMark(i)) { i++; continue; }
      if (v.key(i) === 'و' && !conj) { conj = true; i++; continue; }
      // وتنظيم «جبهة النصرة»
      if (!conj && this.isHeadNoun(i) && v.keys(i).length > 1 && v.key(i).startsWith('و')) { conj = true; i++; continue; }
      return false;
    }
    if (i !== next) return false;
    if (conj) return true;
    const keys = v.keys(next);
    return keys.length > 1 && (keys[0] as string).startsWith('و');
  }

  /** What introduces the actor phrase that starts at token i: a preposition word, an agent phrase, a clitic. */
  private introduction(i: number, sStart: number): { prep: string | null; clitic: string | null; agentive: boolean; locative: boolean } {
    const v = this.v;
    let j = i - 1;
    let skipped = 0;
    while (j >= sStart && this.isMark(j)) j--;
    // a count or a head noun between the preposition and the name: لثمانية أشخاص، على مواقع «داعش»
    for (const n of this.numbers) if (n.tokenEnd === j + 1 && n.tokenStart <= j) { skipped += j + 1 - n.tokenStart; j = n.tokenStart - 1; break; }
    while (j >= sStart && skipped < 3 && this.isHeadNoun(j)) { j--; skipped++; }
    while (j >= sStart && this.isMark(j)) j--;
    let prep: string | null = null;
    let agentive = false;
    let locative = false;
    for (let back = 1; back <= 3 && j - back + 1 >= sStart; back++) {
      const at = j - back + 1;
      if (this.phraseAt(at, this.lex.agentPhrases) === back) { agentive = true; break; }
      if (this.phraseAt(at, this.lex.locationPreps) === back) { locative = true; prep = v.keys(at)[v.keys(at).length - 1] as string; break; }
    }
    if (!agentive && !locative && j >= sStart && (this.tokens[j] as Token).kind !== 'punct') {
      const k = v.keys(j);
      const word = k[k.length - 1] as string;
      if (this.lex.targetPreps.has(word) || this.lex.partnerPreps.has(word) || this.lex.between.has(word) || this.lex.otherPreps.has(word)) prep = word;
    }
    // a clitic preposition on the phrase's own first word (لثمانية، بسورية), or on the head noun skipped before it
    const clitic = v.attachedPreposition(skipped > 0 ? j + 1 : i);
    if (clitic !== null && this.lex.locationClitics.has(clitic)) locative = true;
    return { prep, clitic, agentive, locative };
  }

  /**
   * The actor phrase that starts at token i: a name, a nominal that refers back, an agent (with the organisation
   * it belongs to: مقاتلين من «جماعة خراسان»، مقاتلي «داعش»), or a count of people (ستة ألبان، أربعة آخرين).
   */
  private actorAt(i: number, limit: number): ActorSpan | null {
    const v = this.v;
    const m = v.mentionStart[i];
    if (m && m.tokenStart === i && !(m.entity.ref === null && this.isHeadNoun(i) && m.tokenEnd - m.tokenStart === 1)) {
      const e = m.entity;
      const agent = v.agentStart[i];
      const sector = (e.ref ? v.lex.sectorOf(e.ref) : null) ?? (agent && agent.tokenEnd <= m.tokenEnd + 1 ? agent.sector : null);
      const place = e.type === 'LOC' && !(e.ref && v.lex.isGovernmentPlace(e.ref));
      let end = m.tokenEnd;
      // nisba words after the name belong to the phrase (الجيش السوري)
      while (end < limit && end - m.tokenEnd < 2 && v.nisba(end) !== null) end++;
      return { tokenStart: i, tokenEnd: end, place, actors: [this.entityActor(e, m.start, m.end, sector)] };
    }
    const nominal = v.nominalAt[i];
    if (nominal) {
      const e = v.byId.get(nominal.id) ?? v.byRef.get(nominal.id);
      if (e) return { tokenStart: i, tokenEnd: nominal.tokenEnd, place: false, actors: [this.entityActor(e, nominal.start, nominal.end, e.ref ? v.lex.sectorOf(e.ref) : null)] };
    }
    const a = v.agentStart[i];
    if (a) {
      let end = a.tokenEnd;
      let endOffset = a.end;
      // المعارضة in an article of war is the armed opposition: the second reading of the role noun, when it is armed
      let sector: Sector = a.altSector !== null && this.atWar && this.lex.armedSectors.has(a.altSector) && !this.lex.armedSectors.has(a.sector) ? a.altSector : a.sector;
      let countries = a.countries;
      const next = v.agentStart[end];
      if (next && this.lex.personSectors.has(sector)) { sector = next.sector; countries = countries.length > 0 ? countries : next.countries; end = next.tokenEnd; endOffset = next.end; }
      // the organisation the members belong to: مقاتلي «داعش»، عناصر من «جبهة النصرة»، قوات الجيش السوري الحر
      let k = end;
      if (k < limit && v.keys(k).some((x) => this.lex.affiliationPreps.has(x))) k++;
      while (k < limit && this.isMark(k)) k++;
      if (k < limit && !v.mentionStart[k] && this.isHeadNoun(k)) k++;
      while (k < limit && this.isMark(k)) k++;
      const org = v.mentionStart[k];
      if (org && org.tokenStart === k && org.entity.type === 'ORG' && v.conjOnly(org.prefix) && org.prefix === '') {
        const e = org.entity;
        let stop = org.tokenEnd;
        while (stop < limit && this.isMark(stop)) stop++;
        return { tokenStart: i, tokenEnd: stop, place: false, actors: [this.entityActor(e, org.start, org.end, (e.ref ? v.lex.sectorOf(e.ref) : null) ?? sector)] };
      }
      // … or the body they speak or act for: متحدث باسم المعارضة السورية، مسؤولون في الحكومة
      const body = k > end ? v.agentStart[k] : undefined;
      if (body && v.keys(end).some((x) => this.lex.affiliationPreps.has(x))) {
        const list = body.countries.length > 0 ? body.countries : countries.length > 0 ? countries : [null];
        return { tokenStart: i, tokenEnd: body.tokenEnd, place: false, actors: list.map((country) => ({ entity: null, text: v.text.slice(body.start, body.end), start: body.start, end: body.end, country, sector: body.sector })) };
      }
      // the side the members fight for: مقاتل للمعارضة السورية (their sector, its country)
      const owner = end < limit && v.attachedPreposition(end) !== null && this.lex.targetClitics.has(v.attachedPreposition(end) as string) ? v.agentStart[end] : undefined;
      if (owner && countries.length === 0 && this.lex.memberSectors.has(sector)) { countries = owner.countries; end = owner.tokenEnd; endOffset = owner.end; }
      const start = a.start;
      const stopAt = endOffset;
      const text = v.text.slice(start, stopAt);
      const list = countries.length > 0 ? countries : [null];
      return { tokenStart: i, tokenEnd: end, place: false, actors: list.map((country) => ({ entity: null, text, start, end: stopAt, country, sector })) };
    }
    const n = this.numberAt.get(i);
    if (n && n.tokenEnd < limit) {
      const j = n.tokenEnd;
      if (v.agentStart[j]) return null;
      const tok = this.tokens[j] as Token;
      const c = v.nisba(j);
      if (c !== null) return { tokenStart: i, tokenEnd: j + 1, place: false, actors: [{ entity: null, text: tok.text, start: tok.start, end: tok.end, country: c, sector: 'CVL' }] };
      const people = n.noun ? v.keys(j).map((k) => this.lex.countedPeople.get(k)).find((x) => x !== undefined) : undefined;
      if (people !== undefined) {
        let k = j + 1;
        if (k < limit && v.keys(k).some((x) => this.lex.affiliationPreps.has(x))) {
          k++;
          while (k < limit && (this.isMark(k) || (this.tokens[k] as Token).text === '#')) k++;
          const org = v.mentionStart[k];
          if (org && org.tokenStart === k && org.entity.type === 'ORG') {
            return { tokenStart: i, tokenEnd: org.tokenEnd, place: false, actors: [this.entityActor(org.entity, org.start, org.end, org.entity.ref ? v.lex.sectorOf(org.entity.ref) : null)] };
          }
          const ag = v.agentStart[k];
          if (ag) return { tokenStart: i, tokenEnd: ag.tokenEnd, place: false, actors: (ag.countries.length > 0 ? ag.countries : [null]).map((country) => ({ entity: null, text: v.text.slice(ag.start, ag.end), start: ag.start, end: ag.end, country, sector: ag.sector })) };
        }
        return { tokenStart: i, tokenEnd: j + 1, place: false, actors: [{ entity: null, text: v.text.slice(n.start, tok.end), start: n.start, end: tok.end, country: null, sector: people }] };
      }
    }
    return null;
  }

  private entityActor(e: Entity, start: number, end: number, sector: Sector | null): Actor {
    return { entity: e.id, text: this.v.text.slice(start, end), start, end, country: e.country, sector };
  }

  /** The place of the event: a place named in its clause (في شيجاك) or at the head of its sentence; never an actor. */
  private location(t: TriggerCandidate, groups: readonly Group[], used: ReadonlySet<string>, sStart: number, left: number, right: number): string | null {
    let best: { id: string; score: number } | null = null;
    for (const g of groups) {
      for (const s of g.spans) {
        const id = s.actors[0]?.entity ?? null;
        if (id === null || used.has(id)) continue;
        const e = this.v.byId.get(id);
        if (!e || e.type !== 'LOC') continue;
        const inClause = s.tokenStart >= left && s.tokenStart < right;
        const opening = s.tokenStart - sStart < 5 && s.tokenStart < t.tokenStart;
        if (!inClause && !opening) continue;
        if (this.isDistanceReference(s.tokenStart, sStart)) continue;
        const introduced = g.locative;
        if (!introduced && !s.place) continue;
        const dist = s.tokenStart >= t.tokenEnd ? s.tokenStart - t.tokenEnd : t.tokenStart - s.tokenEnd + 2;
        const score = dist + (e.kind === 'country' ? 12 : 0) + (introduced ? 0 : 6);
        if (!best || score < best.score) best = { id, score };
      }
    }
    return best?.id ?? null;
  }

  /** A place named only to say how far another one is (تبعد 40 كلم شرق تيرانا). */
  private isDistanceReference(i: number, sStart: number): boolean {
    for (const n of this.numbers) {
      if (n.tokenEnd > i || n.tokenEnd < Math.max(sStart, i - 3)) continue;
      if (n.noun !== null && this.lex.quantityExclude.has(n.noun.norm)) return true;
    }
    return false;
  }

  /** The nearest resolved date of the trigger's clause (a duration since … is no date of the event). */
  private date(t: TriggerCandidate, left: number, right: number): Event['date'] {
    let best: DateSpan | null = null;
    let bestDist = Infinity;
    for (const d of this.dates) {
      if (d.tokenStart < left || d.tokenStart >= right || d.value === null) continue;
      if (/^\s*منذ/.test(d.text)) continue;
      const dist = d.tokenStart >= t.tokenEnd ? d.tokenStart - t.tokenEnd : t.tokenStart - d.tokenEnd + 1;
      if (dist < bestDist) { best = d; bestDist = dist; }
    }
    if (!best || best.value === null) return null;
    if (best.precision === 'week') {
      if (!this.lex.weekAsMonth) return null;
      return { value: best.value.slice(0, 7), precision: 'month', text: best.text };
    }
    return { value: best.value, precision: best.precision, text: best.text };
  }

  /** The first count after the trigger in its clause (2000 مقاتل، ثمانية أشخاص); distances, durations and money are not. */
  private quantity(t: TriggerCandidate, right: number, target: readonly ActorSpan[]): Event['quantity'] {
    const end = Math.max(right, ...target.map((s) => s.tokenEnd));
    for (let i = t.tokenEnd; i < end; i++) {
      const n = this.numberAt.get(i);
      if (!n) continue;
      if (n.noun !== null && this.lex.quantityExclude.has(n.noun.norm)) continue;
      if (n.value <= 0) continue;
      return { value: n.value, unit: n.noun?.text ?? null, text: n.text };
    }
    return null;
  }

  /** The quote whose content holds the trigger (the innermost one). */
  private quoteOf(t: TriggerCandidate): Quote | null {
    let best: Quote | null = null;
    for (const q of this.quotes) {
      if (q.content.start <= t.start && t.end <= q.content.end) {
        if (!best || q.content.end - q.content.start < best.content.end - best.content.start) best = q;
      }
    }
    return best;
  }

  /** Dead and injured counts of a sentence (مقتل خمسة، قُتل ستة ألبان، إصابة العشرات) go to its attacks and fights. */
  private casualties(s: number, events: Event[]): void {
    const violent = events.filter((e) => e.type === 'ASSAULT' || e.type === 'FIGHT');
    if (violent.length === 0) return;
    const sent = this.v.sentences[s];
    if (!sent) return;
    let dead: number | null = null;
    let injured: number | null = null;
    for (let i = sent.tokenStart; i < sent.tokenEnd; i++) {
      const keys = [...this.v.keys(i), this.v.bareKey(i)];
      const back = keys.some((k) => this.lex.deadBack.has(k));
      const isDead = back || keys.some((k) => this.lex.dead.has(k));
      const isInjured = !isDead && keys.some((k) => this.lex.injured.has(k));
      if (!isDead && !isInjured) continue;
      const n = back ? this.countBack(i, sent.tokenStart) : this.countNear(i, sent.tokenStart, sent.tokenEnd);
      if (n === null) continue;
      if (isDead && dead === null) dead = n;
      if (isInjured && injured === null) injured = n;
    }
    if (dead === null && injured === null) return;
    for (const e of violent) {
      if (e.dead === null) e.dead = dead;
      if (e.injured === null) e.injured = injured;
    }
  }

  /** The count of a clause that ends with مصرعهم/حتفهم (لقي 20 عنصراً من الميليشيا مصرعهم). */
  private countBack(i: number, sStart: number): number | null {
    let best: NumberSpan | null = null;
    for (const n of this.numbers) {
      if (n.tokenStart < Math.max(sStart, i - this.lex.backWithin) || n.tokenEnd > i) continue;
      let clean = true;
      for (let j = n.tokenEnd; j < i && clean; j++) { const tok = this.tokens[j] as Token; if (tok.kind === 'punct' && !MARKS.has(tok.text) && !this.v.isComma(j)) clean = false; }
      if (clean && (!best || n.tokenStart > best.tokenStart)) best = n;
    }
    return best ? Math.round(best.value) : null;
  }

  /** A count right after a casualty word (مقتل خمسة، إصابة العشرات) or right before it (خمسة قتلى); one person named alone is one. */
  private countNear(i: number, sStart: number, sEnd: number): number | null {
    const one = (j: number): boolean => j >= sStart && j < sEnd && !this.numberAt.has(j) && this.v.keys(j).some((k) => this.lex.onePerson.has(k));
    if (one(i + 1) || one(i - 1)) return 1;
    const w = this.lex.casualtyWithin;
    for (let j = i + 1; j <= Math.min(sEnd - 1, i + w); j++) {
      const tok = this.tokens[j] as Token;
      if (tok.kind === 'punct' && !MARKS.has(tok.text)) break;
      const n = this.numberAt.get(j);
      if (n) return Math.round(n.value);
    }
    for (const n of this.numbers) {
      if (n.tokenStart < sStart || n.tokenEnd > i) continue;
      if (n.tokenEnd === i || (n.noun !== null && this.v.tokenAt(n.noun.start) === i)) return Math.round(n.value);
    }
    return null;
  }
}
