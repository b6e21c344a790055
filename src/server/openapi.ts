// The OpenAPI 3.1 document of the API, generated from the same zod schemas that validate each request.
import { z } from 'zod';
import type { AnyRoute } from './route.js';
import { isListField } from './route.js';

type Json = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const s = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Json;
  delete s.$schema;
  return s;
}

function parameters(schema: z.ZodObject | undefined, where: 'path' | 'query'): Json[] {
  if (!schema) return [];
  const shape = schema.shape as Record<string, z.ZodType>;
  return Object.entries(shape).map(([name, field]) => {
    const s = jsonSchema(field, 'input');
    const description = typeof s.description === 'string' ? s.description : undefined;
    delete s.description;
    const p: Json = { name, in: where, required: where === 'path' || !field.safeParse(undefined).success, schema: s };
    if (description) p.description = description;
    if (where === 'query' && isListField(field)) Object.assign(p, { style: 'form', explode: false, description: `${description ?? ''}${description ? ' ' : ''}(comma-separated or repeated)` });
    return p;
  });
}

/**
 * Builds the document. `components` names schemas that several routes share; a route whose request or response
 * schema is one of them refers to it with `$ref`.
 */
export function openApiDocument(routes: readonly AnyRoute[], info: { title: string; version: string; description: string }, components: Record<string, z.ZodType>): Json {
  const refs = new Map<z.ZodType, string>(Object.entries(components).map(([k, v]) => [v, `#/components/schemas/${k}`]));
  const schemaOf = (s: z.ZodType, io: 'input' | 'output'): Json => {
    const ref = refs.get(s);
    return ref ? { $ref: ref } : jsonSchema(s, io);
  };
  const paths: Record<string, Json> = {};
  for (const r of routes) {
    const op: Json = {
      operationId: `${r.method}${r.path.replace(/[{}]/g, '').split(/[/.]/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')}`,
      summary: r.summary,
      tags: [r.tag],
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      responses: Object.fromEntries(
        r.responses.map((res) => [
          String(res.status),
          {
            description: res.description,
            content: { [res.contentType ?? 'application/json']: res.schema ? { schema: schemaOf(res.schema, 'output') } : {} },
          },
        ]),
      ),
    };
    if (r.description) op.description = r.description;
    if (r.body) op.requestBody = { required: true, content: { 'application/json': { schema: schemaOf(r.body, 'input') } } };
    if (r.auth) op.security = [{ bearer: [] }];
    (paths[r.path] ??= {})[r.method] = op;
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info,
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(components).map(([k, v]) => [k, jsonSchema(v, 'output')])),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The RASID_TOKEN the server was started with.' } },
    },
  };
}
