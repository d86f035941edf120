/**
 * `api`: a temporary store of 100,000 generated events (synthetic records put through the Store,
 * 50 per article, 12 state actors, dates over 2015–2024), then requests sent in-process with
 * app.request() (no socket): an events query (one dyad, one page of 50) and a dyad query (mean
 * Goldstein by month, counts by root and month, both directions). Requests per second and latency
 * percentiles; each query is bounded in count and in time.
 */
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActorRecord, AnalysisRecord, Document, EventRecord } from '../../src/model/types.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { createApp } from '../../src/api/app.js';
import type { BenchContext, BenchSection, Figures } from './types.js';

const STATES = ['RUS', 'CHN', 'USA', 'FRA', 'DEU', 'GBR', 'UKR', 'IRN', 'ISR', 'TUR', 'IND', 'JPN'];
const CODES: [string, number][] = [['042', 1.9], ['043', 2.8], ['051', 3.4], ['060', 6], ['111', -2], ['112', -2], ['130', -4.4], ['172', -5], ['190', -10], ['036', 4]];
const PER_DOC = 50;

export interface ApiBenchOptions { events: number; requests: number; maxSeconds: number }

/** A small deterministic generator (LCG), so that runs are comparable. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function article(i: number, r: () => number): { doc: Document; record: AnalysisRecord } {
  const sentences = Array.from({ length: PER_DOC }, (_, k) => `Phrase ${k} de la dépêche ${i}.`);
  const text = sentences.join(' ');
  const year = 2015 + Math.floor(r() * 10);
  const date = `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
  const actors: ActorRecord[] = STATES.map((c, k) => ({ id: `a${k}`, name: c, kind: 'state', country: c, org: null, sector: null, mentions: [] }));
  const events: EventRecord[] = [];
  let at = 0;
  for (const s of sentences) {
    const a = Math.floor(r() * STATES.length);
    const b = (a + 1 + Math.floor(r() * (STATES.length - 1))) % STATES.length;
    const [cameo, goldstein] = CODES[Math.floor(r() * CODES.length)];
    events.push({ source: `a${a}`, target: `a${b}`, cameo, goldstein, date, negated: false, start: at, end: at + s.length });
    at += s.length + 1;
  }
  const doc: Document = { id: `bench-api-${i}`, text, title: `Dépêche ${i}`, date, lang: 'fr', paragraphs: [{ start: 0, end: text.length, role: 'body' }], source: `bench/api-${i}.txt` };
  return { doc, record: { document: { id: doc.id, lang: 'fr', date, title: doc.title }, actors, quotes: [], events, analyzer: 'bench/1' } };
}

const percentile = (sorted: number[], p: number): number => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : 0);
const round = (x: number, d = 2): number => Number(x.toFixed(d));

async function hammer(request: () => Promise<Response>, o: ApiBenchOptions): Promise<{ rps: number; p50: number; p95: number; n: number }> {
  for (let i = 0; i < 10; i++) await (await request()).arrayBuffer();
  const lat: number[] = [];
  const start = performance.now();
  const deadline = start + o.maxSeconds * 1000;
  while (lat.length < o.requests && performance.now() < deadline) {
    const t = performance.now();
    const res = await request();
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`bench api: HTTP ${res.status}`);
    lat.push(performance.now() - t);
  }
  const seconds = (performance.now() - start) / 1000;
  lat.sort((a, b) => a - b);
  return { rps: round(lat.length / seconds, 1), p50: round(percentile(lat, 0.5), 3), p95: round(percentile(lat, 0.95), 3), n: lat.length };
}

export async function runApi(_ctx: BenchContext, o: ApiBenchOptions = { events: 100_000, requests: 2000, maxSeconds: 15 }): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-api-'));
  const store = new SqliteStore(join(dir, 'api.db'));
  try {
    const r = rng(42);
    const t0 = performance.now();
    for (let i = 0; i < Math.ceil(o.events / PER_DOC); i++) {
      const { doc, record } = article(i, r);
      await store.putArticle(doc, record);
    }
    const generateMs = performance.now() - t0;
    const stored = (await store.stats()).events;
    const app = createApp({
      store, token: 'bench', webDir: null,
      knowledge: () => { throw new Error('no writes in this bench'); }, cameo: () => { throw new Error('no CAMEO in this bench'); },
    });
    const events = await hammer(async () => app.request('/api/events?source=RUS&target=CHN&from=2018&to=2022&limit=50'), o);
    const dyad = await hammer(async () => app.request('/api/dyads/RUS/CHN?by=month'), o);
    return {
      events_stored: stored, generate_ms: round(generateMs, 1),
      events_query_requests: events.n, events_query_per_s: events.rps, events_query_p50_ms: events.p50, events_query_p95_ms: events.p95,
      dyad_query_requests: dyad.n, dyad_query_per_s: dyad.rps, dyad_query_p50_ms: dyad.p50, dyad_query_p95_ms: dyad.p95,
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const apiSection: BenchSection = {
  name: 'api',
  description: 'vigie serve\'s API in-process (app.request) over a store of 100,000 generated events: an events page and a dyad series',
  run: (ctx) => runApi(ctx),
};
