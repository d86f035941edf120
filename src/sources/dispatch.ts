/**
 * The dispatch format of the seed: a first line ' date YYYY-MM[-DD] <title>' (a leading space may
 * come first), then blank-line separated paragraphs: a lead, possibly a photo caption ending in a
 * credit in parentheses, then the body. Without the date line, the text is plain: its first line is
 * the title when it is short and followed by other paragraphs.
 */
import type { Document } from '../model/types.js';
import { buildDocument, type ReadOptions } from './document.js';

const DATE_LINE = /^\uFEFF?[ \t]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)[ \t]+([^\n]*)/u;

export function isDispatch(text: string): boolean {
  return DATE_LINE.test(text);
}

export function readTextDocument(text: string, id: string, opts: ReadOptions, source?: string): Document {
  const m = DATE_LINE.exec(text);
  if (m) {
    const titleStart = m[0].length - m[2].length;
    const titleText = m[2].trimEnd();
    return buildDocument({
      id, text, source,
      title: titleText || null,
      date: m[1],
      bodyFrom: m[0].length,
      titleParagraph: titleText ? { start: titleStart, end: titleStart + titleText.length, role: 'title' } : undefined,
    }, opts);
  }
  // Plain text: a short first line followed by more text is a title.
  const nl = text.search(/\n\s*\n/u);
  const firstLine = nl > 0 ? text.slice(0, nl).trim() : '';
  if (firstLine && firstLine.length <= 200 && !firstLine.includes('\n') && !/[.:;]$/u.test(firstLine)) {
    const start = text.indexOf(firstLine);
    return buildDocument({
      id, text, source, title: firstLine, date: null, bodyFrom: nl,
      titleParagraph: { start, end: start + firstLine.length, role: 'title' },
    }, opts);
  }
  return buildDocument({ id, text, source, title: null, date: null }, opts);
}
