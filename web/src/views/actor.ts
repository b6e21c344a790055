// The actor page: who it is, its events as source and as target, by type, over time, its co-actors and outlets.
import { api } from '../api.js';
import { timelineChart } from '../chart.js';
import { loading, section, typeBadge } from '../components.js';
import type { View } from '../context.js';
import { h, mount } from '../dom.js';
import { hashOf } from '../state.js';
import { eventsTable } from './events.js';

export const actorView: View = async ({ root, route, i18n, signal }) => {
  mount(root, loading(i18n));
  const id = route.path[1] as string;
  const v = await api.actor(id);
  if (signal.aborted) return;
  const a = v.actor;
  const name = i18n.lang === 'en' && a.name_en ? a.name_en : a.name;
  const facts = [a.country ? i18n.countryName(a.country) : null, a.sector ? i18n.sectorName(a.sector) : null, a.ref].filter((x): x is string => Boolean(x));
  mount(
    root,
    h(
      'div',
      { class: 'actor-page' },
      h(
        'header',
        { class: 'actor-head' },
        h('h1', null, name),
        a.name_en && i18n.lang === 'ar' ? h('p', { class: 'en', dir: 'ltr', lang: 'en' }, a.name_en) : null,
        h('p', { class: 'meta' }, facts.join(' · ')),
        h(
          'p',
          { class: 'tiles small-tiles' },
          h('a', { class: 'tile', href: hashOf(['events'], { actor: a.id, role: 'source' }) }, h('strong', null, i18n.num(a.asSource)), h('span', null, i18n.t('asSource'))),
          h('a', { class: 'tile', href: hashOf(['events'], { actor: a.id, role: 'target' }) }, h('strong', null, i18n.num(a.asTarget)), h('span', null, i18n.t('asTarget'))),
          h('a', { class: 'tile', href: hashOf(['map'], { actor: a.id }) }, h('strong', null, '◎'), h('span', null, i18n.t('navMap'))),
          h('a', { class: 'tile', href: hashOf(['network'], { actor: a.id }) }, h('strong', null, '⋈'), h('span', null, i18n.t('navNetwork'))),
        ),
      ),
      section(i18n.t('timeline'), timelineChart(i18n, v.days, { height: 100 })),
      h(
        'div',
        { class: 'columns' },
        section(
          i18n.t('byType'),
          h('table', { class: 'compact' },
            h('thead', null, h('tr', null, h('th', null, i18n.t('type')), h('th', null, i18n.t('asSource')), h('th', null, i18n.t('asTarget')))),
            h('tbody', null, a.byType.map((t) => h('tr', null, h('td', null, typeBadge(i18n, t.type)), h('td', { class: 'num' }, i18n.num(t.asSource)), h('td', { class: 'num' }, i18n.num(t.asTarget)))))),
        ),
        section(
          i18n.t('coActors'),
          a.coActors.length
            ? h('ol', { class: 'ranked co-actors' }, a.coActors.slice(0, 15).map((c) => h('li', null, h('a', { href: hashOf(['actors', c.id]) }, c.name), h('span', { class: 'count' }, i18n.num(c.events)))))
            : h('p', { class: 'muted' }, i18n.t('none')),
        ),
        section(
          i18n.t('outlets'),
          h('ol', { class: 'ranked' }, a.outlets.map((o) => h('li', null, o.outlet ?? '—', h('span', { class: 'count' }, i18n.num(o.events))))),
        ),
      ),
      section(`${i18n.t('navEvents')} · ${i18n.t('asSource')} (${i18n.num(v.asSource.total)})`, v.asSource.items.length ? h('div', { class: 'table-wrap' }, eventsTable(i18n, v.asSource.items, route)) : h('p', { class: 'muted' }, i18n.t('none'))),
      section(`${i18n.t('navEvents')} · ${i18n.t('asTarget')} (${i18n.num(v.asTarget.total)})`, v.asTarget.items.length ? h('div', { class: 'table-wrap' }, eventsTable(i18n, v.asTarget.items, route)) : h('p', { class: 'muted' }, i18n.t('none'))),
    ),
  );
};
