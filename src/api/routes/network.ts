/** GET /api/network: actors (by code) as nodes, their events as edges weighted by count, with mean Goldstein, over a date range. */
import type { Hono } from 'hono';
import type { Store } from '../../store/store.js';
import { Query } from '../params.js';
import { round } from './actors.js';

export function networkRoutes(app: Hono, store: Store): void {
  app.get('/api/network', async (c) => {
    const q = new Query(c, ['from', 'to', 'min', 'limit']);
    const min = q.int('min', 1, 1_000_000) ?? 1;
    const limit = q.int('limit', 1, 5000) ?? 500;
    const rows = await store.eventAggregate({ from: q.date('from'), to: q.date('to') }, ['source', 'target']);
    const edges = rows.filter((r) => r.source && r.target && r.source !== r.target && r.count >= min)
      .sort((x, y) => y.count - x.count).slice(0, limit)
      .map((r) => ({ source: String(r.source), target: String(r.target), count: r.count, meanGoldstein: round(r.goldsteinSum / r.count) }));
    const degree = new Map<string, number>();
    for (const e of edges) for (const n of [e.source, e.target]) degree.set(n, (degree.get(n) ?? 0) + e.count);
    const nodes = [...degree].sort(([x], [y]) => x.localeCompare(y)).map(([id, events]) => ({ id, events }));
    return c.json({ nodes, edges });
  });
}
