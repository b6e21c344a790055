// The one place where errors become HTTP responses: a typed error's code decides the status, its message and hint
// become the body; anything else is a 500 that tells nothing of the internals.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { RasidError, type ErrorCode } from '../errors.js';

/** The HTTP status each error code is answered with; codes not named here are 400 when they are about the input. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  E_REQUEST_INVALID: 400,
  E_USAGE: 400,
  E_NOT_FOUND: 404,
  E_UNAUTHORIZED: 401,
  E_INGEST_DISABLED: 403,
  E_INPUT_TOO_LARGE: 413,
  E_STORE_QUERY: 400,
  E_STORE_LOCKED: 503,
  E_STORE_READONLY: 503,
  E_DATA_INVALID: 500,
  E_MODEL_INVALID: 500,
  E_MODEL_VERSION: 500,
  E_PIPELINE_MISSING: 500,
  E_PIPELINE_UNKNOWN: 500,
};

/** The status for a typed error: from the table, else 400 for other input errors, else 500. */
export function statusOf(err: RasidError): number {
  const s = STATUS[err.code];
  if (s !== undefined) return s;
  const code: string = err.code;
  if (/^E_(INPUT|JSONL|DATE|QUERY|FILTER|FORMAT)_/.test(code)) return 400;
  return 500;
}

/** The JSON body of every error response. */
export interface ErrorBody {
  error: { code: string; message: string; hint: string; position?: unknown };
}

/** Hono's `onError` handler. `log` receives the errors that are not the client's fault. */
export function errorHandler(log: (err: unknown) => void) {
  return (err: Error, c: Context): Response => {
    if (err instanceof RasidError) {
      const status = statusOf(err);
      if (status >= 500) log(err);
      const headers: Record<string, string> = status === 401 ? { 'WWW-Authenticate': 'Bearer realm="rasid"' } : {};
      return c.json({ error: err.toJSON() } as ErrorBody, status as 400, headers);
    }
    if (err instanceof HTTPException) {
      const body: ErrorBody = {
        error: { code: err.status === 413 ? 'E_INPUT_TOO_LARGE' : 'E_REQUEST_INVALID', message: err.message || 'bad request', hint: 'Check the request against /api/openapi.json.' },
      };
      return c.json(body, err.status);
    }
    log(err);
    const body: ErrorBody = { error: { code: 'E_INTERNAL', message: 'The server failed to answer this request.', hint: 'The server log holds the details; retry, or report it with the request that failed.' } };
    return c.json(body, 500);
  };
}
