/** JSON request bodies: the media type, the syntax, an object with known fields only, each field checked. */
import type { Context } from 'hono';
import { ApiError, badBody } from './errors.js';

export type Json = Record<string, unknown>;

export async function jsonBody(c: Context, allowed: readonly string[]): Promise<Json> {
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') throw new ApiError(415, 'E_BODY', 'Content-Type', 'send the body as application/json');
  let v: unknown;
  try {
    v = JSON.parse(await c.req.text());
  } catch {
    throw badBody(null, 'the body is not valid JSON');
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw badBody(null, 'the body must be a JSON object');
  const o = v as Json;
  for (const k of Object.keys(o)) if (!allowed.includes(k)) throw badBody(k, `unknown field (this endpoint takes ${allowed.join(', ')})`);
  return o;
}

export function optString(o: Json, k: string, max: number): string | undefined {
  const v = o[k];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw badBody(k, 'expected a string');
  if (v.length > max) throw badBody(k, `at most ${max} characters`);
  return v;
}

export function optBool(o: Json, k: string): boolean | undefined {
  const v = o[k];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw badBody(k, 'expected true or false');
  return v;
}

export function optIds(o: Json, k: string, max: number): number[] | undefined {
  const v = o[k];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || v.length > max || !v.every((x) => Number.isSafeInteger(x) && (x as number) > 0)) {
    throw badBody(k, `expected an array of at most ${max} positive whole numbers`);
  }
  return v as number[];
}
