// The actor network of the current filter: graphology + sigma; actors sized by their events, edges coloured by
// whether their events are mostly cooperation or conflict; clicking an actor opens its page.
import Graph from 'graphology';
import Sigma from 'sigma';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { circular } from 'graphology-layout';
import { api } from '../api.js';
import { loading, partialNote } from '../components.js';
import type { View } from '../context.js';
import { h, mount } from '../dom.js';
import { QUAD_COLOURS } from '../i18n.js';
import { filterOf, go, hashOf } from '../state.js';

const COOPERATION = QUAD_COLOURS['material-cooperation'] as string;
const CONFLICT = QUAD_COLOURS['material-conflict'] as string;

export const networkView: View = async ({ root, route, i18n, signal, onLeave }) => {
  mount(root, loading(i18n));
  const data = await api.graph(filterOf(route.params));
  if (signal.aborted) return;
  const box = h('div', { class: 'network', role: 'region', aria: { label: i18n.t('navNetwork') } });
  const overlay = h('div', { class: 'network-links' });
  const list = h('ol', { class: 'ranked network-list' });
  mount(
    root,
    h('div', { class: 'table-head' }, h('h1', null, `${i18n.t('navNetwork')} · ${i18n.num(data.nodes.length)} ${i18n.t('actors')}`),
      h('ul', { class: 'legend' }, h('li', null, h('span', { class: 'swatch quad-material-cooperation' }), i18n.t('cooperation')), h('li', null, h('span', { class: 'swatch quad-material-conflict' }), i18n.t('conflict')))),
    h('p', { class: 'muted small' }, i18n.t('networkHint')),
    partialNote(i18n, data),
    h('div', { class: 'network-layout' }, h('div', { class: 'network-stage' }, box, overlay), h('aside', { class: 'network-side' }, list)),
  );
  if (data.nodes.length === 0) {
    mount(box, h('p', { class: 'empty' }, i18n.t('noEvents')));
    return;
  }
  const g = new Graph({ type: 'undirected', multi: false });
  const maxEvents = Math.max(...data.nodes.map((n) => n.events));
  for (const n of data.nodes) {
    g.addNode(n.id, {
      label: i18n.lang === 'en' && n.name_en ? n.name_en : n.name,
      size: 4 + 18 * Math.sqrt(n.events / maxEvents),
      color: '#37474f',
      events: n.events,
    });
  }
  for (const e of data.edges) {
    if (!g.hasNode(e.source) || !g.hasNode(e.target) || e.source === e.target) continue;
    const total = e.cooperation + e.conflict;
    g.mergeEdge(e.source, e.target, { size: 1 + Math.log2(1 + total), color: e.conflict > e.cooperation ? CONFLICT : COOPERATION, cooperation: e.cooperation, conflict: e.conflict });
  }
  circular.assign(g);
  forceAtlas2.assign(g, { iterations: 150, settings: { ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 300 } });

  const sigma = new Sigma(g, box, {
    labelFont: '"IBM Plex Sans Arabic", sans-serif',
    labelSize: 13,
    labelRenderedSizeThreshold: 6,
    defaultEdgeType: 'line',
    allowInvalidContainer: true,
  });
  onLeave(() => sigma.kill());
  sigma.on('clickNode', ({ node }) => go(['actors', node]));
  sigma.on('enterNode', () => box.style.setProperty('cursor', 'pointer'));
  sigma.on('leaveNode', () => box.style.removeProperty('cursor'));

  // The largest actors also as links laid over their nodes (keyboard and screen readers), and as a ranked list.
  const top = [...data.nodes].sort((a, b) => b.events - a.events).slice(0, 40);
  const anchors = top.map((n) => {
    const a = h('a', { href: hashOf(['actors', n.id]), class: 'node-link', aria: { label: `${n.name} · ${n.events}` }, data: { actor: n.id } });
    overlay.appendChild(a);
    return { id: n.id, a };
  });
  const place = (): void => {
    for (const { id, a } of anchors) {
      const attrs = g.getNodeAttributes(id) as { x: number; y: number; size: number };
      const p = sigma.graphToViewport({ x: attrs.x, y: attrs.y });
      const r = Math.max(6, sigma.scaleSize(attrs.size));
      a.style.setProperty('left', `${p.x - r}px`);
      a.style.setProperty('top', `${p.y - r}px`);
      a.style.setProperty('width', `${2 * r}px`);
      a.style.setProperty('height', `${2 * r}px`);
    }
  };
  sigma.on('afterRender', place);
  place();
  mount(list, top.map((n) => h('li', null, h('a', { href: hashOf(['actors', n.id]) }, i18n.lang === 'en' && n.name_en ? n.name_en : n.name), h('span', { class: 'count' }, i18n.num(n.events)))));
  box.dataset.ready = 'true';
};
