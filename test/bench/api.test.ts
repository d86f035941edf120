import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runApi } from '../../bench/sections/api.js';
import type { BenchContext } from '../../bench/sections/types.js';

test('the api section runs on 2,000 events and returns positive figures (no timing assertion)', async () => {
  const f = await runApi({} as BenchContext, { events: 2000, requests: 20, maxSeconds: 5 });
  assert.equal(f.events_stored, 2000);
  for (const k of ['events_query_per_s', 'events_query_p95_ms', 'dyad_query_per_s', 'dyad_query_p95_ms']) assert.ok(f[k] > 0, `${k} = ${f[k]}`);
  assert.equal(f.events_query_requests, 20);
});
