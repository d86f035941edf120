/** GET /api/search: full-text search over articles and quotes, ignoring accents and case, ranked, in pages. */
import type { Hono } from 'hono';
import { collect, type Store } from '../../store/store.js';
import { Query } from '../params.js';
import { rankedPage } from '../page.js';
import { badParam } from '../errors.js';

export function searchRoutes(app: Hono, store: Store): void {
  app.get('/api/search', async (c) => {
    const query = new Query(c, ['q', 'in', 'from', 'to', 'limit', 'cursor']);
    const q = query.text('q');
    if (q === undefined) throw badParam('q', 'give the words to search for');
    const filter = { in: query.oneOf('in', ['all', 'articles', 'quotes'] as const), from: query.date('from'), to: query.date('to') };
    return c.json(await rankedPage('search', query.raw('cursor'), query.limit(20), (n) => collect(store.search(q, { ...filter, limit: n }))));
  });
}
