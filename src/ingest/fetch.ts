// Fetches a page or feed over HTTP(S) with a time limit and a size limit; failures are typed errors naming the URL.
import { InputError } from '../errors.js';

export interface FetchOptions {
  /** The whole request, body included, must finish within this many milliseconds. */
  timeoutMs: number;
  /** Refuse bodies larger than this many bytes. */
  maxBytes: number;
  userAgent?: string;
}

export interface Fetched {
  /** The URL after redirects. */
  url: string;
  status: number;
  contentType: string | null;
  bytes: Buffer;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/** Whether an input names a URL rather than a file. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

function errnoOf(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z_]+$/.test(code) && !code.startsWith('E_')) return code;
  }
  return undefined;
}

/**
 * GETs a URL. Throws E_URL_TIMEOUT (no complete answer in time), E_URL_UNREACHABLE (refused, unknown host, reset),
 * E_URL_STATUS (an HTTP error status) or E_INPUT_TOO_LARGE (a body over the limit), each naming the URL.
 */
export async function fetchUrl(url: string, opts: FetchOptions): Promise<Fetched> {
  const position = { file: url };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; controller.abort(); }, opts.timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetch(url, {
        signal: controller.signal,
        redirect: 'follow',
        headers: {
          'user-agent': opts.userAgent ?? 'rasid',
          accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
        },
      });
    } catch (err) {
      if (timedOut) throw new InputError('E_URL_TIMEOUT', `${url}: no answer within ${opts.timeoutMs / 1000} s.`, { position, cause: err });
      const code = errnoOf(err);
      throw new InputError('E_URL_UNREACHABLE', `${url}: cannot connect (${code ?? (err as Error).message}).`, { position, cause: err });
    }
    if (res.status < 200 || res.status > 299) {
      await res.body?.cancel().catch(() => undefined);
      throw new InputError('E_URL_STATUS', `${url}: the server answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}.`, { position });
    }
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > opts.maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      throw new InputError('E_INPUT_TOO_LARGE', `${url}: ${declared} bytes is more than the limit of ${opts.maxBytes} bytes for one input.`, { position });
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    try {
      if (res.body) {
        const reader = res.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          total += value.byteLength;
          if (total > opts.maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw new InputError('E_INPUT_TOO_LARGE', `${url}: more than the limit of ${opts.maxBytes} bytes for one input.`, { position });
          }
          chunks.push(value);
        }
      }
    } catch (err) {
      if (err instanceof InputError) throw err;
      if (timedOut) throw new InputError('E_URL_TIMEOUT', `${url}: the page did not arrive within ${opts.timeoutMs / 1000} s.`, { position, cause: err });
      throw new InputError('E_URL_UNREACHABLE', `${url}: the connection broke while reading (${errnoOf(err) ?? (err as Error).message}).`, { position, cause: err });
    }
    return { url: res.url || url, status: res.status, contentType: res.headers.get('content-type'), bytes: Buffer.concat(chunks, total) };
  } finally {
    clearTimeout(timer);
  }
}
