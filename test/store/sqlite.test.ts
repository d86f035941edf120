/** The SQLite backend: the conformance suite, then what only SQLite has (file, WAL, migrations). */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { storeConformance } from './conformance.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations/index.js';
import { moscow } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'vigie-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storeConformance('sqlite', () => new SqliteStore(join(dir, `conf-${++n}.db`)));

describe('SQLite store file', () => {
  it('migrates a new file, uses WAL, and keeps data across reopening', async () => {
    const path = join(dir, 'reopen.db');
    const s = new SqliteStore(path);
    const { doc, record } = moscow();
    await s.putArticle(doc, record);
    await s.close();
    const raw = new Database(path, { readonly: true });
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(raw.pragma('user_version', { simple: true }), MIGRATIONS.length);
    assert.equal((raw.prepare('SELECT count(*) AS n FROM schema_version').get() as { n: number }).n, MIGRATIONS.length);
    raw.close();
    const again = new SqliteStore(path);
    assert.equal((await again.stats()).documents, 1);
    await again.close();
  });

  it('refuses a store written by a newer vigie', () => {
    const path = join(dir, 'newer.db');
    const raw = new Database(path);
    raw.pragma('user_version = 999');
    raw.close();
    assert.throws(() => new SqliteStore(path), /newer than this vigie/u);
  });

  it('refuses a file that is not a database', async () => {
    const { writeFileSync } = await import('node:fs');
    const path = join(dir, 'junk.db');
    writeFileSync(path, 'this is not sqlite '.repeat(100));
    assert.throws(() => new SqliteStore(path), /store/u);
  });
});
