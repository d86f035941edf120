/**
 * `petrarch`: loads PETRARCH2's full dictionaries (CAMEO.2.0 verbs, Phoenix actors, agents and
 * discards) from ../shared/data/peers/petrarch2/dictionaries beside Vigie's own knowledge ('merge'),
 * when that directory is there, and times the analysis of the English part of the corpus with them
 * (VIGIE_PETRARCH_DICT points elsewhere). Without the directory it reports nothing.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { packageRoot } from '../../src/paths.js';
import { loadVigie } from '../../src/pipeline/load.js';
import { readTextDocument } from '../../src/sources/dispatch.js';
import type { BenchContext, BenchSection, Figures } from './types.js';

const round = (x: number, digits = 1): number => Number(x.toFixed(digits));

export function petrarchDictDir(): string {
  return resolve(process.env.VIGIE_PETRARCH_DICT ?? join(packageRoot, '..', 'shared', 'data', 'peers', 'petrarch2', 'dictionaries'));
}

export function runPetrarch(ctx: BenchContext): Figures {
  const dir = petrarchDictDir();
  if (!existsSync(dir)) return { skipped_no_dictionaries: 1 };
  const t0 = performance.now();
  const vigie = loadVigie(undefined, [], { dictionaries: [dir], dictionaryMode: 'merge' });
  const loadMs = performance.now() - t0;
  const docs = ctx.corpus.filter((d) => !d.id.startsWith('bench-fr-')).map((d) => readTextDocument(d.text, d.id, { calendars: vigie.calendars, lang: 'en' }));
  const warmup = Math.min(docs.length, 50);
  for (let i = 0; i < warmup; i++) vigie.pipeline.analyze(docs[i]);
  let events = 0;
  const start = performance.now();
  for (const d of docs) events += vigie.pipeline.analyze(d).events.length;
  const ms = performance.now() - start;
  return {
    load_ms: round(loadMs),
    english_articles: docs.length,
    analysis_ms: round(ms),
    articles_per_s: round(docs.length / (ms / 1000)),
    events,
    peak_rss_mb: round(process.resourceUsage().maxRSS / 1024),
  };
}

export const petrarchSection: BenchSection = {
  name: 'petrarch',
  description: "English analysis with PETRARCH2's full dictionaries merged into Vigie's knowledge",
  run: runPetrarch,
};
