/**
 * Periods around the document: 'la semaine dernière', 'le mois dernier', 'l'an dernier',
 * 'l'année dernière', 'ce mois-ci', 'cette année', 'last week', 'this month', 'next year', and
 * seasons 'l'été dernier', 'last summer'. A week gives the month of its day seven days away
 * (a week has no day of its own), a month 'YYYY-MM', a year 'YYYY'. A season gives its year:
 * the value grammar has no season and July would be a guess ('l'été dernier' in May 2021 → '2020').
 */
import type { TimeLexicon, Unit } from '../lexicon.js';
import { seasonYear, shiftDays, shiftMonths, yearValue, type DocDate } from '../calendar.js';
import { alt, compile, END, group, leading, START, trailing } from '../patterns.js';
import { regexRule, type Groups, type Resolved, type Rule } from './types.js';

export function periodRule(lex: TimeLexicon): Rule {
  const before = `(?:${group('pastB', leading(lex.past.before))}|${group('nextB', leading(lex.next.before))}|${group('thisB', leading(lex.this.before))})`;
  const after = `(?:${group('pastA', trailing(lex.past.after))}|${group('nextA', trailing(lex.next.after))}|${group('thisA', trailing(lex.this.after))})`;
  const src = [
    START,
    `(?:${leading(lex.articles)})?`,
    `${before}?`,
    group('word', alt([...lex.periods.written, ...lex.seasons.written])),
    `${after}?`,
    END,
  ].join('');
  return regexRule(lex.lang, 'period', compile(src), (g, doc) => resolve(lex, g, doc));
}

function direction(g: Groups): -1 | 0 | 1 | null {
  if (g.pastB || g.pastA) return -1;
  if (g.nextB || g.nextA) return 1;
  if (g.thisB || g.thisA) return 0;
  return null;
}

const TAGS = { '-1': 'period-last', '0': 'period-this', '1': 'period-next' } as const;

function resolve(lex: TimeLexicon, g: Groups, doc: DocDate | null): Resolved {
  const k = direction(g);
  if (k === null || doc === null || g.word === undefined) return null;
  const season = lex.seasons.get(g.word);
  if (season) return { value: seasonYear(doc, season, k), tag: k < 0 ? 'season-last' : k > 0 ? 'season-next' : 'season-this' };
  const unit = lex.periods.get(g.word);
  return unit ? { value: periodValue(doc, unit, k), tag: TAGS[k] } : null;
}

function periodValue(doc: DocDate, unit: Unit, k: number): string | null {
  switch (unit) {
    case 'week': return shiftDays(doc, 7 * k, 'month');
    case 'month': return shiftMonths(doc, k);
    case 'year': return yearValue(doc.y + k);
    default: return null;
  }
}
