// Turns an extraction's spans (entity mentions, event triggers and actors, quotes) into flat segments of the text,
// each carrying every span that covers it, so overlapping and nested spans render without breaking the text.
import type { Extraction } from '../../src/contract/extraction.js';

export type Mark =
  | { kind: 'entity'; entity: number }
  | { kind: 'trigger'; event: number }
  | { kind: 'actor'; event: number; side: 'source' | 'target'; actor: number }
  | { kind: 'quote'; quote: number }
  | { kind: 'cue'; quote: number };

export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

interface Span {
  start: number;
  end: number;
  mark: Mark;
}

/** The spans of a record, clipped to its text; empty and out-of-range spans are dropped. */
export function spansOf(x: Extraction): Span[] {
  const n = x.text.length;
  const spans: Span[] = [];
  const add = (start: number, end: number, mark: Mark): void => {
    const s = Math.max(0, Math.min(start, n));
    const e = Math.max(0, Math.min(end, n));
    if (e > s) spans.push({ start: s, end: e, mark });
  };
  x.entities.forEach((ent, i) => ent.mentions.forEach((m) => add(m.start, m.end, { kind: 'entity', entity: i })));
  x.events.forEach((ev, i) => {
    add(ev.trigger.start, ev.trigger.end, { kind: 'trigger', event: i });
    ev.source.forEach((a, j) => add(a.start, a.end, { kind: 'actor', event: i, side: 'source', actor: j }));
    ev.target.forEach((a, j) => add(a.start, a.end, { kind: 'actor', event: i, side: 'target', actor: j }));
  });
  x.quotes.forEach((q, i) => {
    add(q.content.start, q.content.end, { kind: 'quote', quote: i });
    add(q.cue.start, q.cue.end, { kind: 'cue', quote: i });
  });
  return spans;
}

/**
 * Cuts `[0, length)` at every span boundary; each segment lists the spans covering it (longest first, so the
 * innermost comes last). Segments with no span are included, so the segments concatenate to the whole text.
 * @example segments(10, [{start: 2, end: 6, mark: A}, {start: 4, end: 8, mark: B}])
 *   → [0,2) [] · [2,4) [A] · [4,6) [A,B] · [6,8) [B] · [8,10) []
 */
export function segments(length: number, spans: readonly Span[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= length).sort((a, b) => a - b);
  const byStart = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let active: Span[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    active = active.filter((s) => s.end > start);
    while (next < byStart.length && (byStart[next] as Span).start <= start) {
      const s = byStart[next++] as Span;
      if (s.end > start) active.push(s);
    }
    const marks = [...active].sort((a, b) => b.end - b.start - (a.end - a.start)).map((s) => s.mark);
    out.push({ start, end, marks });
  }
  return out;
}
