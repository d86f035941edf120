/**
 * The ingestion loop, for any Store: each article read is hashed, skipped when already stored,
 * else analysed and stored in its own transaction. A bad article is reported and skipped.
 */
import type { AnalysisRecord, Document } from '../model/types.js';
import { VigieError } from '../model/errors.js';
import type { ReadResult } from '../sources/inputs.js';
import type { DocumentSelection, Store } from './store.js';
import { contentHash } from './hash.js';
import { toDocument } from './document.js';

export interface IngestCounts {
  read: number;
  stored: number;
  unchanged: number;
  failed: number;
}

export interface IngestHooks {
  onFailure?(source: string, error: VigieError): void;
  onArticle?(counts: Readonly<IngestCounts>): void;
}

export type Analyze = (doc: Document) => AnalysisRecord;

export const emptyCounts = (): IngestCounts => ({ read: 0, stored: 0, unchanged: 0, failed: 0 });

function asVigieError(e: unknown, where: string, what: string): VigieError {
  if (e instanceof VigieError) return e;
  return new VigieError(what === 'store' ? 'E_STORE' : 'E_RECORD', where, `${what} failed (${(e as Error)?.message ?? String(e)})`);
}

export async function ingest(results: AsyncIterable<ReadResult>, store: Store, analyze: Analyze, hooks: IngestHooks = {}, counts = emptyCounts()): Promise<IngestCounts> {
  for await (const r of results) {
    counts.read++;
    if ('error' in r) {
      counts.failed++;
      hooks.onFailure?.(r.source, r.error);
    } else {
      const where = r.doc.source ?? r.doc.url ?? r.doc.id;
      let stage = 'analysis';
      try {
        if ((await store.findByHash(contentHash(r.doc.text))) !== null) counts.unchanged++;
        else {
          const record = analyze(r.doc);
          stage = 'store';
          const out = await store.putArticle(r.doc, record);
          if (out.status === 'stored') counts.stored++;
          else counts.unchanged++;
        }
      } catch (e) {
        counts.failed++;
        hooks.onFailure?.(where, asVigieError(e, where, stage));
      }
    }
    hooks.onArticle?.(counts);
  }
  return counts;
}

export interface ReanalyzeCounts { selected: number; done: number; failed: number }

/** Runs the pipeline again on stored articles, each in its own transaction. */
export async function reanalyze(store: Store, selection: DocumentSelection, analyze: Analyze, hooks: {
  onFailure?(source: string, error: VigieError): void;
  onArticle?(counts: Readonly<ReanalyzeCounts>): void;
} = {}): Promise<ReanalyzeCounts> {
  const ids = await store.documentIds(selection);
  const counts: ReanalyzeCounts = { selected: ids.length, done: 0, failed: 0 };
  for (const id of ids) {
    const where = `document ${id}`;
    try {
      const stored = await store.getDocument(id);
      if (!stored) throw new VigieError('E_NOT_FOUND', where, 'no such document in the store');
      await store.replaceAnalysis(id, analyze(toDocument(stored)));
      counts.done++;
    } catch (e) {
      counts.failed++;
      hooks.onFailure?.(where, asVigieError(e, where, 'analysis'));
    }
    hooks.onArticle?.(counts);
  }
  return counts;
}
