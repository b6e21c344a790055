// Full-text search results: each article with its passages, the matched words marked.
import type { SearchPage } from '../../../src/server/schemas.js';
import { api } from '../api.js';
import { loading, pager } from '../components.js';
import type { View } from '../context.js';
import { h, mount } from '../dom.js';
import { hashOf } from '../state.js';

type Snippet = SearchPage['items'][number]['snippets'][number];

/** A passage with its matched words in <mark>, as text nodes (highlights are offsets into the article). */
function passage(s: Snippet): HTMLElement {
  const el = h('p', { class: 'snippet', dir: 'rtl' });
  let at = s.start;
  for (const m of [...s.highlights].sort((a, b) => a.start - b.start)) {
    const a = Math.max(m.start, at);
    const b = Math.min(m.end, s.end);
    if (b <= a) continue;
    el.append(s.text.slice(at - s.start, a - s.start), h('mark', null, s.text.slice(a - s.start, b - s.start)));
    at = b;
  }
  el.append(s.text.slice(at - s.start), '…');
  return el;
}

export const searchView: View = async ({ root, route, i18n, signal }) => {
  const q = route.params.get('q') ?? '';
  if (!q) {
    mount(root, h('p', { class: 'muted' }, i18n.t('searchPlaceholder')));
    return;
  }
  mount(root, loading(i18n));
  const p = new URLSearchParams(route.params);
  p.set('limit', '20');
  const res = await api.search(p);
  if (signal.aborted) return;
  mount(
    root,
    h('h1', null, `${i18n.t('search')}: «${q}» · ${i18n.num(res.total)}`),
    h('ol', { class: 'hits' }, res.items.map((hit) => h('li', { data: { article: hit.articleId } },
      h('a', { href: hashOf(['articles', hit.articleId]) }, hit.title ?? hit.articleId),
      h('span', { class: 'muted small' }, ` · ${hit.outlet ?? '—'} · ${i18n.date(hit.published)}`),
      hit.snippets.map(passage),
    ))),
    pager(i18n, route.path, route.params, res),
  );
};
