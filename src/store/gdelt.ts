/**
 * Events as rows of GDELT 2.0's event table: the columns Vigie can fill, in GDELT's order, then
 * Vigie's own (document, sentence offsets, negation, exact date). Backend-neutral: works on EventRow.
 */
import type { ActorRef, EventRow } from './store.js';

export type GdeltCell = string | number | null;

const ACTOR_COLUMNS = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'Type1Code'] as const;

export const GDELT_EVENT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year',
  ...ACTOR_COLUMNS.map((c) => `Actor1${c}`), ...ACTOR_COLUMNS.map((c) => `Actor2${c}`),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles',
  'DATEADDED', 'SOURCEURL',
  'VigieDocumentId', 'VigieDocumentKey', 'VigieSentenceStart', 'VigieSentenceEnd', 'VigieNegated', 'VigieDate', 'VigieRule',
];

/** CAMEO actor code: the org or country, then the role ('RUSGOV', 'NATO'). */
export function actorCode(a: ActorRef | null): string | null {
  if (!a) return null;
  const base = a.org ?? a.country ?? '';
  const code = base + (a.sector && a.sector !== base ? a.sector : '');
  return code || null;
}

function actorCells(a: ActorRef | null): GdeltCell[] {
  return [actorCode(a), a ? a.name.toUpperCase() : null, a?.country ?? null, a?.org ?? null, a?.sector ?? null];
}

/** '2023-11-08' → 20231108; a month or a year stands for its first day (VigieDate keeps the exact form). */
function sqlDate(d: string | null): [GdeltCell, GdeltCell, GdeltCell] {
  const m = d ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/u.exec(d) : null;
  if (!m) return [null, null, null];
  const [y, mo = '01', day = '01'] = [m[1], m[2], m[3]];
  return [Number(`${y}${mo}${day}`), Number(`${y}${mo}`), Number(y)];
}

const dateAdded = (iso: string): number => Number(iso.slice(0, 19).replace(/\D/gu, ''));

export function gdeltEventRow(e: EventRow): GdeltCell[] {
  const date = e.date ?? e.docDate;
  return [
    e.eventId, ...sqlDate(date),
    ...actorCells(e.sourceActor), ...actorCells(e.targetActor),
    e.inLead ? 1 : 0, e.cameo, e.cameo.slice(0, 3), e.root, e.quad, e.goldstein, e.mentions, 1, 1,
    dateAdded(e.ingestedAt), e.url ?? e.source,
    e.docId, e.docKey, e.start, e.end, e.negated ? 1 : 0, date, e.rule,
  ];
}
