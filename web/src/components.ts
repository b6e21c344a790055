// Small pieces shared by the views: badges, actor and place labels, pagination, loading and error states.
import type { Actor } from '../../src/contract/extraction.js';
import type { EventPage } from '../../src/server/schemas.js';
import { h, type Child } from './dom.js';
import { QUAD_COLOURS, type I18n } from './i18n.js';
import { hashOf, withParam } from './state.js';
import quadData from '../../data/store/quad.json';

type EventRow = EventPage['items'][number];

const QUAD_OF: Record<string, string> = {};
for (const [quad, types] of Object.entries((quadData as { classes: Record<string, string[]> }).classes)) for (const t of types) QUAD_OF[t] = quad;

/** The quad class of a PLOVER type (data/store/quad.json). */
export function quadOf(type: string): string {
  return QUAD_OF[type] ?? 'verbal-cooperation';
}
export const QUAD_ORDER = Object.keys((quadData as { classes: Record<string, string[]> }).classes);
export const PLOVER_ORDER = Object.values((quadData as { classes: Record<string, string[]> }).classes).flat();

export function typeBadge(i18n: I18n, type: string): HTMLElement {
  const quad = quadOf(type);
  return h('span', { class: `badge quad-${quad}`, title: `${type} · ${i18n.quadName(quad)}`, data: { type } }, i18n.typeName(type));
}

export function quadSwatch(quad: string): HTMLElement {
  const el = h('span', { class: `swatch quad-${quad}`, aria: { hidden: true } });
  return el;
}

export function stanceBadge(i18n: I18n, stance: string): HTMLElement {
  return h('span', { class: `stance stance-${stance}` }, i18n.stanceName(stance));
}

/** The label of an event actor: its words in the article, with country and sector when nominal. */
export function actorLabel(i18n: I18n, a: Actor): string {
  const extra = [a.country ? i18n.countryName(a.country) : null, a.sector ? i18n.sectorName(a.sector) : null].filter(Boolean);
  return extra.length && !a.entity ? `${a.text} (${extra.join('، ')})` : a.text;
}

export function actorsCell(i18n: I18n, actors: readonly Actor[], params: URLSearchParams, path: string[]): Child {
  if (actors.length === 0) return h('span', { class: 'muted' }, '—');
  return actors.map((a, i) => [i > 0 ? '، ' : '', h('a', { href: hashOf(path, withParam(params, 'actor', a.text)), class: 'actor-link' }, actorLabel(i18n, a))]);
}

export function placeLabel(i18n: I18n, row: EventRow): string {
  if (!row.place) return '—';
  return i18n.lang === 'en' && row.place.name_en ? row.place.name_en : row.place.name;
}

export function loading(i18n: I18n): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, i18n.t('loading'));
}

export function failure(i18n: I18n, err: unknown): HTMLElement {
  return h('div', { class: 'error', role: 'alert' }, h('strong', null, i18n.t('error')), ': ', err instanceof Error ? err.message : String(err));
}

/** Previous / next links for a page of results, keeping the rest of the route. */
export function pager(i18n: I18n, path: string[], params: URLSearchParams, page: { total: number; limit: number; offset: number }): HTMLElement {
  const { total, limit, offset } = page;
  const at = (o: number): string => {
    const p = new URLSearchParams(params);
    if (o > 0) p.set('offset', String(o));
    else p.delete('offset');
    return hashOf(path, p);
  };
  const pages = Math.max(1, Math.ceil(total / limit));
  const current = Math.floor(offset / limit) + 1;
  return h(
    'nav',
    { class: 'pager', aria: { label: i18n.t('page') } },
    offset > 0 ? h('a', { href: at(Math.max(0, offset - limit)), rel: 'prev' }, i18n.t('prev')) : h('span', { class: 'muted' }, i18n.t('prev')),
    h('span', { class: 'pages' }, `${i18n.t('page')} ${i18n.num(current)} ${i18n.t('of')} ${i18n.num(pages)} · ${i18n.num(total)} ${i18n.t('results')}`),
    offset + limit < total ? h('a', { href: at(offset + limit), rel: 'next' }, i18n.t('next')) : h('span', { class: 'muted' }, i18n.t('next')),
  );
}

/** A note when aggregates cover only the newest events of a large selection. */
export function partialNote(i18n: I18n, s: { complete: boolean; scanned: number; total: number }): HTMLElement | null {
  if (s.complete) return null;
  return h('p', { class: 'partial muted small', role: 'note' }, i18n.t('partial').replace('{n}', i18n.num(s.scanned)).replace('{m}', i18n.num(s.total)));
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'panel' }, h('h2', null, title), ...children);
}

export function legend(i18n: I18n): HTMLElement {
  return h(
    'ul',
    { class: 'legend', aria: { label: i18n.t('legend') } },
    QUAD_ORDER.map((q) => h('li', null, quadSwatch(q), i18n.quadName(q))),
  );
}

export { QUAD_COLOURS };
