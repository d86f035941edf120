/** The record types of the analysis contract (../shared/eval/FORMAT.md) and the document model. */

/** A half-open span [start, end) of UTF-16 offsets into the document's text. */
export interface Span {
  start: number;
  end: number;
}

export type ParagraphRole = 'title' | 'lead' | 'caption' | 'body';

export interface Paragraph extends Span {
  role: ParagraphRole;
  /** Offsets of a photo credit inside a caption ('( POOL / Gavriil GRIGOROV )'), which names no actor. */
  credit?: Span;
}

export type Lang = 'fr' | 'en';

export interface Document {
  id: string;
  /** The exact input text; every offset points into it. */
  text: string;
  title: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD, or null. */
  date: string | null;
  lang: Lang;
  paragraphs: Paragraph[];
  url?: string;
  /** Where the document was read from (a path, '-' or a URL). */
  source?: string;
  /** Other fields of a JSON record, kept as they were. */
  meta?: Record<string, unknown>;
}

export type ActorKind = 'person' | 'state' | 'org' | 'group' | 'place';

export interface ActorRecord {
  id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  org: string | null;
  sector: string | null;
  mentions: [number, number][];
  /** The knowledge-base entry that resolved the actor, when one did (provenance). */
  ref?: string;
  role?: string | null;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface QuoteRecord extends Span {
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  cue: string | null;
  /** The id of the rule that attributed the speaker. */
  rule?: string;
}

export interface EventRecord extends Span {
  source: string;
  target: string;
  cameo: string;
  date: string | null;
  negated: boolean;
  goldstein: number;
  quad?: number;
  plover?: string | null;
  /** The id of the pattern that coded the event. */
  rule?: string;
  location?: string | null;
  /** Further sentences that state the same event (same dyad, code and date). */
  evidence?: Span[];
}

export interface Diagnostic {
  code: string;
  message: string;
  span?: Span;
}

export interface AnalysisRecord {
  document: {
    id: string;
    lang: Lang;
    date: string | null;
    title: string | null;
    url?: string;
  };
  actors: ActorRecord[];
  quotes: QuoteRecord[];
  events: EventRecord[];
  diagnostics?: Diagnostic[];
  /** Version of the analysis that produced the record. */
  analyzer?: string;
}
