/** Quotes, events and actors read back with their documents and speakers, filtered by bound parameters. */
import type Database from 'better-sqlite3';
import type { ActorKind, QuoteKind } from '../../model/types.js';
import type { ActorFilter, ActorRef, ActorSummary, DocRef, EventFilter, EventRow, QuoteFilter, QuoteRow } from '../store.js';
import { Where, actorMatch, actorNameMatch, dateOverlap, likeEscape, limitOf } from './conditions.js';
import { ftsQuery } from './fts-query.js';

type Row = Record<string, unknown>;

const DOC_COLS = 'd.id AS doc_id, d.doc_key, d.title, d.date AS doc_date, d.url, d.source';
const actorCols = (a: string): string =>
  `${a}.actor_id AS ${a}_id, ${a}.name AS ${a}_name, ${a}.kind AS ${a}_kind, ${a}.country AS ${a}_country, ${a}.org AS ${a}_org, ${a}.sector AS ${a}_sector`;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function docRef(r: Row): DocRef {
  return { docId: Number(r.doc_id), docKey: String(r.doc_key), title: str(r.title), docDate: str(r.doc_date), url: str(r.url), source: str(r.source) };
}

export function actorRef(r: Row, a: string): ActorRef | null {
  if (r[`${a}_id`] === null || r[`${a}_id`] === undefined) return null;
  return {
    id: String(r[`${a}_id`]), name: String(r[`${a}_name`]), kind: r[`${a}_kind`] as ActorKind,
    country: str(r[`${a}_country`]), org: str(r[`${a}_org`]), sector: str(r[`${a}_sector`]),
  };
}

function common(w: Where, f: { allVersions?: boolean; docId?: number }): void {
  if (!f.allVersions) w.add('d.latest = 1');
  if (f.docId !== undefined) w.add('d.id = ?', f.docId);
}

/** Keyset paging: rows after `afterId` in id order, else the usual date order. */
function paging(w: Where, alias: string, afterId: number | undefined, dateOrder: string): string {
  if (afterId === undefined) return dateOrder;
  w.add(`${alias}.id > ?`, afterId);
  return `${alias}.id`;
}

/** Quotes holding these words; nothing searchable in them (only punctuation) matches nothing, as in search(). */
function textMatch(w: Where, text: string): void {
  const q = ftsQuery(text);
  if (q) w.add('q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)', q);
  else w.add('0');
}

export function* queryQuotes(db: Database.Database, f: QuoteFilter): Generator<QuoteRow> {
  const w = new Where();
  common(w, f);
  if (f.speaker) w.parts.push(actorNameMatch(w, 'sa', f.speaker));
  if (f.actor) actorMatch(w, 'sa', f.actor);
  if (f.text !== undefined) textMatch(w, f.text);
  if (f.kind) w.add('q.kind = ?', f.kind);
  dateOverlap(w, 'd.day_lo', 'd.day_hi', f.from, f.to);
  const order = paging(w, 'q', f.afterId, 'd.day_lo IS NULL, d.day_lo, d.id, q.n');
  const sql = `SELECT q.id, q.text, q.span_start, q.span_end, q.kind, q.cue, ${DOC_COLS}, ${actorCols('sa')}
    FROM quotes q JOIN documents d ON d.id = q.doc_id
    LEFT JOIN actors sa ON sa.doc_id = q.doc_id AND sa.actor_id = q.speaker
    ${w.sql()} ORDER BY ${order} LIMIT ?`;
  for (const r of db.prepare<unknown[], Row>(sql).iterate(...w.params, limitOf(f.limit))) {
    yield {
      ...docRef(r), quoteId: Number(r.id), text: String(r.text), start: Number(r.span_start), end: Number(r.span_end),
      kind: r.kind as QuoteKind, speaker: actorRef(r, 'sa'), cue: str(r.cue),
    };
  }
}

