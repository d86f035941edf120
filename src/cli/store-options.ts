/** Options shared by the commands that use the store: --db, dates, output format. */
import { Option } from 'commander';
import { existsSync } from 'node:fs';
import { VigieError } from '../model/errors.js';
import { DEFAULT_STORE, openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { boundOf } from '../store/dates.js';

export const dbOption = (): Option => new Option('--db <file>', 'the store (a SQLite file)').env('VIGIE_DB').default(DEFAULT_STORE);
export const fromOption = (): Option => new Option('--from <date>', 'from this day, month or year (2023-01 = from 1 January 2023)');
export const toOption = (): Option => new Option('--to <date>', 'through this day, month or year (2023-12 = through 31 December 2023)');
export const limitOption = (): Option => new Option('--limit <n>', 'at most this many rows');
export const allVersionsOption = (): Option => new Option('--all-versions', 'include superseded versions of an article (same URL, older text)');

/** Opens the store for reading: a missing file is an error, not a new empty store. */
export function openExistingStore(db: string): Store {
  if (db !== ':memory:' && !existsSync(db)) {
    throw new VigieError('E_NOT_FOUND', db, 'no store here; run `vigie ingest SOURCE...` first, or give --db / VIGIE_DB');
  }
  return openStore(db);
}

export function dates(o: { from?: string; to?: string }): { from?: string; to?: string } {
  return { from: boundOf(o.from, 'from'), to: boundOf(o.to, 'to') };
}

export function positiveInt(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new VigieError('E_USAGE', name, `expected a whole number, got '${v}'`);
  return n;
}
