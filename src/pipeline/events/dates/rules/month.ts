/**
 * Months: 'en février 2022', 'October 2016', 'depuis octobre 2017' (absolute); 'en octobre',
 * 'fin avril', 'in February', 'depuis juin' (the latest such month not after the document's);
 * 'août dernier', 'last August' (strictly before it); 'octobre prochain'. A bare month name
 * with none of these ('Octobre' in a name) is not a date.
 */
import type { TimeLexicon } from '../lexicon.js';
import { monthAfter, monthBefore, monthValue } from '../calendar.js';
import { alt, compile, END, group, leading, SPACE, START, trailing, YEAR } from '../patterns.js';
import { nameValue, regexRule, type Groups, type Resolved, type Rule } from './types.js';
import type { DocDate } from '../calendar.js';

export function monthRule(lex: TimeLexicon): Rule {
  const src = [
    START,
    `(?:${group('cue', leading(lex.monthCues))})?`,
    `(?:${group('pastB', leading(lex.past.before))}|${group('nextB', leading(lex.next.before))})?`,
    group('month', alt(lex.fullMonths)),
    `(?:${SPACE}${group('year', YEAR)})?`,
    `(?:${group('pastA', trailing(lex.past.after))}|${group('nextA', trailing(lex.next.after))})?`,
    END,
  ].join('');
  return regexRule(lex.lang, 'month', compile(src), (g, doc) => resolve(lex, g, doc));
}

function resolve(lex: TimeLexicon, g: Groups, doc: DocDate | null): Resolved {
  const m = nameValue(lex, lex.months, g.month);
  if (m === undefined) return null;
  if (g.year) return { value: monthValue(Number(g.year), m), tag: 'month-year' };
  if (doc === null) return null;
  if (g.pastB || g.pastA) return { value: monthBefore(doc, m, true), tag: 'month-last' };
  if (g.nextB || g.nextA) return { value: monthAfter(doc, m), tag: 'month-next' };
  if (g.cue) return { value: monthBefore(doc, m, false), tag: 'month-in' };
  return null;
}
