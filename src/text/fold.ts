/** Case- and accent-folding used wherever text is compared with lexicon terms. */

const APOSTROPHES = /[’‘ʼ`´]/gu;
const MARKS = /\p{M}/gu;

/** Lower case, no diacritics, straight apostrophes: 'Pékin' → 'pekin', 'l’Otan' → "l'otan". */
export function fold(s: string): string {
  // Fast path: plain lower-case ASCII without apostrophes is already folded.
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90) || c === 96) { plain = false; break; }
  }
  if (plain) return s;
  return s.normalize('NFD').replace(MARKS, '').toLowerCase().replace(APOSTROPHES, "'");
}

/** True when the string's first letter is upper case. */
export function isCapitalised(s: string): boolean {
  const code = s.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = s.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True for acronyms written in capitals ('UE', 'OTAN', 'U.S.'), which are matched case-sensitively. */
export function isAcronym(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 5 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export const APOSTROPHE_CLASS = "'’ʼ";
