/**
 * Refuses URLs that point to this machine or a private network (loopback, RFC 1918, link-local,
 * unique-local IPv6, IPv4-mapped forms of them): the host is resolved and every address checked.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { ApiError } from './errors.js';

export type Lookup = (host: string) => Promise<readonly string[]>;

export const systemLookup: Lookup = async (host) => (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address);

function ipv4Private(ip: string): boolean {
  const [a, b] = ip.split('.').map(Number);
  return a === 127 || a === 10 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

/** The 8 groups of an IPv6 address as numbers (a trailing dotted IPv4 counts as two groups). */
function ipv6Groups(ip: string): number[] {
  let s = ip.toLowerCase().split('%')[0];
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/u.exec(s);
  if (v4) {
    const [a, b, c, d] = v4[1].split('.').map(Number);
    s = s.slice(0, -v4[1].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = s.includes('::') ? s.split('::') : [s, null];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const fill = tail === null ? [] : new Array<string>(8 - h.length - t.length).fill('0');
  return [...h, ...fill, ...t].map((g) => parseInt(g || '0', 16));
}

export function isPrivateAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 4) return ipv4Private(ip);
  if (family !== 6) return true;
  const g = ipv6Groups(ip);
  if (g.slice(0, 7).every((x) => x === 0) && (g[7] === 1 || g[7] === 0)) return true; // ::1, ::
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) {
    return ipv4Private(`${g[6] >> 8}.${g[6] & 255}.${g[7] >> 8}.${g[7] & 255}`); // ::ffff:a.b.c.d
  }
  return (g[0] & 0xfe00) === 0xfc00 || (g[0] & 0xffc0) === 0xfe80; // fc00::/7, fe80::/10
}

/** Throws a 422 naming the address when the URL's host is, or resolves to, a private address. */
export async function assertPublicUrl(url: string, lookup: Lookup = systemLookup): Promise<void> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ApiError(400, 'E_BODY', 'url', 'not a valid URL');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new ApiError(400, 'E_BODY', 'url', 'only http and https URLs can be ingested');
  const host = u.hostname.replace(/^\[|\]$/gu, '');
  let addresses: readonly string[];
  try {
    addresses = isIP(host) ? [host] : await lookup(host);
  } catch {
    throw new ApiError(422, 'E_BODY', 'url', `cannot resolve the host '${host}'`);
  }
  const bad = addresses.find(isPrivateAddress);
  if (bad !== undefined || !addresses.length) {
    throw new ApiError(422, 'E_PRIVATE_URL', 'url', `'${host}' is a loopback or private address (${bad ?? 'none'}); start vigie serve with --allow-private to ingest it`);
  }
}
