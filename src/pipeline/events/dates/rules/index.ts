/** The rules of a language, in one list; they share the algorithm and differ only by their words. */
import type { TimeLexicon } from '../lexicon.js';
import { agoRule } from './ago.js';
import { explicitRule } from './explicit.js';
import { monthRule } from './month.js';
import { periodRule } from './period.js';
import { relativeDayRule } from './relative-day.js';
import type { Rule } from './types.js';
import { nightRule, weekdayRule } from './weekday.js';
import { yearRule } from './year.js';

export type { Hit, Rule } from './types.js';

export function buildRules(lex: TimeLexicon): Rule[] {
  return [
    explicitRule(lex),
    nightRule(lex),
    weekdayRule(lex),
    relativeDayRule(lex),
    agoRule(lex),
    periodRule(lex),
    monthRule(lex),
    yearRule(lex),
  ];
}
