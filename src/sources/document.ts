/** Builds a Document from a text and what a reader knows of it. */
import type { Document, Lang, Paragraph } from '../model/types.js';
import type { Calendar } from './calendar.js';
import { detectLanguage } from './language.js';
import { refineDocumentDate } from './document-date.js';
import { assignRoles, splitParagraphs } from './paragraphs.js';

export interface ReadOptions {
  /** Forces the language instead of detecting it. */
  lang?: Lang;
  maxBytes?: number;
  calendars: Record<Lang, Calendar>;
}

export interface DocumentParts {
  id: string;
  text: string;
  title?: string | null;
  date?: string | null;
  url?: string;
  source?: string;
  meta?: Record<string, unknown>;
  /** Where the body starts (after a dispatch's date line). */
  bodyFrom?: number;
  titleParagraph?: Paragraph;
  hasLead?: boolean;
}

export function buildDocument(parts: DocumentParts, opts: ReadOptions): Document {
  const { text } = parts;
  const paragraphs: Paragraph[] = [];
  if (parts.titleParagraph) paragraphs.push(parts.titleParagraph);
  paragraphs.push(...assignRoles(text, splitParagraphs(text, parts.bodyFrom ?? 0), parts.hasLead ?? true));
  const lang = opts.lang ?? detectLanguage(paragraphs.filter((p) => p.role !== 'caption').map((p) => text.slice(p.start, p.end)).join('\n'));
  const doc: Document = {
    id: parts.id,
    text,
    title: parts.title ?? null,
    date: refineDocumentDate(parts.date ?? null, text, opts.calendars[lang]),
    lang,
    paragraphs,
  };
  if (parts.url) doc.url = parts.url;
  if (parts.source) doc.source = parts.source;
  if (parts.meta && Object.keys(parts.meta).length) doc.meta = parts.meta;
  return doc;
}
