/** Labels in French or English, chosen from navigator.language; the table is data (i18n.json). */
import table from './i18n.json';

export type Lang = 'fr' | 'en';
export type Key = keyof typeof table.en;
export type T = (key: Key) => string;

export function pickLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}

export function translator(lang: Lang): T {
  const labels: Record<string, string> = table[lang];
  return (key) => labels[key] ?? table.en[key];
}
