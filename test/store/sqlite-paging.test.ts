/** The SQLite backend runs the paging and aggregate conformance suite. */
import { after } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pagingConformance } from './paging-conformance.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'vigie-paging-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

pagingConformance('sqlite', () => new SqliteStore(join(dir, `paging-${++n}.db`)));
