// The timeline chart: events per day stacked by quad class, as SVG; dragging across it selects a period.
import type { EventSummary } from '../../src/server/schemas.js';
import { QUAD_ORDER } from './components.js';
import { h, svg } from './dom.js';
import { QUAD_COLOURS, type I18n } from './i18n.js';

type Day = EventSummary['days'][number];

const DAY_MS = 86_400_000;

function toTime(d: string): number {
  return Date.parse(`${d.length === 7 ? `${d}-01` : d.length === 4 ? `${d}-01-01` : d}T00:00:00Z`);
}
function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

export interface Bar {
  /** First and last day covered, YYYY-MM-DD. */
  from: string;
  to: string;
  counts: Record<string, number>;
  total: number;
}

/**
 * Bars from the per-day counts, one per day with the empty days between filled in; by week when the range is
 * longer than `maxBars` days, by month when weeks are still too many.
 */
export function bars(days: readonly Day[], maxBars = 400): Bar[] {
  const dated = days.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.date));
  if (dated.length === 0) return [];
  const times = dated.map((d) => toTime(d.date));
  const lo = Math.min(...times);
  const hi = Math.max(...times);
  const span = Math.round((hi - lo) / DAY_MS) + 1;
  const unit = span <= maxBars ? 1 : span / 7 <= maxBars ? 7 : 0;
  const keyOf = (t: number): number => {
    if (unit === 1) return t;
    if (unit === 7) return lo + Math.floor((t - lo) / (7 * DAY_MS)) * 7 * DAY_MS;
    const d = new Date(t);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  };
  const endOf = (k: number): number => {
    if (unit === 1) return k;
    if (unit === 7) return k + 6 * DAY_MS;
    const d = new Date(k);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - DAY_MS;
  };
  const map = new Map<number, Bar>();
  for (let k = keyOf(lo); k <= hi; k = unit === 0 ? endOf(k) + DAY_MS : k + unit * DAY_MS) {
    map.set(k, { from: isoDay(k), to: isoDay(endOf(k)), counts: Object.fromEntries(QUAD_ORDER.map((q) => [q, 0])), total: 0 });
  }
  dated.forEach((d, i) => {
    const b = map.get(keyOf(times[i] as number));
    if (!b) return;
    for (const [q, n] of Object.entries(d.counts)) {
      b.counts[q] = (b.counts[q] ?? 0) + n;
      b.total += n;
    }
  });
  return [...map.values()];
}

/**
 * Renders the chart. `onBrush(from, to)` is called with the first and last day of the bars dragged across (or of
 * the bar clicked); `selected` shades the current period.
 */
export function timelineChart(
  i18n: I18n,
  days: readonly Day[],
  opts: { height?: number; selected?: { from: string | null; to: string | null }; onBrush?: (from: string, to: string) => void } = {},
): HTMLElement {
  const data = bars(days);
  const wrap = h('div', { class: 'timeline-chart' });
  if (data.length === 0) {
    wrap.appendChild(h('p', { class: 'muted' }, i18n.t('noEvents')));
    return wrap;
  }
  const W = 1000;
  const H = opts.height ?? 160;
  const pad = { top: 8, bottom: 22, side: 4 };
  const max = Math.max(1, ...data.map((b) => b.total));
  const bw = (W - 2 * pad.side) / data.length;
  const rtl = i18n.lang === 'ar';
  // Time runs in the reading direction: right to left in Arabic.
  const xOf = (i: number): number => (rtl ? W - pad.side - (i + 1) * bw : pad.side + i * bw);
  const yScale = (n: number): number => (n / max) * (H - pad.top - pad.bottom);
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', role: 'img', class: 'chart', 'aria-label': i18n.t('timeline') });
  const sel = opts.selected;
  if (sel && (sel.from || sel.to)) {
    const idx = data.map((b, i) => ((!sel.from || b.to >= sel.from) && (!sel.to || b.from <= sel.to) ? i : -1)).filter((i) => i >= 0);
    if (idx.length) {
      const a = Math.min(...idx);
      const b = Math.max(...idx);
      root.appendChild(svg('rect', { class: 'selected', x: Math.min(xOf(a), xOf(b)), y: 0, width: (b - a + 1) * bw, height: H - pad.bottom }));
    }
  }
  data.forEach((b, i) => {
    let y = H - pad.bottom;
    const g = svg('g', { class: 'bar', 'data-from': b.from, 'data-to': b.to, 'data-total': b.total });
    g.appendChild(svg('title', {}, `${i18n.date(b.from)}${b.to !== b.from ? ` – ${i18n.date(b.to)}` : ''}: ${i18n.num(b.total)} ${i18n.t('events')}`));
    g.appendChild(svg('rect', { class: 'hit', x: xOf(i), y: 0, width: bw, height: H - pad.bottom }));
    for (const q of QUAD_ORDER) {
      const n = b.counts[q] ?? 0;
      if (!n) continue;
      const hgt = yScale(n);
      y -= hgt;
      g.appendChild(svg('rect', { x: xOf(i) + bw * 0.1, y, width: Math.max(1, bw * 0.8), height: hgt, fill: QUAD_COLOURS[q] ?? '#888', 'data-quad': q }));
    }
    root.appendChild(g);
  });
  // Axis labels: first, middle and last period.
  for (const i of [...new Set([0, Math.floor(data.length / 2), data.length - 1])]) {
    const b = data[i] as Bar;
    root.appendChild(svg('text', { x: xOf(i) + bw / 2, y: H - 6, 'text-anchor': 'middle', class: 'axis' }, i18n.date(b.from)));
  }
  const brush = svg('rect', { class: 'brush', x: 0, y: 0, width: 0, height: H - pad.bottom, visibility: 'hidden' });
  root.appendChild(brush);
  wrap.appendChild(root);

  if (opts.onBrush) {
    const onBrush = opts.onBrush;
    const indexAt = (clientX: number): number => {
      const r = root.getBoundingClientRect();
      const x = ((clientX - r.left) / r.width) * W;
      const i = Math.floor((rtl ? W - pad.side - x : x - pad.side) / bw);
      return Math.max(0, Math.min(data.length - 1, i));
    };
    let start: number | null = null;
    const draw = (a: number, b: number): void => {
      const lo = Math.min(a, b);
      const hi = Math.max(a, b);
      brush.setAttribute('x', String(Math.min(xOf(lo), xOf(hi))));
      brush.setAttribute('width', String((hi - lo + 1) * bw));
      brush.setAttribute('visibility', 'visible');
    };
    root.addEventListener('pointerdown', (e) => {
      start = indexAt(e.clientX);
      root.setPointerCapture(e.pointerId);
      draw(start, start);
    });
    root.addEventListener('pointermove', (e) => {
      if (start !== null) draw(start, indexAt(e.clientX));
    });
    root.addEventListener('pointerup', (e) => {
      if (start === null) return;
      const end = indexAt(e.clientX);
      const lo = data[Math.min(start, end)] as Bar;
      const hi = data[Math.max(start, end)] as Bar;
      start = null;
      onBrush(lo.from, hi.to);
    });
  }
  return wrap;
}
