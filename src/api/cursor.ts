/**
 * Opaque page cursors: base64url of a small JSON naming the list and where the next page starts
 * (the last id for keyset lists, a position for ranked ones). A cursor from another list is refused.
 */
import { badParam } from './errors.js';

export interface Cursor {
  list: string;
  /** The last id seen (keyset), or the number of rows already given (ranked lists). */
  at: number;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify({ l: c.list, a: c.at }), 'utf8').toString('base64url');
}

export function decodeCursor(raw: string | undefined, list: string): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  let v: unknown;
  try {
    if (!/^[A-Za-z0-9_-]{1,200}$/u.test(raw)) throw new Error('not base64url');
    v = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw badParam('cursor', 'not a cursor given by this API');
  }
  const o = v as { l?: unknown; a?: unknown } | null;
  if (!o || o.l !== list || typeof o.a !== 'number' || !Number.isSafeInteger(o.a) || o.a < 0) {
    throw badParam('cursor', `not a cursor of this list (${list})`);
  }
  return o.a;
}
