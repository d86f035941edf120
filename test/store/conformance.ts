/**
 * The Store conformance suite: every backend runs it through a factory that returns a new, empty
 * store. It checks behaviour the commands rely on, through the Store interface only.
 */
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/store.js';
import { collect } from '../../src/store/store.js';
import { contentHash } from '../../src/store/hash.js';
import { alliance, dmz, makeDoc, moscow, record } from './fixtures.js';

export type StoreFactory = () => Store | Promise<Store>;

const HOSTILE = [
  '"', '""', "'", '*', '-', '-x', 'NEAR', 'NEAR(a b)', 'a NEAR b', "'; DROP TABLE documents; --", '"; DROP TABLE quotes; --',
  'a" OR "b', '^Poutine', 'title:Poutine', 'AND', 'OR NOT', '(', ')', '%', '_', '\\', '%_\\', 'défense*', '*défense', '"unclosed',
];

export function storeConformance(name: string, factory: StoreFactory): void {
  describe(`Store conformance: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await factory();
      for (const f of [moscow(), dmz(), alliance()]) await store.putArticle(f.doc, f.record);
    });
    afterEach(async () => { await store.close(); });

    it('stores an article with its record and gives it back', async () => {
      const { doc, record: rec } = moscow();
      const id = await store.findByHash(contentHash(doc.text));
      assert.ok(id !== null);
      const stored = await store.getDocument(id);
      assert.equal(stored?.text, doc.text);
      assert.equal(stored?.url, doc.url);
      assert.equal(stored?.date, '2023-11-08');
      assert.equal(stored?.version, 1);
      assert.equal(stored?.analyzer, 'test/1');
      assert.deepEqual(stored?.paragraphs, doc.paragraphs);
      assert.deepEqual(await store.getRecord(id), JSON.parse(JSON.stringify(rec)));
      assert.deepEqual(await store.stats(), { documents: 3, actors: 7, quotes: 4, events: 4 });
    });

    it('is idempotent: the same text again stores nothing', async () => {
      for (const f of [moscow(), dmz(), alliance()]) {
        const out = await store.putArticle(f.doc, f.record);
        assert.equal(out.status, 'unchanged');
      }
      const moved = moscow();
      moved.doc.url = 'https://mirror.example.org/moscou';
      assert.equal((await store.putArticle(moved.doc, moved.record)).status, 'unchanged');
      assert.deepEqual(await store.stats(), { documents: 3, actors: 7, quotes: 4, events: 4 });
    });

    it('stores new content at a known URL as its next version; queries see the latest', async () => {
      const old = moscow();
      const text = old.doc.text.replace('mercredi', 'jeudi');
      const doc = makeDoc('moscou', text, { url: old.doc.url, date: '2023-11-09' });
      const out = await store.putArticle(doc, record(doc, [], [], []));
      assert.equal(out.status, 'stored');
      assert.equal(out.status === 'stored' && out.version, 2);
      const latest = await collect(store.events({ source: 'RUS', target: 'CHN' }));
      assert.equal(latest.length, 0, 'the new version has no events; the old one is superseded');
      const all = await collect(store.events({ source: 'RUS', target: 'CHN', allVersions: true }));
      assert.equal(all.length, 1);
      const old1 = await store.getDocument(all[0].docId);
      assert.equal(old1?.latest, false);
      assert.deepEqual(await store.documentIds({}), (await store.documentIds({ allVersions: true })).filter((i) => i !== all[0].docId));
    });

    it('finds quotes by speaker, ignoring accents and case, within dates', async () => {
      const q = await collect(store.quotes({ speaker: 'poutine' }));
      assert.deepEqual(q.map((x) => x.text), ['a good thing', 'Nos contacts dans le domaine de la défense deviennent de plus en plus importants']);
      assert.equal(q[1].speaker?.name, 'Vladimir Poutine');
      assert.equal(q[0].speaker?.name, 'Vladimir Putin', 'the same knowledge-base entry under its English name');
      assert.equal((await collect(store.quotes({ speaker: 'putin' }))).length, 2);
      assert.equal(q[1].docDate, '2023-11-08');
      assert.deepEqual((await collect(store.quotes({ speaker: 'CHOIGOU' }))).map((x) => x.text), ['dirigée contre des pays tiers']);
      assert.equal((await collect(store.quotes({ speaker: 'Poutine', from: '2023-01-01', to: '2023-12-31' }))).length, 1);
      assert.equal((await collect(store.quotes({ speaker: 'Poutine', from: '2024-01-01' }))).length, 0);
      assert.equal((await collect(store.quotes({ kind: 'partial' }))).length, 2);
      assert.equal((await collect(store.quotes({ speaker: 'utine' }))).length, 0, 'names match at word starts');
    });

    it('finds events by source, target, root, code, quad, negation and dates', async () => {
      const e = await collect(store.events({ source: 'RUS', target: 'CHN', root: '04' }));
      assert.equal(e.length, 1);
      assert.equal(e[0].cameo, '043');
      assert.equal(e[0].goldstein, 2.8);
      assert.equal(e[0].quad, 1);
      assert.equal(e[0].sourceActor?.name, 'Vladimir Poutine');
      assert.equal(e[0].targetActor?.country, 'CHN');
      assert.equal(e[0].inLead, true);
      assert.equal((await collect(store.events({ source: 'poutine' }))).length, 2, 'by name, in both languages');
      assert.equal((await collect(store.events({ source: 'Putin', target: 'Trump' }))).length, 1);
      assert.equal((await collect(store.events({ source: 'rus' }))).length, 2, 'a lower-case code still matches the code');
      assert.equal((await collect(store.events({ code: '042' }))).length, 2);
      assert.equal((await collect(store.events({ code: '04*' }))).length, 3);
      assert.equal((await collect(store.events({ root: '5' }))).length, 1);
      assert.equal((await collect(store.events({ quad: 1 }))).length, 4);
      assert.equal((await collect(store.events({ negated: true }))).map((x) => x.cameo).join(), '051');
      assert.equal((await collect(store.events({ from: '2019-06-01', to: '2019-06-30' }))).length, 2, 'a month-dated event overlaps');
      assert.equal((await collect(store.events({ from: '2019-07-01' }))).length, 2);
      assert.equal((await collect(store.events({ limit: 1 }))).length, 1);
    });

    it('aggregates actors over documents', async () => {
      const a = await collect(store.actors({}));
      const putin = a.find((x) => x.name === 'Vladimir Poutine');
      assert.deepEqual(putin, { name: 'Vladimir Poutine', ref: 'people#putin', kind: 'person', country: 'RUS', org: null, sector: 'GOV', documents: 2, mentions: 2 });
      assert.equal(a[0].name, 'Vladimir Poutine', 'most documents first');
      assert.equal((await collect(store.actors({ code: 'chn' }))).length, 2);
      assert.equal((await collect(store.actors({ kind: 'state' }))).length, 1);
      assert.equal((await collect(store.actors({ name: 'zhang' }))).length, 1);
    });

    it('searches articles and quotes ignoring accents and case', async () => {
      const defense = await collect(store.search('defense', {}));
      assert.ok(defense.some((h) => h.kind === 'article' && h.docKey === 'alliance'));
      assert.ok(defense.some((h) => h.kind === 'quote' && h.quote?.speaker === 'Vladimir Poutine'));
      assert.ok(defense.every((h) => /\[d[ée]fense\]/iu.test(h.snippet)), 'snippets mark the match');
      assert.deepEqual((await collect(store.search('pekin', {}))).map((h) => h.docKey), ['moscou']);
      assert.deepEqual((await collect(store.search('CHOÏGOU', { in: 'articles' }))).map((h) => h.docKey), ['moscou']);
      assert.deepEqual((await collect(store.search('alliance militaire', {}))).map((h) => h.docKey), ['alliance']);
      assert.deepEqual((await collect(store.search('franco-allemande', {}))).map((h) => h.docKey), ['alliance']);
      assert.deepEqual((await collect(store.search('"militaire franco"', {}))).map((h) => h.docKey), ['alliance']);
      assert.deepEqual((await collect(store.search('allem*', {}))).map((h) => h.docKey), ['alliance']);
      assert.equal((await collect(store.search('défense', { in: 'quotes' }))).length, 1);
      assert.equal((await collect(store.search('défense', { from: '2022-01-01' }))).length, 2);
    });

    it('re-analyses: replaces actors, quotes and events and records the analyzer', async () => {
      const { doc } = moscow();
      const id = (await store.findByHash(contentHash(doc.text)))!;
      assert.deepEqual(await store.documentIds({ analyzerNot: 'test/1' }), []);
      assert.equal((await store.documentIds({ analyzerNot: 'test/2' })).length, 3);
      await store.replaceAnalysis(id, record(doc, [], [], [], 'test/2'));
      assert.equal((await store.getDocument(id))?.analyzer, 'test/2');
      assert.equal((await store.getRecord(id))?.analyzer, 'test/2');
      assert.equal((await collect(store.events({ source: 'RUS', target: 'CHN' }))).length, 0);
      assert.equal((await collect(store.search('défense', { in: 'quotes' }))).length, 0, 'the quote index follows');
      assert.equal((await store.documentIds({ analyzerNot: 'test/2' })).length, 2);
      await assert.rejects(store.replaceAnalysis(999999, record(doc, [], [], [])));
    });

    it('treats SQL and FTS syntax in any query string as plain text', async () => {
      for (const s of HOSTILE) {
        await collect(store.search(s, {}));
        await collect(store.quotes({ speaker: s }));
        await collect(store.events({ source: s, target: s, code: s }));
        await collect(store.actors({ name: s, code: s }));
      }
      assert.equal((await collect(store.quotes({ speaker: '%' }))).length, 0, 'LIKE wildcards are literal');
      assert.equal((await collect(store.search('NEAR', {}))).length, 0);
      assert.deepEqual(await store.stats(), { documents: 3, actors: 7, quotes: 4, events: 4 });
    });
  });
}
