// The article list (with full-text filter) and the article reader: the text with its highlights and hover cards,
// and the lists of what was found in it.
import { api } from '../api.js';
import { extractionLists, annotatedText } from '../annotated.js';
import { loading, pager } from '../components.js';
import type { View } from '../context.js';
import { h, mount, safeUrl } from '../dom.js';
import { go, hashOf } from '../state.js';

export const articlesView: View = async ({ root, route, i18n, signal }) => {
  mount(root, loading(i18n));
  const p = new URLSearchParams();
  for (const k of ['q', 'outlet', 'from', 'to', 'offset']) {
    const v = route.params.get(k);
    if (v) p.set(k, v);
  }
  p.set('limit', '50');
  const page = await api.articles(p);
  if (signal.aborted) return;
  const q = h('input', { type: 'search', name: 'q', value: route.params.get('q') ?? '', placeholder: i18n.t('searchPlaceholder') });
  mount(
    root,
    h('div', { class: 'table-head' }, h('h1', null, `${i18n.t('navArticles')} · ${i18n.num(page.total)}`),
      h('form', { class: 'inline-search', on: { submit: (e) => { e.preventDefault(); go(['articles'], q.value.trim() ? { q: q.value.trim() } : {}); } } }, q, h('button', { type: 'submit' }, i18n.t('search')))),
    page.items.length
      ? h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'articles-table' },
            h('thead', null, h('tr', null, [i18n.t('article'), i18n.t('outlet'), i18n.t('published'), i18n.t('navEvents'), i18n.t('entities'), i18n.t('quotes')].map((c) => h('th', { scope: 'col' }, c)))),
            h('tbody', null, page.items.map((a) => h('tr', { data: { article: a.id } },
              h('td', null, h('a', { href: hashOf(['articles', a.id]) }, a.title ?? a.id)),
              h('td', null, a.outlet ?? '—'),
              h('td', { class: 'nowrap' }, i18n.date(a.published)),
              h('td', { class: 'num' }, i18n.num(a.events)),
              h('td', { class: 'num' }, i18n.num(a.entities)),
              h('td', { class: 'num' }, i18n.num(a.quotes)),
            ))),
          ),
        )
      : h('p', { class: 'empty' }, i18n.t('noArticles')),
    pager(i18n, route.path, route.params, page),
  );
};

export const readerView: View = async ({ root, route, i18n, signal, onLeave }) => {
  mount(root, loading(i18n));
  const id = route.path[1] as string;
  const view = await api.article(id);
  if (signal.aborted) return;
  const x = view.extraction;
  const { el, dispose, at } = annotatedText(i18n, x);
  onLeave(dispose);
  const original = safeUrl(x.article.url);
  mount(
    root,
    h(
      'article',
      { class: 'reader' },
      h(
        'header',
        null,
        h('h1', { dir: 'auto' }, x.article.title ?? id),
        h(
          'p',
          { class: 'meta' },
          x.article.outlet ?? '—', ' · ', i18n.date(x.article.published),
          original ? [' · ', h('a', { href: original, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'original' }, i18n.t('openOriginal'))] : null,
          view.stories.map((s) => [' · ', h('a', { href: hashOf(['stories', s.id]), class: 'story-link' }, `${i18n.t('story')}: ${s.title ?? s.id}`)]),
        ),
        h('ul', { class: 'legend hl-legend' },
          h('li', null, h('span', { class: 'hl-ent ent-PER' }, i18n.entityTypeName('PER'))),
          h('li', null, h('span', { class: 'hl-ent ent-ORG' }, i18n.entityTypeName('ORG'))),
          h('li', null, h('span', { class: 'hl-ent ent-LOC' }, i18n.entityTypeName('LOC'))),
          h('li', null, h('span', { class: 'hl-trigger quad-material-conflict' }, i18n.t('events'))),
          h('li', null, h('span', { class: 'hl-quote' }, i18n.t('quotes'))),
        ),
      ),
      h('div', { class: 'reader-body' }, el, extractionLists(i18n, x)),
    ),
  );
  const focus = x.events.find((e) => e.id === route.params.get('event'));
  if (focus) {
    const node = at(focus.trigger.start);
    node?.classList.add('focus');
    node?.scrollIntoView({ block: 'center' });
  }
};
