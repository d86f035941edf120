/**
 * The time words of a language, read once from data/lexicons/LANG/calendar.yaml (month and
 * weekday names) and data/lexicons/LANG/time.yaml (modifiers, relative days, units, numbers).
 * Every field is checked at load; a bad one fails with the file and the key at fault.
 */
import { join } from 'node:path';
import type { Lang } from '../../../model/types.js';
import { readYaml } from '../../../data/yaml.js';
import { VigieError } from '../../../model/errors.js';
import { fold } from '../../../text/fold.js';

export type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';
const UNITS: readonly Unit[] = ['day', 'week', 'month', 'year', 'decade'];

/** Words that go before or after the word they modify ('last Friday', 'vendredi dernier'). */
export interface Affixes {
  before: string[];
  after: string[];
}

/** A word list with values: written forms (for patterns) and a lookup by folded form (fold()). */
export interface Words<T> {
  written: string[];
  get(word: string): T | undefined;
}

export interface TimeLexicon {
  lang: Lang;
  /** Month and weekday names count only when written with a capital ('May', not 'may'). */
  capitalised: boolean;
  months: Words<number>;
  /** Written month names that are full names, not abbreviations ('juin', not 'jun'). */
  fullMonths: string[];
  weekdays: Words<number>;
  past: Affixes;
  next: Affixes;
  this: Affixes;
  articles: string[];
  lastWeek: string[];
  dayBefore: string[];
  dayAfter: string[];
  night: { before: string[]; join: string[] };
  /** Words before a date that are not part of it ('on 15 November'), trimmed from chrono's spans. */
  dateLead: string[];
  relativeDays: Words<number>;
  anchoredBy: string[];
  monthCues: string[];
  yearCues: string[];
  yearRangeJoin: string[];
  ago: Affixes;
  approx: string[];
  numbers: Words<number>;
  units: Words<Unit>;
  periods: Words<Unit>;
  /** Season → [first month, last month]; winter runs from 12 to 2. */
  seasons: Words<[number, number]>;
}

type Raw = Record<string, unknown>;

function fail(where: string, message: string): never {
  throw new VigieError('E_DATA', where, message);
}

function strings(raw: Raw, key: string, where: string): string[] {
  const v = raw[key];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === '')) {
    fail(`${where}#${key}`, 'expected a list of non-empty strings');
  }
  return v as string[];
}

function mapping(raw: Raw, key: string, where: string): Raw {
  const v = raw[key];
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(`${where}#${key}`, 'expected a mapping');
  return v as Raw;
}

function affixes(raw: Raw, key: string, where: string): Affixes {
  const v = mapping(raw, key, where);
  return { before: strings(v, 'before', `${where}#${key}`), after: strings(v, 'after', `${where}#${key}`) };
}

function wordsOf<T>(raw: Raw, key: string, where: string, check: (v: unknown) => v is T): Words<T> {
  const v = mapping(raw, key, where);
  const byFold = new Map<string, T>();
  for (const [k, x] of Object.entries(v)) {
    if (!check(x)) fail(`${where}#${key}.${k}`, `unexpected value ${JSON.stringify(x)}`);
    byFold.set(fold(k), x);
  }
  return { written: Object.keys(v), get: (word) => byFold.get(fold(word)) };
}

const isInt = (lo: number, hi: number) => (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
const isUnit = (v: unknown): v is Unit => typeof v === 'string' && (UNITS as readonly string[]).includes(v);
const isMonthPair = (v: unknown): v is [number, number] =>
  Array.isArray(v) && v.length === 2 && v.every(isInt(1, 12));

/** A month name is an abbreviation when it starts a longer name of the same month ('sept' → 'september'). */
function fullNames(months: Words<number>): string[] {
  return months.written.filter((w) => {
    const f = fold(w);
    return !months.written.some((o) => fold(o) !== f && fold(o).startsWith(f) && months.get(o) === months.get(w));
  });
}

export function loadTimeLexicon(dataDir: string, lang: Lang): TimeLexicon {
  const calPath = join(dataDir, 'lexicons', lang, 'calendar.yaml');
  const timePath = join(dataDir, 'lexicons', lang, 'time.yaml');
  const cal = readYaml<Raw>(calPath) ?? {};
  const t = readYaml<Raw>(timePath) ?? {};
  const months = wordsOf(cal, 'months', calPath, isInt(1, 12));
  const night = mapping(t, 'night', timePath);
  return {
    lang,
    capitalised: t.capitalised === true,
    months,
    fullMonths: fullNames(months),
    weekdays: wordsOf(cal, 'weekdays', calPath, isInt(0, 6)),
    past: affixes(t, 'past', timePath),
    next: affixes(t, 'next', timePath),
    this: affixes(t, 'this', timePath),
    articles: strings(t, 'articles', timePath),
    lastWeek: strings(t, 'lastWeek', timePath),
    dayBefore: strings(t, 'dayBefore', timePath),
    dayAfter: strings(t, 'dayAfter', timePath),
    night: { before: strings(night, 'before', `${timePath}#night`), join: strings(night, 'join', `${timePath}#night`) },
    dateLead: strings(t, 'dateLead', timePath),
    relativeDays: wordsOf(t, 'relativeDays', timePath, isInt(-7, 7)),
    anchoredBy: strings(t, 'anchoredBy', timePath),
    monthCues: strings(t, 'monthCues', timePath),
    yearCues: strings(t, 'yearCues', timePath),
    yearRangeJoin: strings(t, 'yearRangeJoin', timePath),
    ago: affixes(t, 'ago', timePath),
    approx: strings(t, 'approx', timePath),
    numbers: wordsOf(t, 'numbers', timePath, isInt(1, 1000)),
    units: wordsOf(t, 'units', timePath, isUnit),
    periods: wordsOf(t, 'periods', timePath, isUnit),
    seasons: wordsOf(t, 'seasons', timePath, isMonthPair),
  };
}

