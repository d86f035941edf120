/**
 * Days counted from the document's day: 'aujourd'hui', 'hier soir', 'avant-hier', 'la veille',
 * 'yesterday', 'today'. 'la veille de son départ' is tied to another event and is left alone.
 * In a document dated only by month the value is that month.
 */
import type { TimeLexicon } from '../lexicon.js';
import { shiftDays } from '../calendar.js';
import { alt, compile, END, group, leading, SPACE, START, trailing } from '../patterns.js';
import { regexRule, type Rule } from './types.js';

export function relativeDayRule(lex: TimeLexicon): Rule {
  const anchored = lex.anchoredBy.length ? `(?!${SPACE}${alt(lex.anchoredBy)}${END})` : '';
  const src = [
    START,
    `(?:${leading(lex.dayBefore)})?`,
    group('rel', alt(lex.relativeDays.written)),
    `(?:${trailing(lex.dayAfter)})?`,
    END,
    anchored,
  ].join('');
  return regexRule(lex.lang, 'relative-day', compile(src), (g, doc) => {
    const n = g.rel === undefined ? undefined : lex.relativeDays.get(g.rel);
    if (n === undefined || doc === null) return null;
    return { value: shiftDays(doc, n), tag: 'relative-day' };
  });
}
