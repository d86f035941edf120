/** What a rule is: a pure function from a sentence and the document's date to time expressions. */
import type { DocDate } from '../calendar.js';
import type { TimeLexicon } from '../lexicon.js';
import { isCapitalised } from '../../../../text/fold.js';

/** A found expression, offsets into the document's text. */
export interface Hit {
  start: number;
  end: number;
  value: string;
  rule: string;
}

export interface Rule {
  /** Tag of the rule family, e.g. 'fr.weekday'; hits may carry a finer one ('fr.weekday-last'). */
  readonly id: string;
  /** Expressions in `text`, which starts at `offset` in the document. */
  find(text: string, offset: number, doc: DocDate | null): Hit[];
}

export type Groups = Partial<Record<string, string>>;

/** A resolution: the value and the rule id suffix ('weekday-last'), or null to drop the match. */
export type Resolved = { value: string | null; tag: string } | null;

/** A rule made of one regular expression and a pure function from its named groups to a value. */
export function regexRule(lang: string, id: string, re: RegExp, resolve: (g: Groups, doc: DocDate | null) => Resolved): Rule {
  return {
    id: `${lang}.${id}`,
    find(text, offset, doc) {
      const hits: Hit[] = [];
      for (const m of text.matchAll(re)) {
        const r = resolve(m.groups ?? {}, doc);
        if (!r || r.value === null) continue;
        hits.push({ start: offset + m.index!, end: offset + m.index! + m[0].length, value: r.value, rule: `${lang}.${r.tag}` });
      }
      return hits;
    },
  };
}

/** A month or weekday name as the lexicon counts it: capitalised where the language wants it ('May', not 'may'). */
export function nameValue(lex: TimeLexicon, words: TimeLexicon['months'], word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (lex.capitalised && !isCapitalised(word)) return undefined;
  return words.get(word);
}
