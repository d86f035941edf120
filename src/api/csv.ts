/** Events and quotes as CSV (RFC 4180, a header line); text that a spreadsheet would run as a formula is prefixed with '. */
import { csvLine, type Cell } from '../cli/csv.js';
import type { EventRow, QuoteRow } from '../store/store.js';

const FORMULA = /^[=+@\t\r]|^-(?![\d.])/u;
const safe = (s: string | null | undefined): Cell => (s && FORMULA.test(s) ? `'${s}` : s);

export const EVENT_COLUMNS = ['event_id', 'doc_id', 'doc_date', 'date', 'source', 'source_code', 'target', 'target_code',
  'cameo', 'root', 'quad', 'goldstein', 'negated', 'start', 'end', 'title', 'url'] as const;

export function eventsCsv(rows: readonly EventRow[]): string {
  const code = (a: EventRow['sourceActor']): string | null => (a ? (a.org ?? a.country) : null);
  return csvLine([...EVENT_COLUMNS]) + rows.map((e) => csvLine([
    e.eventId, e.docId, e.docDate, e.date, safe(e.sourceActor?.name), code(e.sourceActor), safe(e.targetActor?.name), code(e.targetActor),
    e.cameo, e.root, e.quad, e.goldstein, e.negated, e.start, e.end, safe(e.title), safe(e.url),
  ])).join('');
}

export const QUOTE_COLUMNS = ['quote_id', 'doc_id', 'doc_date', 'speaker', 'speaker_code', 'kind', 'cue', 'text', 'start', 'end', 'title', 'url'] as const;

export function quotesCsv(rows: readonly QuoteRow[]): string {
  return csvLine([...QUOTE_COLUMNS]) + rows.map((q) => csvLine([
    q.quoteId, q.docId, q.docDate, safe(q.speaker?.name), q.speaker ? (q.speaker.org ?? q.speaker.country) : null,
    q.kind, safe(q.cue), safe(q.text), q.start, q.end, safe(q.title), safe(q.url),
  ])).join('');
}
