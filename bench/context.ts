/** Builds what the sections share: the generated corpus and the loaded knowledge, with their costs. */
import { performance } from 'node:perf_hooks';
import { loadVigie } from '../src/pipeline/load.js';
import { generateCorpus } from './generate.js';
import type { BenchContext, Figures } from './sections/types.js';

export function createContext(n: number, seed: number): { ctx: BenchContext; setup: Figures } {
  const t0 = performance.now();
  const corpus = generateCorpus(n, seed);
  const t1 = performance.now();
  const vigie = loadVigie();
  const t2 = performance.now();
  return {
    ctx: { n, seed, corpus, vigie },
    setup: {
      generate_ms: Number((t1 - t0).toFixed(1)),
      knowledge_load_ms: Number((t2 - t1).toFixed(1)),
      french_articles: corpus.filter((d) => d.id.startsWith('bench-fr-')).length,
    },
  };
}
