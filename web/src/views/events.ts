// The events table: facets of the current filter (type, category, actor, country, stance, outlet, sector, date),
// one page of events, and export of exactly the rows the filter selects.
import type { EventPage, EventSummary } from '../../../src/server/schemas.js';
import { api } from '../api.js';
import { actorsCell, loading, pager, placeLabel, stanceBadge, typeBadge } from '../components.js';
import type { View } from '../context.js';
import { h, mount } from '../dom.js';
import type { I18n } from '../i18n.js';
import { filterOf, hashOf, withParam, type Route } from '../state.js';

type Row = EventPage['items'][number];

function facet(i18n: I18n, route: Route, key: string, title: string, items: { value: string; count: number; name?: string }[], label: (v: string) => string): HTMLElement | null {
  if (items.length === 0) return null;
  const current = route.params.get(key);
  return h(
    'details',
    { class: 'facet', data: { facet: key } },
    h('summary', null, title),
    h(
      'ul',
      null,
      items.slice(0, 15).map((f) =>
        h(
          'li',
          { class: current === f.value ? 'on' : undefined },
          h('a', { href: hashOf(route.path, withParam(route.params, key, current === f.value ? null : f.value)) }, f.name ?? label(f.value)),
          h('span', { class: 'count' }, i18n.num(f.count)),
        ),
      ),
    ),
  );
}

/** Events per month, newest first; a month sets the period to its first and last day. */
function monthFacet(i18n: I18n, route: Route, s: EventSummary): HTMLElement | null {
  const months = new Map<string, number>();
  for (const d of s.days) {
    const m = d.date.slice(0, 7);
    months.set(m, (months.get(m) ?? 0) + Object.values(d.counts).reduce((a, b) => a + b, 0));
  }
  if (months.size === 0) return null;
  const last = (m: string): string => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).toISOString().slice(0, 10);
  const current = route.params.get('from')?.slice(0, 7);
  return h(
    'details',
    { class: 'facet', data: { facet: 'month' } },
    h('summary', null, i18n.t('date')),
    h(
      'ul',
      null,
      [...months].sort((a, b) => b[0].localeCompare(a[0])).slice(0, 24).map(([m, n]) => {
        const on = current === m && route.params.get('to') === last(m);
        const p = on ? withParam(withParam(route.params, 'from', null), 'to', null) : withParam(withParam(route.params, 'from', `${m}-01`), 'to', last(m));
        return h('li', { class: on ? 'on' : undefined }, h('a', { href: hashOf(route.path, p) }, i18n.date(m)), h('span', { class: 'count' }, i18n.num(n)));
      }),
    ),
  );
}

export function facets(i18n: I18n, route: Route, s: EventSummary): HTMLElement {
  const el = h(
    'aside',
    { class: 'facets', aria: { label: i18n.t('filters') } },
    facet(i18n, route, 'type', i18n.t('type'), s.facets.type, (v) => i18n.typeName(v)),
    facet(i18n, route, 'quad', i18n.t('quad'), s.facets.quad, (v) => i18n.quadName(v)),
    facet(i18n, route, 'actor', i18n.t('actor'), s.facets.actor, (v) => v),
    facet(i18n, route, 'country', i18n.t('country'), s.facets.country, (v) => i18n.countryName(v)),
    facet(i18n, route, 'stance', i18n.t('stance'), s.facets.stance, (v) => i18n.stanceName(v)),
    facet(i18n, route, 'outlet', i18n.t('outlet'), s.facets.outlet, (v) => v),
    facet(i18n, route, 'sector', i18n.t('sector'), s.facets.sector, (v) => i18n.sectorName(v)),
    monthFacet(i18n, route, s),
  );
  for (const d of el.querySelectorAll('details')) if (window.innerWidth > 700) d.open = true;
  return el;
}

/** The table of event rows; `route` decides where actor links lead (they narrow the filter). */
export function eventsTable(i18n: I18n, rows: readonly Row[], route: Route): HTMLElement {
  const path = ['events'];
  const params = filterOf(route.params);
  return h(
    'table',
    { class: 'events-table' },
    h('thead', null, h('tr', null, [i18n.t('date'), i18n.t('type'), i18n.t('source'), i18n.t('target'), i18n.t('place'), i18n.t('stance'), i18n.t('outlet')].map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      null,
      rows.map((r) =>
        h(
          'tr',
          { data: { event: r.event.id, article: r.articleId } },
          h('td', { class: 'nowrap' }, i18n.date(r.event.date?.value ?? r.published)),
          h('td', null, typeBadge(i18n, r.event.type)),
          h('td', null, actorsCell(i18n, r.event.source, params, path)),
          h('td', null, actorsCell(i18n, r.event.target, params, path)),
          h('td', null, placeLabel(i18n, r)),
          h('td', null, stanceBadge(i18n, r.event.stance)),
          h('td', null, h('a', { href: hashOf(['articles', r.articleId], { event: r.event.id }), class: 'article-link' }, r.outlet ?? r.title ?? r.articleId)),
        ),
      ),
    ),
  );
}

export function exportLinks(i18n: I18n, filter: URLSearchParams): HTMLElement {
  const q = filter.toString();
  return h(
    'p',
    { class: 'export' },
    `${i18n.t('export')}: `,
    ['csv', 'jsonl', 'geojson'].map((f, i) => [i ? ' · ' : '', h('a', { href: `/api/export.${f}${q ? `?${q}` : ''}`, download: `rasid-events.${f}`, data: { format: f } }, f.toUpperCase())]),
  );
}

export const eventsView: View = async ({ root, route, i18n, signal }) => {
  mount(root, loading(i18n));
  const filter = filterOf(route.params);
  const page = new URLSearchParams(filter);
  page.set('limit', '50');
  const offset = route.params.get('offset');
  if (offset) page.set('offset', offset);
  const [summary, events] = await Promise.all([api.summary(filter, signal), api.events(page, signal)]);
  if (signal.aborted) return;
  mount(
    root,
    h(
      'div',
      { class: 'with-facets' },
      facets(i18n, route, summary),
      h(
        'div',
        { class: 'main-col' },
        h('div', { class: 'table-head' }, h('h1', null, `${i18n.t('navEvents')} · ${i18n.num(events.total)}`), exportLinks(i18n, filter)),
        events.items.length ? h('div', { class: 'table-wrap' }, eventsTable(i18n, events.items, route)) : h('p', { class: 'empty' }, i18n.t('noEvents')),
        pager(i18n, route.path, route.params, events),
      ),
    ),
  );
};
