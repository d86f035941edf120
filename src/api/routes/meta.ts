/** GET /api/health, /api/stats, /api/cameo (the CAMEO codes with their names) and /api/openapi.json. */
import type { Hono } from 'hono';
import { VERSION } from '../../version.js';
import type { ApiOptions } from '../deps.js';
import { Query } from '../params.js';
import openapi from '../openapi.json' with { type: 'json' };

export function metaRoutes(app: Hono, o: ApiOptions): void {
  app.get('/api/health', (c) => {
    new Query(c, []);
    return c.json({ ok: true, version: VERSION });
  });

  app.get('/api/stats', async (c) => {
    new Query(c, []);
    return c.json(await o.store.stats());
  });

  app.get('/api/cameo', (c) => {
    new Query(c, []);
    c.header('Cache-Control', 'max-age=3600');
    return c.json({ codes: o.cameo().all() });
  });

  app.get('/api/openapi.json', (c) => {
    new Query(c, []);
    return c.json(openapi);
  });
}
