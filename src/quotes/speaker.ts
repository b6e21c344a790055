// The speaker's noun phrase: a named entity, a nominal that refers back to one, or a role noun with its modifiers.
import type { Entity, Sector } from '../contract/extraction.js';
import type { SpeakerWord } from './lexicon.js';
import type { Phrase, PhraseTable } from './phrases.js';
import type { DocView, MentionAt } from './view.js';

/** A noun phrase that can be a speaker, with what it says about the actor. */
export interface SpeakerPhrase {
  /** Token range of the whole phrase (the zone after it starts at tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** The words reported as the speaker: the name for a named actor, the phrase for a nominal one. */
  start: number;
  end: number;
  entity: Entity | null;
  country: string | null;
  /** True when the phrase itself settles the country (even as none: an international organisation). */
  countryKnown: boolean;
  sector: Sector | null;
  /** How the phrase was read. */
  kind: 'entity' | 'nominal' | 'agent' | 'channel';
  /** Role key for in-document coreference (مصادر، مدير الاستخبارات), null for names. */
  head: string | null;
  /** The head noun carries the article (المصدر، الوزارة): it may refer back. */
  definite: boolean;
  /** A role/source phrase that found neither a name nor anything of its own to say about the actor. */
  bare: boolean;
}

/**
 * Resolves a definite common noun at token i (الوزارة) to an entity named before (or, failing that, after); with a
 * sector, only to an entity of that sector (المنظمة الأممية → an IGO).
 */
export type BackResolver = (i: number, sector?: Sector) => Entity | null;

/** The longest phrase of `table` that starts at token i, and whether a conjunction was peeled to find it (وشهود). */
export function matchAt<T>(v: DocView, i: number, table: PhraseTable<T>): { phrase: Phrase<T>; peeled: boolean } | undefined {
  const keys = v.keys(i);
  let best: { phrase: Phrase<T>; peeled: boolean } | undefined;
  for (let a = 0; a < keys.length; a++) {
    for (const p of table.startingWith(keys[a] as string)) {
      if (best && best.phrase.keys.length >= p.keys.length) break;
      let ok = true;
      for (let k = 1; k < p.keys.length && ok; k++) ok = v.key(i + k) === p.keys[k];
      if (ok) { best = { phrase: p, peeled: a > 0 }; break; }
    }
  }
  return best;
}

/** A source noun at token i (مصادر، شهود عيان), also with a possessive pronoun attached (محاميه، منتقدوه). */
export function sourceAt(v: DocView, i: number): { phrase: Phrase<SpeakerWord>; peeled: boolean } | undefined {
  const hit = matchAt(v, i, v.lex.sources);
  if (hit) return hit;
  const keys = v.keys(i);
  for (let a = 0; a < keys.length; a++) {
    const k = keys[a] as string;
    for (const p of v.lex.objectPronouns) {
      if (k.length - p.length < 3 || !k.endsWith(p)) continue;
      const phrase = v.lex.sources.word(k.slice(0, -p.length));
      if (phrase) return { phrase, peeled: a > 0 };
    }
  }
  return undefined;
}

/** The length in tokens of the longest phrase of `table` that starts at token i; 0 when none. */
export function phraseLength(v: DocView, i: number, table: PhraseTable<unknown>): number {
  return matchAt(v, i, table)?.phrase.keys.length ?? 0;
}

/** Country of a nisba adjective at token i (السورية، وأميركيين), or null. */
export function nisbaAt(v: DocView, i: number): string | null {
  return v.nisba(i);
}

/** Offset where token i's word starts: after an attached conjunction (و، ف) when `peeled`, with its tashkeel. */
export function wordStart(v: DocView, i: number, peeled: boolean): number {
  const t = v.tokens[i];
  if (!t) return 0;
  if (!peeled) return t.start;
  let s = t.start + 1;
  while (s < t.end && /[\u064B-\u065F\u0670\u0640]/.test(v.text.charAt(s))) s++;
  return s;
}

function modifierAt(v: DocView, i: number): { sector: Sector | null } | null {
  for (const k of v.keys(i)) if (v.lex.modifiers.has(k)) return { sector: v.lex.modifiers.get(k) ?? null };
  return null;
}

