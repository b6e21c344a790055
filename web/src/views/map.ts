// The map: events of the current filter by place over an offline basemap (Natural Earth countries shipped in the
// world-atlas package: no tile server, no network), clustered and coloured by their dominant PLOVER quad class.
// Clicking a circle (or its count) lists the events there.
import { Map as MapLibre, setWorkerUrl, type GeoJSONSource, type MapGeoJSONFeature, type StyleSpecification, Marker, type ExpressionSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import atlasUrl from 'world-atlas/countries-50m.json?url';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { EventSummary } from '../../../src/server/schemas.js';
import { api } from '../api.js';
import { legend, loading, pager, partialNote } from '../components.js';
import type { View } from '../context.js';
import { h, mount } from '../dom.js';
import { QUAD_COLOURS } from '../i18n.js';
import { filterOf } from '../state.js';
import { eventsTable } from './events.js';

setWorkerUrl(workerUrl);

let basemap: Promise<{ land: GeoJSON.FeatureCollection; borders: GeoJSON.MultiLineString }> | null = null;

/** Countries and their borders as GeoJSON, from the TopoJSON built with the dashboard (fetched once). */
function loadBasemap(): Promise<{ land: GeoJSON.FeatureCollection; borders: GeoJSON.MultiLineString }> {
  basemap ??= fetch(atlasUrl).then(async (r) => {
    const topo = (await r.json()) as Topology<{ countries: GeometryCollection }>;
    const land = feature(topo, topo.objects.countries) as unknown as GeoJSON.FeatureCollection;
    const borders = mesh(topo, topo.objects.countries, (a, b) => a !== b) as GeoJSON.MultiLineString;
    return { land, borders };
  });
  return basemap;
}

/** Property names of the per-quad counts on map features. */
const Q = { 'verbal-cooperation': 'vc', 'material-cooperation': 'mc', 'verbal-conflict': 'vk', 'material-conflict': 'mk' } as const;

function placesGeoJson(places: EventSummary['places']): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: places.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { key: p.key, name: p.name, n: p.count, vc: p.quads['verbal-cooperation'], mc: p.quads['material-cooperation'], vk: p.quads['verbal-conflict'], mk: p.quads['material-conflict'] },
    })),
  };
}

function dominantColour(): ExpressionSpecification {
  const g = (k: string): ExpressionSpecification => ['get', k];
  return [
    'case',
    ['all', ['>=', g('mk'), g('vk')], ['>=', g('mk'), g('mc')], ['>=', g('mk'), g('vc')]], QUAD_COLOURS['material-conflict'] as string,
    ['all', ['>=', g('vk'), g('mc')], ['>=', g('vk'), g('vc')]], QUAD_COLOURS['verbal-conflict'] as string,
    ['>=', g('mc'), g('vc')], QUAD_COLOURS['material-cooperation'] as string,
    QUAD_COLOURS['verbal-cooperation'] as string,
  ];
}

