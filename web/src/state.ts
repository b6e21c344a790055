// The route and the shared filter live in the URL hash (#/events?type=ASSAULT&from=2024-03-01): every view reads the
// same filter, so a brush on the timeline or a facet click narrows the map, the table and the network alike.

/** Filter parameters shared by the event views, in the order the filter bar shows them. */
export const FILTER_KEYS = ['q', 'type', 'quad', 'actor', 'role', 'country', 'sector', 'stance', 'outlet', 'place', 'from', 'to', 'bbox'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface Route {
  /** Path segments after `#/`: `['actors', 'ref:country:jo']`. */
  path: string[];
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const h = hash.replace(/^#\/?/, '');
  const qi = h.indexOf('?');
  const pathPart = qi < 0 ? h : h.slice(0, qi);
  const query = qi < 0 ? '' : h.slice(qi + 1);
  const path = pathPart.split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  return { path, params: new URLSearchParams(query) };
}

/** The hash for a route: `#/actors/ref%3Acountry%3Ajo?from=…`. */
export function hashOf(path: readonly string[], params?: URLSearchParams | Record<string, string | undefined>): string {
  const p = params instanceof URLSearchParams ? params : new URLSearchParams(Object.entries(params ?? {}).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
  const q = p.toString();
  return `#/${path.map(encodeURIComponent).join('/')}${q ? `?${q}` : ''}`;
}

/** Only the filter parameters of `params`, for API calls and for links that keep the filter. */
export function filterOf(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const k of FILTER_KEYS) for (const v of params.getAll(k)) if (v !== '') out.append(k, v);
  return out;
}

/** `params` with `key` set (or removed when `value` is empty); the page offset is reset. */
export function withParam(params: URLSearchParams, key: string, value: string | null | undefined): URLSearchParams {
  const p = new URLSearchParams(params);
  p.delete(key);
  p.delete('offset');
  if (value) p.set(key, value);
  return p;
}

export function currentRoute(): Route {
  return parseHash(location.hash);
}

export function go(path: readonly string[], params?: URLSearchParams | Record<string, string | undefined>): void {
  location.hash = hashOf(path, params);
}
