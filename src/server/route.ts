// Declared API routes: each names its path, its zod-validated inputs and its responses; the server and the OpenAPI
// document are both built from this one declaration.
import type { Context } from 'hono';
import { z } from 'zod';
import { RequestError } from '../errors.js';

type Obj = z.ZodObject;
type Out<T> = T extends z.ZodType ? z.output<T> : undefined;

/** One documented response of a route. */
export interface ResponseSpec {
  status: number;
  description: string;
  /** The body's schema (JSON bodies); omitted for other media types. */
  schema?: z.ZodType;
  /** Defaults to application/json. */
  contentType?: string;
}

export interface RouteSpec<P extends Obj | undefined, Q extends Obj | undefined, B extends z.ZodType | undefined> {
  method: 'get' | 'post';
  /** The path as OpenAPI writes it: `/api/articles/{id}`. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  /** Requires `Authorization: Bearer <RASID_TOKEN>`. */
  auth?: boolean;
  /** Largest body accepted, in bytes (default 1 MiB). */
  maxBytes?: number;
  responses: ResponseSpec[];
  handle(input: { params: Out<P>; query: Out<Q>; body: Out<B> }, c: Context): Response | Promise<Response>;
}

/** A route with its types erased, as the router and the document generator hold it. */
export interface AnyRoute {
  method: 'get' | 'post';
  path: string;
  summary: string;
  description?: string;
  tag: string;
  params?: Obj;
  query?: Obj;
  body?: z.ZodType;
  auth?: boolean;
  maxBytes?: number;
  responses: ResponseSpec[];
  handle(input: { params: unknown; query: unknown; body: unknown }, c: Context): Response | Promise<Response>;
}

/** Declares a route; the handler receives its inputs already validated and typed. */
export function route<P extends Obj | undefined = undefined, Q extends Obj | undefined = undefined, B extends z.ZodType | undefined = undefined>(
  spec: RouteSpec<P, Q, B>,
): AnyRoute {
  return spec as unknown as AnyRoute;
}

/** `/api/articles/{id}` → `/api/articles/:id` (the router's syntax). */
export function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/** Whether a field of an object schema takes a list (repeatable or comma-separated query parameter). */
export function isListField(field: z.ZodType): boolean {
  let t: z.ZodType = field;
  for (;;) {
    if (t instanceof z.ZodOptional || t instanceof z.ZodDefault || t instanceof z.ZodNullable) t = t.unwrap() as z.ZodType;
    else break;
  }
  return t instanceof z.ZodArray;
}

/** The query string as the schema expects it: list fields from repeated or comma-separated values, others once. */
export function queryInput(schema: Obj, all: Record<string, string[]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const shape = schema.shape as Record<string, z.ZodType>;
  for (const [key, values] of Object.entries(all)) {
    const field = shape[key];
    if (field && isListField(field)) {
      out[key] = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
    } else if (values.length > 1) {
      throw new RequestError('E_REQUEST_INVALID', `query parameter "${key}" is given ${values.length} times; give it once.`);
    } else {
      out[key] = values[0];
    }
  }
  return out;
}

function show(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/**
 * Validates `input` with `schema`; on failure throws a RequestError whose message names every field at fault, what
 * it must be and what was given: `query parameter "from": a date written YYYY-MM-DD (got "2024-13-01")`.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown, where: 'query parameter' | 'path parameter' | 'body field'): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const parts = r.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const known = schema instanceof z.ZodObject ? Object.keys(schema.shape as object) : [];
      return `unknown ${where}${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` +
        (known.length ? ` (accepted: ${known.join(', ')})` : '');
    }
    // A list parameter's item is named by the parameter ("type"); a body field by its path ("articles[1].published").
    const name =
      where === 'body field'
        ? issue.path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('')
        : issue.path.filter((k) => typeof k !== 'number').map(String).join('.');
    const given = valueAt(input, issue.path);
    const label = name ? `${where} "${name}"` : where === 'body field' ? 'body' : where;
    return `${label}: ${issue.message}${given === undefined ? '' : ` (got ${show(given)})`}`;
  });
  throw new RequestError('E_REQUEST_INVALID', parts.join('; '));
}
