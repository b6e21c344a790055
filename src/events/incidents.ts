// What one incident's sentences share: the sides, place, day and toll told once and carried to the events that
// retell it, the other side of a fight the article tells (its dyad), and the sides a kind of event has by default.
import type { Actor, Event, Sector } from '../contract/extraction.js';
import type { DocView } from '../quotes/view.js';
import type { ArgumentLexicon } from './argument-lexicon.js';
import type { TriggerCandidate } from './triggers.js';

/** The sides, place and day an event's own words give, before any is carried from the events around it. */
export interface Own {
  readonly source: Actor[];
  readonly target: Actor[];
  readonly location: string | null;
  readonly date: Event['date'];
  readonly dead: number | null;
  readonly injured: number | null;
}

/** Two lists of actors name one of the same actors (by entity, or by the same words). */
export function overlapsActors(a: readonly Actor[], b: readonly Actor[]): boolean {
  return a.some((x) => b.some((y) => (x.entity !== null && x.entity === y.entity) || (x.start === y.start && x.end === y.end)));
}

/** The passes over a document's events that read them as incidents; built once per document. */
export class Incidents {
  constructor(
    private readonly v: DocView,
    private readonly lex: ArgumentLexicon,
    /** The country the document is mostly about (for implied sides). */
    private readonly docCountry: () => string | null,
  ) {}

  /**
   * Sentences that go on telling the same incident name its sides, place and day once: an event with no source
   * (target, place, date) takes the one of the event of the same kind told just before it (within two sentences, or
   * any distance for a definite verbal noun), or, in the headline, just after; a country gives way to a place in it.
   */
  carry(events: Event[], triggers: readonly TriggerCandidate[], own: readonly Own[]): void {
    const kind = (e: Event): string => this.lex.conflictTypes.has(e.type) ? 'conflict' : e.type;
    const isCountry = (id: string | null): boolean => id !== null && this.v.byId.get(id)?.kind === 'country';
    const needs = (e: Event): boolean => e.source.length === 0 || e.target.length === 0 || e.location === null || isCountry(e.location) || e.date === null ||
      (this.lex.dyadTypes.has(e.type) && (e.dead === null || e.injured === null));
    const gives = (e: Own): boolean => e.source.length > 0 || e.target.length > 0 || e.location !== null || e.date !== null || e.dead !== null || e.injured !== null;
    const fill = (e: Event, from: Own, factor: number): void => {
      let used = false;
      if (e.source.length === 0 && from.source.length > 0 && !overlapsActors(from.source, e.target)) { e.source = from.source; used = true; }
      if (e.target.length === 0 && from.target.length > 0 && !overlapsActors(from.target, e.source)) { e.target = from.target; used = true; }
      if (used) e.confidence = Math.round(e.confidence * factor * 100) / 100;
      if (from.location !== null && !isCountry(from.location)) {
        const here = e.location ? this.v.byId.get(e.location) : undefined;
        const there = this.v.byId.get(from.location);
        if (!here || (here.kind === 'country' && there?.country === here.country)) e.location = from.location;
      } else if (e.location === null && from.location !== null) e.location = from.location;
      if (e.date === null && from.date !== null) e.date = from.date;
      // the toll of an incident goes with it (only between attacks and fights)
      if (this.lex.dyadTypes.has(e.type)) {
        if (e.dead === null && from.dead !== null) e.dead = from.dead;
        if (e.injured === null && from.injured !== null) e.injured = from.injured;
      }
    };
    const headlineEnd = this.v.sentences[0]?.end ?? 0;
    // الغارة، الهجوم: a definite verbal noun refers back to an incident told before, however far
    const definiteNoun = (k: number): boolean => {
      const t = triggers[k] as TriggerCandidate;
      return t.pos === 'noun' && t.proclitics.some((p) => this.lex.articles.has(p));
    };
    for (let k = 0; k < events.length; k++) {
      const e = events[k] as Event;
      if (!needs(e)) continue;
      const s = (triggers[k] as TriggerCandidate).sentence;
      for (let j = k - 1; j >= 0; j--) {
        const p = events[j] as Event;
        const ps = (triggers[j] as TriggerCandidate).sentence;
        if (s - ps > this.lex.carrySentences && !definiteNoun(k)) break;
        if (kind(p) !== kind(e) || p.stance !== e.stance && p.stance === 'negated') continue;
        if (!gives(p)) continue;
        fill(e, p, 0.8);
        break;
      }
    }
    for (let k = 0; k < events.length; k++) {
      const e = events[k] as Event;
      if (e.trigger.start >= headlineEnd || !needs(e)) continue;
      // the headline takes from the body's telling of the same incident: an event of its type that shares a side or
      // the place with it, or, when the headline names nothing, the first of its type in the lead sentence
      const mine = own[k] as Own;
      const bare = !gives(mine);
      for (let j = k + 1; j < events.length; j++) {
        const p = events[j] as Event;
        const ps = (triggers[j] as TriggerCandidate).sentence;
        if (ps > this.lex.carrySentences + 1) break;
        const theirs = own[j] as Own;
        if (p.type !== e.type || !gives(theirs)) continue;
        const shares = overlapsActors([...mine.source, ...mine.target], [...theirs.source, ...theirs.target]) ||
          (mine.location !== null && mine.location === theirs.location);
        if (!shares && !(bare && ps <= 1)) continue;
        fill(e, theirs, 0.8);
        break;
      }
    }
  }

