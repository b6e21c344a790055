// An article's text with its entities, events and quotes highlighted, and the hover cards that explain each:
// entity (knowledge-base facts and links), event (source → type → target, stance, date, place, counts, attribution),
// quote (speaker, via, direct or reported). Every piece of text is inserted as text.
import type { Extraction } from '../../src/contract/extraction.js';
import { HoverCard } from './card.js';
import { actorLabel, quadOf, stanceBadge, typeBadge } from './components.js';
import { h, safeUrl, type Child } from './dom.js';
import type { I18n } from './i18n.js';
import { segments, spansOf, type Mark } from './highlight.js';
import { hashOf } from './state.js';

type Entity = Extraction['entities'][number];
type Ev = Extraction['events'][number];
type Quote = Extraction['quotes'][number];

/**
 * Where an entity leads: its actor page when it acts in an event of the article and is linked (the store's actor id
 * is `ref:<ref>`), else the events naming it; for a place, the events located there.
 */
export function entityLinks(x: Extraction, e: Entity): { actor: string | null; events: string; map: string | null } {
  const acts = x.events.some((ev) => [...ev.source, ...ev.target].some((a) => a.entity === e.id));
  const isPlace = e.type === 'LOC' && (x.events.some((ev) => ev.location === e.id) || !acts);
  const place = e.ref ? `ref:${e.ref}` : e.name;
  return {
    actor: acts && e.ref ? hashOf(['actors', `ref:${e.ref}`]) : null,
    events: isPlace ? hashOf(['events'], { place }) : hashOf(['events'], { actor: e.ref ? `ref:${e.ref}` : e.name }),
    map: isPlace ? hashOf(['map'], { place }) : null,
  };
}

/** The main link of an entity in lists: its actor page, else its events. */
export function entityRoute(x: Extraction, e: Entity): string {
  const l = entityLinks(x, e);
  return l.actor ?? l.events;
}

function entityName(i18n: I18n, e: Entity): string {
  return i18n.lang === 'en' && e.name_en ? e.name_en : e.name;
}

function entityCard(i18n: I18n, x: Extraction, e: Entity): HTMLElement {
  const wd = e.wikidata ? safeUrl(`https://www.wikidata.org/wiki/${e.wikidata}`) : null;
  const links = entityLinks(x, e);
  const facts: [string, Child][] = [];
  facts.push([i18n.t('type'), `${i18n.entityTypeName(e.type)}${e.kind ? ` · ${e.kind}` : ''}`]);
  if (e.country) facts.push([i18n.t('country'), i18n.countryName(e.country)]);
  if (e.geo) facts.push([i18n.t('place'), `${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)} (${e.geo.precision})`]);
  if (e.ref) facts.push(['KB', h('code', { dir: 'ltr' }, e.ref)]);
  facts.push([i18n.t('confidence'), i18n.num(Math.round(e.confidence * 100)) + '%']);
  const sep = (): string => ' · ';
  return h(
    'div',
    { class: `card card-entity ent-${e.type}` },
    h('div', { class: 'card-title' }, h('strong', null, e.name), e.name_en ? h('span', { class: 'en', dir: 'ltr', lang: 'en' }, e.name_en) : null),
    h('dl', null, facts.map(([k, v]) => [h('dt', null, k), h('dd', null, v)])),
    h(
      'p',
      { class: 'card-links' },
      links.actor ? [h('a', { href: links.actor, class: 'card-actor-link', data: { entity: e.id } }, i18n.t('kbLink')), sep()] : null,
      h('a', { href: links.events, class: 'card-events-link' }, i18n.t('navEvents')),
      links.map ? [sep(), h('a', { href: links.map, class: 'card-map-link' }, i18n.t('navMap'))] : null,
      wd ? [sep(), h('a', { href: wd, rel: 'noopener noreferrer', target: '_blank' }, i18n.t('wikidata'))] : null,
      e.ref ? null : [sep(), h('span', { class: 'muted' }, i18n.t('unlinked'))],
    ),
  );
}

