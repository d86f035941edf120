/** Detects the language of a text among those Vigie supports, with franc-min. */
import { franc } from 'franc-min';
import type { Lang } from '../model/types.js';

const SUPPORTED: Record<string, Lang> = { fra: 'fr', eng: 'en' };

export function detectLanguage(text: string): Lang {
  const code = franc(text.slice(0, 4000), { only: Object.keys(SUPPORTED), minLength: 3 });
  return SUPPORTED[code] ?? 'fr';
}
