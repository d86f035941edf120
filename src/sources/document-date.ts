/**
 * Refines a document date known to the month ('2023-11') to the day when the text names a day of
 * that month ('mercredi 8 novembre', 'November 15, 2023'). A named weekday must agree with the day.
 * The latest such day is taken: a dispatch is written after what it reports.
 * Month names are found first with one pattern; the day, weekday and year are read around each.
 */
import type { Calendar } from './calendar.js';
import { fold } from '../text/fold.js';

const BEFORE = /(?:(\p{L}+),?\s+)?(?<!\d)(\d{1,2})(?:er|st|nd|rd|th)?\s+$/u;
const AFTER_DAY = /^\s+(\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?/u;
const AFTER_YEAR = /^\s+(\d{4})(?!\d)/u;
const WEEKDAY_BEFORE = /(\p{L}+),?\s+$/u;

export function refineDocumentDate(date: string | null, text: string, cal: Calendar): string | null {
  if (!date || !/^\d{4}-\d{2}$/.test(date)) return date;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  let best = 0;
  const consider = (weekday: string | undefined, day: number, y: string | undefined): void => {
    if (y && Number(y) !== year) return;
    if (day < 1 || day > last) return;
    const wd = weekday ? cal.weekdays.get(fold(weekday)) : undefined;
    if (wd !== undefined && new Date(Date.UTC(year, month - 1, day)).getUTCDay() !== wd) return;
    if (day > best) best = day;
  };
  const re = new RegExp(cal.monthPattern.source, cal.monthPattern.flags);
  for (const m of text.matchAll(re)) {
    if (cal.months.get(fold(m[0])) !== month) continue;
    const start = m.index;
    const end = start + m[0].length;
    const before = BEFORE.exec(text.slice(Math.max(0, start - 30), start));
    const rest = text.slice(end, end + 12);
    if (before) consider(before[1], Number(before[2]), AFTER_YEAR.exec(rest)?.[1]);
    const after = AFTER_DAY.exec(rest);
    if (after) consider(WEEKDAY_BEFORE.exec(text.slice(Math.max(0, start - 20), start))?.[1], Number(after[1]), after[2]);
  }
  return best ? `${date}-${String(best).padStart(2, '0')}` : date;
}
