import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createContext } from '../../bench/context.js';
import { ingestSection } from '../../bench/sections/ingest.js';

test('the ingest section stores 20 articles, finds them unchanged the second time, and reports a rate (no timing assertion)', async () => {
  const { ctx } = createContext(20, 42);
  const f = await ingestSection.run(ctx);
  assert.equal(f.articles, 20);
  assert.equal(f.stored, 20);
  assert.equal(f.failed, 0);
  assert.equal(f.reingest_unchanged, 20);
  assert.ok(f.ingest_articles_per_s > 0);
  assert.ok(f.store_mb > 0);
});
