/**
 * Counts back from the document: 'il y a deux jours', 'il y a près de deux ans', 'three weeks
 * ago'. Days give a day, weeks and months a month ('YYYY-MM'), years the document's month that
 * many years back ('YYYY-MM'), decades a year. Never later than the document.
 */
import type { TimeLexicon, Unit } from '../lexicon.js';
import { shiftDays, shiftMonths, shiftYears, type DocDate } from '../calendar.js';
import { alt, compile, END, group, leading, SPACE, START, trailing } from '../patterns.js';
import { regexRule, type Rule } from './types.js';

export function agoRule(lex: TimeLexicon): Rule {
  const count = `(?:\\p{Nd}{1,3}|${alt(lex.numbers.written)})`;
  const src = [
    START,
    `(?:${group('before', leading(lex.ago.before))})?`,
    `(?:${leading(lex.approx)})?`,
    group('n', count),
    SPACE,
    group('unit', alt(lex.units.written)),
    `(?:${group('after', trailing(lex.ago.after))})?`,
    END,
  ].join('');
  return regexRule(lex.lang, 'ago', compile(src), (g, doc) => {
    if (!(g.before || g.after) || doc === null || g.n === undefined || g.unit === undefined) return null;
    const n = /^\p{Nd}+$/u.test(g.n) ? Number(g.n) : lex.numbers.get(g.n);
    const unit = lex.units.get(g.unit);
    if (n === undefined || unit === undefined) return null;
    return { value: back(doc, n, unit), tag: 'ago' };
  });
}

function back(doc: DocDate, n: number, unit: Unit): string | null {
  switch (unit) {
    case 'day': return shiftDays(doc, -n);
    case 'week': return shiftDays(doc, -7 * n, 'month');
    case 'month': return shiftMonths(doc, -n);
    case 'year': return shiftYears(doc, -n, true);
    case 'decade': return shiftYears(doc, -10 * n, false);
  }
}
