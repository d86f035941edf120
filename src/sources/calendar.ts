/** Month and weekday names of a language, from data/lexicons/LANG/calendar.yaml. */
import type { Lang } from '../model/types.js';
import { readYaml } from '../data/yaml.js';
import { fold } from '../text/fold.js';

export interface Calendar {
  months: ReadonlyMap<string, number>;
  weekdays: ReadonlyMap<string, number>;
  /** Finds month names in a text (any case), as whole words. */
  monthPattern: RegExp;
}

export function loadCalendar(dataDir: string, lang: Lang): Calendar {
  const raw = readYaml<{ months: Record<string, number>; weekdays: Record<string, number> }>(`${dataDir}/lexicons/${lang}/calendar.yaml`);
  const names = Object.keys(raw.months).sort((x, y) => y.length - x.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return {
    months: new Map(Object.entries(raw.months).map(([k, v]) => [fold(k), v])),
    weekdays: new Map(Object.entries(raw.weekdays).map(([k, v]) => [fold(k), v])),
    monthPattern: new RegExp(`(?<!\\p{L})(?:${names.join('|')})(?!\\p{L})`, 'giu'),
  };
}
