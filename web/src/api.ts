// The dashboard's client of the rasid HTTP API: typed GET and POST over fetch, errors as ApiError with the server's message.
import type { Extraction } from '../../src/contract/extraction.js';
import type {
  ActorPage, ArticlePage, ArticleView, EventPage, EventSummary, GraphView, SearchPage, StoryPage, StoryView, StatsView, ActorView,
} from '../../src/server/schemas.js';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

async function answer<T>(res: Response): Promise<T> {
  if (res.ok) return (await res.json()) as T;
  let code = 'E_HTTP';
  let message = `${res.status} ${res.statusText}`;
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string } };
    if (body.error?.code) code = body.error.code;
    if (body.error?.message) message = body.error.message;
  } catch {
    /* not JSON */
  }
  throw new ApiError(res.status, code, message);
}

export async function get<T>(path: string, params?: URLSearchParams, signal?: AbortSignal): Promise<T> {
  const q = params?.toString();
  return answer<T>(await fetch(`${path}${q ? `?${q}` : ''}`, { headers: { Accept: 'application/json' }, ...(signal ? { signal } : {}) }));
}

export async function post<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  return answer<T>(await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body), ...(signal ? { signal } : {}) }));
}

const enc = encodeURIComponent;

export const api = {
  stats: () => get<StatsView>('/api/stats'),
  articles: (p: URLSearchParams) => get<ArticlePage>('/api/articles', p),
  article: (id: string) => get<ArticleView>(`/api/articles/${enc(id)}`),
  events: (p: URLSearchParams, signal?: AbortSignal) => get<EventPage>('/api/events', p, signal),
  summary: (p: URLSearchParams, signal?: AbortSignal) => get<EventSummary>('/api/events/summary', p, signal),
  actors: (p: URLSearchParams) => get<ActorPage>('/api/actors', p),
  actor: (id: string) => get<ActorView>(`/api/actors/${enc(id)}`),
  graph: (p: URLSearchParams) => get<GraphView>('/api/graph', p),
  stories: (p: URLSearchParams) => get<StoryPage>('/api/stories', p),
  story: (id: string) => get<StoryView>(`/api/stories/${enc(id)}`),
  search: (p: URLSearchParams) => get<SearchPage>('/api/search', p),
  analyze: (text: string, signal?: AbortSignal) => post<Extraction>('/api/analyze', { text }, signal),
};
