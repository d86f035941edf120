/**
 * Schema migrations: `PRAGMA user_version` holds the number of the last migration applied, and the
 * `schema_version` table records when each was applied. Each migration runs in its own transaction.
 */
import type Database from 'better-sqlite3';
import { VigieError } from '../../model/errors.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function migrate(db: Database.Database, migrations: readonly Migration[], where: string): number {
  const current = Number(db.pragma('user_version', { simple: true }));
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  if (current > latest) {
    throw new VigieError('E_STORE', where, `the store has schema version ${current}, newer than this vigie knows (${latest}); update vigie`);
  }
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      // PRAGMA takes no bound parameter; the version is an integer from our own list, never input.
      db.pragma(`user_version = ${Math.trunc(m.version)}`);
    }).immediate();
  }
  return latest;
}
