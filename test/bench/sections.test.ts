import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createContext } from '../../bench/context.js';
import { analyzeSection } from '../../bench/sections/analyze.js';
import { SECTIONS } from '../../bench/sections/index.js';

test('the analyze section runs on 20 articles and returns positive figures (no timing assertion)', async () => {
  const { ctx, setup } = createContext(20, 42);
  assert.ok(setup.knowledge_load_ms > 0);
  const f = await analyzeSection.run(ctx);
  assert.equal(f.articles, 20);
  for (const k of ['total_mb', 'analysis_ms', 'articles_per_s', 'mb_per_s', 'peak_rss_mb', 'rss_sampled_peak_mb']) {
    assert.ok(f[k] > 0, `${k} = ${f[k]}`);
  }
  assert.ok(JSON.parse(JSON.stringify(f)));
});

test('sections have unique names and analyze comes first', () => {
  assert.equal(SECTIONS[0].name, 'analyze');
  assert.equal(new Set(SECTIONS.map((s) => s.name)).size, SECTIONS.length);
});
