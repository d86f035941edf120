/**
 * Dates with a day and a month, found by chrono-node ('mercredi 8 novembre', 'le 8 novembre
 * 2023', '1er avril', 'November 15, 2023', '15 November', 'April 2'): chrono reads the words;
 * the year, when not written, is ours (dayWithoutYear), not chrono's nearest-year guess. A
 * range within one month ('du 1er au 3 novembre') gives the month, a night over two days
 * ('dans la nuit du 13 au 14 avril') its first day. Chrono results with no month name and no
 * written year (times, weekdays, 'a week after', 'for 90 days') are left to the other rules.
 */
import * as chrono from 'chrono-node';
import { dayValue, dayWithoutYear, type DocDate } from '../calendar.js';
import type { TimeLexicon } from '../lexicon.js';
import { alt, END, leading, START } from '../patterns.js';
import type { Hit, Rule } from './types.js';

type Component = chrono.ParsedComponents;
interface Written { y: number | null; m: number; d: number }

/** Chrono's reference instant; only the components it read are used, never its guesses. */
const REFERENCE_MS = Date.UTC(2000, 0, 1, 12);

function written(c: Component): Written | null {
  if (!c.isCertain('day') || !c.isCertain('month')) return null;
  return { y: c.isCertain('year') ? c.get('year')! : null, m: c.get('month')!, d: c.get('day')! };
}

function resolve(doc: DocDate | null, a: Written, b: Written | null, night: boolean): { value: string; tag: string } | null {
  const y = a.y ?? b?.y ?? null;
  const day = y !== null ? dayValue(y, a.m, a.d) : doc ? dayWithoutYear(doc, a.m, a.d) : null;
  if (day === null) return null;
  if (b && b.m === a.m && b.d === a.d + 1 && night) return { value: day, tag: 'date-night' };
  if (b && b.m === a.m && b.d !== a.d) return { value: day.slice(0, 7), tag: 'date-range' };
  return { value: day, tag: y !== null ? 'date-full' : 'date' };
}

/** Chrono's span without a leading 'on' / 'le' (lex.dateLead) or a trailing stop ('10 juin.'). */
function trim(text: string, lead: RegExp): { skip: number; length: number } {
  const skip = lead.exec(text)?.[0].length ?? 0;
  const rest = text.slice(skip).replace(/[\p{P}\s]+$/u, '');
  return { skip, length: rest.length };
}

export function explicitRule(lex: TimeLexicon): Rule {
  const parser = lex.lang === 'fr' ? chrono.fr.strict : chrono.en.strict;
  const monthName = new RegExp(`${START}${alt(lex.months.written)}${END}`, 'iu');
  const nightBefore = new RegExp(`${START}${leading(lex.night.before)}$`, 'iu');
  const lead = new RegExp(`^${leading(lex.dateLead)}`, 'iu');
  return {
    id: `${lex.lang}.date`,
    find(text, offset, doc) {
      const hits: Hit[] = [];
      if (!/\p{N}/u.test(text)) return hits; // every date this rule reads has a number in it: chrono is not run for nothing
      for (const r of parser.parse(text, new Date(REFERENCE_MS))) {
        const numeric = /^[\p{N}\p{P}\s]+$/u.test(r.text);
        if (!(numeric ? r.start.isCertain('year') : monthName.test(r.text))) continue;
        const a = written(r.start);
        if (!a) continue;
        const night = nightBefore.exec(text.slice(Math.max(0, r.index - 40), r.index));
        const v = resolve(doc, a, r.end ? written(r.end) : null, night !== null);
        if (!v) continue;
        const { skip, length } = trim(r.text, lead);
        const end = r.index + skip + length;
        const start = v.tag === 'date-night' && night ? r.index - night[0].length : r.index + skip;
        hits.push({ start: offset + start, end: offset + end, value: v.value, rule: `${lex.lang}.${v.tag}` });
      }
      return hits;
    },
  };
}
