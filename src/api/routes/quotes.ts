/** GET /api/quotes: quotations filtered by speaker (name), actor (code or name), words and dates; JSON or CSV, keyset pages. */
import type { Hono } from 'hono';
import { collect, type Store } from '../../store/store.js';
import type { QuoteKind } from '../../model/types.js';
import { Query } from '../params.js';
import { keysetPage } from '../page.js';
import { quotesCsv } from '../csv.js';
import { sendCsv } from './respond.js';

const PARAMS = ['speaker', 'actor', 'text', 'kind', 'from', 'to', 'doc', 'limit', 'cursor', 'format'];
const KINDS: readonly QuoteKind[] = ['direct', 'partial', 'indirect'];

export function quoteRoutes(app: Hono, store: Store): void {
  app.get('/api/quotes', async (c) => {
    const q = new Query(c, PARAMS);
    const filter = {
      speaker: q.text('speaker'), actor: q.text('actor'), text: q.text('text'), kind: q.oneOf('kind', KINDS),
      from: q.date('from'), to: q.date('to'), docId: q.int('doc', 1, Number.MAX_SAFE_INTEGER),
    };
    const format = q.oneOf('format', ['json', 'csv'] as const) ?? 'json';
    const page = await keysetPage('quotes', q.raw('cursor'), q.limit(),
      (afterId, limit) => collect(store.quotes({ ...filter, afterId, limit })), (r) => r.quoteId);
    if (format === 'csv') return sendCsv(c, quotesCsv(page.items), page.next, 'quotes.csv');
    return c.json(page);
  });
}
