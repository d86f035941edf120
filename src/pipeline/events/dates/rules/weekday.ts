/**
 * Weekdays: 'mercredi', 'plus tôt mercredi', 'jeudi soir', 'jeudi dernier', 'vendredi de la
 * semaine dernière', 'late on Saturday', 'last Friday', 'next Monday'. A bare weekday is the
 * latest such day on or before the document's day (the document's own weekday is that day);
 * 'dernier' / 'last' goes at least one day back; 'of last week' is that day in the previous
 * calendar week. A document dated only by month gives the month.
 */
import { weekdayAfter, weekdayBefore, weekdayOfLastWeek, type DocDate } from '../calendar.js';
import type { TimeLexicon } from '../lexicon.js';
import { alt, compile, END, group, leading, SPACE, START, trailing } from '../patterns.js';
import { nameValue, regexRule, type Groups, type Resolved, type Rule } from './types.js';

export function weekdayRule(lex: TimeLexicon): Rule {
  const src = [
    START,
    `(?:${leading(lex.dayBefore)})?`,
    `(?:${group('pastB', leading(lex.past.before))}|${group('nextB', leading(lex.next.before))})?`,
    group('wd', alt(lex.weekdays.written)),
    `(?:${group('lastWeek', trailing(lex.lastWeek))}|${group('pastA', trailing(lex.past.after))}|${group('nextA', trailing(lex.next.after))})?`,
    `(?:${trailing(lex.dayAfter)})?`,
    END,
  ].join('');
  return regexRule(lex.lang, 'weekday', compile(src), (g, doc) => resolve(lex, g, doc));
}

function resolve(lex: TimeLexicon, g: Groups, doc: DocDate | null): Resolved {
  const wd = nameValue(lex, lex.weekdays, g.wd);
  if (wd === undefined || doc === null) return null;
  if (g.lastWeek) return { value: weekdayOfLastWeek(doc, wd), tag: 'weekday-last-week' };
  if (g.pastB || g.pastA) return { value: weekdayBefore(doc, wd, 1), tag: 'weekday-last' };
  if (g.nextB || g.nextA) return { value: weekdayAfter(doc, wd), tag: 'weekday-next' };
  return { value: weekdayBefore(doc, wd, 0), tag: 'weekday' };
}

/**
 * 'dans la nuit de mardi à mercredi', 'overnight Tuesday to Wednesday': the night that begins
 * on the first day, so its date is the day before the latest second day on or before the document's.
 */
export function nightRule(lex: TimeLexicon): Rule {
  const days = alt(lex.weekdays.written);
  const src = `${START}${leading(lex.night.before)}${group('wd1', days)}${SPACE}${alt(lex.night.join)}${SPACE}${group('wd2', days)}${END}`;
  return regexRule(lex.lang, 'night', compile(src), (g, doc) => {
    const first = nameValue(lex, lex.weekdays, g.wd1);
    const second = nameValue(lex, lex.weekdays, g.wd2);
    if (first === undefined || second === undefined || doc === null || (first + 1) % 7 !== second) return null;
    return { value: weekdayBefore(doc, second, 0, -1), tag: 'night' };
  });
}
