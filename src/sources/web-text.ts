/** Decodes fetched bytes with the charset the server or the document declares, and tells pages from feeds. */
import type { Fetched } from './fetch.js';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml', 'application/feed+xml']);

export type WebKind = 'html' | 'feed' | 'other';

export function decodeWeb(bytes: Uint8Array, charset: string | null): string {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const declared = charset
    ?? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/iu.exec(head)?.[1]
    ?? /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/iu.exec(head)?.[1]
    ?? 'utf-8';
  try {
    return new TextDecoder(declared.toLowerCase()).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** What a response is, from its media type, or from its first bytes when the type is vague. */
export function webKind(f: Pick<Fetched, 'mediaType' | 'body'>): WebKind {
  if (HTML_TYPES.has(f.mediaType)) return 'html';
  if (FEED_TYPES.has(f.mediaType)) return 'feed';
  if (f.mediaType === '' || f.mediaType === 'text/plain' || f.mediaType === 'application/octet-stream') {
    const head = Buffer.from(f.body.subarray(0, 512)).toString('utf8').trimStart().toLowerCase();
    if (/^(<\?xml[^>]*>\s*)?<(rss|feed|rdf:rdf)[\s>]/u.test(head)) return 'feed';
    if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  }
  return 'other';
}
