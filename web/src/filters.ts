// The filter bar shared by the event views: full text, type, category, stance, actor, country, outlet and dates.
// Every change rewrites the URL, and every view follows the URL.
import { PLOVER_ORDER, QUAD_ORDER } from './components.js';
import { debounce, h } from './dom.js';
import { COUNTRY_CODES, type I18n, type Key } from './i18n.js';
import { FILTER_KEYS, go, type Route } from './state.js';

const STANCE_ORDER = ['asserted', 'negated', 'planned', 'attempted', 'hypothetical'];
const SECTOR_ORDER = ['GOV', 'MIL', 'COP', 'SPY', 'REB', 'INS', 'OPP', 'MED', 'CVL', 'CRM', 'JUD', 'IGO', 'NGO', 'BUS', 'REF'];

function select(name: string, label: string, current: string, options: [string, string][], onChange: (v: string) => void): HTMLElement {
  const s = h('select', { name, id: `f-${name}`, on: { change: () => onChange(s.value) } }, h('option', { value: '' }, `${label}: —`), options.map(([v, l]) => h('option', { value: v }, l)));
  s.value = current;
  return h('label', { class: 'field', for: `f-${name}` }, h('span', { class: 'sr-only' }, label), s);
}

/** Every country by its name in the current language, with its ISO3 code as the value. */
function countries(i18n: I18n): [string, string][] {
  return COUNTRY_CODES.map((c): [string, string] => [c, i18n.countryName(c)]).sort((a, b) => a[1].localeCompare(b[1], i18n.lang));
}

/** The filter bar for `route`; `outlets` are offered as choices. */
export function filterBar(i18n: I18n, route: Route, outlets: readonly string[]): HTMLElement {
  const params = route.params;
  const set = (key: string, value: string): void => {
    const p = new URLSearchParams(params);
    p.delete('offset');
    if (value) p.set(key, value);
    else p.delete(key);
    go(route.path, p);
  };
  const text = (key: string, label: Key, type = 'search'): HTMLElement => {
    const input = h('input', { type, name: key, id: `f-${key}`, value: params.get(key) ?? '', placeholder: i18n.t(label) });
    const apply = debounce(() => set(key, input.value.trim()), type === 'date' ? 0 : 500);
    input.addEventListener(type === 'date' ? 'change' : 'input', apply);
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') set(key, input.value.trim());
    });
    return h('label', { class: `field field-${key}`, for: `f-${key}` }, h('span', { class: type === 'date' ? 'field-label' : 'sr-only' }, i18n.t(label)), input);
  };
  const active = FILTER_KEYS.filter((k) => params.has(k)).length;
  const form = h(
    'form',
    { class: 'filter-bar', role: 'search', aria: { label: i18n.t('filters') }, on: { submit: (e) => e.preventDefault() } },
    text('q', 'text'),
    select('type', i18n.t('type'), params.get('type') ?? '', PLOVER_ORDER.map((t) => [t, i18n.typeName(t)]), (v) => set('type', v)),
    select('quad', i18n.t('quad'), params.get('quad') ?? '', QUAD_ORDER.map((q) => [q, i18n.quadName(q)]), (v) => set('quad', v)),
    select('stance', i18n.t('stance'), params.get('stance') ?? '', STANCE_ORDER.map((s) => [s, i18n.stanceName(s)]), (v) => set('stance', v)),
    select('sector', i18n.t('sector'), params.get('sector') ?? '', SECTOR_ORDER.map((s) => [s, i18n.sectorName(s)]), (v) => set('sector', v)),
    select('outlet', i18n.t('outlet'), params.get('outlet') ?? '', outlets.map((o) => [o, o]), (v) => set('outlet', v)),
    text('actor', 'actor'),
    select('country', i18n.t('country'), params.get('country') ?? '', countries(i18n), (v) => set('country', v)),
    text('from', 'from', 'date'),
    text('to', 'to', 'date'),
    active
      ? h('button', { type: 'button', class: 'clear', on: { click: () => go(route.path, new URLSearchParams()) } }, i18n.t('clearFilters'))
      : null,
  );
  // On a phone the filters fold away under their title (open when some are set); on a wider screen they are shown.
  const folds = window.matchMedia('(max-width: 700px)').matches;
  const box = h('details', { class: 'filters-box' }, h('summary', null, `${i18n.t('filters')}${active ? ` (${i18n.num(active)})` : ''}`), form);
  box.open = !folds || active > 0;
  return box;
}
