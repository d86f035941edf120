/** GET /api/events: CAMEO events filtered by actors, code, root, quad class, negation and dates; JSON or CSV, keyset pages. */
import type { Hono } from 'hono';
import { collect, type EventFilter, type Store } from '../../store/store.js';
import { Query } from '../params.js';
import { keysetPage } from '../page.js';
import { eventsCsv } from '../csv.js';
import { badParam } from '../errors.js';
import { sendCsv } from './respond.js';

const PARAMS = ['source', 'target', 'code', 'root', 'quad', 'negated', 'from', 'to', 'doc', 'limit', 'cursor', 'format'];

export function eventFilter(q: Query): EventFilter {
  const root = q.text('root');
  if (root !== undefined && !/^(0?[1-9]|1\d|20)$/u.test(root)) throw badParam('root', `expected a CAMEO root from 01 to 20, got '${root}'`);
  return {
    source: q.text('source'), target: q.text('target'), code: q.cameo('code'), root, quad: q.int('quad', 1, 4),
    negated: q.bool('negated'), from: q.date('from'), to: q.date('to'), docId: q.int('doc', 1, Number.MAX_SAFE_INTEGER),
  };
}

export function eventRoutes(app: Hono, store: Store): void {
  app.get('/api/events', async (c) => {
    const q = new Query(c, PARAMS);
    const filter = eventFilter(q);
    const format = q.oneOf('format', ['json', 'csv'] as const) ?? 'json';
    const page = await keysetPage('events', q.raw('cursor'), q.limit(),
      (afterId, limit) => collect(store.events({ ...filter, afterId, limit })), (e) => e.eventId);
    if (format === 'csv') return sendCsv(c, eventsCsv(page.items), page.next, 'events.csv');
    return c.json(page);
  });
}