function style(land: GeoJSON.FeatureCollection, borders: GeoJSON.MultiLineString, points: GeoJSON.FeatureCollection): StyleSpecification {
  return {
    version: 8,
    sources: {
      land: { type: 'geojson', data: land },
      borders: { type: 'geojson', data: { type: 'Feature', geometry: borders, properties: {} } },
      events: {
        type: 'geojson',
        data: points,
        cluster: true,
        clusterRadius: 44,
        clusterMaxZoom: 9,
        clusterProperties: Object.fromEntries(['n', ...Object.values(Q)].map((k) => [k, ['+', ['get', k]]])),
      },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#d7e4ec' } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#f6f3ec', 'fill-outline-color': '#c9c2b3' } },
      { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': '#b3ab9b', 'line-width': 0.7 } },
      {
        id: 'events',
        type: 'circle',
        source: 'events',
        paint: {
          'circle-color': dominantColour(),
          'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'n']], 1, 8, 5, 18, 20, 34, 60, 50],
          'circle-opacity': 0.85,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
        },
      },
    ],
  };
}

export const mapView: View = async ({ root, route, i18n, signal, onLeave }) => {
  mount(root, loading(i18n));
  const filter = filterOf(route.params);
  const [summary, base] = await Promise.all([api.summary(filter, signal), loadBasemap()]);
  if (signal.aborted) return;
  const mapEl = h('div', { class: 'map', role: 'region', aria: { label: i18n.t('navMap') } });
  const side = h('div', { class: 'map-side' }, h('p', { class: 'muted' }, i18n.t('mapHint')));
  const located = summary.places.reduce((n, p) => n + p.count, 0);
  mount(
    root,
    h('div', { class: 'table-head' }, h('h1', null, `${i18n.t('navMap')} · ${i18n.num(located)} ${i18n.t('events')}`), legend(i18n)),
    partialNote(i18n, summary),
    h('div', { class: 'map-layout' }, mapEl, side),
  );
  const map = new MapLibre({
    container: mapEl,
    style: style(base.land, base.borders, placesGeoJson(summary.places)),
    center: [40, 28],
    zoom: 2.6,
    minZoom: 1,
    maxZoom: 12,
    attributionControl: false,
    renderWorldCopies: false,
    dragRotate: false,
  });
  onLeave(() => map.remove());
  map.touchZoomRotate.disableRotation();

  if (summary.places.length) {
    const lons = summary.places.map((p) => p.lon);
    const lats = summary.places.map((p) => p.lat);
    map.fitBounds([[Math.min(...lons), Math.min(...lats)], [Math.max(...lons), Math.max(...lats)]], { padding: 60, maxZoom: 6, duration: 0 });
  }

  const showEventsIn = async (bbox: [number, number, number, number], title: string): Promise<void> => {
    mount(side, loading(i18n));
    const p = new URLSearchParams(filter);
    p.set('bbox', bbox.map((v) => v.toFixed(4)).join(','));
    p.set('limit', '50');
    const page = await api.events(p, signal);
    if (signal.aborted) return;
    mount(
      side,
      h('h2', null, `${i18n.t('eventsHere')}: ${title}`),
      page.items.length ? h('div', { class: 'table-wrap' }, eventsTable(i18n, page.items, route)) : h('p', { class: 'muted' }, i18n.t('noEvents')),
      page.total > page.items.length ? pager(i18n, ['events'], p, page) : null,
    );
    side.dataset.bbox = p.get('bbox') ?? '';
  };

  const openFeature = async (f: MapGeoJSONFeature | GeoJSON.Feature): Promise<void> => {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const src = map.getSource('events') as GeoJSONSource;
    let leaves: GeoJSON.Feature[] = [f];
    if (props.cluster) leaves = await src.getClusterLeaves(props.cluster_id as number, Infinity, 0);
    const coords = leaves.map((l) => (l.geometry as GeoJSON.Point).coordinates as [number, number]);
    const pad = 0.01;
    const bbox: [number, number, number, number] = [
      Math.min(...coords.map((c) => c[0])) - pad, Math.min(...coords.map((c) => c[1])) - pad,
      Math.max(...coords.map((c) => c[0])) + pad, Math.max(...coords.map((c) => c[1])) + pad,
    ];
    const names = leaves.map((l) => String((l.properties as Record<string, unknown>).name ?? '')).filter(Boolean);
    await showEventsIn(bbox, names.length > 3 ? `${names.slice(0, 3).join('، ')}…` : names.join('، '));
  };

  map.on('click', 'events', (e) => {
    const f = e.features?.[0];
    if (f) void openFeature(f);
  });
  map.on('mouseenter', 'events', () => map.getCanvas().style.setProperty('cursor', 'pointer'));
  map.on('mouseleave', 'events', () => map.getCanvas().style.removeProperty('cursor'));

  // Counts on the circles as HTML buttons (no glyph server needed), which also make the circles keyboard-reachable.
  const markers = new Map<string, Marker>();
  const refresh = (): void => {
    if (!map.isSourceLoaded('events')) return;
    const seen = new Set<string>();
    for (const f of map.querySourceFeatures('events')) {
      const p = f.properties as Record<string, unknown>;
      const key = p.cluster ? `c${String(p.cluster_id)}` : `p${String(p.key)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (markers.has(key)) continue;
      const n = Number(p.n ?? p.point_count ?? 1);
      const label = `${String(p.name ?? '')} ${i18n.num(n)} ${i18n.t('events')}`.trim();
      const btn = h('button', { type: 'button', class: 'cluster-label', title: label, aria: { label }, data: { n } }, i18n.num(n));
      const feat = { type: 'Feature', geometry: f.geometry, properties: p } as GeoJSON.Feature;
      btn.addEventListener('click', (ev) => {
        ev.stopPropagation();
        void openFeature(feat);
      });
      markers.set(key, new Marker({ element: btn }).setLngLat((f.geometry as GeoJSON.Point).coordinates as [number, number]).addTo(map));
    }
    for (const [k, m] of markers) if (!seen.has(k)) { m.remove(); markers.delete(k); }
  };
  map.on('moveend', refresh);
  map.on('sourcedata', (e) => {
    if (e.sourceId === 'events' && e.isSourceLoaded) refresh();
  });
  map.once('idle', () => {
    refresh();
    mapEl.dataset.ready = 'true';
  });
};
