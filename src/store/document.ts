/** A stored article back as a Document, to analyse it again. */
import type { Document } from '../model/types.js';
import type { StoredDocument } from './store.js';

export function toDocument(s: StoredDocument): Document {
  const doc: Document = { id: s.key, text: s.text, title: s.title, date: s.date, lang: s.lang, paragraphs: s.paragraphs };
  if (s.url) doc.url = s.url;
  if (s.source) doc.source = s.source;
  if (s.meta) doc.meta = s.meta;
  return doc;
}
