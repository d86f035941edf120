// Shared line handling for PETRARCH/TABARI dictionary files:
// comments (`#`, legacy TABARI `;`, XML `<!-- … -->`), bracketed codes, noun phrases.
import type { Diagnostic, NounPhrase } from './types.js';

export interface SourceLine {
  /** 1-based line number */
  line: number;
  /** content with comments removed, trimmed */
  text: string;
  /** the raw line started with whitespace (TABARI actor code lines are indented) */
  indented: boolean;
  /** text of a trailing `#`/`;` comment, if any */
  comment: string | null;
  /** a blank line (not a comment line) separates this line from the previous content line */
  gapBefore: boolean;
}

const XML_OPEN = /<!\s*--/;

/** Index of the first `#` or `;` that is not inside a closed `[...]`, or -1. */
function commentStart(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '[' && s.indexOf(']', i) > 0) depth++;
    else if (c === ']' && depth > 0) depth--;
    else if ((c === '#' || c === ';') && depth === 0) return i;
  }
  return -1;
}

/**
 * Splits a dictionary text into meaningful lines. Comment rules follow PETRARCH's reader:
 * `#` starts a comment anywhere (here: outside `[...]`, so TABARI codes like `[###]` survive),
 * `;` is the TABARI comment delimiter, `<!-- … -->` comments may span lines. A `<!--` that is
 * never closed is read as a one-line comment (PETRARCH skips lines starting with `<!`).
 */
export function scanLines(text: string, file: string, warnings: Diagnostic[]): SourceLine[] {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const out: SourceLine[] = [];
  let inXml = false;
  let gap = false;
  for (let i = 0; i < raw.length; i++) {
    let s = raw[i];
    if (!inXml && s.trim() === '') {
      gap = true;
      continue;
    }
    if (inXml) {
      const end = s.indexOf('-->');
      if (end < 0) continue;
      inXml = false;
      s = s.slice(end + 3);
    }
    for (;;) {
      const m = XML_OPEN.exec(s);
      if (!m) break;
      const end = s.indexOf('-->', m.index + m[0].length);
      if (end >= 0) {
        s = s.slice(0, m.index) + ' ' + s.slice(end + 3);
        continue;
      }
      const closedLater = raw.slice(i + 1).some((l) => l.includes('-->'));
      if (closedLater) inXml = true;
      else warnings.push({ file, line: i + 1, message: 'unclosed <!-- comment: read as a one-line comment' });
      s = s.slice(0, m.index);
      break;
    }
    const c = commentStart(s);
    const comment = c >= 0 ? s.slice(c + 1).trim() : null;
    if (c >= 0) s = s.slice(0, c);
    const trimmed = s.trim();
    if (trimmed === '') continue;
    out.push({ line: i + 1, text: trimmed, indented: /^\s/.test(s), comment, gapBefore: gap });
    gap = false;
  }
  return out;
}

export interface CodeSplit {
  /** text before the first `[` */
  head: string;
  /** contents of each `[...]` group, trimmed */
  codes: string[];
  /** non-blank text found after/between the groups */
  trailing: string;
  errors: string[];
  warnings: string[];
}

/** Splits `NAME {…} [CODE] [CODE2]` into the head and its bracketed codes. */
export function splitCodes(s: string): CodeSplit {
  const res: CodeSplit = { head: s, codes: [], trailing: '', errors: [], warnings: [] };
  const first = s.indexOf('[');
  if (first < 0) {
    if (s.includes(']')) res.errors.push('] without [');
    return res;
  }
  res.head = s.slice(0, first);
  if (res.head.includes(']')) res.errors.push('] without [');
  let rest = s.slice(first);
  const trailing: string[] = [];
  while (rest.length > 0) {
    const open = rest.indexOf('[');
    if (open < 0) {
      trailing.push(rest);
      break;
    }
    trailing.push(rest.slice(0, open));
    const close = rest.indexOf(']', open);
    const nextOpen = rest.indexOf('[', open + 1);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      const brace = rest.indexOf('}', open);
      if (brace > 0 && (nextOpen < 0 || brace < nextOpen)) {
        res.warnings.push(`[ closed by }: read as [${rest.slice(open + 1, brace).trim()}]`);
        res.codes.push(rest.slice(open + 1, brace).trim());
        rest = rest.slice(brace + 1);
        continue;
      }
      res.errors.push('unclosed [ in code');
      return res;
    }
    res.codes.push(rest.slice(open + 1, close).trim());
    rest = rest.slice(close + 1);
  }
  res.trailing = trailing.join(' ').trim();
  if (res.trailing.includes(']')) res.errors.push('] without [');
  return res;
}

/** Parses `WORD_WORD WORD_` into words and connectors (actor, agent and discard phrases). */
export function parseNounPhrase(text: string): NounPhrase {
  const t = text.trim();
  const wholeWord = t.endsWith('_');
  const body = wholeWord ? t.slice(0, -1) : t;
  const words: string[] = [];
  const connectors: ('_' | ' ')[] = [];
  let sep = '';
  for (const m of body.matchAll(/[^\s_]+|[\s_]+/g)) {
    const tok = m[0];
    if (/^[\s_]/.test(tok)) {
      sep += tok;
      continue;
    }
    if (words.length > 0) connectors.push(/^_+$/.test(sep) ? '_' : ' ');
    words.push(tok);
    sep = '';
  }
  return { text: t, words, connectors, wholeWord };
}

export function diag(file: string, line: number, message: string): Diagnostic {
  return { file, line, message };
}
