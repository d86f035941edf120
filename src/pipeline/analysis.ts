/** The working state of one document's analysis: layers that the stages read and add. */
import type { ActorRecord, Diagnostic, Document, EventRecord, QuoteRecord, Span } from '../model/types.js';
import type { QuoteSpan } from '../text/quotes.js';
import type { Sentence } from '../text/sentences.js';
import type { Token } from '../text/tokens.js';

/** How a mention names its actor. */
export type MentionVia =
  | 'name' | 'surname' | 'acronym' | 'demonym' | 'prefix' | 'capital' | 'seat'
  | 'role' | 'body' | 'pronoun' | 'possessive' | 'place' | 'anonymous';

/** One mention of an actor: a span of tokens, with the rule that found it. */
export interface Mention extends Span {
  actor: string;
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  via: MentionVia;
  /** Data entry that matched (provenance), e.g. 'states#RUS'. */
  ref?: string;
}

export type Layer = 'tokens' | 'sentences' | 'quoteSpans' | 'actors' | 'mentions' | 'quotes' | 'events';

export interface Analysis {
  doc: Document;
  tokens: Token[];
  quoteSpans: QuoteSpan[];
  /** 1 for each token inside the inner span of a quotation. */
  inQuote: Uint8Array;
  sentences: Sentence[];
  actors: ActorRecord[];
  mentions: Mention[];
  quotes: QuoteRecord[];
  events: EventRecord[];
  diagnostics: Diagnostic[];
  /** Actors named only through a demonym or prefix: dropped from the record unless a quote or event uses them. */
  weakActors?: Set<string>;
  /** Mention indexes already built, by kind (see quotes/speaker.ts). */
  mentionIndexes?: Map<string, MentionIndex>;
  /** Time expressions already found per sentence start (filled on demand by the event stage). */
  dateCache?: Map<number, { start: number; end: number; value: string }[]>;
  /** Known grammatical gender of person actors, for pronouns. */
  actorGender?: Map<string, 'm' | 'f'>;
}

/** Mentions by position, for the clause rules (built once per analysis by pipeline/clauses.ts). */
export interface MentionIndex {
  /** Mentions by their first token. */
  at: Map<number, Mention[]>;
  /** Mentions by their end token (exclusive). */
  endAt: Map<number, Mention[]>;
  bySentence: Map<number, Mention[]>;
}

/** A stage of the pipeline: declares the layers it reads and the ones it adds. */
export interface Stage {
  name: string;
  needs: readonly Layer[];
  adds: readonly Layer[];
  run(a: Analysis): void;
}

/** Index of the sentence holding a token. */
export function sentenceOfToken(a: Analysis, tokenIndex: number): number {
  let lo = 0;
  let hi = a.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = a.sentences[mid];
    if (tokenIndex < s.tokenStart) hi = mid - 1;
    else if (tokenIndex >= s.tokenEnd) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** True when the token lies inside a quotation (binary search by its start offset). */
export function tokenInQuote(a: Analysis, t: { start: number }): boolean {
  let lo = 0;
  let hi = a.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = a.tokens[mid].start;
    if (s === t.start) return a.inQuote[mid] === 1;
    if (s < t.start) lo = mid + 1; else hi = mid - 1;
  }
  return false;
}

/** Index of the first token starting at or after an offset (tokens.length when none). */
export function firstTokenFrom(a: Analysis, offset: number): number {
  let lo = 0;
  let hi = a.tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (a.tokens[mid].start < offset) lo = mid + 1; else hi = mid; }
  return lo;
}
