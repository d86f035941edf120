/** Options of the commands that fetch web pages and feeds. */
import { Option } from 'commander';
import { VigieError } from '../model/errors.js';
import type { FetchOptions } from '../sources/fetch.js';
import { FETCH_DEFAULTS } from '../sources/fetch.js';

export const timeoutOption = (): Option => new Option('--timeout <seconds>', 'give up on a web page or feed after this long').default('20');
export const redirectsOption = (): Option => new Option('--max-redirects <n>', 'redirects followed for one URL').default('5');
export const noFetchItemsOption = (): Option => new Option('--no-fetch-items', "store each feed item's description instead of fetching its page");

export function fetchOptions(o: { timeout: string; maxRedirects: string }, maxBytes: number): FetchOptions {
  const t = Number(o.timeout);
  if (!Number.isFinite(t) || t <= 0) throw new VigieError('E_USAGE', '--timeout', `expected a positive number of seconds, got '${o.timeout}'`);
  const r = Number(o.maxRedirects);
  if (!Number.isInteger(r) || r < 0) throw new VigieError('E_USAGE', '--max-redirects', `expected a whole number, got '${o.maxRedirects}'`);
  return { timeoutMs: Math.round(t * 1000), maxRedirects: r, maxBytes, userAgent: FETCH_DEFAULTS.userAgent };
}
