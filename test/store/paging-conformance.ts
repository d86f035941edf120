/**
 * Conformance for what the API needs from a Store beyond the commands: keyset paging (afterId),
 * quotes by speaker code and by words, and event aggregates. Every backend runs it with the main suite.
 */
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/store.js';
import { collect } from '../../src/store/store.js';
import { alliance, dmz, moscow } from './fixtures.js';
import type { StoreFactory } from './conformance.js';

export function pagingConformance(name: string, factory: StoreFactory): void {
  describe(`Store conformance (paging, aggregates): ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await factory();
      for (const f of [moscow(), dmz(), alliance()]) await store.putArticle(f.doc, f.record);
    });
    afterEach(async () => { await store.close(); });

    it('pages events and quotes by id: pages in id order, no row twice, none lost', async () => {
      const pages: ((after: number) => Promise<number[]>)[] = [
        async (after) => (await collect(store.events({ afterId: after, limit: 1 }))).map((e) => e.eventId),
        async (after) => (await collect(store.quotes({ afterId: after, limit: 1 }))).map((q) => q.quoteId),
      ];
      for (const page of pages) {
        const ids: number[] = [];
        for (let got = await page(0); got.length; got = await page(got[0])) ids.push(got[0]);
        assert.equal(ids.length, 4);
        assert.deepEqual(ids, [...ids].sort((a, b) => a - b));
        assert.equal(new Set(ids).size, ids.length);
      }
      const all = await collect(store.events({ afterId: 0 }));
      assert.deepEqual((await collect(store.events({ afterId: all[1].eventId }))).map((e) => e.eventId), all.slice(2).map((e) => e.eventId));
    });

    it('finds quotes by the speaker code and by their words, ignoring accents', async () => {
      assert.equal((await collect(store.quotes({ actor: 'RUS' }))).length, 3);
      assert.equal((await collect(store.quotes({ actor: 'USA' }))).length, 1);
      assert.deepEqual((await collect(store.quotes({ text: 'defense' }))).map((q) => q.speaker?.name), ['Vladimir Poutine']);
      assert.equal((await collect(store.quotes({ text: 'DIRIGEE tiers' }))).length, 1);
      for (const hostile of ['"', "'; DROP TABLE quotes; --", 'NEAR(a b)', '*', '%_']) {
        assert.deepEqual(await collect(store.quotes({ text: hostile })), [], hostile);
      }
      assert.equal((await store.stats()).quotes, 4);
    });

    it('counts events by month, week, root and actor codes, with Goldstein sums', async () => {
      const dyad = await store.eventAggregate({ source: 'RUS', target: 'CHN' }, ['month', 'root']);
      assert.deepEqual(dyad, [{ month: '2023-11', root: '04', count: 1, goldsteinSum: 2.8 }]);
      const weeks = await store.eventAggregate({}, ['week']);
      assert.deepEqual(weeks.map((w) => w.week), ['2019-05-27', '2019-06-24', '2023-11-06'], 'a week is named by its Monday');
      const pairs = await store.eventAggregate({}, ['source', 'target']);
      assert.deepEqual(pairs.map((p) => `${p.source}>${p.target}:${p.count}`), ['CHN>RUS:1', 'RUS>CHN:1', 'RUS>USA:1', 'USA>PRK:1']);
      assert.deepEqual(pairs.find((p) => p.source === 'USA'), { source: 'USA', target: 'PRK', count: 1, goldsteinSum: 1.9 });
      const total = await store.eventAggregate({ from: '2023-01-01' }, []);
      assert.equal(total.length, 1);
      assert.equal(total[0].count, 2);
      assert.ok(Math.abs(total[0].goldsteinSum - 4.7) < 1e-9);
      assert.deepEqual(await store.eventAggregate({ from: '2030-01-01' }, ['month']), []);
    });
  });
}
