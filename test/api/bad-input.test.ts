/** Bad input is a 4xx JSON error naming the field, never a 500; responses carry the security headers; no CORS. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { getJson, testApi, TOKEN, type TestApi } from './helpers.js';

let t: TestApi;
before(async () => { t = await testApi({ maxBodyBytes: 64 * 1024 }); });
after(async () => { await t.close(); });

const BAD_GETS = [
  '/api/events?from=yesterday', '/api/events?to=2023-13', '/api/events?from=2023-02-30', '/api/quotes?from=20231', '/api/events?limit=-1',
  '/api/events?limit=0', '/api/events?limit=100000000', '/api/events?limit=1e3', '/api/events?limit=abc', '/api/events?quad=5', '/api/events?root=21',
  '/api/events?code=abc', '/api/events?negated=maybe', '/api/events?format=xml', '/api/events?cursor=garbage', '/api/events?cursor=eyJsIjoiZXZlbnRzIiwiYSI6LTF9',
  '/api/events?unknown=1', '/api/events?source=a&source=b', '/api/quotes?kind=loud', '/api/actors?kind=alien', '/api/search', '/api/search?q=',
  `/api/search?q=${'x'.repeat(201)}`, '/api/documents/abc', '/api/documents/-1', '/api/documents/0', '/api/documents/99999999999999999999',
  '/api/dyads/RUS/CHN?by=year', '/api/network?min=0', '/api/actors?name=%01', '/api/health?x=1',
];

test('bad query parameters are 400s naming the parameter', async () => {
  for (const path of BAD_GETS) {
    const r = await getJson(t.app, path);
    assert.equal(r.status, 400, `${path}: ${r.status} ${JSON.stringify(r.body)}`);
    assert.equal(typeof r.body.error.message, 'string', path);
    assert.ok(r.body.error.code, path);
  }
});

const HOSTILE = ['"', "'", "'; DROP TABLE events; --", '" OR 1=1 --', 'NEAR(a b)', '*', '-', '^x', 'title:x', '%', '_', '\\', '(', 'AND OR NOT', '"unclosed', '\u00e9*', '💥'];

test('SQL and FTS syntax in text filters is plain text: 200, never 500', async () => {
  for (const h of HOSTILE) {
    const e = encodeURIComponent(h);
    for (const path of [`/api/search?q=${e}`, `/api/quotes?text=${e}`, `/api/quotes?speaker=${e}`, `/api/quotes?actor=${e}`, `/api/events?source=${e}`,
      `/api/events?target=${e}`, `/api/actors?name=${e}`, `/api/actors?code=${e}`, `/api/dyads/${e}/CHN`]) {
      const r = await t.app.request(path);
      assert.ok(r.status === 200 || r.status === 404, `${path}: ${r.status}`);
    }
  }
  assert.equal((await getJson(t.app, '/api/stats')).body.events > 0, true, 'nothing was dropped');
});

const post = (body: string, type = 'application/json'): Promise<Response> =>
  Promise.resolve(t.app.request('/api/ingest', { method: 'POST', body, headers: { 'content-type': type, authorization: `Bearer ${TOKEN}` } }));

test('bad bodies are 4xx: media type, syntax, shape, unknown fields, types, size', async () => {
  const cases: [string, string, number][] = [
    ['{"text":"x"}', 'text/plain', 415], ['{not json', 'application/json', 400], ['[]', 'application/json', 400], ['"x"', 'application/json', 400],
    ['{}', 'application/json', 400], ['{"text":"a","url":"http://x.org"}', 'application/json', 400], ['{"text":3}', 'application/json', 400],
    ['{"text":"a","admin":true}', 'application/json', 400], ['{"text":"   "}', 'application/json', 400], ['{"text":"a","lang":"de"}', 'application/json', 400],
    ['{"text":"a","date":"2023-99"}', 'application/json', 400], ['{"url":"http://public.example/","title":"x"}', 'application/json', 400],
    [JSON.stringify({ text: 'x'.repeat(70 * 1024) }), 'application/json', 413],
  ];
  for (const [body, type, status] of cases) {
    const r = await post(body, type);
    assert.equal(r.status, status, `${body.slice(0, 60)}: ${await r.text()}`);
  }
  const re = await t.app.request('/api/reanalyze', { method: 'POST', body: '{"ids":[-1]}', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` } });
  assert.equal(re.status, 400);
});

test('unknown endpoints and methods are JSON 404s', async () => {
  const r = await getJson(t.app, '/api/nothing');
  assert.equal(r.status, 404);
  assert.equal(r.body.error.code, 'E_NOT_FOUND');
  assert.equal((await t.app.request('/api/events', { method: 'DELETE' })).status, 404);
});

test('answers carry a CSP without inline scripts, nosniff, no CORS; a foreign Host is refused when hosts are set', async () => {
  const r = await t.app.request('/api/stats', { headers: { origin: 'https://evil.example' } });
  const csp = r.headers.get('content-security-policy') ?? '';
  assert.match(csp, /script-src 'self'/u);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/u);
  assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(r.headers.get('access-control-allow-origin'), null);
  const pre = await t.app.request('/api/ingest', { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
  assert.equal(pre.headers.get('access-control-allow-origin'), null);
  const local = await testApi({ allowedHosts: ['127.0.0.1', 'localhost'] });
  try {
    assert.equal((await local.app.request('http://127.0.0.1:8765/api/health')).status, 200);
    assert.equal((await local.app.request('http://rebind.evil.example:8765/api/health')).status, 403);
  } finally {
    await local.close();
  }
});

test('without a dashboard build, / says how to build it', async () => {
  const r = await t.app.request('/');
  assert.equal(r.status, 503);
  assert.match(await r.text(), /npm run build:web/u);
});
