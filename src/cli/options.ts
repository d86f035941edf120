/** Options shared by the commands that read articles. */
import { Option } from 'commander';
import type { Lang } from '../model/types.js';
import { VigieError } from '../model/errors.js';

export const langOption = (): Option => new Option('--lang <lang>', 'language of the input, instead of detecting it').choices(['fr', 'en']);
export const maxSizeOption = (): Option => new Option('--max-size <MB>', 'largest article file read, in MB').default('10');
export const dataOption = (): Option => new Option('--data <dir>', 'data directory (lexicons, actors, CAMEO) instead of the bundled one').env('VIGIE_DATA');

export function maxBytes(mb: string): number {
  const n = Number(mb);
  if (!Number.isFinite(n) || n <= 0) throw new VigieError('E_USAGE', '--max-size', `expected a positive number of MB, got '${mb}'`);
  return Math.round(n * 1024 * 1024);
}

export function langOf(v: unknown): Lang | undefined {
  return v === 'fr' || v === 'en' ? v : undefined;
}
