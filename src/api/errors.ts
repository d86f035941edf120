/**
 * The API's typed errors and the one place that turns any error into a JSON response: a 4xx with a
 * code, the field at fault and a message for bad input; 500 only for a fault of the server itself.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { VigieError, type ErrorCode } from '../model/errors.js';

export type ApiErrorCode = 'E_PARAM' | 'E_BODY' | 'E_AUTH' | 'E_FORBIDDEN' | 'E_NOT_FOUND' | 'E_PRIVATE_URL' | 'E_HOST' | 'E_INTERNAL';

export class ApiError extends Error {
  constructor(readonly status: ContentfulStatusCode, readonly code: ApiErrorCode | ErrorCode, readonly field: string | null, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

export const badParam = (field: string, message: string): ApiError => new ApiError(400, 'E_PARAM', field, message);
export const badBody = (field: string | null, message: string): ApiError => new ApiError(400, 'E_BODY', field, message);
export const notFound = (what: string): ApiError => new ApiError(404, 'E_NOT_FOUND', null, `${what} not found`);

/** How each reader, fetch or store error reaches an API client. */
const VIGIE_STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  E_USAGE: 400, E_NOT_FOUND: 404, E_TOO_LARGE: 413, E_EMPTY: 422, E_BINARY: 422, E_ENCODING: 422, E_JSON: 422,
  E_RECORD: 422, E_DATA: 500, E_FETCH: 502, E_STORE: 503,
};

export interface ErrorBody {
  error: { code: string; field: string | null; message: string };
}

export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof VigieError) return new ApiError(VIGIE_STATUS[e.code], e.code, e.where, e.message);
  if (e instanceof HTTPException) {
    const status = e.status as ContentfulStatusCode;
    return new ApiError(status, status === 413 ? 'E_BODY' : 'E_PARAM', null, e.message || 'bad request');
  }
  return new ApiError(500, 'E_INTERNAL', null, 'internal error');
}

/** The app's onError handler: the only place errors become responses. */
export function handleError(e: unknown, c: Context): Response {
  const err = toApiError(e);
  if (err.status >= 500) process.stderr.write(`vigie serve: ${c.req.method} ${c.req.path}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  const body: ErrorBody = { error: { code: err.code, field: err.field, message: err.message } };
  if (err.status === 401) c.header('WWW-Authenticate', 'Bearer realm="vigie"');
  return c.json(body, err.status);
}
