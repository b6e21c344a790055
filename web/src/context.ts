// What a view is handed: where to render, the route, the language, and a signal aborted when the view is left.
import type { I18n } from './i18n.js';
import type { Route } from './state.js';

export interface ViewContext {
  root: HTMLElement;
  route: Route;
  i18n: I18n;
  /** Aborted when the user navigates away: pending fetches and listeners stop. */
  signal: AbortSignal;
  /** Registers clean-up (maps, graph renderers) run when the view is left. */
  onLeave(fn: () => void): void;
}

export type View = (ctx: ViewContext) => void | Promise<void>;
