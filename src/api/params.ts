/**
 * Query-string parameters read and checked: unknown or repeated names, bad dates, numbers out of
 * range and overlong strings are 400s naming the parameter. Values reach the store as data only.
 */
import type { Context } from 'hono';
import { boundOf } from '../store/dates.js';
import { badParam } from './errors.js';

export const MAX_LIMIT = 1000;
export const DEFAULT_LIMIT = 50;
const MAX_TEXT = 200;

export class Query {
  private readonly values = new Map<string, string>();

  /** Reads the query string; any name not in `allowed` is refused. */
  constructor(c: Context, allowed: readonly string[]) {
    const params = new URL(c.req.url).searchParams;
    for (const [name, value] of params) {
      if (!allowed.includes(name)) throw badParam(name, `unknown parameter (this endpoint takes ${allowed.join(', ') || 'none'})`);
      if (this.values.has(name)) throw badParam(name, 'given more than once');
      this.values.set(name, value);
    }
  }

  /** A text filter: trimmed, at most 200 characters, no control characters; absent when empty. */
  text(name: string): string | undefined {
    const v = this.values.get(name)?.trim();
    if (!v) return undefined;
    if (v.length > MAX_TEXT) throw badParam(name, `at most ${MAX_TEXT} characters`);
    if (/\p{Cc}/u.test(v)) throw badParam(name, 'control characters are not allowed');
    return v;
  }

  /** A date bound, YYYY, YYYY-MM or YYYY-MM-DD: 'from' is its first day, 'to' its last. */
  date(name: 'from' | 'to'): string | undefined {
    const v = this.text(name);
    try {
      return boundOf(v, name);
    } catch {
      throw badParam(name, `expected a date YYYY, YYYY-MM or YYYY-MM-DD, got '${v}'`);
    }
  }

  int(name: string, min: number, max: number): number | undefined {
    const v = this.values.get(name);
    if (v === undefined || v === '') return undefined;
    const n = /^-?\d{1,16}$/u.test(v) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) throw badParam(name, `expected a whole number from ${min} to ${max}, got '${v}'`);
    return n;
  }

  limit(dflt = DEFAULT_LIMIT): number {
    return this.int('limit', 1, MAX_LIMIT) ?? dflt;
  }

  bool(name: string): boolean | undefined {
    const v = this.values.get(name);
    if (v === undefined || v === '') return undefined;
    if (v === 'true' || v === '1') return true;
    if (v === 'false' || v === '0') return false;
    throw badParam(name, `expected true or false, got '${v}'`);
  }

  oneOf<T extends string>(name: string, choices: readonly T[]): T | undefined {
    const v = this.values.get(name);
    if (v === undefined || v === '') return undefined;
    if (!(choices as readonly string[]).includes(v)) throw badParam(name, `expected one of ${choices.join(', ')}, got '${v.slice(0, 40)}'`);
    return v as T;
  }

  /** A CAMEO code ('042') or code prefix ('04*'). */
  cameo(name: string): string | undefined {
    const v = this.text(name);
    if (v !== undefined && !/^\d{2,4}\*?$/u.test(v)) throw badParam(name, `expected a CAMEO code of 2 to 4 digits, optionally ending in '*', got '${v}'`);
    return v;
  }

  raw(name: string): string | undefined {
    return this.values.get(name);
  }
}

/** A path parameter that is a positive id. */
export function idParam(v: string | undefined, name = 'id'): number {
  const n = v !== undefined && /^\d{1,15}$/u.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw badParam(name, `expected a positive whole number, got '${(v ?? '').slice(0, 40)}'`);
  return n;
}
