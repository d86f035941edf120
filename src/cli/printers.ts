/** How each kind of row is printed: table and CSV columns, and the JSON object. */
import type { ActorRef, ActorSummary, EventRow, QuoteRow, SearchHit } from '../store/store.js';
import type { Printer } from './output.js';

const who = (a: ActorRef | null): string => (a ? `${a.name}${a.org ?? a.country ? ` [${a.org ?? a.country}]` : ''}` : '');
const doc = (r: { docId: number; docKey: string }): string => `#${r.docId} ${r.docKey}`;

export function quotePrinter(): Printer<QuoteRow> {
  return {
    columns: [
      { header: 'date', value: (r) => r.docDate },
      { header: 'speaker', value: (r) => who(r.speaker), max: 30 },
      { header: 'kind', value: (r) => r.kind },
      { header: 'cue', value: (r) => r.cue, max: 14 },
      { header: 'quote', value: (r) => r.text, max: 80 },
      { header: 'document', value: doc, max: 30 },
      { header: 'doc_id', value: (r) => r.docId, csvOnly: true },
      { header: 'url', value: (r) => r.url ?? r.source, csvOnly: true },
      { header: 'start', value: (r) => r.start, csvOnly: true },
      { header: 'end', value: (r) => r.end, csvOnly: true },
    ],
    json: (r) => r,
  };
}

export function eventPrinter(codeName: (code: string) => string | null): Printer<EventRow> {
  return {
    columns: [
      { header: 'date', value: (r) => r.date ?? r.docDate },
      { header: 'source', value: (r) => who(r.sourceActor), max: 28 },
      { header: 'code', value: (r) => r.cameo },
      { header: 'event', value: (r) => codeName(r.cameo), max: 34 },
      { header: 'target', value: (r) => who(r.targetActor), max: 28 },
      { header: 'goldstein', value: (r) => r.goldstein },
      { header: 'negated', value: (r) => r.negated },
      { header: 'document', value: doc, max: 30 },
      { header: 'doc_id', value: (r) => r.docId, csvOnly: true },
      { header: 'url', value: (r) => r.url ?? r.source, csvOnly: true },
      { header: 'start', value: (r) => r.start, csvOnly: true },
      { header: 'end', value: (r) => r.end, csvOnly: true },
    ],
    json: (r) => ({ ...r, name: codeName(r.cameo) }),
  };
}

export function actorPrinter(): Printer<ActorSummary> {
  return {
    columns: [
      { header: 'name', value: (r) => r.name, max: 40 },
      { header: 'kind', value: (r) => r.kind },
      { header: 'country', value: (r) => r.country },
      { header: 'org', value: (r) => r.org },
      { header: 'sector', value: (r) => r.sector },
      { header: 'documents', value: (r) => r.documents },
      { header: 'mentions', value: (r) => r.mentions },
      { header: 'ref', value: (r) => r.ref, csvOnly: true },
    ],
    json: (r) => r,
  };
}

export function searchPrinter(): Printer<SearchHit> {
  return {
    columns: [
      { header: 'in', value: (r) => r.kind },
      { header: 'date', value: (r) => r.docDate },
      { header: 'document', value: doc, max: 30 },
      { header: 'speaker', value: (r) => r.quote?.speaker ?? null, max: 24 },
      { header: 'snippet', value: (r) => r.snippet, max: 100 },
      { header: 'doc_id', value: (r) => r.docId, csvOnly: true },
      { header: 'url', value: (r) => r.url ?? r.source, csvOnly: true },
    ],
    json: (r) => r,
  };
}
