/** What every benchmark section receives and returns. */
import type { Vigie } from '../../src/pipeline/load.js';
import type { BenchText } from '../generate.js';

/** Figures of one section, by name; the unit is the name's suffix (`_ms`, `_mb`, `_per_s`). */
export type Figures = Record<string, number>;

/** Built once per run and shared by the sections (which must not change it). */
export interface BenchContext {
  n: number;
  seed: number;
  corpus: readonly BenchText[];
  vigie: Vigie;
}

export interface BenchSection {
  name: string;
  description: string;
  run(ctx: BenchContext): Figures | Promise<Figures>;
}
