// Stories: the list, and one story with each outlet's version of its events side by side (their counts and stance),
// differences marked.
import type { StoryView } from '../../../src/server/schemas.js';
import { api } from '../api.js';
import { loading, pager, stanceBadge, typeBadge } from '../components.js';
import type { View } from '../context.js';
import { h, mount } from '../dom.js';
import type { I18n } from '../i18n.js';
import { hashOf } from '../state.js';

export const storiesView: View = async ({ root, route, i18n, signal }) => {
  mount(root, loading(i18n));
  const p = new URLSearchParams({ limit: '50' });
  for (const k of ['from', 'to', 'type', 'outlet', 'offset']) {
    const v = route.params.get(k);
    if (v) p.set(k, v);
  }
  const page = await api.stories(p);
  if (signal.aborted) return;
  mount(
    root,
    h('h1', null, `${i18n.t('navStories')} · ${i18n.num(page.total)}`),
    page.items.length
      ? h('ul', { class: 'story-list' }, page.items.map((s) => h('li', { data: { story: s.id } },
          h('a', { href: hashOf(['stories', s.id]) }, s.title ?? s.id),
          h('p', { class: 'muted small' }, `${i18n.date(s.first)}${s.last && s.last !== s.first ? ` – ${i18n.date(s.last)}` : ''} · ${i18n.num(s.articles.length)} ${i18n.t('articles')} · ${s.outlets.join('، ')}`),
          h('p', null, s.events.map((e) => typeBadge(i18n, e.type))),
        )))
      : h('p', { class: 'empty' }, i18n.t('noStories')),
    pager(i18n, route.path, route.params, page),
  );
};

type StoryEvent = StoryView['story']['events'][number];

function differs(values: (number | null)[]): boolean {
  return new Set(values.filter((v) => v !== null)).size > 1;
}

function versionsTable(i18n: I18n, e: StoryEvent, titles: Map<string, string>): HTMLElement {
  const dead = e.versions.map((v) => v.dead);
  const injured = e.versions.map((v) => v.injured);
  const qty = e.versions.map((v) => v.quantity?.value ?? null);
  const stances = new Set(e.versions.map((v) => v.stance));
  const mark = (cond: boolean): string | undefined => (cond ? 'differs' : undefined);
  return h(
    'table',
    { class: 'versions' },
    h('thead', null, h('tr', null, [i18n.t('outlet'), i18n.t('published'), i18n.t('dead'), i18n.t('injured'), i18n.t('quantity'), i18n.t('stance')].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', null, e.versions.map((v) => h('tr', { data: { article: v.articleId } },
      h('td', null, h('a', { href: hashOf(['articles', v.articleId], { event: v.eventId }), title: titles.get(v.articleId) }, v.outlet ?? v.articleId)),
      h('td', { class: 'nowrap' }, i18n.date(v.published)),
      h('td', { class: mark(differs(dead)) }, v.dead === null ? '—' : i18n.num(v.dead)),
      h('td', { class: mark(differs(injured)) }, v.injured === null ? '—' : i18n.num(v.injured)),
      h('td', { class: mark(differs(qty)) }, v.quantity ? v.quantity.text : '—'),
      h('td', { class: mark(stances.size > 1) }, stanceBadge(i18n, v.stance)),
    ))),
  );
}

export const storyView: View = async ({ root, route, i18n, signal }) => {
  mount(root, loading(i18n));
  const { story: s, articles } = await api.story(route.path[1] as string);
  if (signal.aborted) return;
  const titles = new Map(articles.map((a) => [a.id, a.title ?? a.id]));
  mount(
    root,
    h(
      'article',
      { class: 'story' },
      h('h1', null, s.title ?? s.id),
      h('p', { class: 'meta' }, `${i18n.t('firstSeen')}: ${i18n.date(s.first)} · ${i18n.t('lastSeen')}: ${i18n.date(s.last)} · ${s.outlets.join('، ')}`),
      s.events.map((e) => {
        const disagree = differs(e.versions.map((v) => v.dead)) || differs(e.versions.map((v) => v.injured)) || new Set(e.versions.map((v) => v.stance)).size > 1;
        return h(
          'section',
          { class: 'panel story-event', data: { event: e.id } },
          h('h2', null, typeBadge(i18n, e.type), ' ', e.source.join('، ') || '—', i18n.lang === 'ar' ? ' ← ' : ' → ', e.target.join('، ') || '—'),
          h('p', { class: 'meta' }, `${i18n.date(e.date)}${e.place ? ` · ${e.place.name}` : ''}`, disagree ? h('span', { class: 'badge disagree' }, i18n.t('disagree')) : null),
          h('div', { class: 'table-wrap' }, versionsTable(i18n, e, titles)),
        );
      }),
      h('h2', null, i18n.t('navArticles')),
      h('ul', { class: 'article-list' }, articles.map((a) => h('li', null, h('a', { href: hashOf(['articles', a.id]) }, a.title ?? a.id), h('span', { class: 'muted small' }, ` · ${a.outlet ?? '—'} · ${i18n.date(a.published)}`)))),
    ),
  );
};