/** An arrow pointing from source to target in the reading direction. */
export function arrow(i18n: I18n): HTMLElement {
  return h('span', { class: 'arrow', aria: { hidden: true } }, i18n.lang === 'ar' ? ' ← ' : ' → ');
}

function eventCard(i18n: I18n, x: Extraction, ev: Ev): HTMLElement {
  const place = ev.location ? x.entities.find((e) => e.id === ev.location) : undefined;
  const quote = ev.attribution ? x.quotes.find((q) => q.id === ev.attribution) : undefined;
  const side = (actors: Ev['source']): Child => (actors.length ? actors.map((a, i) => [i ? '، ' : '', h('span', { class: 'actor' }, actorLabel(i18n, a))]) : h('span', { class: 'muted' }, '—'));
  const counts = [
    ev.dead !== null ? `${i18n.num(ev.dead)} ${i18n.t('dead')}` : null,
    ev.injured !== null ? `${i18n.num(ev.injured)} ${i18n.t('injured')}` : null,
    ev.quantity ? ev.quantity.text : null,
  ].filter(Boolean);
  return h(
    'div',
    { class: `card card-event quad-${quadOf(ev.type)}` },
    h('div', { class: 'card-title triple' }, side(ev.source), arrow(i18n), typeBadge(i18n, ev.type), arrow(i18n), side(ev.target)),
    h(
      'dl',
      null,
      h('dt', null, i18n.t('stance')), h('dd', null, stanceBadge(i18n, ev.stance)),
      h('dt', null, i18n.t('date')), h('dd', null, ev.date ? `${i18n.date(ev.date.value)}${ev.date.text ? ` («${ev.date.text}»)` : ''}` : '—'),
      h('dt', null, i18n.t('place')), h('dd', null, place ? entityName(i18n, place) : '—'),
      counts.length ? [h('dt', null, i18n.t('quantity')), h('dd', null, counts.join(' · '))] : null,
      quote ? [h('dt', null, i18n.t('attribution')), h('dd', null, quote.speaker.text)] : null,
    ),
    h('p', { class: 'muted small' }, `«${ev.trigger.text}»${ev.mode ? ` · ${ev.mode}` : ''}${ev.cameo ? ` · CAMEO ${ev.cameo}` : ''}`),
  );
}

function quoteCard(i18n: I18n, x: Extraction, q: Quote): HTMLElement {
  const via = q.via.map((id) => x.entities.find((e) => e.id === id)).filter((e): e is Entity => e !== undefined);
  const content = x.text.slice(q.content.start, q.content.end);
  return h(
    'div',
    { class: 'card card-quote' },
    h('div', { class: 'card-title' }, h('strong', null, actorLabel(i18n, q.speaker)), ' ', h('span', { class: 'muted' }, q.cue.text)),
    h('blockquote', null, content.length > 280 ? `${content.slice(0, 277)}…` : content),
    h(
      'p',
      { class: 'muted small' },
      q.direct ? i18n.t('direct') : i18n.t('reported'),
      via.length ? ` · ${i18n.t('via')} ${via.map((e) => entityName(i18n, e)).join('، ')}` : '',
    ),
  );
}

/** The cards for a segment's marks: each entity, event and quote once. */
function cardsFor(i18n: I18n, x: Extraction, marks: readonly Mark[]): HTMLElement[] {
  const ents = new Set<number>();
  const evs = new Set<number>();
  const qs = new Set<number>();
  for (const m of [...marks].reverse()) {
    if (m.kind === 'entity') ents.add(m.entity);
    else if (m.kind === 'trigger' || m.kind === 'actor') evs.add(m.event);
    else qs.add(m.quote);
  }
  return [
    ...[...ents].map((i) => entityCard(i18n, x, x.entities[i] as Entity)),
    ...[...evs].map((i) => eventCard(i18n, x, x.events[i] as Ev)),
    ...[...qs].map((i) => quoteCard(i18n, x, x.quotes[i] as Quote)),
  ];
}