/** A named entity as a speaker phrase: its mention, with a quoted alias, an acronym or nisba words after it. */
function entityPhrase(v: DocView, m: MentionAt, from: number, end: number, limit: number): SpeakerPhrase {
  let k = end;
  for (let guard = 0; guard < 8 && k < limit; guard++) {
    // (سانا) or «البنتاغون» naming the same entity
    if ((v.isPunct(k, '(') || v.isOpen(k)) && k + 2 < limit + 3) {
      const close = v.isPunct(k, '(') ? (v.isPunct(k + 2, ')') ? k + 2 : -1) : v.partner[k] ?? -1;
      if (close > k + 1 && close - k <= 4 && v.mentionCover[k + 1]?.entity === m.entity) { k = close + 1; continue; }
      break;
    }
    if (nisbaAt(v, k) || (modifierAt(v, k)?.sector ?? null) !== null) { k++; continue; }
    // coordinated names: السعودية والبحرين والإمارات (the first one is reported)
    const co = v.mentionStart[k];
    if (co && co.tokenStart === k && co.prefix !== '' && v.conjOnly(co.prefix) && co.entity.type === m.entity.type) { k = co.tokenEnd; continue; }
    break;
  }
  const sector = m.entity.ref ? v.lex.sectorOf(m.entity.ref) : null;
  return {
    tokenStart: from, tokenEnd: k, start: m.start, end: m.end, entity: m.entity, country: m.entity.country, countryKnown: true,
    sector, kind: 'entity', head: null, definite: false, bare: false,
  };
}

/** A nominal that refers back to an entity, with the adjectives after it (المنظمة الأممية، الصحيفة التركية). */
function nominalPhrase(v: DocView, i: number, e: Entity, start: number, limit: number): SpeakerPhrase {
  const t = v.tokens[i];
  let k = i + 1;
  while (k < limit && k - i < 4 && (modifierAt(v, k) || nisbaAt(v, k))) k++;
  return {
    tokenStart: i, tokenEnd: k, start, end: t ? t.end : start, entity: e, country: e.country, countryKnown: true,
    sector: e.ref ? v.lex.sectorOf(e.ref) : null, kind: 'nominal', head: null, definite: true, bare: false,
  };
}

/**
 * Reads the speaker phrase that starts at token i (and ends before `limit`): a name, a nominal that refers back
 * (الصحيفة، الوزارة), a channel with its owner (بيان الجيش → the army), or a role noun (مصادر عسكرية، مصدر في الشرطة،
 * متحدث باسم الصليب الأحمر) with the person named in apposition when there is one. Null when token i starts none.
 */
