// The Analyze box: paste or type Arabic text and see its entities, events and quotes highlighted as you type.
import { api, ApiError } from '../api.js';
import { annotatedText, extractionLists } from '../annotated.js';
import type { View } from '../context.js';
import { debounce, h, mount } from '../dom.js';

const EXAMPLE =
  'قال وزير الخارجية الأردني أيمن الصفدي، في مؤتمر صحفي في عمّان يوم الثلاثاء، إن المملكة ترفض أي محاولة لتهجير الفلسطينيين من قطاع غزة. ' +
  'وأضاف أن الأمم المتحدة مطالبة بالتحرك فورًا لوقف القصف الذي أسفر عن مقتل 12 شخصًا وإصابة 30 آخرين في خان يونس.';

export const analyzeView: View = ({ root, i18n, signal, onLeave }) => {
  const input = h('textarea', { name: 'text', rows: 10, dir: 'rtl', lang: 'ar', placeholder: i18n.t('analyzeHelp'), aria: { label: i18n.t('analyzeTitle') } });
  const status = h('span', { class: 'status muted', role: 'status' });
  const out = h('div', { class: 'analyze-out' });
  let dispose: (() => void) | null = null;
  let inflight: AbortController | null = null;
  onLeave(() => {
    dispose?.();
    inflight?.abort();
  });
  const run = async (): Promise<void> => {
    const text = input.value;
    inflight?.abort();
    if (text.trim() === '') {
      mount(out);
      status.textContent = '';
      return;
    }
    inflight = new AbortController();
    const stop = (): void => inflight?.abort();
    signal.addEventListener('abort', stop);
    status.textContent = i18n.t('analyzing');
    try {
      const x = await api.analyze(text, inflight.signal);
      if (text !== input.value) return;
      dispose?.();
      const r = annotatedText(i18n, x);
      dispose = r.dispose;
      mount(out, h('div', { class: 'reader-body' }, r.el, extractionLists(i18n, x)));
      status.textContent = `${i18n.num(x.entities.length)} ${i18n.t('entities')} · ${i18n.num(x.events.length)} ${i18n.t('events')} · ${i18n.num(x.quotes.length)} ${i18n.t('quotes')}`;
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      status.textContent = err instanceof ApiError ? err.message : String(err);
    } finally {
      signal.removeEventListener('abort', stop);
    }
  };
  input.addEventListener('input', debounce(() => void run(), 350));
  mount(
    root,
    h(
      'section',
      { class: 'analyze' },
      h('h1', null, i18n.t('analyzeTitle')),
      h('p', { class: 'muted' }, i18n.t('analyzeHelp')),
      input,
      h('p', null, h('button', { type: 'button', class: 'example', on: { click: () => { input.value = EXAMPLE; void run(); } } }, i18n.t('analyzeExample')), ' ', status),
      out,
    ),
  );
};
