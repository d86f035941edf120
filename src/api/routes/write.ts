/** POST /api/ingest (a text, or the page or feed at a URL) and POST /api/reanalyze, behind the bearer token. */
import type { Hono } from 'hono';
import type { Lang } from '../../model/types.js';
import { VERSION } from '../../version.js';
import type { ApiOptions } from '../deps.js';
import { requireToken } from '../auth.js';
import { jsonBody, optBool, optIds, optString } from '../body.js';
import { ApiError, badBody } from '../errors.js';
import { assertPublicUrl } from '../private-address.js';
import { ingestText, ingestUrl, reanalyzeStored, type IngestReport } from '../ingest.js';

const MAX_TEXT = 5 * 1024 * 1024;

function lang(v: string | undefined): Lang | undefined {
  if (v === undefined || v === 'fr' || v === 'en') return v;
  throw badBody('lang', `expected fr or en, got '${v.slice(0, 20)}'`);
}

/** Nothing read: the first error is the answer (422 for the text, 502 for a failed fetch...). */
function outcome(r: IngestReport): IngestReport {
  if (r.stored + r.unchanged === 0 && r.errors.length) {
    const e = r.errors[0];
    throw new ApiError(e.code === 'E_FETCH' ? 502 : e.code === 'E_TOO_LARGE' ? 413 : 422, e.code as ApiError['code'], e.source, e.message);
  }
  return r;
}

export function writeRoutes(app: Hono, o: ApiOptions): void {
  const auth = requireToken(o.token);
  app.post('/api/ingest', auth, async (c) => {
    const b = await jsonBody(c, ['text', 'title', 'date', 'lang', 'url', 'fetchItems']);
    const text = optString(b, 'text', MAX_TEXT);
    const url = optString(b, 'url', 2048);
    if ((text === undefined) === (url === undefined)) throw badBody(null, 'give either "text" or "url"');
    const l = lang(optString(b, 'lang', 2));
    let report: IngestReport;
    if (text !== undefined) {
      if (b.fetchItems !== undefined) throw badBody('fetchItems', 'only with "url"');
      report = await ingestText({ text, title: optString(b, 'title', 1000), date: optString(b, 'date', 10), lang: l }, o.store, o.knowledge());
    } else {
      if (b.title !== undefined || b.date !== undefined) throw badBody(b.title !== undefined ? 'title' : 'date', 'only with "text"');
      if (!o.allowPrivate) await assertPublicUrl(url as string, o.lookup);
      report = await ingestUrl(url as string, o.store, o.knowledge(), { fetchItems: optBool(b, 'fetchItems'), lang: l });
    }
    const r = outcome(report);
    return c.json(r, r.stored ? 201 : 200);
  });

  app.post('/api/reanalyze', auth, async (c) => {
    const b = await jsonBody(c, ['ids', 'stale', 'allVersions']);
    const ids = optIds(b, 'ids', 10000);
    const selection = { ids, allVersions: optBool(b, 'allVersions'), analyzerNot: optBool(b, 'stale') ? `vigie/${VERSION}` : undefined };
    return c.json(await reanalyzeStored(selection, o.store, o.knowledge()));
  });
}
