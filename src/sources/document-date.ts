/**
 * Refines a document date known to the month ('2023-11') to the day when the text names a day of
 * that month ('mercredi 8 novembre', 'November 15, 2023'). A named weekday must agree with the day.
 * The latest such day is taken: a dispatch is written after what it reports.
 */
import type { Calendar } from './calendar.js';
import { fold } from '../text/fold.js';

const DAY_MONTH = /(?:(\p{L}+)\s+)?(?<!\d)(\d{1,2})(?:er|st|nd|rd|th)?\s+(\p{L}+)(?:\s+(\d{4}))?/gu;
const MONTH_DAY = /(?:(\p{L}+),?\s+)?(\p{L}+)\s+(\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?/gu;

export function refineDocumentDate(date: string | null, text: string, cal: Calendar): string | null {
  if (!date || !/^\d{4}-\d{2}$/.test(date)) return date;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  let best = 0;
  const consider = (weekday: string | undefined, day: number, monthName: string, y: string | undefined): void => {
    if (cal.months.get(fold(monthName)) !== month) return;
    if (y && Number(y) !== year) return;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > last) return;
    const wd = weekday ? cal.weekdays.get(fold(weekday)) : undefined;
    if (wd !== undefined && new Date(Date.UTC(year, month - 1, day)).getUTCDay() !== wd) return;
    if (day > best) best = day;
  };
  for (const m of text.matchAll(DAY_MONTH)) consider(m[1], Number(m[2]), m[3], m[4]);
  for (const m of text.matchAll(MONTH_DAY)) consider(m[1], Number(m[3]), m[2], m[4]);
  return best ? `${date}-${String(best).padStart(2, '0')}` : date;
}
