/**
 * The one Store interface: what the commands (ingest, query, search, export, reanalyze) need from
 * a backend. SQLite lives in ./sqlite/; another backend (PostgreSQL) implements the same interface
 * and runs the same conformance suite (test/store/conformance.ts). Methods are async so that a
 * networked backend fits; the SQLite one answers synchronously underneath.
 */
import type { ActorKind, ActorRecord, AnalysisRecord, Document, Lang, Paragraph, QuoteKind } from '../model/types.js';

/** A stored article: the document as read, plus what the store knows of it. */
export interface StoredDocument {
  /** The store's own id (integer, unique in the store). */
  id: number;
  /** The reader's id ('seed', 'dispatches-12'), not unique across sources. */
  key: string;
  /** The URL, or the source path when there is no URL: versions are numbered per origin. */
  origin: string;
  version: number;
  /** False when a newer version of the same origin has been stored. */
  latest: boolean;
  url: string | null;
  source: string | null;
  title: string | null;
  date: string | null;
  lang: Lang;
  text: string;
  paragraphs: Paragraph[];
  meta: Record<string, unknown> | null;
  /** sha256 of the text, hex. */
  hash: string;
  analyzer: string | null;
  ingestedAt: string;
  analyzedAt: string;
}

export type PutOutcome =
  | { status: 'stored'; id: number; version: number }
  | { status: 'unchanged'; id: number };

/** Inclusive day bounds, 'YYYY-MM-DD'. A dated item matches when its period overlaps them. */
export interface DateRange {
  from?: string;
  to?: string;
}

interface Common extends DateRange {
  limit?: number;
  /** Include superseded versions of an article (default: latest versions only). */
  allVersions?: boolean;
  docId?: number;
  /** Keyset paging (quotes, events): only rows with a larger id, in id order instead of date order. */
  afterId?: number;
}

/** An actor as a stored row names it: the record's own fields, without its mentions. */
export type ActorRef = Pick<ActorRecord, 'id' | 'name' | 'kind' | 'country' | 'org' | 'sector'>;

export interface DocRef {
  docId: number;
  docKey: string;
  title: string | null;
  docDate: string | null;
  url: string | null;
  source: string | null;
}

export interface QuoteFilter extends Common {
  /** Matched at word starts on the speaker's name, or on any name of the same knowledge-base entry, ignoring accents and case. */
  speaker?: string;
  /** The speaker's org or country code ('RUS'), else part of its name, as EventFilter.source. */
  actor?: string;
  /** Words of the quote, read as search() reads them (ignoring accents and case); any string is safe. */
  text?: string;
  kind?: QuoteKind;
}

export interface QuoteRow extends DocRef {
  quoteId: number;
  text: string;
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: ActorRef | null;
  cue: string | null;
}

export interface EventFilter extends Common {
  /** An org or country code written in capitals ('RUS', 'NATO'), else part of the actor's name. */
  source?: string;
  target?: string;
  /** Exact CAMEO code, or a prefix with a trailing '*' ('04*'). */
  code?: string;
  root?: string;
  quad?: number;
  negated?: boolean;
}

export interface EventRow extends DocRef {
  eventId: number;
  cameo: string;
  root: string;
  quad: number;
  goldstein: number;
  date: string | null;
  negated: boolean;
  start: number;
  end: number;
  rule: string | null;
  /** How many sentences state the event (1 + its further evidence). */
  mentions: number;
  /** The event is stated in the title or the lead. */
  inLead: boolean;
  ingestedAt: string;
  sourceActor: ActorRef | null;
  targetActor: ActorRef | null;
}

/** What events can be counted by: the period of their date (month 'YYYY-MM', week: its Monday), CAMEO root, actors' codes. */
export type AggregateKey = 'month' | 'week' | 'root' | 'source' | 'target';

/** One group of events: its keys (an actor is its org code, else its country, else its name), count and Goldstein sum. */
export interface AggregateRow extends Partial<Record<AggregateKey, string | null>> {
  count: number;
  goldsteinSum: number;
}

export interface ActorFilter extends Common {
  name?: string;
  kind?: ActorKind;
  /** Matches the country or the org code. */
  code?: string;
}

export interface ActorSummary {
  name: string;
  /** The knowledge-base entry, when the actor was resolved to one; rows are grouped by it. */
  ref: string | null;
  kind: ActorKind;
  country: string | null;
  org: string | null;
  sector: string | null;
  documents: number;
  mentions: number;
}

export interface SearchFilter extends Common {
  in?: 'all' | 'articles' | 'quotes';
}

export interface SearchHit extends DocRef {
  kind: 'article' | 'quote';
  /** Text around the matches, the matches between [ and ]. */
  snippet: string;
  /** Lower is better (bm25). */
  score: number;
  quote?: { start: number; end: number; speaker: string | null };
}

export interface DocumentSelection {
  ids?: readonly number[];
  /** Documents analysed by another analyzer version than this one. */
  analyzerNot?: string;
  allVersions?: boolean;
}

export interface StoreStats {
  documents: number;
  actors: number;
  quotes: number;
  events: number;
}

export interface Store {
  /** Where the store is (a file path, a connection URL without password). */
  readonly location: string;
  /** The id of the document with this content hash, or null. */
  findByHash(hash: string): Promise<number | null>;
  /** Stores an article and its record in one transaction; 'unchanged' when its text is already stored. */
  putArticle(doc: Document, record: AnalysisRecord): Promise<PutOutcome>;
  /** Replaces a stored article's analysis (actors, quotes, events, record) in one transaction. */
  replaceAnalysis(id: number, record: AnalysisRecord): Promise<void>;
  documentIds(selection: DocumentSelection): Promise<number[]>;
  getDocument(id: number): Promise<StoredDocument | null>;
  getRecord(id: number): Promise<AnalysisRecord | null>;
  quotes(filter: QuoteFilter): AsyncIterable<QuoteRow>;
  events(filter: EventFilter): AsyncIterable<EventRow>;
  actors(filter: ActorFilter): AsyncIterable<ActorSummary>;
  /** Full-text search over articles and quotes, ignoring accents and case; any string is safe. */
  search(query: string, filter: SearchFilter): AsyncIterable<SearchHit>;
  /** Events matching the filter, counted by the given keys (limit and afterId ignored), in key order. */
  eventAggregate(filter: EventFilter, by: readonly AggregateKey[]): Promise<AggregateRow[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
