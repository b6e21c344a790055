// The overview: counts, the timeline of the current filter, the split by category, the latest articles and top actors.
import { api } from '../api.js';
import { timelineChart } from '../chart.js';
import { legend, loading, partialNote, quadSwatch, section, typeBadge } from '../components.js';
import type { View } from '../context.js';
import { h, mount } from '../dom.js';
import { filterOf, go, hashOf, withParam } from '../state.js';

export const overviewView: View = async ({ root, route, i18n, signal }) => {
  mount(root, loading(i18n));
  const filter = filterOf(route.params);
  const [stats, summary, latest] = await Promise.all([
    api.stats(),
    api.summary(filter, signal),
    api.articles(new URLSearchParams({ limit: '8' })),
  ]);
  if (signal.aborted) return;
  const tile = (n: number, label: string, href: string): HTMLElement => h('a', { class: 'tile', href }, h('strong', null, i18n.num(n)), h('span', null, label));
  mount(
    root,
    h(
      'div',
      { class: 'tiles' },
      tile(stats.articles, i18n.t('statsArticles'), '#/articles'),
      tile(summary.total, i18n.t('statsEvents'), hashOf(['events'], filter)),
      tile(stats.entities, i18n.t('statsEntities'), '#/network'),
      tile(stats.stories, i18n.t('statsStories'), '#/stories'),
    ),
    section(
      i18n.t('timeline'),
      h('p', { class: 'muted small' }, i18n.t('brushHint')),
      partialNote(i18n, summary),
      timelineChart(i18n, summary.days, {
        height: 120,
        selected: { from: route.params.get('from'), to: route.params.get('to') },
        onBrush: (from, to) => go(route.path, withParam(withParam(route.params, 'from', from), 'to', to)),
      }),
      legend(i18n),
    ),
    h(
      'div',
      { class: 'columns' },
      section(
        i18n.t('quad'),
        h('ul', { class: 'bars' }, summary.facets.quad.map((f) => h('li', null, h('a', { href: hashOf(['events'], withParam(filter, 'quad', f.value)) }, quadSwatch(f.value), i18n.quadName(f.value)), h('span', { class: 'count' }, i18n.num(f.count))))),
        h('ul', { class: 'chips' }, summary.facets.type.map((f) => h('li', null, h('a', { href: hashOf(['events'], withParam(filter, 'type', f.value)) }, typeBadge(i18n, f.value), ' ', i18n.num(f.count))))),
      ),
      section(
        i18n.t('topActors'),
        summary.facets.actor.length
          ? h('ol', { class: 'ranked' }, summary.facets.actor.slice(0, 10).map((a) => h('li', null, h('a', { href: hashOf(['actors', a.value]) }, a.name), h('span', { class: 'count' }, i18n.num(a.count)))))
          : h('p', { class: 'muted' }, i18n.t('none')),
      ),
      section(
        i18n.t('latestArticles'),
        latest.items.length
          ? h('ul', { class: 'article-list' }, latest.items.map((a) => h('li', null, h('a', { href: hashOf(['articles', a.id]) }, a.title ?? a.id), h('span', { class: 'muted small' }, ` · ${a.outlet ?? '—'} · ${i18n.date(a.published)}`))))
          : h('p', { class: 'muted' }, i18n.t('noArticles')),
      ),
    ),
  );
};