/** The events' conditions (aliases e, d, sa, ta), shared with the aggregates. */
export function eventWhere(f: EventFilter): Where {
  const w = new Where();
  common(w, f);
  if (f.source) actorMatch(w, 'sa', f.source);
  if (f.target) actorMatch(w, 'ta', f.target);
  if (f.code?.endsWith('*')) w.add("e.cameo LIKE ? ESCAPE '\\'", `${likeEscape(f.code.slice(0, -1))}%`);
  else if (f.code) w.add('e.cameo = ?', f.code);
  if (f.root) w.add('e.root = ?', f.root.padStart(2, '0'));
  if (f.quad !== undefined) w.add('e.quad = ?', f.quad);
  if (f.negated !== undefined) w.add('e.negated = ?', f.negated ? 1 : 0);
  dateOverlap(w, 'e.day_lo', 'e.day_hi', f.from, f.to);
  return w;
}

export const EVENT_JOINS = `FROM events e JOIN documents d ON d.id = e.doc_id
    LEFT JOIN actors sa ON sa.doc_id = e.doc_id AND sa.actor_id = e.source
    LEFT JOIN actors ta ON ta.doc_id = e.doc_id AND ta.actor_id = e.target`;

export function* queryEvents(db: Database.Database, f: EventFilter): Generator<EventRow> {
  const w = eventWhere(f);
  const order = paging(w, 'e', f.afterId, 'e.day_lo IS NULL, e.day_lo, d.id, e.n');
  const sql = `SELECT e.id, e.cameo, e.root, e.quad, e.goldstein, e.date, e.negated, e.span_start, e.span_end, e.rule, e.mentions, e.in_lead,
      d.ingested_at, ${DOC_COLS}, ${actorCols('sa')}, ${actorCols('ta')}
    ${EVENT_JOINS}
    ${w.sql()} ORDER BY ${order} LIMIT ?`;
  for (const r of db.prepare<unknown[], Row>(sql).iterate(...w.params, limitOf(f.limit))) {
    yield {
      ...docRef(r), eventId: Number(r.id), cameo: String(r.cameo), root: String(r.root), quad: Number(r.quad),
      goldstein: Number(r.goldstein), date: str(r.date), negated: r.negated === 1, start: Number(r.span_start), end: Number(r.span_end),
      rule: str(r.rule), mentions: Number(r.mentions), inLead: r.in_lead === 1, ingestedAt: String(r.ingested_at),
      sourceActor: actorRef(r, 'sa'), targetActor: actorRef(r, 'ta'),
    };
  }
}

export function* queryActors(db: Database.Database, f: ActorFilter): Generator<ActorSummary> {
  const w = new Where();
  common(w, f);
  if (f.name) w.parts.push(actorNameMatch(w, 'a', f.name));
  if (f.kind) w.add('a.kind = ?', f.kind);
  if (f.code) w.add('(a.country = ? OR a.org = ?)', f.code.toUpperCase(), f.code.toUpperCase());
  dateOverlap(w, 'd.day_lo', 'd.day_hi', f.from, f.to);
  // One row per knowledge-base entry (so 'Putin' and 'Poutine' are one actor), else per folded name.
  const sql = `SELECT min(a.name) AS name, max(a.ref) AS ref, a.kind, a.country, a.org, a.sector,
      count(DISTINCT a.doc_id) AS documents, sum(a.mention_count) AS mentions
    FROM actors a JOIN documents d ON d.id = a.doc_id
    ${w.sql()} GROUP BY coalesce(a.ref, 'name:' || a.name_fold), a.kind, a.country, a.org, a.sector
    ORDER BY documents DESC, mentions DESC, name LIMIT ?`;
  for (const r of db.prepare<unknown[], Row>(sql).iterate(...w.params, limitOf(f.limit))) {
    yield {
      name: String(r.name), ref: str(r.ref), kind: r.kind as ActorKind, country: str(r.country), org: str(r.org), sector: str(r.sector),
      documents: Number(r.documents), mentions: Number(r.mentions),
    };
  }
}
