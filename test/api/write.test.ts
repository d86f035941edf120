/** The write endpoints: the bearer token, ingesting a text, refusing private URLs, reanalysing. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { getJson, testApi, TOKEN, type TestApi } from './helpers.js';
import { isPrivateAddress } from '../../src/api/private-address.js';

let t: TestApi;
before(async () => { t = await testApi(); });
after(async () => { await t.close(); });

const post = (path: string, body: unknown, token: string | null = TOKEN, type = 'application/json'): Promise<{ status: number; body: any }> => // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON answer
  getJson(t.app, path, {
    method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': type, ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
  });

const TEXT = 'Le ministre Sergueï Lavrov a rencontré Wang Yi à Pékin.\n\n"Nous sommes d\'accord sur tout", a déclaré Sergueï Lavrov.';

test('writes need the token: 401 without, 403 with a wrong one', async () => {
  const none = await post('/api/ingest', { text: TEXT }, null);
  assert.equal(none.status, 401);
  assert.equal(none.body.error.code, 'E_AUTH');
  assert.equal((await post('/api/ingest', { text: TEXT }, 'wrong')).status, 403);
  assert.equal((await post('/api/reanalyze', {}, null)).status, 401);
  assert.equal((await post('/api/reanalyze', {}, `${TOKEN}x`)).status, 403);
});

test('ingests a text once: 201 then 200 unchanged, and its quotes are queryable', async () => {
  const first = await post('/api/ingest', { text: TEXT, date: '2024-03-02', title: 'Lavrov à Pékin' });
  assert.equal(first.status, 201, JSON.stringify(first.body));
  assert.equal(first.body.stored, 1);
  const id = first.body.documents[0];
  const doc = await getJson(t.app, `/api/documents/${id}`);
  assert.equal(doc.body.document.date, '2024-03-02');
  assert.equal(doc.body.document.title, 'Lavrov à Pékin');
  const again = await post('/api/ingest', { text: TEXT, date: '2024-03-02', title: 'Lavrov à Pékin' });
  assert.equal(again.status, 200);
  assert.equal(again.body.unchanged, 1);
  const q = await getJson(t.app, '/api/quotes?speaker=lavrov');
  assert.ok(q.body.items.some((x: { text: string }) => x.text.includes('accord')));
});

test('refuses URLs on loopback or private networks, resolving host names', async () => {
  for (const url of ['http://127.0.0.1/', 'http://localhost:8765/api/stats', 'http://[::1]/', 'http://10.0.0.1/feed.xml', 'http://172.20.1.1/',
    'http://192.168.1.1/', 'http://169.254.169.254/latest/meta-data/', 'http://[fd00::1]/', 'http://[fe80::1]/', 'http://2130706433/',
    'http://[::ffff:127.0.0.1]/', 'http://sneaky.example/']) {
    const r = await post('/api/ingest', { url });
    assert.equal(r.status, 422, `${url}: ${JSON.stringify(r.body)}`);
    assert.equal(r.body.error.code, 'E_PRIVATE_URL', url);
  }
  assert.equal((await post('/api/ingest', { url: 'file:///etc/passwd' })).status, 400);
  assert.equal((await post('/api/ingest', { url: 'not a url' })).status, 400);
});

test('classifies addresses', () => {
  for (const ip of ['127.0.0.1', '127.9.9.9', '10.1.1.1', '172.16.0.1', '172.31.255.255', '192.168.0.1', '169.254.1.1', '::1', 'fc00::1', 'fdff::1', 'fe80::1', 'febf::1', '::ffff:10.0.0.1', '0.0.0.0', '::']) {
    assert.equal(isPrivateAddress(ip), true, ip);
  }
  for (const ip of ['8.8.8.8', '172.15.0.1', '172.32.0.1', '192.169.0.1', '2001:db8::1', '2a00:1450::1', '::ffff:8.8.8.8', 'fec0::1']) {
    assert.equal(isPrivateAddress(ip), false, ip);
  }
});

test('reanalyses stored articles', async () => {
  const r = await post('/api/reanalyze', { ids: [t.ids.seed] });
  assert.equal(r.status, 200);
  assert.equal(r.body.selected, 1);
  assert.equal(r.body.done, 1);
});
