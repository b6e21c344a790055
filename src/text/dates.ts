// Finds Arabic date expressions (absolute, Hijri and relative to the publication date) and resolves them to day ranges.
import { z } from 'zod';
import { loadDataFile } from '../data/load.js';
import { RasidError } from '../errors.js';
import type { Normaliser } from './normalise.js';
import type { DatePrecision, DateSpan, Token } from './types.js';

const words = z.array(z.string().min(1)).min(1);
const yearRange = z.object({ min: z.number().int().min(1), max: z.number().int().max(9999) });

export const DateDataSchema = z
  .object({
    $comment: z.string().optional(),
    weekStartsOn: z.number().int().min(1).max(7),
    months: z.array(
      z.object({
        calendar: z.enum(['gregorian', 'hijri']),
        month: z.number().int().min(1).max(12),
        names: words,
        ambiguous: z.array(z.string().min(1)).optional(),
      }),
    ),
    weekdays: z.array(
      z.object({ weekday: z.number().int().min(1).max(7), names: words, ambiguous: z.array(z.string().min(1)).optional() }),
    ),
    notFollowedBy: z.record(z.string().min(1), words),
    relativeDays: z.array(z.object({ offset: z.number().int(), words })),
    periods: z.array(z.object({ unit: z.enum(['week', 'month', 'year']), words })),
    yearNouns: words,
    monthNouns: words,
    dayNouns: words,
    demonstratives: words,
    modifiers: z.object({ past: words, current: words, next: words }),
    parts: z.object({ start: words, middle: words, end: words }),
    durations: z.object({ ago: words, later: words, blockedBy: z.array(z.string().min(1)) }),
    durationUnits: z.array(z.object({ unit: z.enum(['day', 'week', 'month', 'year']), one: words, two: words, counted: words })),
    numberWords: z.array(z.object({ value: z.number().int().min(1), words })),
    eras: z.object({ gregorian: words, hijri: words }),
    monthContext: z.array(z.string().min(1)),
    ordinalDays: z.array(z.object({ day: z.number().int().min(1).max(31), words })),
    dayMonthLinks: z.array(z.string().min(1)),
    weekdayDateLinks: z.array(z.string().min(1)),
    nameJoiners: z.array(z.object({ open: z.string().min(1), close: z.string().min(1).nullable() })),
    numericSeparators: z.array(z.string().length(1)),
    proclitics: z.array(z.string().min(1)),
    articleAssimilation: z.object({ clitic: z.string().min(1), article: z.string().min(1), joined: z.string().min(1) }).nullable(),
    years: z.object({ gregorian: yearRange, hijri: yearRange }),
    bareYear: yearRange,
    bareYearContext: z.array(z.string().min(1)),
    maxCount: z.number().int().min(1).max(100000),
  })
  .superRefine((d, ctx) => {
    const subset = (list: { names: string[]; ambiguous?: string[] | undefined }[], key: string): void => {
      list.forEach((e, i) => {
        (e.ambiguous ?? []).forEach((a, j) => {
          if (!e.names.includes(a)) ctx.addIssue({ code: 'custom', path: [key, i, 'ambiguous', j], message: `"${a}" is not one of the names` });
        });
      });
    };
    subset(d.months, 'months');
    subset(d.weekdays, 'weekdays');
  });
export type DateData = z.infer<typeof DateDataSchema>;

/** Reads and validates data/text/dates.json. */
export function loadDateData(dataDir?: string): DateData {
  return loadDataFile('text/dates.json', DateDataSchema, dataDir);
}

type Calendar = 'gregorian' | 'hijri';
type Dir = 'past' | 'current' | 'next';
type Part = 'start' | 'middle' | 'end';
type Unit = 'day' | 'week' | 'month' | 'year';
type PeriodUnit = 'week' | 'month' | 'year';

/** What a word can be in a date expression. `rest`: the following words of a name of several words. */
type Sense =
  | { kind: 'month'; calendar: Calendar; month: number; rest: readonly string[]; ambiguous: boolean; notBefore: ReadonlySet<string> | null }
  | { kind: 'weekday'; weekday: number; rest: readonly string[]; ambiguous: boolean; notBefore: ReadonlySet<string> | null }
  | { kind: 'relday'; offset: number; rest: readonly string[]; notBefore: ReadonlySet<string> | null }
  | { kind: 'ordinal'; day: number; rest: readonly string[] }
  | { kind: 'period'; unit: PeriodUnit }
  | { kind: 'yearNoun' }
  | { kind: 'monthNoun' }
  | { kind: 'dayNoun' }
  | { kind: 'demonstrative' }
  | { kind: 'part'; part: Part }
  | { kind: 'modifier'; dir: Dir }
  | { kind: 'duration'; sign: -1 | 1 }
  | { kind: 'unit'; unit: Unit; count: 1 | 2 | null }
  | { kind: 'number'; value: number }
  | { kind: 'era'; calendar: Calendar };
type SenseKind = Sense['kind'];
type SenseOf<K extends SenseKind> = Extract<Sense, { kind: K }>;

/** A sense of a key; `clitic` when the key is the word with a proclitic attached (وأمس). */
export interface DateEntry {
  readonly sense: Sense;
  readonly clitic: boolean;
}

