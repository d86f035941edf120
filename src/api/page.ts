/** Pages of a list with an opaque cursor to the next one: keyset on ids, or a position for ranked lists. */
import { decodeCursor, encodeCursor } from './cursor.js';

export interface Page<T> {
  items: T[];
  /** The cursor of the next page, or null on the last one. */
  next: string | null;
}

/**
 * One keyset page: `fetch(afterId, n)` returns up to n rows with ids above afterId, in id order;
 * one row more than the limit is asked for to know whether a next page exists.
 */
export async function keysetPage<T>(list: string, cursor: string | undefined, limit: number,
  fetch: (afterId: number, n: number) => Promise<T[]>, idOf: (row: T) => number): Promise<Page<T>> {
  const after = decodeCursor(cursor, list) ?? 0;
  const rows = await fetch(after, limit + 1);
  const items = rows.slice(0, limit);
  const next = rows.length > limit && items.length ? encodeCursor({ list, at: idOf(items[items.length - 1]) }) : null;
  return { items, next };
}

/** One page of a ranked list (search hits, actors): `fetch(n)` returns its first n rows. */
export async function rankedPage<T>(list: string, cursor: string | undefined, limit: number, fetch: (n: number) => Promise<T[]>): Promise<Page<T>> {
  const offset = decodeCursor(cursor, list) ?? 0;
  const rows = await fetch(offset + limit + 1);
  const items = rows.slice(offset, offset + limit);
  return { items, next: rows.length > offset + limit ? encodeCursor({ list, at: offset + limit }) : null };
}
