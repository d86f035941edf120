/** Chooses the backend for a store location: today every location is a SQLite file. */
import type { Store } from './store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import { VigieError } from '../model/errors.js';

export const DEFAULT_STORE = 'vigie.db';

export function openStore(location: string): Store {
  if (/^postgres(ql)?:\/\//iu.test(location)) {
    throw new VigieError('E_STORE', null, 'PostgreSQL stores are not supported yet; give a SQLite file path');
  }
  return new SqliteStore(location);
}
