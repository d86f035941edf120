/**
 * Tokenisation with exact offsets. The text is never changed: a token is a view [start, end)
 * over it, with a folded form for matching. Language specifics (elisions, inverted clitics,
 * English contractions, abbreviations) come from the language's rules, read from data files.
 */
import type { Span } from '../model/types.js';
import { fold, isCapitalised } from './fold.js';

export type TokenKind = 'word' | 'num' | 'punct' | 'quote';

export interface Token extends Span {
  text: string;
  /** Folded form: lower case, no accents, straight apostrophes; 'il' for '-t-il'. */
  norm: string;
  /** Lower case with accents kept and straight apostrophes: tells 'à' from 'a', 'où' from 'ou'. */
  lower: string;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** An inverted subject pronoun ('-t-il', '-elle'). */
  clitic?: boolean;
  /** An elided word ("l'", "qu'"). */
  elided?: boolean;
}

export interface TokenRules {
  abbreviations: ReadonlySet<string>;
  initials: boolean;
  /** Folded elided words without their apostrophe: 'l', 'qu'. */
  elisions: ReadonlySet<string>;
  /** Folded inverted clitics without the leading hyphen: 't-il', 'elle'. */
  inverted: ReadonlySet<string>;
  /** Folded English suffixes split from their host: "n't", "'s". */
  suffixes: readonly string[];
  /** Folded hyphenated words that end like an inverted clitic but are one word: 'rendez-vous'. */
  compounds?: ReadonlySet<string>;
  /** The abbreviations with inner stops or hyphens, longest first (computed once by the loader). */
  dotted?: readonly string[];
}

const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’ʼ\-‑][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*['’]?/uy;
const ACRONYM = /(?:\p{Lu}\.){2,}/uy;
// Thousands grouped by spaces only after a group of one to three digits ('1 000', not '2022 100').
const NUM = /(?:\p{N}{1,3}(?:[ \u00A0\u202F]\p{N}{3}(?!\p{N}))+|\p{N}+(?:[.,]\p{N}+)*)(?:[.,]\p{N}+)?(?:er|re|e|ème|st|nd|rd|th)?(?![\p{L}\p{M}\p{N}])/uy;
/** A digit run glued to letters ('15h30', '1990s', '4x4') stays one token. */
const ALNUM = /\p{N}[\p{L}\p{M}\p{N}]*/uy;
const ELLIPSIS = /\.{2,}|…/uy;
const QUOTE_MARKS = '«»“”„‟‹›"';
const APOS = /['’ʼ]/u;

export function tokenize(text: string, span: Span, rules: TokenRules): Token[] {
  const out: Token[] = [];
  const dotted = rules.dotted ?? dottedAbbreviations(rules);
  const limit = span.end;
  let i = span.start;
  // One pass; the first character says which pattern can match, so only that one is tried.
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) { i++; continue; }
    const letter = isLetter(c, text, i);
    if (letter && mayBeDotted(text, i)) {
      const whole = matchAt(ACRONYM, text, i, limit) ?? matchDotted(text, i, limit, dotted);
      if (whole !== null) { out.push(make(text, i, whole, 'word')); i = whole; continue; }
    }
    if (isDigit(c, text, i)) {
      const m = matchAt(NUM, text, i, limit) ?? matchAt(ALNUM, text, i, limit) ?? i + 1;
      out.push(make(text, i, m, 'num'));
      i = m;
      continue;
    }
    if (letter) {
      const m = matchAt(WORD, text, i, limit);
      if (m !== null) { i = splitWord(text, i, m, limit, rules, out); continue; }
    }
    if (c === 46 || c === 0x2026) {
      const m = matchAt(ELLIPSIS, text, i, limit);
      if (m !== null) { out.push(make(text, i, m, 'punct')); i = m; continue; }
    }
    const ch = text.charAt(i);
    out.push(make(text, i, i + 1, QUOTE_MARKS.includes(ch) ? 'quote' : 'punct'));
    i++;
  }
  return out;
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x200b || c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x1680 || c === 0x205f || c === 0x85;
}

function isLetter(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text.charAt(i));
}

function isDigit(c: number, text: string, i: number): boolean {
  if (c < 128) return c >= 48 && c <= 57;
  return DIGIT.test(text.charAt(i));
}

/** A dotted abbreviation or acronym ('U.S.', 'J.-C.', 'a.m.') has a stop or hyphen within its first characters. */
function mayBeDotted(text: string, i: number): boolean {
  for (let k = i + 1; k <= i + 3; k++) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 45) return true;
  }
  return false;
}

function matchAt(re: RegExp, text: string, i: number, limit: number): number | null {
  re.lastIndex = i;
  const m = re.exec(text);
  if (!m || m[0].length === 0) return null;
  return Math.min(i + m[0].length, limit);
}

