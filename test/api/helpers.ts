/** A temporary store with a few articles (hand-made records, the seed through the pipeline, a hostile text) and the app over it. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { loadVigie, type Vigie } from '../../src/pipeline/load.js';
import { createApp } from '../../src/api/app.js';
import { once, type ApiOptions } from '../../src/api/deps.js';
import { readTextDocument } from '../../src/sources/dispatch.js';
import { dmz, moscow, alliance } from '../store/fixtures.js';

export const SEED = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'seed.txt');
export const TOKEN = 'test-token-0123456789';

export const HOSTILE_TEXT = `Un titre <b>piégé</b>

Le texte contient <script>window.__pwned = 1</script> et <img src=x onerror="window.__pwned = 2"> au milieu.

"Nous refusons <script>alert(1)</script>", a déclaré Vladimir Poutine.`;

export interface TestApi {
  app: Hono;
  store: Store;
  vigie: Vigie;
  ids: { moscow: number; dmz: number; seed: number; hostile: number };
  close(): Promise<void>;
}

const knowledge = once(() => loadVigie());

export async function testApi(extra: Partial<ApiOptions> = {}): Promise<TestApi> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-api-'));
  const store = new SqliteStore(join(dir, 'api.db'));
  const vigie = knowledge();
  const put = async (doc: Parameters<Store['putArticle']>[0], rec: Parameters<Store['putArticle']>[1]): Promise<number> => {
    const out = await store.putArticle(doc, rec);
    return out.id;
  };
  const m = moscow();
  const d = dmz();
  const a = alliance();
  const seedDoc = readTextDocument(readFileSync(SEED, 'utf8'), 'seed', { calendars: vigie.calendars }, 'seed.txt');
  const hostileDoc = readTextDocument(HOSTILE_TEXT, 'hostile', { calendars: vigie.calendars, lang: 'fr' }, 'hostile.txt');
  const ids = {
    moscow: await put(m.doc, m.record),
    dmz: await put(d.doc, d.record),
    seed: await put(seedDoc, vigie.pipeline.analyze(seedDoc)),
    hostile: await put(hostileDoc, vigie.pipeline.analyze(hostileDoc)),
  };
  await put(a.doc, a.record);
  const app = createApp({
    store, token: TOKEN, knowledge, cameo: () => vigie.cameo, webDir: null,
    lookup: async (host) => (host === 'public.example' ? ['93.184.216.34'] : host === 'sneaky.example' ? ['93.184.216.34', '10.1.2.3'] : ['127.0.0.1']),
    ...extra,
  });
  return { app, store, vigie, ids, close: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

// JSON answers are read as this loose shape in the tests.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test convenience: assertions check the shape
export type J = any;

export async function getJson(app: Hono, path: string, init?: RequestInit): Promise<{ status: number; body: J; res: Response }> {
  const res = await app.request(path, init);
  const text = await res.text();
  let body: J = text;
  try { body = JSON.parse(text); } catch { /* not JSON: keep the text */ }
  return { status: res.status, body, res };
}
