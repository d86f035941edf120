/**
 * Pairing of quotation marks inside each paragraph: « », “ ”, „ “, ‹ ›, and straight " by context.
 * A quote never runs past the end of its paragraph: an unclosed mark ends there (the French and
 * English habit of reopening the mark on the next paragraph makes each paragraph its own span),
 * so an unbalanced mark cannot swallow the rest of the article.
 */
import type { Paragraph, Span } from '../model/types.js';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the paragraph ended first. */
  close: number;
  /** The words inside the marks, trimmed of spaces. */
  inner: Span;
  depth: number;
  paragraph: number;
}

const CLOSER: Record<string, string> = { '«': '»', '“': '”', '„': '“', '‹': '›', '"': '"', '‟': '”' };
const SPACE = /[\s\u00A0\u202F]/u;
/** Every opening or closing mark; the text between two marks is skipped in one step. */
const MARK = /[«»“”„‟‹›"]/gu;

function straightOpens(text: string, i: number, p: Paragraph): boolean {
  if (i === p.start) return true;
  const before = text.charAt(i - 1);
  // After an elided word too: l'"armée", d'"un accord".
  return SPACE.test(before) || `([{«“‘—–-/'’ʼ`.includes(before);
}

interface Open { mark: string; at: number }

export function pairQuotes(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  paragraphs.forEach((p, pi) => {
    const stack: Open[] = [];
    const finish = (o: Open, close: number, end: number): void => {
      out.push({ open: o.at, close, inner: trim(text, o.at + 1, end), depth: stack.length, paragraph: pi });
    };
    MARK.lastIndex = p.start;
    for (let m = MARK.exec(text); m !== null && m.index < p.end; m = MARK.exec(text)) {
      const i = m.index;
      const c = m[0];
      if (c === '"') {
        const open = lastIndexWhere(stack, (o) => o.mark === '"');
        if (open >= 0) {
          while (stack.length > open + 1) finish(stack.pop()!, -1, i);
          finish(stack.pop()!, i, i);
        } else if (straightOpens(text, i, p)) stack.push({ mark: c, at: i });
        continue;
      }
      if (c in CLOSER) {
        // '“' closes a '„' quote; otherwise it opens one.
        const top = stack[stack.length - 1];
        if (c === '“' && top?.mark === '„') { stack.pop(); finish(top, i, i); continue; }
        stack.push({ mark: c, at: i });
        continue;
      }
      const idx = lastIndexWhere(stack, (o) => CLOSER[o.mark] === c);
      if (idx < 0) continue; // a stray closing mark
      while (stack.length > idx + 1) finish(stack.pop()!, -1, i);
      finish(stack.pop()!, i, i);
    }
    while (stack.length) finish(stack.pop()!, -1, p.end);
  });
  return out
    .filter((q) => q.inner.end > q.inner.start)
    .sort((a, b) => a.open - b.open);
}

function lastIndexWhere<T>(xs: readonly T[], f: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i])) return i;
  return -1;
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && SPACE.test(text.charAt(start))) start++;
  while (end > start && SPACE.test(text.charAt(end - 1))) end--;
  return { start, end };
}

/** True when the offset lies inside the inner span of some quote. */
export function insideQuote(quotes: readonly QuoteSpan[], offset: number): boolean {
  return quotes.some((q) => offset >= q.inner.start && offset < q.inner.end);
}
