/** Splits a text into paragraphs (blank-line separated, or one per line when there is no blank line) with their roles. */
import type { Paragraph, Span } from '../model/types.js';

const CREDIT = /\(\s*[^()\n]*[\p{Lu}][^()\n]*\)\s*$/u;

export function splitParagraphs(text: string, from = 0): Span[] {
  const body = text.slice(from);
  const sep = /\n[ \t\u00A0]*\n/.test(body) ? /\n[ \t\u00A0\r]*\n\s*/g : /\n\s*/g;
  const out: Span[] = [];
  let start = from;
  for (const m of body.matchAll(sep)) {
    push(text, start, from + m.index, out);
    start = from + m.index + m[0].length;
  }
  push(text, start, text.length, out);
  return out;
}

function push(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/u.test(text.charAt(start))) start++;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

/**
 * Roles in a dispatch: the first paragraph after the title is the lead; a short paragraph that ends
 * in a photo credit in parentheses ('( POOL / Gavriil GRIGOROV )') is a caption; the rest is body.
 */
export function assignRoles(text: string, spans: readonly Span[], hasLead: boolean): Paragraph[] {
  return spans.map((s, i) => {
    const p = text.slice(s.start, s.end);
    const credit = CREDIT.exec(p);
    if (credit && p.length < 400 && (credit[0].includes('/') || /(?<![\p{L}\p{N}])(?:AFP|AP|Reuters|POOL)(?![\p{L}\p{N}])/u.test(credit[0]))) {
      return { ...s, role: 'caption', credit: { start: s.start + credit.index, end: s.end } };
    }
    return { ...s, role: hasLead && i === 0 ? 'lead' : 'body' };
  });
}