/** Day numbers (days since 1970-01-01) to and from a calendar's year, month, day. */
interface CalendarOps {
  /** The day number of y-m-d, or null when there is no such day. */
  toDays(y: number, m: number, d: number): number | null;
  fromDays(days: number): Ymd;
}
interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** The compiled, immutable date lexicon: every key is a normalised token key. */
export interface DateLexicon {
  readonly words: ReadonlyMap<string, readonly DateEntry[]>;
  /** Words before an ambiguous month name that make it a month (في مارس). */
  readonly monthContext: ReadonlySet<string>;
  readonly bareYearContext: ReadonlySet<string>;
  readonly dayMonthLinks: ReadonlySet<string>;
  readonly weekdayDateLinks: ReadonlySet<string>;
  readonly durationBlockers: ReadonlySet<string>;
  /** Opening joiner → closing mark ('' when there is none). */
  readonly nameJoiners: ReadonlyMap<string, string>;
  readonly numericSeparators: ReadonlySet<string>;
  readonly weekStartsOn: number;
  readonly years: Readonly<Record<Calendar, { readonly min: number; readonly max: number }>>;
  readonly bareYear: { readonly min: number; readonly max: number };
  readonly maxCount: number;
  /** Umm al-Qura conversions, or null when this runtime's Intl lacks the calendar. */
  readonly hijri: CalendarOps | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Plain day arithmetic on the proleptic Gregorian calendar (no Date, no time zones).

/** Days since 1970-01-01 of a Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): Ymd {
  const z0 = days + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;

const GREGORIAN: CalendarOps = {
  toDays: (y, m, d) => (m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? daysFromCivil(y, m, d) : null),
  fromDays: civilFromDays,
};

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number; 1970-01-01 was a Thursday. */
const isoWeekday = (days: number): number => ((((days + 3) % 7) + 7) % 7) + 1;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const fmtDay = (days: number): string => {
  const { y, m, d } = civilFromDays(days);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
};

/** Umm al-Qura conversions through ICU; the Gregorian day is found by checking the days around an estimate. */
function createHijri(): CalendarOps | null {
  const fmt = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  if (fmt.resolvedOptions().calendar !== 'islamic-umalqura') return null;
  const epoch = daysFromCivil(622, 7, 19); // 1 Muharram 1 AH in the tabular calendar
  const fromDays = (days: number): Ymd => {
    const out: Ymd = { y: 0, m: 0, d: 0 };
    for (const p of fmt.formatToParts(new Date(days * 86_400_000))) {
      if (p.type === 'year') out.y = Number(p.value);
      else if (p.type === 'month') out.m = Number(p.value);
      else if (p.type === 'day') out.d = Number(p.value);
    }
    return out;
  };
  const toDays = (y: number, m: number, d: number): number | null => {
    if (m < 1 || m > 12 || d < 1 || d > 30 || y < 1) return null;
    const estimate = epoch + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + Math.ceil(29.5 * (m - 1)) + d - 1;
    for (let k = 0; k <= 6; k++) {
      for (const days of k === 0 ? [estimate] : [estimate - k, estimate + k]) {
        const h = fromDays(days);
        if (h.y === y && h.m === m && h.d === d) return days;
      }
    }
    return null;
  };
  return { toDays, fromDays };
}

// ---------------------------------------------------------------------------------------------------------------
// Compiling the data.

/**
 * Compiles the date data into an immutable lexicon keyed by normalised token keys.
 * @example
 *   const lex = compileDates(loadDateData(), createNormaliser());
 */
export function compileDates(data: DateData, normaliser: Normaliser): DateLexicon {
  const key = (s: string): string => normaliser.key(s).trim();
  const split = (s: string): string[] => key(s).split(/\s+/).filter((w) => w.length > 0);
  const map = new Map<string, DateEntry[]>();
  const add = (k: string, sense: Sense, clitic: boolean): void => {
    const list = map.get(k);
    if (list) list.push({ sense, clitic });
    else map.set(k, [{ sense, clitic }]);
  };
  const proclitics = data.proclitics.map(key);
  const assim = data.articleAssimilation
    ? { clitic: key(data.articleAssimilation.clitic), article: key(data.articleAssimilation.article), joined: key(data.articleAssimilation.joined) }
    : null;
  /** A word that may begin an expression: also reachable with a proclitic attached. */
  const addStart = (first: string, sense: Sense): void => {
    add(first, sense, false);
    for (const p of proclitics) {
      if (assim && p.endsWith(assim.clitic) && first.startsWith(assim.article)) {
        add(p.slice(0, p.length - assim.clitic.length) + assim.joined + first.slice(assim.article.length), sense, true);
      } else add(p + first, sense, true);
    }
  };
  const withClitics = (list: readonly string[]): Set<string> => {
    const out = new Set<string>();
    for (const w of list.map(key)) {
      out.add(w);
      for (const p of proclitics) out.add(p + w);
    }
    return out;
  };
  const notFollowedBy = new Map<string, ReadonlySet<string>>();
  for (const [w, after] of Object.entries(data.notFollowedBy)) notFollowedBy.set(split(w).join(' '), new Set(after.map(key)));
  const addName = (name: string, make: (rest: string[], notBefore: ReadonlySet<string> | null) => Sense): void => {
    const [first, ...rest] = split(name);
    if (first === undefined) return;
    addStart(first, make(rest, notFollowedBy.get([first, ...rest].join(' ')) ?? null));
  };

  for (const m of data.months) {
    const ambiguous = new Set((m.ambiguous ?? []).map(key));
    for (const name of m.names) {
      addName(name, (rest, notBefore) => ({
        kind: 'month', calendar: m.calendar, month: m.month, rest, ambiguous: ambiguous.has(key(name)), notBefore,
      }));
    }
  }
  for (const w of data.weekdays) {
    const ambiguous = new Set((w.ambiguous ?? []).map(key));
    for (const name of w.names) {
      addName(name, (rest, notBefore) => ({ kind: 'weekday', weekday: w.weekday, rest, ambiguous: ambiguous.has(key(name)), notBefore }));
    }
  }
  for (const r of data.relativeDays) for (const w of r.words) addName(w, (rest, notBefore) => ({ kind: 'relday', offset: r.offset, rest, notBefore }));
  for (const o of data.ordinalDays) for (const w of o.words) addName(w, (rest) => ({ kind: 'ordinal', day: o.day, rest }));
  for (const p of data.periods) for (const w of p.words) addStart(key(w), { kind: 'period', unit: p.unit });
  for (const w of data.yearNouns) addStart(key(w), { kind: 'yearNoun' });
  for (const w of data.monthNouns) addStart(key(w), { kind: 'monthNoun' });
  for (const w of data.dayNouns) addStart(key(w), { kind: 'dayNoun' });
  for (const w of data.demonstratives) addStart(key(w), { kind: 'demonstrative' });
  for (const part of ['start', 'middle', 'end'] as const) for (const w of data.parts[part]) addStart(key(w), { kind: 'part', part });
  for (const w of data.durations.ago) addStart(key(w), { kind: 'duration', sign: -1 });
  for (const w of data.durations.later) addStart(key(w), { kind: 'duration', sign: 1 });
  for (const dir of ['past', 'current', 'next'] as const) for (const w of data.modifiers[dir]) add(key(w), { kind: 'modifier', dir }, false);
  for (const u of data.durationUnits) {
    for (const w of u.one) add(key(w), { kind: 'unit', unit: u.unit, count: 1 }, false);
    for (const w of u.two) add(key(w), { kind: 'unit', unit: u.unit, count: 2 }, false);
    for (const w of u.counted) add(key(w), { kind: 'unit', unit: u.unit, count: null }, false);
  }
  for (const n of data.numberWords) for (const w of n.words) add(key(w), { kind: 'number', value: n.value }, false);
  for (const calendar of ['gregorian', 'hijri'] as const) for (const w of data.eras[calendar]) add(key(w), { kind: 'era', calendar }, false);

  const words = new Map<string, readonly DateEntry[]>();
  for (const [k, list] of map) words.set(k, Object.freeze(list));
  return Object.freeze({
    words,
    monthContext: withClitics(data.monthContext),
    bareYearContext: withClitics(data.bareYearContext),
    dayMonthLinks: new Set(data.dayMonthLinks.map(key)),
    weekdayDateLinks: new Set(data.weekdayDateLinks.map(key)),
    durationBlockers: new Set(data.durations.blockedBy.map(key)),
    nameJoiners: new Map(data.nameJoiners.map((j) => [key(j.open), j.close === null ? '' : key(j.close)] as const)),
    numericSeparators: new Set(data.numericSeparators),
    weekStartsOn: data.weekStartsOn,
    years: { gregorian: { ...data.years.gregorian }, hijri: { ...data.years.hijri } },
    bareYear: { ...data.bareYear },
    maxCount: data.maxCount,
    hijri: createHijri(),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Finding expressions: each parser reads tokens from index j and returns the expression and where it ends.

/** What an expression means, before it is resolved against the publication date. */
type Expr =
  | { type: 'date'; calendar: Calendar; year: number | null; month: number; day: number | null; dir: Dir | null }
  | { type: 'year'; calendar: Calendar; year: number }
  /** n units from the publication date: أمس (day −1), منذ عام (year −1), بعد يومين (day +2). */
  | { type: 'shift'; unit: Unit; n: number }
  /** The period n periods from the current one: الأسبوع الماضي (week −1), هذا العام (year 0). */
  | { type: 'period'; unit: PeriodUnit; n: number }
  | { type: 'weekday'; weekday: number; dir: Dir | null }
  /** A day of the month n months from the current one: الأول من الشهر الجاري. */
  | { type: 'dayOfMonth'; day: number; n: number };

interface Found {
  end: number;
  expr: Expr;
}

interface Ctx {
  readonly tokens: readonly Token[];
  readonly lex: DateLexicon;
}

const DIR_SHIFT: Record<Dir, number> = { past: -1, current: 0, next: 1 };

/** Token j when it continues an expression (exists, on the same line). */
function next(c: Ctx, j: number): Token | undefined {
  const t = c.tokens[j];
  return t !== undefined && t.nl === 0 ? t : undefined;
}

/** The senses of kind K of token j; `first`: j begins the expression, so a proclitic may be attached. */
function sensesAt<K extends SenseKind>(c: Ctx, j: number, kind: K, first: boolean): SenseOf<K>[] {
  const t = first ? c.tokens[j] : next(c, j);
  if (t === undefined) return [];
  const entries = c.lex.words.get(t.norm);
  if (entries === undefined) return [];
  const out: SenseOf<K>[] = [];
  for (const e of entries) if (e.sense.kind === kind && (first || !e.clitic)) out.push(e.sense as SenseOf<K>);
  return out;
}

/** The first sense of `kind` at j (no list built: this runs for every candidate token). */
function senseAt<K extends SenseKind>(c: Ctx, j: number, kind: K, first = false): SenseOf<K> | undefined {
  const t = first ? c.tokens[j] : next(c, j);
  if (t === undefined) return undefined;
  const entries = c.lex.words.get(t.norm);
  if (entries === undefined) return undefined;
  for (const e of entries) if (e.sense.kind === kind && (first || !e.clitic)) return e.sense as SenseOf<K>;
  return undefined;
}

/** The end of the name `rest` continuing at j + 1, or -1. */
function restEnd(c: Ctx, j: number, rest: readonly string[]): number {
  for (let k = 0; k < rest.length; k++) if (next(c, j + 1 + k)?.norm !== rest[k]) return -1;
  return j + 1 + rest.length;
}

/** The longest-matching name among senses with a `rest`, respecting notBefore. */
function longestName<S extends { rest: readonly string[]; notBefore?: ReadonlySet<string> | null }>(
  c: Ctx,
  j: number,
  senses: readonly S[],
): { sense: S; end: number } | null {
  let best: { sense: S; end: number } | null = null;
  for (const s of senses) {
    const end = restEnd(c, j, s.rest);
    if (end < 0 || (best !== null && end <= best.end)) continue;
    const after = next(c, end);
    if (s.notBefore && after !== undefined && s.notBefore.has(after.norm)) continue;
    best = { sense: s, end };
  }
  return best;
}

/** A plain integer written in ASCII digits (after normalisation), with its digit count; null otherwise. */
function intOf(t: Token | undefined): { value: number; digits: number } | null {
  if (t === undefined || t.kind !== 'number') return null;
  const s = t.norm;
  if (s.length > 6) return null;
  let v = 0;
  for (let k = 0; k < s.length; k++) {
    const d = s.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return null;
    v = v * 10 + d;
  }
  return { value: v, digits: s.length };
}

const adjacent = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;

/** A year number at j (with an era marker after it, when there is one). `calendar` null: the era decides. */
function yearAt(c: Ctx, j: number, calendar: Calendar | null): { year: number; calendar: Calendar; end: number } | null {
  const n = intOf(next(c, j));
  if (n === null || n.digits !== 4) return null;
  const era = senseAt(c, j + 1, 'era');
  if (era && calendar !== null && era.calendar !== calendar) return null;
  const cal: Calendar = era?.calendar ?? calendar ?? 'gregorian';
  const range = c.lex.years[cal];
  if (n.value < range.min || n.value > range.max) return null;
  return { year: n.value, calendar: cal, end: era ? j + 2 : j + 1 };
}

function modifierAt(c: Ctx, j: number): Dir | null {
  return senseAt(c, j, 'modifier')?.dir ?? null;
}

/** A month name, possibly joined to another name of the same month (آذار/مارس، كانون الثاني (يناير)). */
function monthNameAt(c: Ctx, j: number, first: boolean, joinable = true): { calendar: Calendar; month: number; end: number; ambiguous: boolean } | null {
  const found = longestName(c, j, sensesAt(c, j, 'month', first));
  if (found === null) return null;
  const { sense } = found;
  let { end } = found;
  let ambiguous = sense.ambiguous;
  const joiner = next(c, end);
  const close = joiner === undefined ? undefined : c.lex.nameJoiners.get(joiner.norm);
  if (joinable && close !== undefined) {
    const other = monthNameAt(c, end + 1, false, false);
    if (other !== null && other.calendar === sense.calendar && other.month === sense.month) {
      const closed = close === '' ? other.end : next(c, other.end)?.norm === close ? other.end + 1 : -1;
      if (closed > 0) {
        end = closed;
        ambiguous = false;
      }
    }
  }
  return { calendar: sense.calendar, month: sense.month, end, ambiguous };
}

/** Month [year | modifier]: مارس 2018، آذار/مارس 2018، مارس الفائت، رمضان 1439 هـ. */
function monthExprAt(c: Ctx, j: number, first: boolean, licensed: boolean): (Found & { expr: { type: 'date' } }) | null {
  const name = monthNameAt(c, j, first);
  if (name === null) return null;
  let end = name.end;
  let year: number | null = null;
  let dir: Dir | null = null;
  const y = yearAt(c, end, name.calendar);
  if (y !== null) { year = y.year; end = y.end; } else if ((dir = modifierAt(c, end)) !== null) end++;
  if (name.ambiguous && !licensed && year === null && dir === null) return null;
  return { end, expr: { type: 'date', calendar: name.calendar, year, month: name.month, day: null, dir } };
}

/** A date written in digits: 2018/3/3، 3/3/2018، 2018-03-03، 3-3-2018، 3.3.2018 (+ هـ for Hijri). */
function numericDateAt(c: Ctx, j: number): Found | null {
  const t = c.tokens[j];
  if (t === undefined || t.kind !== 'number') return null;
  let parts: number[];
  let lens: number[];
  let end: number;
  const dot = t.norm.indexOf('.');
  if (dot > 0 && c.lex.numericSeparators.has('.')) {
    // "3.3" "." "2018": the tokeniser reads the first two parts as a decimal.
    const a = intOf({ ...t, norm: t.norm.slice(0, dot) });
    const b = intOf({ ...t, norm: t.norm.slice(dot + 1) });
    const sep = c.tokens[j + 1];
    const y = c.tokens[j + 2];
    if (a === null || b === null || sep?.norm !== '.' || !adjacent(t, sep) || !adjacent(sep, y)) return null;
    const n3 = intOf(y);
    if (n3 === null || n3.digits !== 4) return null;
    parts = [a.value, b.value, n3.value];
    lens = [a.digits, b.digits, 4];
    end = j + 3;
  } else {
    const s1 = c.tokens[j + 1];
    const n2t = c.tokens[j + 2];
    const s2 = c.tokens[j + 3];
    const n3t = c.tokens[j + 4];
    const n1 = intOf(t);
    const n2 = intOf(n2t);
    const n3 = intOf(n3t);
    if (n1 === null || n2 === null || n3 === null || s1 === undefined || s2 === undefined) return null;
    if (s1.norm !== s2.norm || !c.lex.numericSeparators.has(s1.norm)) return null;
    if (!adjacent(t, s1) || !adjacent(s1, n2t) || !adjacent(n2t, s2) || !adjacent(s2, n3t)) return null;
    parts = [n1.value, n2.value, n3.value];
    lens = [n1.digits, n2.digits, n3.digits];
    end = j + 5;
  }
  const [p0, p1, p2] = parts as [number, number, number];
  let year: number;
  let month = p1;
  let day: number;
  if (lens[0] === 4 && (lens[1] as number) <= 2 && (lens[2] as number) <= 2) {
    year = p0; // 2018/3/3
    day = p2;
  } else if (lens[2] === 4 && (lens[0] as number) <= 2 && (lens[1] as number) <= 2) {
    year = p2; // 3/3/2018, day first
    day = p0;
  } else return null;
  if (month > 12 && day <= 12) [day, month] = [month, day]; // 12/25/2018 can only be month-first
  const era = senseAt(c, end, 'era');
  const calendar: Calendar = era?.calendar ?? 'gregorian';
  if (era) end++;
  const range = c.lex.years[calendar];
  if (year < range.min || year > range.max || month < 1 || month > 12 || day < 1) return null;
  if (day > (calendar === 'gregorian' ? daysInMonth(year, month) : 30)) return null;
  return { end, expr: { type: 'date', calendar, year, month, day, dir: null } };
}

/** Day + month: 3 مارس 2018، 15 رمضان 1439 هـ، الأول من مارس، الأول من الشهر الجاري. */
function dayMonthAt(c: Ctx, j: number, first: boolean): Found | null {
  const t = first ? c.tokens[j] : next(c, j);
  if (t === undefined) return null;
  let day: number;
  let k: number;
  let needsLink = false;
  const n = intOf(t);
  if (n !== null) {
    if (n.digits > 2 || n.value < 1 || n.value > 31) return null;
    day = n.value;
    k = j + 1;
  } else {
    const ord = longestName(c, j, sensesAt(c, j, 'ordinal', first));
    if (ord === null) return null;
    day = ord.sense.day;
    k = ord.end;
    needsLink = true;
  }
  const link = next(c, k);
  const linked = link !== undefined && c.lex.dayMonthLinks.has(link.norm);
  if (linked) k++;
  else if (needsLink) return null;
  const m = monthExprAt(c, k, false, true);
  if (m !== null) {
    const { calendar, year, month } = m.expr;
    if (day > (calendar === 'hijri' ? 30 : year === null ? daysInMonth(2000, month) : daysInMonth(year, month))) return null;
    return { end: m.end, expr: { ...m.expr, day } };
  }
  if (!linked) return null;
  const p = periodAt(c, k, false, false);
  if (p !== null && p.expr.type === 'period' && p.expr.unit === 'month') return { end: p.end, expr: { type: 'dayOfMonth', day, n: p.expr.n } };
  return null;
}

const dateAt = (c: Ctx, j: number, first: boolean): Found | null => numericDateAt(c, j) ?? dayMonthAt(c, j, first);

/** A weekday: الأحد، الأحد الماضي، الجمعة المقبلة، الأحد 3 مارس 2018 (the date wins). */
function weekdayAt(c: Ctx, j: number, first: boolean, licensed: boolean): Found | null {
  const w = longestName(c, j, sensesAt(c, j, 'weekday', first));
  if (w === null) return null;
  const link = next(c, w.end);
  const dated = dateAt(c, link !== undefined && c.lex.weekdayDateLinks.has(link.norm) ? w.end + 1 : w.end, false);
  if (dated !== null) return dated;
  const dir = modifierAt(c, w.end);
  if (w.sense.ambiguous && !licensed && dir === null) return null;
  return { end: dir === null ? w.end : w.end + 1, expr: { type: 'weekday', weekday: w.sense.weekday, dir } };
}

/** اليوم، أمس، أول من أمس، غداً، بعد غد — with the weekday that may follow (أمس الأحد). */
function relDayAt(c: Ctx, j: number, first: boolean): Found | null {
  const r = longestName(c, j, sensesAt(c, j, 'relday', first));
  if (r === null) return null;
  const w = longestName(c, r.end, sensesAt(c, r.end, 'weekday', false));
  return { end: w === null ? r.end : w.end, expr: { type: 'shift', unit: 'day', n: r.sense.offset } };
}

/** True when token j is a name of a month, a weekday or a relative day (without proclitic). */
function startsNamedDate(c: Ctx, j: number): boolean {
  const entries = c.lex.words.get((c.tokens[j] as Token).norm) ?? [];
  return entries.some((e) => !e.clitic && (e.sense.kind === 'month' || e.sense.kind === 'weekday' || e.sense.kind === 'relday'));
}

/** منذ عام، قبل 3 أيام، قبل يومين، بعد ثلاثة أسابيع. */
function durationAt(c: Ctx, j: number, first: boolean): Found | null {
  const d = senseAt(c, j, 'duration', first);
  if (d === undefined) return null;
  let k = j + 1;
  let count: number;
  let unit: Unit;
  const single = sensesAt(c, k, 'unit', false).find((u) => u.count !== null);
  if (single !== undefined && single.count !== null) {
    count = single.count;
    unit = single.unit;
    k++;
  } else {
    const n = intOf(next(c, k))?.value ?? senseAt(c, k, 'number')?.value;
    const u = sensesAt(c, k + 1, 'unit', false).find((x) => x.count === null);
    if (n === undefined || u === undefined || n < 1 || n > c.lex.maxCount) return null;
    count = n;
    unit = u.unit;
    k += 2;
  }
  // بعد عامين على الحرب، منذ عام 2011، قبل يوم الجمعة، قبل شهر رمضان: the count is not from the publication date
  const after = next(c, k);
  if (after !== undefined && (c.lex.durationBlockers.has(after.norm) || intOf(after)?.digits === 4 || startsNamedDate(c, k))) return null;
  return { end: k, expr: { type: 'shift', unit, n: d.sign * count } };
}

/** هذا الأسبوع، الشهر الماضي، العام المقبل; `bare`: the noun alone means the current period (after نهاية). */
function periodAt(c: Ctx, j: number, first: boolean, bare: boolean): Found | null {
  if (senseAt(c, j, 'demonstrative', first) !== undefined) {
    const p = senseAt(c, j + 1, 'period');
    return p === undefined ? null : { end: j + 2, expr: { type: 'period', unit: p.unit, n: 0 } };
  }
  const p = senseAt(c, j, 'period', first);
  if (p === undefined) return null;
  const dir = modifierAt(c, j + 1);
  if (dir !== null) return { end: j + 2, expr: { type: 'period', unit: p.unit, n: DIR_SHIFT[dir] } };
  return bare ? { end: j + 1, expr: { type: 'period', unit: p.unit, n: 0 } } : null;
}

/** عام 2014، العام 2014، سنة 1439 هـ. */
function yearExprAt(c: Ctx, j: number, first: boolean): Found | null {
  if (senseAt(c, j, 'yearNoun', first) === undefined) return null;
  const y = yearAt(c, j + 1, null);
  return y === null ? null : { end: y.end, expr: { type: 'year', calendar: y.calendar, year: y.year } };
}

/** A year without عام/سنة, only in a narrow context: منذ 2011. */
function bareYearAt(c: Ctx, j: number): Found | null {
  const t = c.tokens[j] as Token;
  const prev = c.tokens[j - 1];
  if (prev === undefined || t.nl > 0 || !c.lex.bareYearContext.has(prev.norm)) return null;
  const n = intOf(t);
  if (n === null || n.digits !== 4 || n.value < c.lex.bareYear.min || n.value > c.lex.bareYear.max) return null;
  const after = next(c, j + 1);
  const era = senseAt(c, j + 1, 'era');
  if (era !== undefined) return { end: j + 2, expr: { type: 'year', calendar: era.calendar, year: n.value } };
  if (after !== undefined && after.kind !== 'punct') return null;
  // 2011/3 or 2011-2012 go on as numbers: not a year on its own
  const then = c.tokens[j + 2];
  if (after !== undefined && c.lex.numericSeparators.has(after.norm) && adjacent(t, after) && adjacent(after, then) && then?.kind === 'number') {
    return null;
  }
  return { end: j + 1, expr: { type: 'year', calendar: 'gregorian', year: n.value } };
}

/** مطلع/منتصف/نهاية + a month, a year or a period: نهاية ديسمبر، مطلع الأسبوع الحالي، منتصف العام 2015. */
function partAt(c: Ctx, j: number, first: boolean): (Found & { part: Part }) | null {
  const p = senseAt(c, j, 'part', first);
  if (p === undefined) return null;
  const k = senseAt(c, j + 1, 'monthNoun') !== undefined ? j + 2 : j + 1;
  let found: Found | null = monthExprAt(c, k, false, true);
  if (found === null && k === j + 1) {
    found = yearExprAt(c, k, false) ?? periodAt(c, k, false, true);
    if (found === null) {
      const y = yearAt(c, k, null);
      if (y !== null) found = { end: y.end, expr: { type: 'year', calendar: y.calendar, year: y.year } };
    }
  }
  return found === null ? null : { ...found, part: p.part };
}

/** شهر + month: شهر مارس الماضي. */
function monthNounAt(c: Ctx, j: number, first: boolean): Found | null {
  return senseAt(c, j, 'monthNoun', first) === undefined ? null : monthExprAt(c, j + 1, false, true);
}

/** يوم + weekday, relative day or date: يوم الاثنين، يوم أمس، يوم 3 مارس. */
function dayNounAt(c: Ctx, j: number, first: boolean): Found | null {
  if (senseAt(c, j, 'dayNoun', first) === undefined) return null;
  return relDayAt(c, j + 1, false) ?? weekdayAt(c, j + 1, false, true) ?? dateAt(c, j + 1, false);
}

/** The expression that begins at token i, if any. */
function matchAt(c: Ctx, i: number): (Found & { part: Part | null }) | null {
  const t = c.tokens[i] as Token;
  if (t.kind === 'number') {
    const f = numericDateAt(c, i) ?? dayMonthAt(c, i, true) ?? bareYearAt(c, i);
    return f === null ? null : { ...f, part: null };
  }
  if (!c.lex.words.has(t.norm)) return null;
  const part = partAt(c, i, true);
  if (part !== null) return part;
  const prev = c.tokens[i - 1];
  const licensed = prev !== undefined && t.nl === 0 && c.lex.monthContext.has(prev.norm);
  const f =
    relDayAt(c, i, true) ??
    durationAt(c, i, true) ??
    monthNounAt(c, i, true) ??
    dayNounAt(c, i, true) ??
    yearExprAt(c, i, true) ??
    periodAt(c, i, true, false) ??
    weekdayAt(c, i, true, false) ??
    dayMonthAt(c, i, true) ??
    monthExprAt(c, i, true, licensed);
  return f === null ? null : { ...f, part: null };
}

// ---------------------------------------------------------------------------------------------------------------
// Resolving expressions to values and day ranges.

interface Resolved {
  value: string | null;
  precision: DatePrecision;
  from: string | null;
  to: string | null;
  relative: boolean;
}

const MIN_DAYS = daysFromCivil(1, 1, 1);
const MAX_DAYS = daysFromCivil(9999, 12, 31);

/** A resolved range, or nulls when a bound is unknown or outside years 1–9999. */
function range(precision: DatePrecision, relative: boolean, from: number | null, to: number | null, value: (from: Ymd) => string): Resolved {
  if (from === null || to === null || from < MIN_DAYS || to > MAX_DAYS || from > to) return { value: null, precision, from: null, to: null, relative };
  return { value: value(civilFromDays(from)), precision, from: fmtDay(from), to: fmtDay(to), relative };
}
const dayRange = (relative: boolean, days: number | null): Resolved => range('day', relative, days, days, () => fmtDay(days as number));
const monthValue = (g: Ymd): string => `${pad(g.y, 4)}-${pad(g.m, 2)}`;
const yearValue = (g: Ymd): string => pad(g.y, 4);

/**
 * The day number of y-m-d. A Hijri 30th in a month that Umm al-Qura counts as 29 days is the day after the 29th:
 * where the month begins by sighting it may well have had 30.
 */
function dayOf(cal: CalendarOps, y: number, m: number, d: number): number | null {
  const days = cal.toDays(y, m, d);
  if (days !== null || cal === GREGORIAN || d !== 30) return days;
  const d29 = cal.toDays(y, m, 29);
  return d29 === null ? null : d29 + 1;
}

/** First and last day of month m of year y of a calendar. */
function monthBounds(cal: CalendarOps, y: number, m: number): [number | null, number | null] {
  const start = cal.toDays(y, m, 1);
  const nextStart = m === 12 ? cal.toDays(y + 1, 1, 1) : cal.toDays(y, m + 1, 1);
  return [start, nextStart === null ? null : nextStart - 1];
}

const monthOfIndex = (idx: number): { y: number; m: number } => ({ y: Math.floor(idx / 12), m: (idx % 12) + 1 });

/** Picks from candidates (ordered by time) the one before, after or nearest to `at`; ties go to the earlier one. */
function choose(candidates: readonly number[], at: number, dir: Dir | null): number | null {
  let best: number | null = null;
  for (const x of candidates) {
    if (dir === 'past') {
      if (x < at && (best === null || x > best)) best = x;
    } else if (dir === 'next') {
      if (x > at && (best === null || x < best)) best = x;
    } else if (best === null || Math.abs(x - at) < Math.abs(best - at)) best = x;
  }
  return best;
}

function resolve(expr: Expr, pub: number | null, lex: DateLexicon): Resolved {
  switch (expr.type) {
    case 'date': {
      const cal = expr.calendar === 'hijri' ? lex.hijri : GREGORIAN;
      const precision: DatePrecision = expr.day === null ? 'month' : 'day';
      const relative = expr.year === null;
      if (cal === null || (relative && pub === null)) return { value: null, precision, from: null, to: null, relative };
      let y = expr.year;
      if (y === null) {
        const now = cal.fromDays(pub as number);
        const years = [now.y - 1, now.y, now.y + 1];
        if (expr.dir === 'current') y = now.y;
        else if (expr.day !== null) {
          const day = expr.day;
          let days = years.map((yy) => dayOf(cal, yy, expr.month, day)).filter((d): d is number => d !== null);
          // 29 February: look further for a leap year
          if (days.length === 0) {
            days = [-4, -3, -2, 2, 3, 4].map((k) => cal.toDays(now.y + k, expr.month, day)).filter((d): d is number => d !== null);
          }
          const picked = choose(days, pub as number, expr.dir);
          return dayRange(true, picked);
        } else {
          const picked = choose(years.map((yy) => yy * 12 + expr.month - 1), now.y * 12 + now.m - 1, expr.dir);
          if (picked === null) return range('month', true, null, null, monthValue);
          y = monthOfIndex(picked).y;
        }
      }
      if (expr.day !== null) return dayRange(relative, dayOf(cal, y, expr.month, expr.day));
      const [from, to] = monthBounds(cal, y, expr.month);
      return range('month', relative, from, to, monthValue);
    }
    case 'year': {
      const cal = expr.calendar === 'hijri' ? lex.hijri : GREGORIAN;
      if (cal === null) return { value: null, precision: 'year', from: null, to: null, relative: false };
      const start = cal.toDays(expr.year, 1, 1);
      const nextStart = cal.toDays(expr.year + 1, 1, 1);
      return range('year', false, start, nextStart === null ? null : nextStart - 1, yearValue);
    }
    case 'shift': {
      const precision: DatePrecision = expr.unit === 'year' ? 'month' : expr.unit;
      if (pub === null) return { value: null, precision, from: null, to: null, relative: true };
      if (expr.unit === 'day') return dayRange(true, pub + expr.n);
      if (expr.unit === 'week') return weekRange(pub + 7 * expr.n, lex);
      const now = civilFromDays(pub);
      const { y, m } = monthOfIndex(now.y * 12 + now.m - 1 + (expr.unit === 'year' ? 12 : 1) * expr.n);
      const [from, to] = monthBounds(GREGORIAN, y, m);
      return range('month', true, from, to, monthValue);
    }
    case 'period': {
      if (pub === null) return { value: null, precision: expr.unit, from: null, to: null, relative: true };
      if (expr.unit === 'week') return weekRange(pub + 7 * expr.n, lex);
      const now = civilFromDays(pub);
      if (expr.unit === 'year') {
        const y = now.y + expr.n;
        return range('year', true, GREGORIAN.toDays(y, 1, 1), GREGORIAN.toDays(y, 12, 31), yearValue);
      }
      const { y, m } = monthOfIndex(now.y * 12 + now.m - 1 + expr.n);
      const [from, to] = monthBounds(GREGORIAN, y, m);
      return range('month', true, from, to, monthValue);
    }
    case 'weekday': {
      if (pub === null) return { value: null, precision: 'day', from: null, to: null, relative: true };
      const today = isoWeekday(pub);
      if (expr.dir === 'next') return dayRange(true, pub + ((expr.weekday - today + 7) % 7 || 7));
      const back = (today - expr.weekday + 7) % 7;
      return dayRange(true, pub - (expr.dir === 'past' && back === 0 ? 7 : back));
    }
    case 'dayOfMonth': {
      if (pub === null) return { value: null, precision: 'day', from: null, to: null, relative: true };
      const now = civilFromDays(pub);
      const { y, m } = monthOfIndex(now.y * 12 + now.m - 1 + expr.n);
      return dayRange(true, GREGORIAN.toDays(y, m, expr.day));
    }
  }
}

/** The week (starting on lex.weekStartsOn) that contains day `days`. */
function weekRange(days: number, lex: DateLexicon): Resolved {
  const start = days - ((isoWeekday(days) - lex.weekStartsOn + 7) % 7);
  return range('week', true, start, start + 6, () => fmtDay(start));
}

/** Parses a YYYY-MM-DD publication date into a day number. */
function parsePublished(published: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  const days = m ? GREGORIAN.toDays(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (days === null) throw new RasidError('E_DATE_INVALID', `Not a valid publication date: "${published}" (expected YYYY-MM-DD).`);
  return days;
}

/**
 * Finds the date expressions of a tokenised text and resolves them, the relative ones against `published`
 * (YYYY-MM-DD, or null: they are still found, with value/from/to null). Weeks begin on the data's weekStartsOn
 * (Monday). All arithmetic is on plain Gregorian days, free of time zones.
 *
 * Values: a day is YYYY-MM-DD; a week its first day; a month YYYY-MM; a year YYYY; from/to always cover the whole
 * period (the part words — مطلع، منتصف، نهاية — are reported in `part`, not narrowed). A Hijri month or year is
 * converted (Umm al-Qura): its value names the Gregorian month or year of its first day, and from/to are exact.
 * «منذ عام» (a year ago) is resolved to the month a year before publication (precision month): a year counted back
 * from a date points at a month, not at a whole calendar year. A proclitic stays inside the span (وأمس), since spans
 * never split a token.
 * @example
 *   const n = createNormaliser();
 *   const text = 'وقع الهجوم أمس';
 *   findDates(tokenise(n.normalise(text)), compileDates(loadDateData(), n), text, '2014-11-16')[0].value // '2014-11-15'
 */
export function findDates(tokens: readonly Token[], lex: DateLexicon, original: string, published: string | null): DateSpan[] {
  const pub = published === null ? null : parsePublished(published);
  const c: Ctx = { tokens, lex };
  const out: DateSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = matchAt(c, i);
    if (m === null) continue;
    const first = tokens[i] as Token;
    const last = tokens[m.end - 1] as Token;
    const r = resolve(m.expr, pub, lex);
    out.push({
      start: first.start,
      end: last.end,
      text: original.slice(first.start, last.end),
      value: r.value,
      precision: r.precision,
      from: r.from,
      to: r.to,
      relative: r.relative,
      calendar: m.expr.type === 'date' || m.expr.type === 'year' ? m.expr.calendar : 'gregorian',
      part: m.part,
      tokenStart: i,
      tokenEnd: m.end,
    });
    i = m.end - 1;
  }
  return out;
}
