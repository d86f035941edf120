/** Full-text search over articles (title and text) and quotes, with snippets, best matches first. */
import type Database from 'better-sqlite3';
import type { SearchFilter, SearchHit } from '../store.js';
import { Where, dateOverlap, limitOf } from './conditions.js';
import { docRef } from './queries.js';
import { ftsQuery } from './fts-query.js';

type Row = Record<string, unknown>;

const DOC_COLS = 'd.id AS doc_id, d.doc_key, d.title, d.date AS doc_date, d.url, d.source';
const SNIPPET_TOKENS = 16;

function filters(match: string, f: SearchFilter): Where {
  const w = new Where();
  w.add(match);
  if (!f.allVersions) w.add('d.latest = 1');
  if (f.docId !== undefined) w.add('d.id = ?', f.docId);
  dateOverlap(w, 'd.day_lo', 'd.day_hi', f.from, f.to);
  return w;
}

export function searchStore(db: Database.Database, input: string, f: SearchFilter): SearchHit[] {
  const q = ftsQuery(input);
  if (!q) return [];
  const limit = limitOf(f.limit);
  const hits: SearchHit[] = [];
  if (f.in !== 'quotes') {
    const w = filters('documents_fts MATCH ?', f);
    const sql = `SELECT ${DOC_COLS}, snippet(documents_fts, -1, '[', ']', '…', ${SNIPPET_TOKENS}) AS snippet, bm25(documents_fts) AS score
      FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid ${w.sql()} ORDER BY score LIMIT ?`;
    for (const r of db.prepare<unknown[], Row>(sql).iterate(q, ...w.params, limit)) {
      hits.push({ ...docRef(r), kind: 'article', snippet: String(r.snippet), score: Number(r.score) });
    }
  }
  if (f.in !== 'articles') {
    const w = filters('quotes_fts MATCH ?', f);
    const sql = `SELECT ${DOC_COLS}, q.span_start, q.span_end, sa.name AS speaker,
        snippet(quotes_fts, 0, '[', ']', '…', ${SNIPPET_TOKENS}) AS snippet, bm25(quotes_fts) AS score
      FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN documents d ON d.id = q.doc_id
      LEFT JOIN actors sa ON sa.doc_id = q.doc_id AND sa.actor_id = q.speaker
      ${w.sql()} ORDER BY score LIMIT ?`;
    for (const r of db.prepare<unknown[], Row>(sql).iterate(q, ...w.params, limit)) {
      hits.push({
        ...docRef(r), kind: 'quote', snippet: String(r.snippet), score: Number(r.score),
        quote: { start: Number(r.span_start), end: Number(r.span_end), speaker: r.speaker === null ? null : String(r.speaker) },
      });
    }
  }
  hits.sort((a, b) => a.score - b.score || a.docId - b.docId);
  return limit >= 0 ? hits.slice(0, limit) : hits;
}
