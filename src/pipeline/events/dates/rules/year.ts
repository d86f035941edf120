/**
 * Years: 'en 2014', 'in 2014', 'depuis 1964', 'since 1964' (a cue word is needed: 'la
 * résolution 2231' is not a year), and ranges 'de 1998-2000', '1998 à 2000', which resolve to
 * their first year. A year inside a full date ('8 novembre 2023') is that date's, not its own.
 */
import type { TimeLexicon } from '../lexicon.js';
import { yearValue } from '../calendar.js';
import { alt, compile, END, group, leading, START, YEAR } from '../patterns.js';
import { regexRule, type Rule } from './types.js';

const GAP = '[\\s\\u00A0\\u202F]*';

export function yearRule(lex: TimeLexicon): Rule {
  const src = [
    START,
    `(?:${group('cue', leading(lex.yearCues))})?`,
    group('y1', YEAR),
    `(?:${GAP}${alt(lex.yearRangeJoin)}${GAP}${group('y2', YEAR)})?`,
    END,
  ].join('');
  return regexRule(lex.lang, 'year', compile(src), (g) => {
    const y1 = Number(g.y1);
    const y2 = g.y2 === undefined ? null : Number(g.y2);
    if (y2 !== null && y2 > y1 && y2 - y1 < 100) return { value: yearValue(y1), tag: 'year-range' };
    if (g.cue && y2 === null) return { value: yearValue(y1), tag: 'year-in' };
    return null;
  });
}
