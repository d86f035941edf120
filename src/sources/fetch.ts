/**
 * Fetches a web resource with Node's fetch, within limits: a timeout over the whole exchange, a
 * bounded number of redirects (loops refused), a maximum size (the body is streamed and dropped
 * past it), and errors that say what went wrong (E_FETCH, E_TOO_LARGE) with the URL at fault.
 */
import { VigieError } from '../model/errors.js';

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  /** The Accept header. */
  accept?: string;
}

export interface Fetched {
  /** The URL after redirects. */
  url: string;
  status: number;
  /** The media type, lower case, without parameters ('text/html'); '' when the server gave none. */
  mediaType: string;
  charset: string | null;
  body: Uint8Array;
}

export const FETCH_DEFAULTS = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5, userAgent: 'vigie (news analysis; +https://github.com/)' };
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export function isUrl(s: string): boolean {
  return /^https?:\/\//iu.test(s);
}

export async function fetchResource(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const o = { ...FETCH_DEFAULTS, ...opts };
  let current = parseUrl(url);
  const signal = AbortSignal.timeout(o.timeoutMs);
  const seen = [current];
  try {
    for (;;) {
      const res = await fetch(current, { redirect: 'manual', signal, headers: { 'user-agent': o.userAgent, accept: o.accept ?? '*/*' } });
      if (REDIRECTS.has(res.status)) {
        await res.body?.cancel();
        current = nextLocation(res, current, seen, o.maxRedirects);
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new VigieError('E_FETCH', current, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}${res.status === 404 ? ' (no such page)' : ''}`);
      }
      const [mediaType, charset] = parseContentType(res.headers.get('content-type'));
      return { url: current, status: res.status, mediaType, charset, body: await readBody(res, current, o.maxBytes) };
    }
  } catch (e) {
    throw explain(e, current, o.timeoutMs);
  }
}

function parseUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new VigieError('E_USAGE', url, 'not a valid URL');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new VigieError('E_USAGE', url, 'only http and https URLs can be fetched');
  return u.href;
}

function nextLocation(res: Response, current: string, seen: string[], max: number): string {
  const loc = res.headers.get('location');
  if (!loc) throw new VigieError('E_FETCH', current, `HTTP ${res.status} redirect without a Location header`);
  const next = parseUrl(new URL(loc, current).href);
  if (seen.includes(next)) throw new VigieError('E_FETCH', seen[0], `redirect loop (${[...seen, next].join(' → ')})`);
  if (seen.length > max) throw new VigieError('E_FETCH', seen[0], `more than ${max} redirects`);
  seen.push(next);
  return next;
}

async function readBody(res: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = (): VigieError => new VigieError('E_TOO_LARGE', url, `the response is larger than ${mb(maxBytes)} MB (--max-size to change)`);
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel();
    throw tooLarge();
  }
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function parseContentType(h: string | null): [string, string | null] {
  if (!h) return ['', null];
  const [type, ...params] = h.split(';');
  const cs = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/iu.exec(p)).find(Boolean);
  return [type.trim().toLowerCase(), cs ? cs[1].toLowerCase() : null];
}

function explain(e: unknown, url: string, timeoutMs: number): VigieError {
  if (e instanceof VigieError) return e;
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') {
    return new VigieError('E_FETCH', url, `no complete answer within ${timeoutMs / 1000} s (timed out; --timeout to change)`);
  }
  const cause = err.cause?.code ?? err.cause?.message;
  return new VigieError('E_FETCH', url, `cannot fetch (${cause ?? err.message ?? String(e)})`);
}

const mb = (n: number): string => (n / 1048576).toFixed(1);
