// Building DOM nodes: text always goes in as text (textContent / text nodes), never as markup, so article content
// cannot inject elements or scripts. Links take only internal routes or http(s) URLs.

export type Child = Node | string | number | null | undefined | false | Child[];

export interface Props {
  class?: string | undefined;
  id?: string;
  href?: string | null | undefined;
  title?: string | undefined;
  role?: string;
  type?: string;
  name?: string;
  value?: string;
  placeholder?: string;
  for?: string;
  scope?: string;
  rel?: string;
  target?: string;
  tabindex?: number;
  disabled?: boolean;
  checked?: boolean;
  dir?: string;
  lang?: string;
  rows?: number;
  min?: string;
  max?: string;
  download?: string;
  /** data-* attributes. */
  data?: Record<string, string | number>;
  /** aria-* attributes. */
  aria?: Record<string, string | number | boolean>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (ev: HTMLElementEventMap[K]) => void }>;
}

/** Whether a URL may be followed from a link: http(s) only (article URLs come from outside). */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function append(el: Node, c: Child): void {
  if (c === null || c === undefined || c === false) return;
  if (Array.isArray(c)) for (const x of c) append(el, x);
  else if (c instanceof Node) el.appendChild(c);
  else el.appendChild(document.createTextNode(String(c)));
}

/** Creates an element. `href` must be a route (`#/…`), a path on this server (`/api/…`) or an http(s) URL; anything else is dropped. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    for (const [k, v] of Object.entries(props)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'on') {
        for (const [ev, fn] of Object.entries(v as Record<string, EventListener>)) el.addEventListener(ev, fn);
      } else if (k === 'data') {
        for (const [dk, dv] of Object.entries(v as Record<string, string | number>)) el.dataset[dk] = String(dv);
      } else if (k === 'aria') {
        for (const [ak, av] of Object.entries(v as Record<string, string>)) el.setAttribute(`aria-${ak}`, String(av));
      } else if (k === 'href') {
        const s = String(v);
        const ok = s.startsWith('#/') || (s.startsWith('/') && !s.startsWith('//')) ? s : safeUrl(s);
        if (ok) el.setAttribute('href', ok);
      } else if (k === 'class') {
        el.className = String(v);
      } else if (k === 'value') {
        (el as unknown as HTMLInputElement).value = String(v);
      } else if (k === 'checked' || k === 'disabled') {
        (el as unknown as HTMLInputElement)[k] = Boolean(v);
      } else {
        el.setAttribute(k, v === true ? '' : String(v));
      }
    }
  }
  append(el, children);
  return el;
}

/** Creates an SVG element with attributes (numbers and strings only). */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  append(el, children);
  return el;
}

/** Replaces the children of `el`. */
export function mount(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/** Calls `fn` once `ms` have passed without another call. */
export function debounce<A extends unknown[]>(fn: (...a: A) => void, ms: number): (...a: A) => void {
  let t: ReturnType<typeof setTimeout> | undefined;
  return (...a: A) => {
    if (t !== undefined) clearTimeout(t);
    t = setTimeout(() => fn(...a), ms);
  };
}
