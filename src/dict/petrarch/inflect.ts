// Regular English inflection used to generate the forms PETRARCH dictionaries leave implicit.
// PETRARCH's own rules are cruder (e.g. any final S → +ES); these follow ordinary spelling.

const VOWELS = 'AEIOU';

/** Appends a suffix in the case of the word (dictionary words are normally upper case). */
function withSuffix(word: string, suffix: string): string {
  const last = word[word.length - 1] ?? '';
  return word + (last !== last.toUpperCase() ? suffix.toLowerCase() : suffix);
}

function endsWithConsonantY(u: string): boolean {
  return u.length > 1 && u.endsWith('Y') && !VOWELS.includes(u[u.length - 2]);
}

function needsEs(u: string): boolean {
  return /(S|X|Z|CH|SH)$/.test(u);
}

/**
 * Regular plural of a noun: CITY → CITIES, BOSS → BOSSES, TROOP → TROOPS. A word ending in a
 * single S other than -US/-IS (DOLLARS, FORCES) is taken as already plural: null.
 */
export function pluralNoun(word: string): string | null {
  const u = word.toUpperCase();
  if (u.length === 0 || !/[A-Z]$/.test(u)) return null;
  if (endsWithConsonantY(u)) return withSuffix(word.slice(0, -1), 'IES');
  if (/S$/.test(u) && !/(SS|US|IS)$/.test(u)) return null;
  if (needsEs(u)) return withSuffix(word, 'ES');
  return withSuffix(word, 'S');
}

/** Regular forms of a verb besides the base: third person -S, past -ED, present participle -ING. */
export function regularVerbForms(word: string): string[] {
  const u = word.toUpperCase();
  const third = endsWithConsonantY(u)
    ? withSuffix(word.slice(0, -1), 'IES')
    : needsEs(u)
      ? withSuffix(word, 'ES')
      : withSuffix(word, 'S');
  const past = u.endsWith('E')
    ? withSuffix(word, 'D')
    : endsWithConsonantY(u)
      ? withSuffix(word.slice(0, -1), 'IED')
      : withSuffix(word, 'ED');
  let ing: string;
  if (u.endsWith('IE')) ing = withSuffix(word.slice(0, -2), 'YING');
  else if (u.endsWith('E') && !/(EE|YE|OE)$/.test(u) && u.length > 2) ing = withSuffix(word.slice(0, -1), 'ING');
  else ing = withSuffix(word, 'ING');
  return [third, past, ing];
}