function classesOf(x: Extraction, marks: readonly Mark[]): string {
  const c = new Set<string>(['seg']);
  for (const m of marks) {
    if (m.kind === 'entity') c.add('hl-ent').add(`ent-${(x.entities[m.entity] as Entity).type}`);
    else if (m.kind === 'trigger') c.add('hl-trigger').add(`quad-${quadOf((x.events[m.event] as Ev).type)}`);
    else if (m.kind === 'actor') c.add('hl-actor');
    else if (m.kind === 'quote') c.add('hl-quote');
    else c.add('hl-cue');
  }
  return [...c].join(' ');
}

/**
 * Renders `x.text` with highlights into a new element; hovering or tapping a highlight opens its cards.
 * Returns the element, a function that removes the card, and the highlight at an offset.
 */
export function annotatedText(i18n: I18n, x: Extraction): { el: HTMLElement; dispose: () => void; at: (offset: number) => HTMLElement | null } {
  const segs = segments(x.text.length, spansOf(x));
  const card = new HoverCard();
  const el = h('div', { class: 'annotated', dir: 'rtl', lang: 'ar' });
  segs.forEach((s, i) => {
    const text = x.text.slice(s.start, s.end);
    if (s.marks.length === 0) el.appendChild(document.createTextNode(text));
    else el.appendChild(h('span', { class: classesOf(x, s.marks), data: { seg: i }, tabindex: 0 }, text));
  });
  const target = (e: Event): HTMLElement | null => (e.target instanceof Element ? (e.target.closest('[data-seg]') as HTMLElement | null) : null);
  const open = (node: HTMLElement, pin: boolean): void => {
    const seg = segs[Number(node.dataset.seg)];
    if (seg) card.show(node, cardsFor(i18n, x, seg.marks), pin);
  };
  el.addEventListener('pointerover', (e) => {
    const n = target(e);
    if (n && (e as PointerEvent).pointerType === 'mouse') open(n, false);
  });
  el.addEventListener('pointerout', (e) => {
    if (target(e)) card.hideSoon();
  });
  el.addEventListener('click', (e) => {
    const n = target(e);
    if (n) open(n, true);
  });
  el.addEventListener('keydown', (e) => {
    const n = target(e);
    if (n && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      open(n, true);
    }
  });
  const at = (offset: number): HTMLElement | null => {
    const i = segs.findIndex((s) => s.start <= offset && offset < s.end);
    return i < 0 ? null : el.querySelector<HTMLElement>(`[data-seg="${i}"]`);
  };
  return { el, dispose: () => card.destroy(), at };
}

/** Lists beside the text: the entities, events and quotes of a record. */
export function extractionLists(i18n: I18n, x: Extraction): HTMLElement {
  const ents = [...x.entities].sort((a, b) => b.mentions.length - a.mentions.length);
  return h(
    'div',
    { class: 'x-lists' },
    h('h3', null, `${i18n.t('events')} (${i18n.num(x.events.length)})`),
    x.events.length
      ? h('ul', { class: 'x-events' }, x.events.map((ev) => h('li', null, typeBadge(i18n, ev.type), ' ', ev.source.map((a) => a.text).join('، ') || '—', arrow(i18n), ev.target.map((a) => a.text).join('، ') || '—', ' ', stanceBadge(i18n, ev.stance))))
      : h('p', { class: 'muted' }, i18n.t('none')),
    h('h3', null, `${i18n.t('entities')} (${i18n.num(x.entities.length)})`),
    h('ul', { class: 'x-entities' }, ents.map((e) => h('li', { class: `ent-${e.type}` }, h('a', { href: entityRoute(x, e) }, entityName(i18n, e)), h('span', { class: 'muted' }, ` · ${i18n.entityTypeName(e.type)} · ${i18n.num(e.mentions.length)}×`)))),
    h('h3', null, `${i18n.t('quotes')} (${i18n.num(x.quotes.length)})`),
    x.quotes.length ? h('ul', { class: 'x-quotes' }, x.quotes.map((q) => h('li', null, h('strong', null, q.speaker.text), ': ', `«${x.text.slice(q.content.start, Math.min(q.content.end, q.content.start + 120))}${q.content.end - q.content.start > 120 ? '…' : ''}»`))) : h('p', { class: 'muted' }, i18n.t('none')),
  );
}
