// The dashboard: a shell (brand, navigation, search, language toggle, filter bar) and one view per route, Arabic
// and right-to-left by default, English on request.
import '@fontsource/ibm-plex-sans-arabic/400.css';
import '@fontsource/ibm-plex-sans-arabic/600.css';
import './style.css';
import { api } from './api.js';
import type { ViewContext, View } from './context.js';
import { h, mount } from './dom.js';
import { filterBar } from './filters.js';
import { I18n, type Key, type Lang } from './i18n.js';
import { currentRoute, go, hashOf, filterOf, type Route } from './state.js';
import { failure } from './components.js';
import { overviewView } from './views/overview.js';
import { eventsView } from './views/events.js';
import { timelineView } from './views/timeline.js';
import { articlesView, readerView } from './views/articles.js';
import { actorView } from './views/actor.js';
import { storiesView, storyView } from './views/stories.js';
import { analyzeView } from './views/analyze.js';
import { searchView } from './views/search.js';

const LANG_KEY = 'rasid.lang';

interface Page {
  view: View;
  nav?: string;
  filters?: boolean;
}

/** The view for a route; the map and the network load their libraries only when opened. */
function pageOf(route: Route): Page | null {
  const [first, second] = route.path;
  switch (first) {
    case undefined:
      return { view: overviewView, nav: '', filters: true };
    case 'events':
      return { view: eventsView, nav: 'events', filters: true };
    case 'map':
      return { view: async (c) => (await import('./views/map.js')).mapView(c), nav: 'map', filters: true };
    case 'timeline':
      return { view: timelineView, nav: 'timeline', filters: true };
    case 'network':
      return { view: async (c) => (await import('./views/network.js')).networkView(c), nav: 'network', filters: true };
    case 'articles':
      return second ? { view: readerView, nav: 'articles' } : { view: articlesView, nav: 'articles' };
    case 'actors':
      return second ? { view: actorView, nav: 'network' } : null;
    case 'stories':
      return second ? { view: storyView, nav: 'stories' } : { view: storiesView, nav: 'stories' };
    case 'analyze':
      return { view: analyzeView, nav: 'analyze' };
    case 'search':
      return { view: searchView, nav: 'articles' };
    default:
      return null;
  }
}

const NAV: [string, Key][] = [
  ['', 'navOverview'],
  ['events', 'navEvents'],
  ['map', 'navMap'],
  ['timeline', 'navTimeline'],
  ['network', 'navNetwork'],
  ['articles', 'navArticles'],
  ['stories', 'navStories'],
  ['analyze', 'navAnalyze'],
];

class App {
  readonly #root: HTMLElement;
  #i18n: I18n;
  #leave: (() => void)[] = [];
  #abort = new AbortController();
  #outlets: string[] = [];

  constructor(root: HTMLElement) {
    this.#root = root;
    const saved = localStorage.getItem(LANG_KEY);
    this.#i18n = new I18n(saved === 'en' ? 'en' : 'ar');
    window.addEventListener('hashchange', () => this.render());
    api.stats().then(
      (s) => {
        this.#outlets = s.outlets.map((o) => o.outlet).filter((o): o is string => o !== null);
        const sel = document.getElementById('f-outlet');
        if (sel instanceof HTMLSelectElement && sel.options.length <= 1) {
          for (const o of this.#outlets) sel.append(new Option(o, o));
          sel.value = currentRoute().params.get('outlet') ?? '';
        }
      },
      () => {},
    );
  }

  setLang(lang: Lang): void {
    this.#i18n = new I18n(lang);
    localStorage.setItem(LANG_KEY, lang);
    this.render();
  }

  #header(route: Route, nav: string | undefined): HTMLElement {
    const i18n = this.#i18n;
    const q = h('input', { type: 'search', name: 'q', placeholder: i18n.t('searchPlaceholder'), value: route.path[0] === 'search' ? (route.params.get('q') ?? '') : '', aria: { label: i18n.t('search') } });
    const menu = h('button', { type: 'button', class: 'menu-toggle', aria: { expanded: false, controls: 'main-nav', label: i18n.t('menu') } }, '☰');
    const navEl = h(
      'nav',
      { id: 'main-nav', class: 'main-nav', aria: { label: i18n.t('menu') } },
      NAV.map(([path, key]) => {
        const keep = ['', 'events', 'map', 'timeline', 'network'].includes(path) && route.path.length <= 1 ? filterOf(route.params) : undefined;
        return h('a', { href: hashOf(path ? [path] : [], keep), class: nav === path ? 'active' : undefined, aria: nav === path ? { current: 'page' } : undefined, data: { nav: path || 'overview' } }, i18n.t(key));
      }),
    );
    menu.addEventListener('click', () => {
      const open = navEl.classList.toggle('open');
      menu.setAttribute('aria-expanded', String(open));
    });
    return h(
      'header',
      { class: 'top' },
      h('a', { href: '#/', class: 'brand' }, h('span', { class: 'brand-mark', aria: { hidden: true } }, '◉'), i18n.t('appName'), h('small', null, i18n.t('tagline'))),
      menu,
      navEl,
      h(
        'form',
        { class: 'search', role: 'search', on: { submit: (e) => { e.preventDefault(); if (q.value.trim()) go(['search'], { q: q.value.trim() }); } } },
        q,
      ),
      h('button', { type: 'button', class: 'lang', lang: i18n.lang === 'ar' ? 'en' : 'ar', on: { click: () => this.setLang(i18n.lang === 'ar' ? 'en' : 'ar') } }, i18n.t('langToggle')),
    );
  }

  async render(): Promise<void> {
    for (const fn of this.#leave.splice(0)) fn();
    this.#abort.abort();
    this.#abort = new AbortController();
    const i18n = this.#i18n;
    document.documentElement.lang = i18n.lang;
    document.documentElement.dir = i18n.lang === 'ar' ? 'rtl' : 'ltr';
    document.title = `${i18n.t('appName')} — ${i18n.t('tagline')}`;
    const route = currentRoute();
    const page = pageOf(route);
    const main = h('main', { id: 'main', class: `view view-${route.path[0] ?? 'overview'}`, data: { route: location.hash } });
    const footer = h(
      'footer',
      { class: 'foot muted small' },
      i18n.t('basemap'), ' · ', h('a', { href: '/api/openapi.json' }, i18n.t('api')), ' · ', h('a', { href: '/licenses.md' }, i18n.t('licences')),
    );
    mount(this.#root, this.#header(route, page?.nav), page?.filters ? filterBar(i18n, route, this.#outlets) : null, main, footer);
    if (!page) {
      mount(main, h('p', { class: 'error' }, i18n.t('notFound')));
      return;
    }
    const ctx: ViewContext = { root: main, route, i18n, signal: this.#abort.signal, onLeave: (fn) => this.#leave.push(fn) };
    try {
      await page.view(ctx);
    } catch (err) {
      if (!ctx.signal.aborted) mount(main, failure(i18n, err));
    }
    if (!ctx.signal.aborted) main.dataset.ready = 'true';
  }
}

const root = document.getElementById('app');
if (root) void new App(root).render();
