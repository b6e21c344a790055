// The timeline: events per day by category for the current filter; dragging selects a period that every other
// view then shows; below it, the events of the period.
import { api } from '../api.js';
import { timelineChart } from '../chart.js';
import { legend, loading, partialNote, pager, section } from '../components.js';
import type { View } from '../context.js';
import { h, mount } from '../dom.js';
import { filterOf, go, withParam } from '../state.js';
import { eventsTable, exportLinks } from './events.js';

export const timelineView: View = async ({ root, route, i18n, signal }) => {
  mount(root, loading(i18n));
  const filter = filterOf(route.params);
  const unbounded = new URLSearchParams(filter);
  unbounded.delete('from');
  unbounded.delete('to');
  const page = new URLSearchParams(filter);
  page.set('limit', '25');
  const offset = route.params.get('offset');
  if (offset) page.set('offset', offset);
  const [summary, events] = await Promise.all([api.summary(unbounded, signal), api.events(page, signal)]);
  if (signal.aborted) return;
  const from = route.params.get('from');
  const to = route.params.get('to');
  mount(
    root,
    section(
      i18n.t('timeline'),
      h('p', { class: 'muted small' }, i18n.t('brushHint')),
      partialNote(i18n, summary),
      timelineChart(i18n, summary.days, {
        height: 220,
        selected: { from, to },
        onBrush: (f, t) => go(route.path, withParam(withParam(route.params, 'from', f), 'to', t)),
      }),
      h(
        'div',
        { class: 'row' },
        legend(i18n),
        from || to
          ? h('button', { type: 'button', class: 'clear-range', on: { click: () => go(route.path, withParam(withParam(route.params, 'from', null), 'to', null)) } }, `${i18n.t('clearRange')} (${i18n.date(from)} – ${i18n.date(to)})`)
          : null,
      ),
    ),
    h('div', { class: 'table-head' }, h('h2', null, `${i18n.t('navEvents')} · ${i18n.num(events.total)}`), exportLinks(i18n, filter)),
    events.items.length ? h('div', { class: 'table-wrap' }, eventsTable(i18n, events.items, route)) : h('p', { class: 'empty' }, i18n.t('noEvents')),
    pager(i18n, route.path, route.params, events),
  );
};
