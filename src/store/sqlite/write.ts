/** The writes: one article (document, record, analysis rows) per transaction, and analysis replacement. */
import type Database from 'better-sqlite3';
import type { AnalysisRecord, Document } from '../../model/types.js';
import type { PutOutcome } from '../store.js';
import { analysisRows } from '../rows.js';
import { contentHash } from '../hash.js';
import { dayRange } from '../dates.js';

export interface Writer {
  put(doc: Document, record: AnalysisRecord): PutOutcome;
  replace(id: number, record: AnalysisRecord): boolean;
}

export function createWriter(db: Database.Database): Writer {
  const byHash = db.prepare<[string], { id: number }>('SELECT id FROM documents WHERE content_hash = ?');
  const lastVersion = db.prepare<[string], { v: number | null }>('SELECT max(version) AS v FROM documents WHERE origin = ?');
  const supersede = db.prepare('UPDATE documents SET latest = 0 WHERE origin = ? AND latest = 1');
  const insertDoc = db.prepare(`INSERT INTO documents
    (doc_key, origin, version, latest, url, source, title, date, day_lo, day_hi, lang, text, paragraphs, meta, content_hash, analyzer, ingested_at, analyzed_at)
    VALUES (@key, @origin, @version, 1, @url, @source, @title, @date, @dayLo, @dayHi, @lang, @text, @paragraphs, @meta, @hash, @analyzer, @now, @now)`);
  const docInfo = db.prepare<[number], { date: string | null; paragraphs: string }>('SELECT date, paragraphs FROM documents WHERE id = ?');
  const setAnalyzer = db.prepare('UPDATE documents SET analyzer = ?, analyzed_at = ? WHERE id = ?');
  const putRecord = db.prepare('INSERT OR REPLACE INTO records (doc_id, json) VALUES (?, ?)');
  const delActors = db.prepare('DELETE FROM actors WHERE doc_id = ?');
  const delMentions = db.prepare('DELETE FROM mentions WHERE doc_id = ?');
  const delQuotes = db.prepare('DELETE FROM quotes WHERE doc_id = ?');
  const delEvents = db.prepare('DELETE FROM events WHERE doc_id = ?');
  const insActor = db.prepare(`INSERT INTO actors (doc_id, actor_id, name, name_fold, kind, country, org, sector, ref, role, mention_count)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insMention = db.prepare('INSERT INTO mentions (doc_id, actor_id, span_start, span_end) VALUES (?, ?, ?, ?)');
  const insQuote = db.prepare(`INSERT INTO quotes (doc_id, n, text, span_start, span_end, kind, speaker, cue, rule)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insEvent = db.prepare(`INSERT INTO events (doc_id, n, source, target, cameo, root, quad, goldstein, date, day_lo, day_hi, negated,
    span_start, span_end, rule, plover, location, evidence, mentions, in_lead)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);

  const writeAnalysis = (id: number, doc: Pick<Document, 'date' | 'paragraphs'>, record: AnalysisRecord): void => {
    delMentions.run(id); delActors.run(id); delQuotes.run(id); delEvents.run(id);
    const rows = analysisRows(doc, record);
    for (const a of rows.actors) {
      insActor.run(id, a.actorId, a.name, a.nameFold, a.kind, a.country, a.org, a.sector, a.ref, a.role, a.mentions.length);
      for (const [s, e] of a.mentions) insMention.run(id, a.actorId, s, e);
    }
    for (const q of rows.quotes) insQuote.run(id, q.n, q.text, q.start, q.end, q.kind, q.speaker, q.cue, q.rule);
    for (const e of rows.events) {
      insEvent.run(id, e.n, e.source, e.target, e.cameo, e.root, e.quad, e.goldstein, e.date, e.dayLo, e.dayHi, e.negated ? 1 : 0,
        e.start, e.end, e.rule, e.plover, e.location, e.evidence, e.mentions, e.inLead ? 1 : 0);
    }
    putRecord.run(id, JSON.stringify(record));
  };

  const put = db.transaction((doc: Document, record: AnalysisRecord): PutOutcome => {
    const hash = contentHash(doc.text);
    const existing = byHash.get(hash);
    if (existing) return { status: 'unchanged', id: existing.id };
    const origin = doc.url ?? doc.source ?? doc.id;
    const version = (lastVersion.get(origin)?.v ?? 0) + 1;
    supersede.run(origin);
    const days = dayRange(doc.date);
    const info = insertDoc.run({
      key: doc.id, origin, version, url: doc.url ?? null, source: doc.source ?? null, title: doc.title, date: doc.date,
      dayLo: days?.lo ?? null, dayHi: days?.hi ?? null, lang: doc.lang, text: doc.text,
      paragraphs: JSON.stringify(doc.paragraphs), meta: doc.meta ? JSON.stringify(doc.meta) : null,
      hash, analyzer: record.analyzer ?? null, now: new Date().toISOString(),
    });
    const id = Number(info.lastInsertRowid);
    writeAnalysis(id, doc, record);
    return { status: 'stored', id, version };
  });

  const replace = db.transaction((id: number, record: AnalysisRecord): boolean => {
    const row = docInfo.get(id);
    if (!row) return false;
    writeAnalysis(id, { date: row.date, paragraphs: JSON.parse(row.paragraphs) }, record);
    setAnalyzer.run(record.analyzer ?? null, new Date().toISOString(), id);
    return true;
  });

  return { put: (d, r) => put.immediate(d, r), replace: (i, r) => replace.immediate(i, r) };
}