export function parseSpeaker(v: DocView, i: number, limit: number, back: BackResolver): SpeakerPhrase | null {
  const lex = v.lex;
  const tok = v.tokens[i];
  if (i >= limit || !tok) return null;
  // a name between quotation marks: «حرييت ديلي نيوز»، "المرصد السوري لحقوق الإنسان"
  if (v.isOpen(i)) {
    const close = v.partner[i] as number;
    const m = v.plainMentionAt(i + 1);
    if (m && close > i && m.tokenEnd === close) return entityPhrase(v, m, i, close + 1, limit);
    return null;
  }
  if (tok.kind === 'punct') return null;
  // بعض المشرعين، أحد المسؤولين: the phrase after the quantifier, spanning it
  const q = phraseLength(v, i, lex.quantifiers);
  if (q > 0 && i + q < limit) {
    const p = parseSpeaker(v, i + q, limit, back);
    const peeled = v.keys(i).length > 1 && lex.quantifiers.startingWith(v.key(i)).length === 0;
    return p ? { ...p, tokenStart: i, start: p.entity && p.kind === 'entity' ? p.start : wordStart(v, i, peeled) } : null;
  }
  const m = v.plainMentionAt(i);
  if (m) return entityPhrase(v, m, i, m.tokenEnd, limit);
  const nominal = v.nominalAt[i];
  if (nominal) {
    const e = v.byRef.get(nominal.id);
    if (e) return nominalPhrase(v, i, e, nominal.start, limit);
  }
  // an agent is a subject only without a preposition attached (للصحافيين is to whom, not who)
  const rawAgent = v.agentStart[i];
  const agent = rawAgent && (rawAgent.start === tok.start || v.conjOnly(lex.key(v.text.slice(tok.start, rawAgent.start)))) ? rawAgent : undefined;
  const src = sourceAt(v, i);
  const channel = matchAt(v, i, lex.channels);
  const agentLen = agent ? agent.tokenEnd - agent.tokenStart : 0;
  const srcLen = src ? src.phrase.keys.length : 0;
  const chLen = channel ? channel.phrase.keys.length : 0;
  const keys = v.keys(i);
  const definite = keys.some((k) => k.startsWith(lex.article));
  // a definite noun that refers back: الوزارة، الصحيفة، المرصد
  const backAt = keys.findIndex((k) => lex.backReference.has(k));
  if (backAt >= 0 && agentLen <= 1 && srcLen <= 1 && chLen <= 1) {
    const hint = modifierAt(v, i + 1)?.sector ?? undefined;
    const e = back(i, hint);
    if (e) return nominalPhrase(v, i, e, wordStart(v, i, backAt > 0), limit);
    const b = lex.backReference.get(keys[backAt] as string);
    const sector = hint ?? b?.sector ?? null;
    if (sector && agentLen === 0 && srcLen === 0 && !channel) {
      // nothing named before or after: a nominal actor of the noun's sector (الجريدة الرسمية)
      let k = i + 1;
      while (k < limit && k - i < 4 && (modifierAt(v, k) || nisbaAt(v, k))) k++;
      const country = k > i + 1 ? nisbaAt(v, k - 1) : null;
      const start = wordStart(v, i, backAt > 0);
      return {
        tokenStart: i, tokenEnd: k, start, end: (v.tokens[k - 1] as { end: number }).end, entity: null, country,
        countryKnown: country !== null, sector, kind: 'agent', head: v.bareKey(i), definite: true, bare: false,
      };
    }
  }
  // a channel and its owner: بيان الجيش، الموقع الرسمي للجيش اليمني، إحصائيات الجيش
  if (channel && chLen >= agentLen && chLen >= srcLen) {
    let k = i + chLen;
    while (k < limit && (modifierAt(v, k) || nisbaAt(v, k))) k++;
    // تقرير صادر عن وزارة الصحة
    const aff = phraseLength(v, k, lex.affiliation);
    if (aff > 0 && v.key(k) !== lex.words.in) k += aff;
    const owner = v.mentionStart[k];
    if (owner && owner.tokenStart === k && (v.conjOnly(owner.prefix) || owner.prefix === lex.words.dative)) {
      return { ...entityPhrase(v, owner, i, owner.tokenEnd, limit), tokenStart: i };
    }
    if (v.agentStart[k] || v.keys(k).some((x) => lex.backReference.has(x))) {
      const p = parseSpeaker(v, k, limit, back);
      if (p) return { ...p, tokenStart: i };
    }
    if (aff > 0) {
      // an owner the KB does not know: the phrase runs to its comma or its clause (تقرير صادر عن مركز المعلومات …،)
      let c = k;
      while (c < limit && c - k < 14 && !v.isComma(c) && !isComplementizerKey(v, c)) c++;
      if (v.isComma(c) || (isComplementizerKey(v, c) && c - k <= 6)) k = c;
      else k = Math.min(limit, k + 1);
    }
    const start = wordStart(v, i, channel.peeled);
    const last = v.tokens[k - 1];
    return {
      tokenStart: i, tokenEnd: k, start, end: last ? last.end : start, entity: null, country: null, countryKnown: false,
      sector: channel.phrase.value, kind: 'channel', head: null, definite, bare: true,
    };
  }
  // a descriptor before a name: صحيفة «ديلي بيست»، وكالة "ريا نوفوستي"
  if (keys.some((k) => lex.descriptors.has(k))) {
    const after = v.isOpen(i + 1) ? i + 2 : i + 1;
    const named = v.plainMentionAt(after);
    if (named && after < limit) {
      const close = after === i + 2 ? (v.partner[i + 1] as number) : -1;
      const end = close > 0 && named.tokenEnd === close ? close + 1 : named.tokenEnd;
      return { ...entityPhrase(v, named, i, end, limit), tokenStart: i };
    }
  }
  if (agentLen === 0 && srcLen === 0) return personAhead(v, i, limit);
  return rolePhrase(v, i, limit, back, agentLen >= srcLen ? { agent: agent as NonNullable<typeof agent> } : { src: src as NonNullable<typeof src> }, definite);
}

