// The BIO tag set of the recogniser and the CoNLL reading of tag sequences as typed spans.

export type NerType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export const NER_TYPES: readonly NerType[] = ['PER', 'LOC', 'ORG', 'MISC'];

/** The tags, by index: 0 is O, then B-/I- for each type in NER_TYPES order. */
export const TAGS: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const TAG_COUNT = TAGS.length;
export const O = 0;

/** ANERcorp writes PERS where rasid writes PER. */
const CORPUS_TYPE: Record<string, NerType> = { PERS: 'PER', PER: 'PER', LOC: 'LOC', ORG: 'ORG', MISC: 'MISC' };

/** The index of a tag written B-PERS, I-LOC, O …; -1 when it is not one. */
export function tagIndex(tag: string): number {
  if (tag === 'O') return O;
  const m = /^([BI])-([A-Z]+)$/.exec(tag);
  const type = m ? CORPUS_TYPE[m[2] as string] : undefined;
  if (!m || !type) return -1;
  return 1 + NER_TYPES.indexOf(type) * 2 + (m[1] === 'I' ? 1 : 0);
}

/** The type of a tag index (null for O). */
export function tagType(t: number): NerType | null {
  return t === O ? null : (NER_TYPES[(t - 1) >> 1] as NerType);
}

export const isInside = (t: number): boolean => t !== O && (t - 1) % 2 === 1;

/** A tag as ANERcorp writes it (B-PERS) or as rasid names types (B-PER). */
export function tagName(t: number, style: 'anercorp' | 'rasid' = 'anercorp'): string {
  const type = tagType(t);
  if (type === null) return 'O';
  return `${isInside(t) ? 'I' : 'B'}-${style === 'anercorp' && type === 'PER' ? 'PERS' : type}`;
}

/** Whether tag `b` may follow tag `a` (-1: the start of a sentence): I-X only after B-X or I-X. */
export function allowed(a: number, b: number): boolean {
  if (!isInside(b)) return true;
  return a !== -1 && a !== O && tagType(a) === tagType(b);
}

/** A typed span over a tag sequence: units [start, end). */
export interface TagSpan {
  start: number;
  end: number;
  type: NerType;
}

/**
 * The entities of a tag sequence, read as conlleval reads them: an entity starts at B-X, or at an I-X that does not
 * continue an entity of type X, and runs over the I-X that follow.
 * @example
 *   spansOf([tagIndex('B-PERS'), tagIndex('I-PERS'), O, tagIndex('I-LOC')])
 *   // [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }]
 */
export function spansOf(tags: ArrayLike<number>): TagSpan[] {
  const out: TagSpan[] = [];
  let open: TagSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i] as number;
    const type = tagType(t);
    if (open && (type !== open.type || !isInside(t))) {
      open.end = i;
      out.push(open);
      open = null;
    }
    if (type !== null && !open) open = { start: i, end: i + 1, type };
  }
  if (open) {
    open.end = tags.length;
    out.push(open);
  }
  return out;
}

/**
 * The same entities in valid BIO: an I-X that does not continue an X (after O, or after another type) becomes B-X,
 * which is how spansOf() reads it anyway. Training needs valid paths: the decoders only walk those.
 */
export function repairBio(tags: Int32Array): Int32Array {
  const out = Int32Array.from(tags);
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as number;
    if (!allowed(i === 0 ? -1 : (out[i - 1] as number), t)) out[i] = t - 1;
  }
  return out;
}
