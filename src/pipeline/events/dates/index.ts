/**
 * Time expressions in a sentence, each resolved against the document's date: 'mercredi',
 * 'jeudi dernier', 'le 8 novembre', 'en octobre', 'il y a près de deux ans', 'last week'.
 * Words come from data/lexicons/LANG/{calendar,time}.yaml; each rule is a pure function
 * (./rules/); chrono-node reads full dates, our rules do the rest and all the resolving.
 */
import { fold } from '../../../text/fold.js';
import type { Lang, Span } from '../../../model/types.js';
import { parseDocDate } from './calendar.js';
import { loadTimeLexicon, type TimeLexicon } from './lexicon.js';
import { buildRules, type Hit, type Rule } from './rules/index.js';

export interface TimeExpression extends Span {
  /** Resolved: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', as precise as the text allows. */
  value: string;
  /** Id of the rule that made it, e.g. 'fr.weekday', 'fr.month-in', 'en.ago'. */
  rule: string;
  /** text.slice(start, end). */
  text: string;
}

export interface DateResolver {
  /**
   * Expressions inside `span`, sorted by offset. docDate is 'YYYY-MM-DD', 'YYYY-MM', 'YYYY' or
   * null; with null only absolute expressions ('en février 2022', 'le 8 novembre 2023') are given.
   */
  find(text: string, span: Span, lang: Lang, docDate: string | null, words?: ReadonlySet<string>): TimeExpression[];
  /**
   * Folded words one of which (or a number) every time expression holds: month and weekday names,
   * relative days, units and seasons. A sentence with none of them and no number needs no search.
   */
  anchors: Record<Lang, ReadonlySet<string>>;
}

/**
 * Keeps the longest of overlapping hits ('mercredi 8 novembre' over 'mercredi', '8 novembre
 * 2023' over a year in it); on equal spans, the earlier rule in the list wins.
 */
export function resolveOverlaps(hits: readonly Hit[]): Hit[] {
  const order = hits
    .map((h, i) => ({ h, i }))
    .sort((a, b) => (b.h.end - b.h.start) - (a.h.end - a.h.start) || a.h.start - b.h.start || a.i - b.i);
  const kept: Hit[] = [];
  for (const { h } of order) {
    if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function createDateResolver(dataDir: string): DateResolver {
  const lexicons = { fr: loadTimeLexicon(dataDir, 'fr'), en: loadTimeLexicon(dataDir, 'en') };
  const rules: Record<Lang, Rule[]> = { fr: buildRules(lexicons.fr), en: buildRules(lexicons.en) };
  const anchorsOf = (lex: TimeLexicon): Set<string> => new Set(
    [lex.months, lex.weekdays, lex.relativeDays, lex.units, lex.seasons]
      .flatMap((w) => w.written)
      .flatMap((phrase) => fold(phrase).split(/[\s']+/u))
      .filter((w) => w.length > 2 || /^(an|ans)$/u.test(w)),
  );
  const triggers = { fr: triggersOf(lexicons.fr), en: triggersOf(lexicons.en) };
  return {
    anchors: { fr: anchorsOf(lexicons.fr), en: anchorsOf(lexicons.en) },
    find(text, span, lang, docDate, known) {
      const doc = parseDocDate(docDate);
      const sentence = text.slice(span.start, span.end);
      const words = known ?? new Set(fold(sentence).split(/[^\p{L}\p{N}]+/u));
      const hits = rules[lang].filter((r) => mayMatch(r.id, words, sentence, triggers[lang])).flatMap((r) => r.find(sentence, span.start, doc));
      return resolveOverlaps(hits).map((h) => ({
        start: h.start,
        end: h.end,
        value: h.value,
        rule: h.rule,
        text: text.slice(h.start, h.end),
      }));
    },
  };
}

/** The words without which a rule family cannot match: a weekday rule needs a weekday name, and so on. */
interface Triggers { weekdays: Set<string>; months: Set<string>; relative: Set<string>; units: Set<string> }

function triggersOf(lex: TimeLexicon): Triggers {
  const words = (...ws: { written: string[] }[]): Set<string> => new Set(ws.flatMap((w) => w.written).flatMap((p) => fold(p).split(/[\s']+/u)).filter(Boolean));
  return { weekdays: words(lex.weekdays), months: words(lex.months), relative: words(lex.relativeDays), units: words(lex.units, lex.seasons) };
}

const any = (words: ReadonlySet<string>, of: ReadonlySet<string>): boolean => {
  for (const w of of) if (words.has(w)) return true;
  return false;
};

/** False when the sentence lacks what the rule family `id` ('fr.weekday') needs, so it is not run. */
function mayMatch(id: string, words: ReadonlySet<string>, sentence: string, t: Triggers): boolean {
  switch (id.slice(id.indexOf('.') + 1)) {
    case 'date': return /\p{N}/u.test(sentence);
    case 'year': return /\p{N}{4}/u.test(sentence);
    case 'weekday': case 'night': return any(words, t.weekdays);
    case 'month': return any(words, t.months);
    case 'relative-day': return any(words, t.relative);
    case 'ago': case 'period': return any(words, t.units) || any(words, t.months);
    default: return true;
  }
}
