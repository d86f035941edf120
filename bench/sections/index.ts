/** The benchmark sections, run in this order. Add a section: write bench/sections/<name>.ts, list it here. */
import type { BenchSection } from './types.js';
import { analyzeSection } from './analyze.js';
import { ingestSection } from './ingest.js';
import { petrarchSection } from './petrarch.js';
import { apiSection } from './api.js';

export const SECTIONS: readonly BenchSection[] = [analyzeSection, ingestSection, petrarchSection, apiSection];
