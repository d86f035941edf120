/** The read endpoints over a small store: documents, actors, quotes, events, dyads, network, search, CAMEO; filters, cursors, CSV. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { getJson, testApi, type J, type TestApi } from './helpers.js';

let t: TestApi;
before(async () => { t = await testApi(); });
after(async () => { await t.close(); });

test('lists documents in id order with a cursor, and gives one with its record', async () => {
  const p1 = await getJson(t.app, '/api/documents?limit=2');
  assert.equal(p1.status, 200);
  assert.equal(p1.body.items.length, 2);
  assert.ok(p1.body.next);
  const p2 = await getJson(t.app, `/api/documents?limit=2&cursor=${p1.body.next}`);
  const p3 = await getJson(t.app, `/api/documents?limit=2&cursor=${p2.body.next}`);
  const ids = [...p1.body.items, ...p2.body.items, ...p3.body.items].map((d: J) => d.id);
  assert.deepEqual(ids, [1, 2, 3, 4, 5]);
  assert.equal(p3.body.next, null);
  const one = await getJson(t.app, `/api/documents/${t.ids.seed}`);
  assert.equal(one.status, 200);
  assert.match(one.body.document.text, /Poutine/u);
  assert.ok(one.body.record.quotes.length > 0);
  assert.equal((await getJson(t.app, '/api/documents/999')).status, 404);
});

test('lists actors, and gives an actor profile: codes, quotes, whom it acts on', async () => {
  const a = await getJson(t.app, '/api/actors?code=RUS&limit=50');
  assert.ok(a.body.items.some((x: J) => x.name === 'Vladimir Poutine'));
  const p = await getJson(t.app, `/api/actors/${encodeURIComponent('Vladimir Poutine')}`);
  assert.equal(p.status, 200);
  assert.equal(p.body.actor.country, 'RUS');
  assert.ok(p.body.quoteCount >= 3);
  assert.ok(p.body.quotesByMonth.some((m: J) => m.month === '2023-11'));
  assert.ok(p.body.actsOn.some((x: J) => x.code === 'CHN'));
  assert.equal((await getJson(t.app, '/api/actors/Nobody%20Atall')).status, 404);
});

test('filters quotes by speaker, actor code, words (ignoring accents) and dates', async () => {
  const bySpeaker = await getJson(t.app, '/api/quotes?speaker=poutine&limit=100');
  assert.ok(bySpeaker.body.items.length >= 3);
  assert.ok(bySpeaker.body.items.every((q: J) => /Poutine|Putin/u.test(q.speaker.name)));
  const byActor = await getJson(t.app, '/api/quotes?actor=USA');
  assert.deepEqual(byActor.body.items.map((q: J) => q.speaker.name), ['Donald Trump']);
  const byText = await getJson(t.app, '/api/quotes?text=defense');
  assert.ok(byText.body.items.some((q: J) => q.text.includes('défense')));
  const dated = await getJson(t.app, '/api/quotes?speaker=poutine&from=2019&to=2019-12');
  assert.deepEqual(dated.body.items.map((q: J) => q.text), ['a good thing']);
});

test('filters events by source, target, code, root, quad and dates', async () => {
  const e = await getJson(t.app, '/api/events?source=RUS&target=CHN&limit=100');
  assert.ok(e.body.items.length >= 2);
  assert.ok(e.body.items.every((x: J) => x.sourceActor.country === 'RUS' && x.targetActor.country === 'CHN'));
  assert.ok((await getJson(t.app, '/api/events?code=04*&limit=100')).body.items.every((x: J) => x.cameo.startsWith('04')));
  assert.ok((await getJson(t.app, '/api/events?root=5')).body.items.every((x: J) => x.root === '05'));
  assert.ok((await getJson(t.app, '/api/events?quad=1&limit=100')).body.items.every((x: J) => x.quad === 1));
  assert.deepEqual((await getJson(t.app, '/api/events?from=2019-06&to=2019-06')).body.items.map((x: J) => x.cameo).sort(), ['042', '051']);
  assert.deepEqual((await getJson(t.app, '/api/events?negated=true')).body.items.map((x: J) => x.cameo), ['051']);
});

test('pages events with stable cursors: every event once, in id order, whatever the page size', async () => {
  const all = (await getJson(t.app, '/api/events?limit=1000')).body.items.map((x: J) => x.eventId);
  for (const size of [1, 3, 7]) {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: J = (await getJson(t.app, `/api/events?limit=${size}${cursor ? `&cursor=${cursor}` : ''}`)).body;
      seen.push(...page.items.map((x: J) => x.eventId));
      cursor = page.next;
    } while (cursor);
    assert.deepEqual(seen, all);
  }
  assert.deepEqual(all, [...all].sort((a, b) => a - b));
  const q = await getJson(t.app, '/api/quotes?limit=2');
  const events = await getJson(t.app, `/api/events?cursor=${q.body.next}`);
  assert.equal(events.status, 400, 'a quotes cursor is not an events cursor');
});

test('gives events and quotes as CSV, the next cursor in a header', async () => {
  const res = await t.app.request('/api/events?format=csv&limit=2&source=RUS');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/csv/u);
  assert.ok(res.headers.get('x-next-cursor'));
  const lines = (await res.text()).trimEnd().split('\n');
  assert.equal(lines[0], 'event_id,doc_id,doc_date,date,source,source_code,target,target_code,cameo,root,quad,goldstein,negated,start,end,title,url');
  assert.equal(lines.length, 3);
  const quotes = await (await t.app.request('/api/quotes?format=csv&speaker=Poutine&limit=100')).text();
  assert.match(quotes, /^quote_id,/u);
  assert.match(quotes, /"Nos contacts dans le domaine de la défense deviennent de plus en plus importants"|Nos contacts dans le domaine de la défense/u);
});

test('gives a dyad: mean Goldstein by month or week with counts, counts by root and month', async () => {
  const d = await getJson(t.app, '/api/dyads/RUS/CHN');
  assert.equal(d.status, 200);
  assert.equal(d.body.directed, false);
  assert.ok(d.body.total >= 3);
  const nov = d.body.series.find((p: J) => p.period === '2023-11');
  assert.ok(nov.count >= 3 && nov.meanGoldstein > 0);
  assert.ok(d.body.roots.some((r: J) => r.month === '2023-11' && r.root === '04'));
  const w = await getJson(t.app, '/api/dyads/RUS/CHN?by=week&directed=true');
  assert.ok(w.body.series.every((p: J) => /^\d{4}-\d{2}-\d{2}$/u.test(p.period)));
  assert.ok(w.body.total < d.body.total);
  const list = await getJson(t.app, '/api/dyads?limit=5');
  assert.ok(list.body.items.some((x: J) => x.source === 'RUS' && x.target === 'CHN'));
});

test('gives the network of actors with weighted edges', async () => {
  const n = await getJson(t.app, '/api/network?from=2023');
  assert.ok(n.body.nodes.some((x: J) => x.id === 'RUS'));
  assert.ok(n.body.edges.some((e: J) => e.source === 'RUS' && e.target === 'CHN' && e.count >= 1));
  assert.equal((await getJson(t.app, '/api/network?from=2030')).body.edges.length, 0);
});

test('searches articles and quotes ignoring accents', async () => {
  const s = await getJson(t.app, '/api/search?q=defense');
  assert.ok(s.body.items.length >= 2);
  assert.ok(s.body.items.some((h: J) => h.kind === 'quote' && /défense/u.test(h.snippet)));
  const p1 = await getJson(t.app, '/api/search?q=poutine&limit=1');
  const p2 = await getJson(t.app, `/api/search?q=poutine&limit=1&cursor=${p1.body.next}`);
  assert.notDeepEqual(p1.body.items[0], p2.body.items[0]);
});

test('gives the CAMEO ontology, health and stats', async () => {
  const c = await getJson(t.app, '/api/cameo');
  assert.ok(c.body.codes.length > 300);
  assert.ok(c.body.codes.some((x: J) => x.code === '042' && x.nameFr && x.goldstein === 1.9));
  assert.equal((await getJson(t.app, '/api/health')).body.ok, true);
  assert.equal((await getJson(t.app, '/api/stats')).body.documents, 5);
});
