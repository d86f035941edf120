/** JSON and JSON Lines records: { id, url, date, title, text, ...metadata }. */
import type { Document } from '../model/types.js';
import { VigieError } from '../model/errors.js';
import { buildDocument, type ReadOptions } from './document.js';

const KNOWN = new Set(['id', 'url', 'date', 'title', 'text', 'lang']);

export function documentFromRecord(rec: unknown, where: string, fallbackId: string, opts: ReadOptions): Document {
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) throw new VigieError('E_RECORD', where, 'a record must be a JSON object');
  const r = rec as Record<string, unknown>;
  if (typeof r.text !== 'string') throw new VigieError('E_RECORD', where, "the record has no 'text' field (a string)");
  if (!r.text.trim()) throw new VigieError('E_EMPTY', where, "the record's 'text' is empty");
  const id = r.id !== undefined && r.id !== null ? String(r.id) : fallbackId;
  const meta: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) if (!KNOWN.has(k)) meta[k] = v;
  const lang = opts.lang ?? (r.lang === 'fr' || r.lang === 'en' ? r.lang : undefined);
  return buildDocument({
    id,
    text: r.text,
    title: typeof r.title === 'string' ? r.title : null,
    date: normaliseDate(r.date),
    url: typeof r.url === 'string' ? r.url : undefined,
    source: where,
    meta,
  }, { ...opts, lang });
}

/** '2023-11-08T10:00:00Z' → '2023-11-08'; keeps 'YYYY', 'YYYY-MM', 'YYYY-MM-DD'. */
export function normaliseDate(d: unknown): string | null {
  if (typeof d !== 'string') return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d.trim());
  if (!m) {
    const t = Date.parse(d);
    return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
  }
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}

export function parseJsonText(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new VigieError('E_JSON', where, `invalid JSON (${(e as Error).message})`);
  }
}
