// The HTTP application: security headers, the declared API routes with validated inputs, the OpenAPI document, the
// built dashboard, and one error handler for everything.
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { RequestError } from '../errors.js';
import type { Pipeline } from '../pipeline/index.js';
import type { KeyFn } from '../store/rows.js';
import type { Store } from '../store/types.js';
import { ActorResolver } from './aggregate.js';
import { analyzeRoutes } from './routes/analyze.js';
import { exportRoutes } from './routes/export.js';
import { storeRoutes } from './routes/store.js';
import { errorHandler } from './errors.js';
import { openApiDocument } from './openapi.js';
import { honoPath, queryInput, route, validate, type AnyRoute } from './route.js';
import { ErrorSchema, ExtractionSchema } from './schemas.js';
import { securityHeaders } from './security.js';
import type { WebAssets } from './static.js';

/** Largest request body accepted by routes that declare no limit of their own. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export interface AppOptions {
  /** The extraction pipeline (POST /api/analyze and /api/ingest). */
  pipeline: Pipeline;
  /** The store the read and ingest routes use; null serves POST /api/analyze only. */
  store: Store | null;
  /** The name normaliser the store was opened with (actor ids of unlinked names). */
  key: KeyFn;
  /** How long aggregates are reused for the same filter (ms). */
  cacheMs?: number;
  /** The token POST /api/ingest requires; null disables ingestion over HTTP. */
  token: string | null;
  /** The built dashboard; null serves the API only. */
  web: WebAssets | null;
  /** Receives the errors that are the server's fault (500s). */
  log?: (err: unknown) => void;
  version: string;
}

function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** Checks `Authorization: Bearer <token>` against the configured token. */
export function requireToken(c: Context, token: string | null): void {
  if (token === null) throw new RequestError('E_INGEST_DISABLED', 'This server accepts no ingestion over HTTP: it was started without RASID_TOKEN.');
  const auth = c.req.header('Authorization');
  if (!auth) throw new RequestError('E_UNAUTHORIZED', 'This endpoint needs a token: send `Authorization: Bearer <token>`.');
  const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
  if (!m || !sameToken(m[1] as string, token)) throw new RequestError('E_UNAUTHORIZED', 'The token sent is not the one this server was started with.');
}

async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/(?:[\w.+-]*\+)?json\b/i.test(type)) {
    throw new RequestError('E_REQUEST_INVALID', `the body must be JSON sent with Content-Type: application/json (got "${type || 'no Content-Type'}").`);
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new RequestError('E_REQUEST_INVALID', `the body is not valid JSON (${(err as Error).message}).`);
  }
}

/** Registers a declared route: token, path parameters, query and body validated before the handler runs. */
function mount(app: Hono, r: AnyRoute, token: string | null): void {
  if (r.body) {
    app.use(
      honoPath(r.path),
      bodyLimit({
        maxSize: r.maxBytes ?? DEFAULT_MAX_BODY_BYTES,
        onError: () => {
          throw new RequestError('E_INPUT_TOO_LARGE', `the body is larger than ${r.maxBytes ?? DEFAULT_MAX_BODY_BYTES} bytes.`, {
            hint: 'Send fewer or shorter articles per request.',
          });
        },
      }),
    );
  }
  app.on(r.method.toUpperCase(), honoPath(r.path), async (c: Context) => {
    if (r.auth) requireToken(c, token);
    const params = r.params ? validate(r.params, c.req.param(), 'path parameter') : undefined;
    const rawQuery = c.req.queries();
    let query: unknown;
    if (r.query) query = validate(r.query, queryInput(r.query, rawQuery), 'query parameter');
    else if (Object.keys(rawQuery).length > 0) {
      throw new RequestError('E_REQUEST_INVALID', `${r.method.toUpperCase()} ${r.path} takes no query parameters (got ${Object.keys(rawQuery).map((k) => `"${k}"`).join(', ')}).`);
    }
    const body = r.body ? validate(r.body, await readJson(c), 'body field') : undefined;
    return r.handle({ params, query, body }, c);
  });
}

/** The application and the routes it serves (for the OpenAPI document and tests). */
export function createApp(o: AppOptions): { app: Hono; routes: AnyRoute[] } {
  const app = new Hono();
  app.use('*', securityHeaders());
  app.onError(errorHandler(o.log ?? ((err) => console.error(err))));

  const routes: AnyRoute[] = [...analyzeRoutes(o.pipeline)];
  if (o.store) {
    const resolver = new ActorResolver(o.store, o.key);
    routes.push(...storeRoutes({ store: o.store, pipeline: o.pipeline, resolver, ...(o.cacheMs !== undefined ? { cacheMs: o.cacheMs } : {}) }), ...exportRoutes(o.store));
  }
  // The document describes every route, itself included; it is built once the routes are known.
  let doc: Record<string, unknown> = {};
  routes.push(
    route({
      method: 'get',
      path: '/api/openapi.json',
      tag: 'meta',
      summary: 'This document (OpenAPI 3.1)',
      responses: [{ status: 200, description: 'the OpenAPI document' }],
      handle: (_i, c) => c.json(doc),
    }),
  );
  doc = openApiDocument(
    routes,
    { title: 'rasid', version: o.version, description: 'Arabic news as structured, sourced, geolocated event data (rasid.extraction/1).' },
    { Extraction: ExtractionSchema, Error: ErrorSchema },
  );
  for (const r of routes) mount(app, r, o.token);

  app.all('/api/*', (c) => {
    throw new RequestError('E_NOT_FOUND', `No endpoint ${c.req.method} ${c.req.path}; /api/openapi.json lists them.`);
  });
  app.get('*', (c) => {
    const res = o.web?.respond(c, c.req.path);
    if (res) return res;
    if (!o.web) return c.text('The dashboard has not been built: run `npm run build`. The API is at /api/openapi.json.\n', 404);
    return c.text('Not found.\n', 404);
  });
  return { app, routes };
}
