/** The SQLite backend of the Store interface (better-sqlite3, one file, WAL). */
import type Database from 'better-sqlite3';
import type { AnalysisRecord, Document, Lang, Paragraph } from '../../model/types.js';
import { VigieError } from '../../model/errors.js';
import type {
  ActorFilter, ActorSummary, AggregateKey, AggregateRow, DocumentSelection, EventFilter, EventRow, PutOutcome, QuoteFilter, QuoteRow,
  SearchFilter, SearchHit, Store, StoreStats, StoredDocument,
} from '../store.js';
import { openDatabase, type OpenOptions } from './connection.js';
import { createWriter, type Writer } from './write.js';
import { queryActors, queryEvents, queryQuotes } from './queries.js';
import { searchStore } from './search.js';
import { aggregateEvents } from './aggregate.js';
import { Where } from './conditions.js';

type Row = Record<string, unknown>;

export class SqliteStore implements Store {
  readonly location: string;
  private readonly db: Database.Database;
  private readonly writer: Writer;

  constructor(path: string, opts: OpenOptions = {}) {
    this.location = path;
    this.db = openDatabase(path, opts);
    this.writer = createWriter(this.db);
  }

  async findByHash(hash: string): Promise<number | null> {
    const r = this.db.prepare<[string], { id: number }>('SELECT id FROM documents WHERE content_hash = ?').get(hash);
    return r ? r.id : null;
  }

  async putArticle(doc: Document, record: AnalysisRecord): Promise<PutOutcome> {
    return this.writer.put(doc, record);
  }

  async replaceAnalysis(id: number, record: AnalysisRecord): Promise<void> {
    if (!this.writer.replace(id, record)) throw new VigieError('E_NOT_FOUND', `document ${id}`, 'no such document in the store');
  }

  async documentIds(sel: DocumentSelection): Promise<number[]> {
    const w = new Where();
    if (!sel.allVersions && !sel.ids) w.add('latest = 1');
    if (sel.ids) w.add('id IN (SELECT value FROM json_each(?))', JSON.stringify(sel.ids.map(Number)));
    if (sel.analyzerNot !== undefined) w.add('(analyzer IS NULL OR analyzer <> ?)', sel.analyzerNot);
    return this.db.prepare<unknown[], { id: number }>(`SELECT id FROM documents ${w.sql()} ORDER BY id`).all(...w.params).map((r) => r.id);
  }

  async getDocument(id: number): Promise<StoredDocument | null> {
    const r = this.db.prepare<[number], Row>('SELECT * FROM documents WHERE id = ?').get(id);
    return r ? storedDocument(r) : null;
  }

  async getRecord(id: number): Promise<AnalysisRecord | null> {
    const r = this.db.prepare<[number], { json: string }>('SELECT json FROM records WHERE doc_id = ?').get(id);
    return r ? (JSON.parse(r.json) as AnalysisRecord) : null;
  }

  async *quotes(filter: QuoteFilter): AsyncIterable<QuoteRow> { yield* queryQuotes(this.db, filter); }
  async *events(filter: EventFilter): AsyncIterable<EventRow> { yield* queryEvents(this.db, filter); }
  async *actors(filter: ActorFilter): AsyncIterable<ActorSummary> { yield* queryActors(this.db, filter); }
  async *search(query: string, filter: SearchFilter): AsyncIterable<SearchHit> { yield* searchStore(this.db, query, filter); }

  async eventAggregate(filter: EventFilter, by: readonly AggregateKey[]): Promise<AggregateRow[]> { return aggregateEvents(this.db, filter, by); }

  async stats(): Promise<StoreStats> {
    const n = (table: string): number => (this.db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()?.n ?? 0);
    return { documents: n('documents'), actors: n('actors'), quotes: n('quotes'), events: n('events') };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function storedDocument(r: Row): StoredDocument {
  const s = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
  return {
    id: Number(r.id), key: String(r.doc_key), origin: String(r.origin), version: Number(r.version), latest: r.latest === 1,
    url: s(r.url), source: s(r.source), title: s(r.title), date: s(r.date), lang: r.lang as Lang, text: String(r.text),
    paragraphs: JSON.parse(String(r.paragraphs)) as Paragraph[],
    meta: r.meta ? (JSON.parse(String(r.meta)) as Record<string, unknown>) : null,
    hash: String(r.content_hash), analyzer: s(r.analyzer), ingestedAt: String(r.ingested_at), analyzedAt: String(r.analyzed_at),
  };
}