/** Abbreviations written with inner stops or hyphens ('J.-C', 'a.m', 'U.S'), longest first; one token each. */
export function dottedAbbreviations(rules: TokenRules): string[] {
  return [...rules.abbreviations].filter((a) => /^[^\s]*[.\-][^\s]*$/u.test(a)).sort((a, b) => b.length - a.length);
}

/** End of a dotted abbreviation at i, with its final stop, or null. */
function matchDotted(text: string, i: number, limit: number, dotted: readonly string[]): number | null {
  for (const a of dotted) {
    const end = i + a.length;
    if (end > limit || !text.startsWith(a, i) || /^[\p{L}\p{M}\p{N}]/u.test(text.charAt(end))) continue;
    if (a.endsWith('.')) return end;
    return text.charAt(end) === '.' && end < limit ? end + 1 : end;
  }
  return null;
}

function make(text: string, start: number, end: number, kind: TokenKind, norm?: string): Token {
  const t = text.slice(start, end);
  const f = norm ?? fold(t);
  return { start, end, text: t, norm: f, lower: norm ?? lowerWord(t, f), kind, cap: isCapitalised(t) };
}

/** Lower case keeping accents; the folded form when the word has none (the common case, no new string). */
function lowerWord(t: string, folded: string): string {
  if (folded === t) return t; // already lower-case ASCII
  const l = t.toLowerCase().replace(/[’‘ʼ]/gu, "'");
  return l === folded ? folded : l;
}

/** An abbreviation ('M.', 'gén.') or an initial ('J.') takes the stop that follows it. */
function absorbStop(text: string, w: Token, end: number, limit: number, rules: TokenRules): void {
  if (text.charCodeAt(end) !== 46 || end >= limit) return;
  if (rules.abbreviations.has(w.text) || (rules.initials && w.text.length === 1 && w.cap)) {
    w.end = end + 1;
    w.text = text.slice(w.start, end + 1);
  }
}

/**
 * Splits a word run into elision + word, word + clitic, word + suffix, and absorbs an abbreviation's
 * stop. Returns where the next token starts (past the stop when one was absorbed).
 */
function splitWord(text: string, start: number, end: number, limit: number, rules: TokenRules, out: Token[]): number {
  const next = end;
  // Most words have neither apostrophe nor hyphen: nothing to split.
  const raw = text.slice(start, end);
  if (!APOS.test(raw) && !raw.includes('-') && !raw.includes('‑')) {
    const w = make(text, start, end, 'word');
    absorbStop(text, w, end, limit, rules);
    out.push(w);
    return Math.max(next, w.end);
  }
  // A trailing apostrophe belongs to the word only for an elision ("l'" before a quote mark) or "s'".
  let s = start;
  for (;;) {
    const word = text.slice(s, end);
    const apo = word.search(APOS);
    if (apo > 0 && rules.elisions.has(fold(word.slice(0, apo)))) {
      const t = make(text, s, s + apo + 1, 'word');
      t.elided = true;
      out.push(t);
      s = s + apo + 1;
      if (s >= end) return next;
      continue;
    }
    break;
  }
  let trailing: Token | null = null;
  if (APOS.test(text.charAt(end - 1)) && !(rules.suffixes.includes("s'") && /s$/iu.test(text.slice(s, end - 1)))) {
    trailing = make(text, end - 1, end, 'punct');
    end--;
  }
  let e = end;
  const tail: Token[] = [];
  const folded = fold(text.slice(s, e));
  // Inverted clitic: 'a-t-il', 'dit-elle'.
  const hy = folded.indexOf('-');
  if (hy > 0 && rules.inverted.size && !rules.compounds?.has(folded)) {
    const tT = folded.indexOf('-t-');
    const cut = tT > 0 && rules.inverted.has(folded.slice(tT + 1)) ? tT : folded.lastIndexOf('-');
    const suffix = folded.slice(cut + 1);
    if (cut > 0 && rules.inverted.has(suffix)) {
      const c = make(text, s + cut, e, 'word', suffix.replace(/^t-/, ''));
      c.clitic = true;
      c.cap = false;
      tail.push(c);
      e = s + cut;
    }
  }
  // English contractions and possessives. A suffix with letters before a final apostrophe ("s'",
  // the possessive plural) keeps those letters on the host: 'generals' + "'".
  const f = rules.suffixes.length ? fold(text.slice(s, e)) : '';
  for (const suf of rules.suffixes) {
    if (f.length > suf.length && f.endsWith(suf)) {
      const len = /^\p{L}+'$/u.test(suf) ? 1 : suf.length;
      tail.unshift(make(text, e - len, e, 'word'));
      e -= len;
      break;
    }
  }
  const w = make(text, s, e, 'word');
  if (e === end) absorbStop(text, w, end, limit, rules);
  out.push(w, ...tail);
  if (trailing) out.push(trailing);
  return Math.max(next, w.end);
}