type Head = { agent: NonNullable<DocView['agentStart'][number]> } | { src: { phrase: Phrase<SpeakerWord>; peeled: boolean } };

/** A role or source noun and what follows it: nisba, modifiers, an affiliation (في/باسم/من X), a name in apposition. */
function rolePhrase(v: DocView, i: number, limit: number, back: BackResolver, h: Head, definite: boolean): SpeakerPhrase {
  const lex = v.lex;
  let k: number;
  let sector: Sector | null;
  let country: string | null = null;
  let start: number;
  if ('agent' in h) {
    k = h.agent.tokenEnd;
    sector = h.agent.sector;
    country = h.agent.countries[0] ?? null;
    start = h.agent.start;
  } else {
    k = i + h.src.phrase.keys.length;
    sector = h.src.phrase.value.sector;
    start = wordStart(v, i, h.src.peeled);
  }
  const placeless = 'src' in h && h.src.phrase.value.placeless;
  const headKeys: string[] = [];
  for (let x = i; x < k; x++) headKeys.push(x === i ? v.bareKey(x) : v.key(x));
  let modSector: Sector | undefined;
  let affSector: Sector | null = null;
  let countryKnown = country !== null || placeless;
  let own = country !== null;
  let blockPerson = false;
  let person: MentionAt | undefined;
  const setCountry = (c: string | null): void => {
    if (!countryKnown) { country = c; countryKnown = true; }
  };
  for (let guard = 0; guard < lex.maxSpeaker && k < limit; guard++) {
    const nis = nisbaAt(v, k);
    if (nis) { setCountry(nis); own = true; k++; continue; }
    const mod = modifierAt(v, k);
    if (mod) { if (mod.sector && modSector === undefined) modSector = mod.sector; own = true; k++; continue; }
    const un = phraseLength(v, k, lex.unnamed);
    if (un > 0) {
      let e = k + un;
      while (e < limit && e - k < 8 && !v.isPunct(e) && !isComplementizerKey(v, e)) e++;
      k = e;
      own = true;
      break;
    }
    // an acronym in brackets naming the phrase: وكالة الأنباء السورية (سانا)
    if (v.isPunct(k, '(') && v.isPunct(k + 2, ')')) {
      const named = v.plainMentionAt(k + 1);
      if (named) return { ...entityPhrase(v, named, i, k + 3, limit), tokenStart: i };
      break;
    }
    const aff = phraseLength(v, k, lex.affiliation);
    if (aff > 0) {
      let a = k + aff;
      if (v.keys(a).some((x) => lex.demonstratives.has(x))) { k = a + 2; own = true; continue; }
      if (v.keys(a).some((x) => lex.descriptors.has(x)) && v.plainMentionAt(a + 1)) a++;
      const am = v.mentionStart[a];
      const ag = v.agentStart[a];
      let next = -1 as number;
      if (am && am.tokenStart === a) {
        affSector ??= am.entity.ref ? lex.sectorOf(am.entity.ref) : null;
        setCountry(am.entity.country);
        next = am.tokenEnd;
      } else if (ag) {
        affSector ??= ag.sector;
        if (ag.countries[0]) setCountry(ag.countries[0]);
        next = ag.tokenEnd;
      } else if (v.keys(a).some((x) => lex.backReference.has(x))) {
        const e = back(a);
        if (e) {
          affSector ??= e.ref ? lex.sectorOf(e.ref) : null;
          setCountry(e.country);
        }
        next = a + 1;
      }
      if (next < 0 && phraseLength(v, a, lex.unnamed) === 0) {
        // an organisation the KB does not know: its words up to a nisba, a comma or the clause (متحدث باسم مصلحة السجون الإسرائيلية)
        let e = a;
        while (e < limit && e - a < 4 && (v.tokens[e]?.kind === 'arabic' || v.tokens[e]?.kind === 'hashtag') && !v.mentionStart[e] && !isComplementizerKey(v, e) && !lex.verbs.has(v.key(e))) {
          const n = v.nisba(e);
          e++;
          if (n) { setCountry(n); break; }
        }
        if (e > a) next = e;
      }
      if (next < 0) break;
      const words: string[] = [];
      for (let x = k; x < k + aff; x++) words.push(v.key(x));
      if (lex.outsideAffiliation.has(words.join(' '))) blockPerson = true;
      own = true;
      k = next;
      continue;
    }
    // an affiliation by an attached preposition: مصدر بإدارة أمن الطرق، مسؤول بوزارة الداخلية
    const t = v.tokens[k];
    if (t && own === false && lex.prepositions.some((p) => t.norm.startsWith(p))) {
      const at = v.agentStart[k];
      const pm = v.mentionStart[k];
      const pre = at ? (at.start > t.start ? lex.key(v.text.slice(t.start, at.start)) : '') : pm && pm.tokenStart === k ? pm.prefix : '';
      if (pre && lex.prepositions.includes(pre.slice(-1)) && !v.conjOnly(pre)) {
        if (at) { affSector ??= at.sector; if (at.countries[0]) setCountry(at.countries[0]); k = at.tokenEnd; }
        else if (pm) { affSector ??= pm.entity.ref ? lex.sectorOf(pm.entity.ref) : null; setCountry(pm.entity.country); k = pm.tokenEnd; }
        if (lex.outsideAffiliation.has(pre.slice(-1))) blockPerson = true;
        own = true;
        continue;
      }
    }
    // a name between quotation marks: زعيم «حزب الله»، وكالة أنباء "الصين الجديدة"
    if (v.isOpen(k)) {
      const c = v.partner[k] as number;
      const qm = v.plainMentionAt(k + 1);
      if (qm && c === qm.tokenEnd && qm.entity.type !== 'PER') {
        affSector ??= qm.entity.ref ? lex.sectorOf(qm.entity.ref) : null;
        setCountry(qm.entity.country);
        own = true;
        k = c + 1;
        continue;
      }
      const next = v.tokens[c + 1];
      if (c > k + 1 && c - k <= 5 && next !== undefined && v.sentOf[c + 1] === v.sentOf[k] && !v.isPunct(c + 1, '.!?؟')) {
        own = true;
        k = c + 1;
        continue;
      }
    }
    const mk = v.mentionStart[k];
    // a name in a genitive (قائد شرطة تيرانا) follows a word without the article; after one with it, it is another phrase
    const afterIndefinite = k > i && !v.keys(k - 1).some((x) => x.startsWith(lex.article));
    if (mk && mk.tokenStart === k && (mk.entity.type === 'PER' || afterIndefinite || !v.conjOnly(mk.prefix))) {
      if (mk.entity.type === 'PER' && !blockPerson && v.conjOnly(mk.prefix)) { person = mk; k = mk.tokenEnd; break; }
      if (mk.entity.type !== 'PER') affSector ??= mk.entity.ref ? lex.sectorOf(mk.entity.ref) : null;
      setCountry(mk.entity.country);
      own = true;
      k = mk.tokenEnd;
      continue;
    }
    // a genitive chain of role nouns: رئيس المحكمة، مسؤول في إدارة الرئيس …
    const ag = v.agentStart[k];
    const agStart = (v.tokens[k] as { start: number }).start;
    const construct = k > i && !v.keys(k - 1).some((x) => x.startsWith(lex.article)) && v.tokens[k - 1]?.kind === 'arabic';
    if (ag && construct && ag.start === agStart && v.keys(k).length === 1) {
      if (ag.countries[0]) setCountry(ag.countries[0]);
      if (!own) affSector ??= ag.sector;
      own = true;
      k = ag.tokenEnd;
      continue;
    }
    // an adjective the lexicon does not know, before a nisba or a name: مدير الاستخبارات الوطنية الأميركية
    if (definiteWord(v, k) && (nisbaAt(v, k + 1) || modifierAt(v, k + 1) || (v.mentionStart[k + 1]?.entity.type === 'PER' && !blockPerson))) {
      k++;
      continue;
    }
    if (v.keys(k).some((x) => lex.descriptors.has(x)) && v.mentionStart[k + 1]) { k++; continue; }
    // apposition: «…، الكولونيل باتريك سترايغر», or one unknown word before the name (الناشط الإعلامي محمد إبراهيم)
    if (!blockPerson) {
      const from = v.isComma(k) ? k + 1 : k;
      const span = from === k ? 2 : 3;
      for (let x = from; x < Math.min(limit, from + span); x++) {
        const pm = v.mentionStart[x];
        if (pm && pm.entity.type === 'PER' && v.conjOnly(pm.prefix)) { person = pm; k = pm.tokenEnd; break; }
        if (v.isPunct(x) || v.tokens[x]?.kind !== 'arabic' || v.mentionCover[x] || isComplementizerKey(v, x)) break;
      }
    }
    break;
  }
  const head = headKeys.join(' ');
  // a head of several words is definite when its last word is (مدير الاستخبارات)
  const isDefinite = definite || (headKeys.length > 1 && (headKeys[headKeys.length - 1] ?? '').startsWith(lex.article));
  if (person) {
    return {
      tokenStart: i, tokenEnd: k, start: person.start, end: person.end, entity: person.entity, country: person.entity.country,
      countryKnown: true, sector: null, kind: 'entity', head, definite: isDefinite, bare: false,
    };
  }
  const lastTok = v.tokens[k - 1];
  return {
    tokenStart: i, tokenEnd: k, start, end: lastTok ? lastTok.end : start, entity: null, country, countryKnown,
    sector: modSector ?? sector ?? affSector, kind: 'agent', head, definite: isDefinite, bare: !own,
  };
}

