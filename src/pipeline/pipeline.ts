/**
 * The pipeline: a plain loop over stages that declare what they need and what they add. The text
 * layers (tokens, quote marks, sentences) come first; then actors, quotes and events as plug-ins.
 */
import type { AnalysisRecord, Document, Lang } from '../model/types.js';
import type { TokenRules } from '../text/tokens.js';
import { tokenize } from '../text/tokens.js';
import { pairQuotes } from '../text/quotes.js';
import { splitSentences } from '../text/sentences.js';
import type { Analysis, Layer, Stage } from './analysis.js';
import { toRecord } from './record.js';

export interface Pipeline {
  stages: readonly Stage[];
  analyze(doc: Document): AnalysisRecord;
  /** The full working state, for tests and tools that need mentions and tokens. */
  run(doc: Document): Analysis;
}

const BASE_LAYERS: readonly Layer[] = ['tokens', 'quoteSpans', 'sentences'];

export function createPipeline(tokenRules: Record<Lang, TokenRules>, stages: readonly Stage[], version = 'vigie'): Pipeline {
  const have = new Set<Layer>(BASE_LAYERS);
  for (const s of stages) {
    const missing = s.needs.filter((l) => !have.has(l));
    if (missing.length) throw new Error(`pipeline: stage '${s.name}' needs ${missing.join(', ')}, which no earlier stage adds`);
    for (const l of s.adds) have.add(l);
  }
  const run = (doc: Document): Analysis => {
    const rules = tokenRules[doc.lang];
    const tokens = doc.paragraphs.flatMap((p) => tokenize(doc.text, p, rules));
    const quoteSpans = pairQuotes(doc.text, doc.paragraphs);
    const a: Analysis = {
      doc, tokens, quoteSpans, inQuote: markQuoted(tokens, quoteSpans),
      sentences: splitSentences(tokens, doc.paragraphs, quoteSpans),
      actors: [], mentions: [], quotes: [], events: [], diagnostics: [],
    };
    for (const s of stages) s.run(a);
    return a;
  };
  return { stages, run, analyze: (doc) => toRecord(run(doc), version) };
}

/** Marks the tokens inside quotation spans, in one pass over both sorted lists. */
function markQuoted(tokens: readonly { start: number; end: number }[], quotes: readonly { inner: { start: number; end: number } }[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (const q of quotes) {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid].start < q.inner.start) lo = mid + 1; else hi = mid; }
    for (let i = lo; i < tokens.length && tokens[i].end <= q.inner.end; i++) out[i] = 1;
  }
  return out;
}
