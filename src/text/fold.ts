/** Case- and accent-folding used wherever text is compared with lexicon terms. */

const APOSTROPHES = /[’‘ʼ`´]/gu;
const MARKS = /\p{M}/gu;

/** Lower case, no diacritics, straight apostrophes: 'Pékin' → 'pekin', 'l’Otan' → "l'otan". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').toLowerCase().replace(APOSTROPHES, "'");
}

/** True when the string's first letter is upper case. */
export function isCapitalised(s: string): boolean {
  const c = s.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True for acronyms written in capitals ('UE', 'OTAN', 'U.S.'), which are matched case-sensitively. */
export function isAcronym(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 5 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export const APOSTROPHE_CLASS = "'’ʼ";
