/**
 * Regular-expression sources built from lexicon phrases, Unicode-aware: a space in a phrase
 * matches any run of spaces (U+00A0 and U+202F too), an apostrophe any apostrophe, a hyphen
 * any hyphen. Word edges are lookarounds on letters and digits, never \b.
 */
import { APOSTROPHE_CLASS } from '../../../text/fold.js';

export const SPACE = '[\\s\\u00A0\\u202F]+';
/** Not preceded by a letter or a digit. */
export const START = '(?<![\\p{L}\\p{M}\\p{N}])';
/** Not followed by a letter or a digit. */
export const END = '(?![\\p{L}\\p{M}\\p{N}])';
/** A four-digit year of the 19th to 21st centuries, not inside a longer number ('260.000', '1 000'). */
export const YEAR = '(?<![\\p{N}][.,\\u00A0\\u202F ]?)(?:1[89]|20)\\p{Nd}{2}(?![.,]?\\p{N})';

const HYPHENS = '\\-\u2010\u2011';

function escapeChar(c: string): string {
  if (APOSTROPHE_CLASS.includes(c)) return `[${APOSTROPHE_CLASS}]`;
  if (c === '-' || c === '\u2010' || c === '\u2011') return `[${HYPHENS}]`;
  if (/\s/u.test(c)) return SPACE;
  return c.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

/** One phrase as a pattern. */
export function phrase(p: string): string {
  const parts: string[] = [];
  for (const c of p.trim()) {
    const e = escapeChar(c);
    if (e !== SPACE || parts[parts.length - 1] !== SPACE) parts.push(e);
  }
  return parts.join('');
}

/** Alternatives, longest first so 'près de' wins over 'près'; never matches when the list is empty. */
export function alt(list: readonly string[]): string {
  if (list.length === 0) return '(?!)';
  const sorted = [...new Set(list)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map(phrase).join('|')})`;
}

/** True when a word joins the next without a space: an elision ("l'", "d'") or a prefix ('mi-'). */
function glues(w: string): boolean {
  const last = w.charAt(w.length - 1);
  return APOSTROPHE_CLASS.includes(last) || last === '-';
}

/** Words before another word, each followed by a space unless it glues ("l'an", 'mi-octobre'). */
export function leading(list: readonly string[]): string {
  const spaced = list.filter((w) => !glues(w));
  const glued = list.filter(glues);
  const parts = [spaced.length ? `${alt(spaced)}${SPACE}` : '', glued.length ? alt(glued) : ''].filter(Boolean);
  return parts.length ? `(?:${parts.join('|')})` : '(?!)';
}

/** Words after another word, each after a space unless it glues to it ('mois-ci'). */
export function trailing(list: readonly string[]): string {
  const spaced = list.filter((w) => !/^[-\u2010\u2011]/u.test(w));
  const glued = list.filter((w) => /^[-\u2010\u2011]/u.test(w));
  const parts = [spaced.length ? `${SPACE}${alt(spaced)}` : '', glued.length ? alt(glued) : ''].filter(Boolean);
  return parts.length ? `(?:${parts.join('|')})` : '(?!)';
}

/** A named group, for reading what matched. */
export const group = (name: string, src: string): string => `(?<${name}>${src})`;

export function compile(src: string): RegExp {
  return new RegExp(src, 'giu');
}
