/**
 * `analyze`: reads every text of the corpus as a dispatch, warms up on the first few Documents,
 * then times `pipeline.analyze` over all of them in this process. MB are 10^6 bytes of UTF-8 text.
 */
import { performance } from 'node:perf_hooks';
import { readTextDocument } from '../../src/sources/dispatch.js';
import type { Document } from '../../src/model/types.js';
import type { BenchContext, BenchSection, Figures } from './types.js';

const MB = 1e6;
const RSS_SAMPLE_EVERY = 25;

function percentile(sorted: Float64Array, p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : 0;
}

const round = (x: number, digits = 2): number => Number(x.toFixed(digits));

export function runAnalyze(ctx: BenchContext): Figures {
  const { corpus, vigie } = ctx;
  const bytes = corpus.reduce((s, d) => s + Buffer.byteLength(d.text, 'utf8'), 0);

  const t0 = performance.now();
  const docs: Document[] = corpus.map((d) => readTextDocument(d.text, d.id, { calendars: vigie.calendars }));
  const buildMs = performance.now() - t0;

  const warmup = Math.min(docs.length, Math.max(1, Math.ceil(docs.length / 20)), 100);
  for (let i = 0; i < warmup; i++) vigie.pipeline.analyze(docs[i]);

  const latencies = new Float64Array(docs.length);
  let rssPeak = process.memoryUsage.rss();
  let actors = 0;
  let quotes = 0;
  let events = 0;
  const start = performance.now();
  for (let i = 0; i < docs.length; i++) {
    const t = performance.now();
    const rec = vigie.pipeline.analyze(docs[i]);
    latencies[i] = performance.now() - t;
    actors += rec.actors.length;
    quotes += rec.quotes.length;
    events += rec.events.length;
    if (i % RSS_SAMPLE_EVERY === 0) rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
  }
  const ms = performance.now() - start;
  rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
  latencies.sort();
  const seconds = ms / 1000;
  return {
    articles: docs.length,
    total_mb: round(bytes / MB, 3),
    build_documents_ms: round(buildMs, 1),
    warmup_articles: warmup,
    analysis_ms: round(ms, 1),
    articles_per_s: round(docs.length / seconds, 1),
    mb_per_s: round(bytes / MB / seconds, 3),
    latency_p50_ms: round(percentile(latencies, 0.5), 3),
    latency_p99_ms: round(percentile(latencies, 0.99), 3),
    rss_sampled_peak_mb: round(rssPeak / 1024 / 1024, 1),
    peak_rss_mb: round(process.resourceUsage().maxRSS / 1024, 1),
    actors, quotes, events,
  };
}

export const analyzeSection: BenchSection = {
  name: 'analyze',
  description: 'readTextDocument then pipeline.analyze on every article, in one process',
  run: runAnalyze,
};
