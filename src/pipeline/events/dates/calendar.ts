/**
 * Calendar arithmetic against the document's date, pure and in UTC. Each function returns the
 * value as precise as both the expression and the document's date allow: a weekday in a
 * document dated only '2017-01' resolves to '2017-01', never to an invented day.
 */

/** The document's date; m and d are null when the date does not give them. */
export interface DocDate {
  y: number;
  m: number | null;
  d: number | null;
}

/** How far ahead of the document a date written without its year may lie ('jusqu'au 7 novembre'). */
export const FUTURE_WINDOW_DAYS = 31;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export const yearValue = (y: number): string => pad(y, 4);
export const monthValue = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const dayValue = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

export function parseDocDate(s: string | null): DocDate | null {
  const m = s === null ? null : /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(s);
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : null, d: m[3] ? Number(m[3]) : null };
}

function utc(y: number, m: number, d: number): Date {
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y);
  return t;
}

const fromUtc = (t: Date): string => dayValue(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
const monthOfUtc = (t: Date): string => monthValue(t.getUTCFullYear(), t.getUTCMonth() + 1);

/** The document's own date at its own precision: what a day expression degrades to. */
function docValue(doc: DocDate): string {
  if (doc.m === null) return yearValue(doc.y);
  if (doc.d === null) return monthValue(doc.y, doc.m);
  return dayValue(doc.y, doc.m, doc.d);
}

/** The document's day moved by n days ('hier': -1); the day itself needs a dated document. */
export function shiftDays(doc: DocDate, n: number, precision: 'day' | 'month' = 'day'): string {
  if (doc.m === null || doc.d === null) return docValue(doc);
  const t = utc(doc.y, doc.m, doc.d);
  t.setUTCDate(t.getUTCDate() + n);
  return precision === 'day' ? fromUtc(t) : monthOfUtc(t);
}

/**
 * The latest day with weekday wd (0 = Sunday) at least minBack days before the document's day:
 * minBack 0 for 'mercredi' (the document's own Wednesday counts), 1 for 'jeudi dernier'.
 */
export function weekdayBefore(doc: DocDate, wd: number, minBack: number, extraDays = 0): string {
  if (doc.m === null || doc.d === null) return docValue(doc);
  const t = utc(doc.y, doc.m, doc.d);
  const back = (t.getUTCDay() - wd + 7) % 7;
  t.setUTCDate(t.getUTCDate() - (back < minBack ? back + 7 : back) + extraDays);
  return fromUtc(t);
}

/** The first day with weekday wd after the document's day ('jeudi prochain'). */
export function weekdayAfter(doc: DocDate, wd: number): string {
  if (doc.m === null || doc.d === null) return docValue(doc);
  const t = utc(doc.y, doc.m, doc.d);
  const ahead = (wd - t.getUTCDay() + 7) % 7 || 7;
  t.setUTCDate(t.getUTCDate() + ahead);
  return fromUtc(t);
}

/** Weekday wd in the calendar week (Monday to Sunday) before the document's ('Friday of last week'). */
export function weekdayOfLastWeek(doc: DocDate, wd: number): string {
  if (doc.m === null || doc.d === null) return docValue(doc);
  const t = utc(doc.y, doc.m, doc.d);
  const sinceMonday = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - sinceMonday - 7 + ((wd + 6) % 7));
  return fromUtc(t);
}

/** The latest month m not after the document's month ('en octobre'); strictly before it for 'octobre dernier'. */
export function monthBefore(doc: DocDate, m: number, strict: boolean): string | null {
  if (doc.m === null) return strict ? null : monthValue(doc.y, m);
  const sameYear = strict ? m < doc.m : m <= doc.m;
  return monthValue(sameYear ? doc.y : doc.y - 1, m);
}

/** The first month m after the document's month ('octobre prochain'). */
export function monthAfter(doc: DocDate, m: number): string | null {
  if (doc.m === null) return null;
  return monthValue(m > doc.m ? doc.y : doc.y + 1, m);
}

/**
 * A day and month written without a year: the latest such date not after the document's
 * day plus FUTURE_WINDOW_DAYS, so a date just ahead ('à partir du 10 juin', 'jusqu'au
 * 7 novembre' in late October) stays in the document's year and older ones go back a year.
 */
export function dayWithoutYear(doc: DocDate, m: number, d: number): string {
  if (doc.m === null) return dayValue(doc.y, m, d);
  const limit = doc.d === null ? utc(doc.y, doc.m + 1, 0) : utc(doc.y, doc.m, doc.d);
  limit.setUTCDate(limit.getUTCDate() + FUTURE_WINDOW_DAYS);
  const exists = (y: number): boolean => utc(y, m, d).getUTCDate() === d;
  for (const y of [doc.y + 1, doc.y]) if (exists(y) && utc(y, m, d) <= limit) return dayValue(y, m, d);
  for (let y = doc.y - 1; y > doc.y - 8; y--) if (exists(y)) return dayValue(y, m, d);
  return dayValue(doc.y - 1, m, d);
}

/** The month of the document moved by n months ('le mois dernier': -1). */
export function shiftMonths(doc: DocDate, n: number): string | null {
  if (doc.m === null) return null;
  const i = doc.y * 12 + (doc.m - 1) + n;
  return monthValue(Math.floor(i / 12), (i % 12) + 1);
}

/** 'il y a deux ans': the document's month two years back ('YYYY-MM'), or the year alone. */
export function shiftYears(doc: DocDate, n: number, withMonth: boolean): string {
  if (!withMonth || doc.m === null) return yearValue(doc.y + n);
  return monthValue(doc.y + n, doc.m);
}

/**
 * The year of a season ([first, last] month) relative to the document: k = -1 the last one
 * over before the document's month ('l'été dernier'), +1 the next to begin, 0 the one the
 * document is in, else the nearest. A season over the new year (winter, 12 → 2) is named by
 * the year it ends in.
 */
export function seasonYear(doc: DocDate, [from, to]: [number, number], k: number): string {
  if (doc.m === null) return yearValue(doc.y + k);
  const at = doc.y * 12 + doc.m - 1;
  const spans = [doc.y - 1, doc.y, doc.y + 1, doc.y + 2].map((end) => ({
    end,
    first: (from > to ? end - 1 : end) * 12 + from - 1,
    last: end * 12 + to - 1,
  }));
  const pick = k < 0
    ? spans.filter((s) => s.last < at).pop()
    : k > 0
      ? spans.find((s) => s.first > at)
      : [...spans].sort((a, b) => distance(a, at) - distance(b, at))[0];
  return yearValue(pick ? pick.end : doc.y + k);
}

function distance(s: { first: number; last: number }, at: number): number {
  return at < s.first ? s.first - at : at > s.last ? at - s.last : 0;
}