/** An unknown head (الأمين العام للأمم المتحدة …) followed closely by a person's name: the person. */
function personAhead(v: DocView, i: number, limit: number): SpeakerPhrase | null {
  const lex = v.lex;
  for (let x = i; x < Math.min(limit, i + lex.maxSpeaker); x++) {
    const t = v.tokens[x];
    if (!t || (t.kind === 'punct' && !v.isOpen(x)) || isComplementizerKey(v, x) || lex.adjunctPreps.has(v.key(x))) return null;
    for (const k of v.keys(x)) if (lex.verbs.has(k)) return null;
    const pm = v.mentionStart[x];
    // the words before the name make a title: definite (الأمين العام)، a name with ل (للأمم المتحدة) or a title word
    const titleWord = v.mentionCover[x] !== undefined || v.keys(x).some((k) => k.startsWith(lex.article) || lex.titles.has(k)) ||
      (pm !== undefined && !v.conjOnly(pm.prefix));
    if (!(pm && pm.entity.type === 'PER' && v.conjOnly(pm.prefix)) && !titleWord) return null;
    if (pm && pm.entity.type === 'PER' && v.conjOnly(pm.prefix)) {
      return {
        tokenStart: i, tokenEnd: pm.tokenEnd, start: pm.start, end: pm.end, entity: pm.entity, country: pm.entity.country,
        countryKnown: true, sector: null, kind: 'entity', head: null, definite: false, bare: false,
      };
    }
  }
  return null;
}

/** An Arabic word with the article that is no name, cue or complementizer (an adjective, most likely). */
function definiteWord(v: DocView, i: number): boolean {
  const t = v.tokens[i];
  return t !== undefined && t.kind === 'arabic' && t.norm.startsWith(v.lex.article) && !v.mentionCover[i] && !isComplementizerKey(v, i) && !v.lex.verbs.has(t.norm);
}

/** True when token i is a complementizer (أن، إن، بأن، أنه …). */
export function isComplementizerKey(v: DocView, i: number): boolean {
  if (i < 0 || i >= v.tokens.length) return false;
  const memo = v.complementizer[i] as number;
  if (memo !== 0) return memo === 2;
  const k = v.key(i);
  const lex = v.lex;
  let yes = false;
  for (const prefix of lex.complementPrefixesWithNone) {
    if (!k.startsWith(prefix)) continue;
    const rest = k.slice(prefix.length);
    if (lex.complementizers.has(rest)) { yes = true; break; }
    if (lex.complementPronouns.some((p) => rest.length > p.length && rest.endsWith(p) && lex.complementizers.has(rest.slice(0, -p.length)))) { yes = true; break; }
  }
  v.complementizer[i] = yes ? 2 : 1;
  return yes;
}
