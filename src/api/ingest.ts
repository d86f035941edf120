/**
 * What the write endpoints do: store a posted text, or the page or feed at a URL (public addresses
 * only unless allowed), or analyse stored articles again. Each article goes through the Store's ingestion loop.
 */
import type { Document, Lang } from '../model/types.js';
import type { VigieError } from '../model/errors.js';
import type { Vigie } from '../pipeline/load.js';
import type { Store, DocumentSelection } from '../store/store.js';
import { ingest, reanalyze, type IngestCounts, type ReanalyzeCounts } from '../store/ingest.js';
import { contentHash } from '../store/hash.js';
import { dayRange } from '../store/dates.js';
import { readTextDocument } from '../sources/dispatch.js';
import { buildDocument } from '../sources/document.js';
import { readUrl } from '../sources/urls.js';
import type { ReadResult } from '../sources/inputs.js';
import { FETCH_DEFAULTS } from '../sources/fetch.js';
import { badBody } from './errors.js';

export interface PostedText { text: string; title?: string; date?: string; lang?: Lang }

export interface IngestReport extends IngestCounts {
  /** Store ids of the articles read (stored now or already there). */
  documents: number[];
  errors: { source: string; code: string; message: string }[];
}

export function documentFromText(p: PostedText, vigie: Vigie): Document {
  if (!p.text.trim()) throw badBody('text', 'the text is empty');
  if (p.date !== undefined && !dayRange(p.date)) throw badBody('date', `expected YYYY, YYYY-MM or YYYY-MM-DD, got '${p.date}'`);
  const hash = contentHash(p.text).slice(0, 16);
  const id = `api-${hash}`;
  const source = `api:${hash}`;
  const opts = { calendars: vigie.calendars, lang: p.lang };
  if (p.title === undefined && p.date === undefined) return readTextDocument(p.text, id, opts, source);
  return buildDocument({ id, text: p.text, title: p.title ?? null, date: p.date ?? null, source }, opts);
}

async function* one(doc: Document): AsyncGenerator<ReadResult> {
  yield { doc };
}

async function run(results: AsyncIterable<ReadResult>, store: Store, vigie: Vigie, extra: IngestReport['errors']): Promise<IngestReport> {
  const docs: Document[] = [];
  const errors = [...extra];
  async function* watch(): AsyncGenerator<ReadResult> {
    for await (const r of results) {
      if ('doc' in r) docs.push(r.doc);
      yield r;
    }
  }
  const counts = await ingest(watch(), store, (d) => vigie.pipeline.analyze(d), {
    onFailure: (source: string, e: VigieError) => errors.push({ source, code: e.code, message: e.message }),
  });
  const ids = await Promise.all(docs.map((d) => store.findByHash(contentHash(d.text))));
  return { ...counts, failed: counts.failed + extra.length, documents: ids.filter((i): i is number => i !== null), errors };
}

export function ingestText(p: PostedText, store: Store, vigie: Vigie): Promise<IngestReport> {
  return run(one(documentFromText(p, vigie)), store, vigie, []);
}

export function ingestUrl(url: string, store: Store, vigie: Vigie, o: { fetchItems?: boolean; lang?: Lang }): Promise<IngestReport> {
  const nested: IngestReport['errors'] = [];
  const results = readUrl(url, {
    calendars: vigie.calendars, lang: o.lang, fetchItems: o.fetchItems ?? true,
    fetch: { timeoutMs: FETCH_DEFAULTS.timeoutMs, maxBytes: FETCH_DEFAULTS.maxBytes, maxRedirects: FETCH_DEFAULTS.maxRedirects, userAgent: FETCH_DEFAULTS.userAgent },
    onNestedError: (source, e) => nested.push({ source, code: e.code, message: e.message }),
  });
  return run(results, store, vigie, nested);
}

export function reanalyzeStored(selection: DocumentSelection, store: Store, vigie: Vigie): Promise<ReanalyzeCounts & { errors: IngestReport['errors'] }> {
  const errors: IngestReport['errors'] = [];
  return reanalyze(store, selection, (d) => vigie.pipeline.analyze(d), {
    onFailure: (source, e) => errors.push({ source, code: e.code, message: e.message }),
  }).then((counts) => ({ ...counts, errors }));
}
