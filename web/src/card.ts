// The hover card: one floating panel, shown beside a highlighted span on hover (or tap), kept open while the pointer
// is on it so its links can be followed; Escape or a click elsewhere closes it.
import { h, mount, type Child } from './dom.js';

export class HoverCard {
  readonly el: HTMLElement;
  #hideTimer: ReturnType<typeof setTimeout> | undefined;
  #anchor: Element | null = null;
  #pinned = false;

  constructor(parent: HTMLElement = document.body) {
    this.el = h('div', { class: 'hover-card', role: 'dialog', aria: { hidden: true } });
    this.el.hidden = true;
    this.el.addEventListener('pointerenter', () => this.#cancelHide());
    this.el.addEventListener('pointerleave', () => this.hideSoon());
    parent.appendChild(this.el);
    document.addEventListener('keydown', this.#onKey);
    document.addEventListener('pointerdown', this.#onOutside, true);
  }

  #onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') this.hide();
  };

  #onOutside = (e: PointerEvent): void => {
    const t = e.target as Node | null;
    if (!this.el.hidden && t && !this.el.contains(t) && !(this.#anchor && this.#anchor.contains(t))) this.hide();
  };

  #cancelHide(): void {
    if (this.#hideTimer !== undefined) clearTimeout(this.#hideTimer);
    this.#hideTimer = undefined;
  }

  /** Shows `content` beside `anchor`; `pin` keeps it open until closed (taps, clicks). */
  show(anchor: Element, content: Child, pin = false): void {
    this.#cancelHide();
    if (this.#pinned && !pin && this.#anchor !== anchor) return;
    this.#anchor = anchor;
    this.#pinned = pin;
    mount(this.el, content);
    this.el.hidden = false;
    this.el.setAttribute('aria-hidden', 'false');
    const r = anchor.getBoundingClientRect();
    const cw = Math.min(360, window.innerWidth - 16);
    this.el.style.setProperty('width', `${cw}px`);
    const rtl = document.documentElement.dir === 'rtl';
    let left = rtl ? r.right - cw : r.left;
    left = Math.max(8, Math.min(left, window.innerWidth - cw - 8));
    const below = r.bottom + 8;
    const height = this.el.offsetHeight;
    const top = below + height > window.innerHeight && r.top - height - 8 > 0 ? r.top - height - 8 : below;
    this.el.style.setProperty('left', `${left + window.scrollX}px`);
    this.el.style.setProperty('top', `${top + window.scrollY}px`);
  }

  hideSoon(): void {
    if (this.#pinned) return;
    this.#cancelHide();
    this.#hideTimer = setTimeout(() => this.hide(), 250);
  }

  hide(): void {
    this.#cancelHide();
    this.#pinned = false;
    this.#anchor = null;
    this.el.hidden = true;
    this.el.setAttribute('aria-hidden', 'true');
  }

  destroy(): void {
    this.hide();
    document.removeEventListener('keydown', this.#onKey);
    document.removeEventListener('pointerdown', this.#onOutside, true);
    this.el.remove();
  }
}
