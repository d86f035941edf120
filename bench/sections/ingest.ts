/**
 * `ingest`: stores the corpus in a new temporary SQLite file through the same loop as `vigie ingest`
 * (hash, analyse, one transaction per article), then ingests it again (all unchanged), then times a
 * few queries and a search on the result. The file is removed afterwards.
 */
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTextDocument } from '../../src/sources/dispatch.js';
import type { ReadResult } from '../../src/sources/inputs.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { ingest } from '../../src/store/ingest.js';
import { collect } from '../../src/store/store.js';
import type { BenchContext, BenchSection, Figures } from './types.js';

const round = (x: number, digits = 1): number => Number(x.toFixed(digits));

async function* read(ctx: BenchContext): AsyncGenerator<ReadResult> {
  for (const d of ctx.corpus) yield { doc: readTextDocument(d.text, d.id, { calendars: ctx.vigie.calendars }, `bench/${d.id}.txt`) };
}

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await f();
  return [r, performance.now() - t];
}

export async function runIngest(ctx: BenchContext): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-'));
  const path = join(dir, 'bench.db');
  const store = new SqliteStore(path);
  const analyze = (doc: Parameters<typeof ctx.vigie.pipeline.analyze>[0]) => ctx.vigie.pipeline.analyze(doc);
  try {
    const [first, ms] = await timed(() => ingest(read(ctx), store, analyze));
    const [second, againMs] = await timed(() => ingest(read(ctx), store, analyze));
    const [events, eventsMs] = await timed(() => collect(store.events({ root: '04' })));
    const [, quotesMs] = await timed(() => collect(store.quotes({ speaker: 'Poutine', from: '2015-01-01', to: '2025-12-31' })));
    const [hits, searchMs] = await timed(() => collect(store.search('defense', { limit: 20 })));
    const stats = await store.stats();
    await store.close();
    const bytes = statSync(path).size + (statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0);
    return {
      articles: first.read,
      stored: first.stored,
      failed: first.failed,
      ingest_ms: round(ms),
      ingest_articles_per_s: round(first.read / (ms / 1000)),
      reingest_unchanged: second.unchanged,
      reingest_articles_per_s: round(second.read / (againMs / 1000)),
      stored_actors: stats.actors,
      stored_quotes: stats.quotes,
      stored_events: stats.events,
      store_mb: round(bytes / 1e6, 2),
      query_events_root_04_ms: round(eventsMs, 2),
      query_events_root_04_rows: events.length,
      query_quotes_speaker_ms: round(quotesMs, 2),
      search_ms: round(searchMs, 2),
      search_hits: hits.length,
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const ingestSection: BenchSection = {
  name: 'ingest',
  description: 'analyse and store every article in a temporary SQLite file (one transaction each), re-ingest, query',
  run: runIngest,
};
