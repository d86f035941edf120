/** The OpenAPI description served at /api/openapi.json matches the routes: every route documented, every documented route exists. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { getJson, testApi, type J, type TestApi } from './helpers.js';

let t: TestApi;
before(async () => { t = await testApi(); });
after(async () => { await t.close(); });

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

test('every API route is documented and every documented operation is a route', async () => {
  const spec = (await getJson(t.app, '/api/openapi.json')).body;
  assert.equal(spec.openapi, '3.1.0');
  const routes = new Set(t.app.routes.filter((r) => METHODS.has(r.method) && r.path.startsWith('/api/'))
    .map((r) => `${r.method} ${r.path.replace(/:(\w+)/gu, '{$1}')}`));
  const documented = new Set(Object.entries(spec.paths as Record<string, J>)
    .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)));
  assert.deepEqual([...routes].sort(), [...documented].sort());
});

test('documented path parameters are those of the route, and $refs resolve', async () => {
  const spec = (await getJson(t.app, '/api/openapi.json')).body;
  for (const [path, ops] of Object.entries(spec.paths as Record<string, J>)) {
    const inPath = [...path.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();
    for (const op of Object.values(ops) as J[]) {
      const declared = (op.parameters ?? []).filter((p: J) => p.in === 'path').map((p: J) => p.name).sort();
      assert.deepEqual(declared, inPath, path);
    }
  }
  for (const m of JSON.stringify(spec).matchAll(/"\$ref":"#\/([^"]+)"/gu)) {
    const target = m[1].split('/').reduce((o: J, k) => o?.[k], spec);
    assert.ok(target, `unresolved $ref #/${m[1]}`);
  }
});

test('the query parameters documented for GET endpoints are accepted, others refused', async () => {
  const spec = (await getJson(t.app, '/api/openapi.json')).body;
  const resolve = (p: J): J => (p.$ref ? p.$ref.split('/').slice(1).reduce((o: J, k: string) => o[k], spec) : p);
  for (const [path, ops] of Object.entries(spec.paths as Record<string, J>)) {
    if (!ops.get || path.includes('{')) continue;
    const params = (ops.get.parameters ?? []).map(resolve).filter((p: J) => p.in === 'query');
    const required = params.filter((p: J) => p.required).map((p: J) => `${p.name}=x`);
    for (const { name, required: must } of params) {
      if (must) continue;
      const res = await t.app.request(`${path}?${[...required, `${name}=`].join('&')}`);
      assert.notEqual(res.status, 400, `${path} ${name}: ${await res.text()}`);
    }
    assert.equal((await t.app.request(`${path}?${[...required, 'undocumented=1'].join('&')}`)).status, 400, path);
  }
});
