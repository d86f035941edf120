/** GET /api/documents (keyset pages of article summaries) and /api/documents/:id (the article with its record). */
import type { Hono } from 'hono';
import type { Store, StoredDocument } from '../../store/store.js';
import { Query, idParam } from '../params.js';
import { keysetPage } from '../page.js';
import { notFound } from '../errors.js';

export interface DocumentSummary {
  id: number; key: string; title: string | null; date: string | null; lang: string; url: string | null; source: string | null;
  version: number; latest: boolean; ingestedAt: string; chars: number;
}

const summary = (d: StoredDocument): DocumentSummary => ({
  id: d.id, key: d.key, title: d.title, date: d.date, lang: d.lang, url: d.url, source: d.source,
  version: d.version, latest: d.latest, ingestedAt: d.ingestedAt, chars: d.text.length,
});

export function documentRoutes(app: Hono, store: Store): void {
  app.get('/api/documents', async (c) => {
    const q = new Query(c, ['limit', 'cursor', 'all_versions']);
    const allVersions = q.bool('all_versions');
    const page = await keysetPage('documents', q.raw('cursor'), q.limit(), async (after, n) => {
      const ids = (await store.documentIds({ allVersions })).filter((id) => id > after).slice(0, n);
      const docs = await Promise.all(ids.map((id) => store.getDocument(id)));
      return docs.filter((d): d is StoredDocument => d !== null).map(summary);
    }, (d) => d.id);
    return c.json(page);
  });

  app.get('/api/documents/:id', async (c) => {
    new Query(c, []);
    const id = idParam(c.req.param('id'));
    const [document, record] = await Promise.all([store.getDocument(id), store.getRecord(id)]);
    if (!document) throw notFound(`document ${id}`);
    return c.json({ document, record });
  });
}
