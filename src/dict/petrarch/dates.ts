// Dates in actor code restrictions: YYYYMMDD, TABARI YYMMDD (00–30 → 20YY, else 19YY), or YYYY-MM-DD.
import type { DateRestriction } from './types.js';

export interface DateResult {
  iso: string | null;
  error?: string;
  warning?: string;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function leap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function isoOf(y: number, m: number, d: number, tok: string): DateResult {
  const max = m === 2 && leap(y) ? 29 : DAYS[m - 1];
  if (m < 1 || m > 12 || d < 1 || d > (max ?? 0)) return { iso: null, error: `invalid date ${tok}` };
  return { iso: `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

export function parseDictDate(tok: string): DateResult {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tok);
  if (m) return isoOf(+m[1], +m[2], +m[3], tok);
  if (/^\d{8}$/.test(tok)) return isoOf(+tok.slice(0, 4), +tok.slice(4, 6), +tok.slice(6, 8), tok);
  if (/^\d{6}$/.test(tok)) {
    const yy = +tok.slice(0, 2);
    return isoOf(yy <= 30 ? 2000 + yy : 1900 + yy, +tok.slice(2, 4), +tok.slice(4, 6), tok);
  }
  if (/^\d{9,}$/.test(tok)) {
    // PETRARCH reads the first 8 characters of a long date string; do the same, but say so.
    const r = isoOf(+tok.slice(0, 4), +tok.slice(4, 6), +tok.slice(6, 8), tok);
    if (r.iso) r.warning = `date ${tok} has ${tok.length} digits: read as ${tok.slice(0, 8)} (first 8, as PETRARCH does)`;
    return r;
  }
  return { iso: null, error: `malformed date ${tok}` };
}

const DATE = String.raw`(\d{4}-\d{2}-\d{2}|\d+)`;
const RANGE = new RegExp(`^${DATE}-${DATE}$`);

/** Parses what follows the code inside `[CODE …]`: '', `<D`, `>D`, `D1-D2` (blanks allowed). */
export function parseRestriction(s: string): { restriction: DateRestriction | null; errors: string[]; warnings: string[] } {
  const t = s.replace(/\s+/g, '');
  const errors: string[] = [];
  const warnings: string[] = [];
  const take = (tok: string): string | null => {
    const r = parseDictDate(tok);
    if (r.error) errors.push(r.error);
    if (r.warning) warnings.push(r.warning);
    return r.iso;
  };
  if (t === '') return { restriction: { kind: 'none' }, errors, warnings };
  if (t[0] === '<' || t[0] === '>') {
    const date = take(t.slice(1));
    if (!date) return { restriction: null, errors, warnings };
    return { restriction: { kind: t[0] === '<' ? 'before' : 'after', date }, errors, warnings };
  }
  const m = RANGE.exec(t);
  if (!m) return { restriction: null, errors: [`malformed date restriction ${s.trim()}`], warnings };
  const from = take(m[1]);
  const to = take(m[2]);
  if (!from || !to) return { restriction: null, errors, warnings };
  if (from > to) errors.push(`date range ${s.trim()} ends before it starts`);
  return { restriction: { kind: 'between', from, to }, errors, warnings };
}

/** Normalises a query date (YYYY-MM-DD…, YYYYMMDD) to YYYY-MM-DD. */
export function normalizeQueryDate(date: string): string {
  const t = date.trim();
  if (/^\d{8}$/.test(t)) return `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}`;
  if (/^\d{4}-\d{2}-\d{2}/.test(t)) return t.slice(0, 10);
  throw new RangeError(`codeAt: date must be YYYY-MM-DD or YYYYMMDD, got ${date}`);
}

export function restrictionHolds(r: DateRestriction, iso: string): boolean {
  switch (r.kind) {
    case 'none':
      return true;
    case 'before':
      return iso <= r.date;
    case 'after':
      return iso >= r.date;
    case 'between':
      return iso >= r.from && iso <= r.to;
  }
}