  /**
   * The other side of a fight the article tells: an attack or a fight with one side named takes as its other side the
   * actor most often opposed to that one in the article's other attacks and fights (the army and the Houthis).
   */
  dyads(events: Event[], own: readonly Own[]): void {
    const sig = (a: Actor): string => a.entity ?? `${a.country ?? '-'}/${a.sector ?? '-'}`;
    const opposed = new Map<string, Map<string, { n: number; actors: Actor[] }>>();
    const note = (x: readonly Actor[], y: readonly Actor[]): void => {
      for (const a of x) for (const b of y) {
        const sa = sig(a), sb = sig(b);
        if (sa === sb) continue;
        const m = opposed.get(sa) ?? new Map<string, { n: number; actors: Actor[] }>();
        const cur = m.get(sb) ?? { n: 0, actors: [...y] };
        cur.n++;
        m.set(sb, cur);
        opposed.set(sa, m);
      }
    };
    events.forEach((e, k) => {
      const o = own[k] as Own;
      if (!this.lex.dyadTypes.has(e.type) || e.stance !== 'asserted' || o.source.length === 0 || o.target.length === 0) return;
      note(o.source, o.target);
      note(o.target, o.source);
    });
    const best = (side: readonly Actor[]): Actor[] | null => {
      let pick: { n: number; actors: Actor[] } | null = null;
      for (const a of side) for (const v of (opposed.get(sig(a)) ?? new Map()).values()) if (!pick || v.n > pick.n) pick = v;
      return pick && pick.n >= 2 ? pick.actors : null;
    };
    for (const e of events) {
      if (!this.lex.dyadTypes.has(e.type)) continue;
      if (e.target.length === 0 && e.source.length > 0) {
        const t = best(e.source);
        if (t && !overlapsActors(t, e.source)) { e.target = t; e.confidence = Math.round(e.confidence * 70) / 100; }
      } else if (e.source.length === 0 && e.target.length > 0) {
        const s = best(e.target);
        if (s && !overlapsActors(s, e.target)) { e.source = s; e.confidence = Math.round(e.confidence * 70) / 100; }
      }
    }
  }

  /** The sides a type has by default (protesters and their government), in the country of the event's place. */
  defaults(events: Event[]): void {
    for (const e of events) {
      const d = this.lex.defaultSides.get(e.type);
      if (!d) continue;
      const where = e.location ? this.v.byId.get(e.location)?.country ?? null : null;
      const country = where ?? this.docCountry();
      if (country === null) continue;
      const implied = (sector: Sector): Actor => ({ entity: null, text: e.trigger.text, start: e.trigger.start, end: e.trigger.end, country, sector });
      let used = false;
      if (d.source && e.source.length === 0) { e.source = [implied(d.source)]; used = true; }
      if (d.target && e.target.length === 0 && !e.source.some((a) => a.sector === d.target && a.country === country)) { e.target = [implied(d.target)]; used = true; }
      if (used) e.confidence = Math.round(e.confidence * 70) / 100;
    }
  }
}
