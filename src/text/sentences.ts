/**
 * Sentence boundaries over tokens. A sentence never ends inside a quotation (so a quote and its
 * cue '« … ? » a-t-il demandé' stay together), nor after an abbreviation or an initial, which the
 * tokeniser has already joined to their stop. Paragraph ends always end a sentence.
 */
import type { Paragraph, Span } from '../model/types.js';
import type { QuoteSpan } from './quotes.js';
import type { Token } from './tokens.js';

export interface Sentence extends Span {
  paragraph: number;
  /** Index of the first token and one past the last, in the document's token array. */
  tokenStart: number;
  tokenEnd: number;
}

const TERMINATORS = new Set(['.', '!', '?', '…', '...', '?!', '!?']);

export function splitSentences(tokens: readonly Token[], paragraphs: readonly Paragraph[], quotes: readonly QuoteSpan[]): Sentence[] {
  const out: Sentence[] = [];
  let ti = 0;
  paragraphs.forEach((p, pi) => {
    while (ti < tokens.length && tokens[ti].start < p.start) ti++;
    let first = ti;
    let i = ti;
    while (i < tokens.length && tokens[i].end <= p.end) {
      const t = tokens[i];
      let boundaryAfter = -1;
      if (t.kind === 'punct' && TERMINATORS.has(t.text) && !inside(quotes, t.start)) boundaryAfter = i;
      else if (t.kind === 'quote' && i > first && isCloser(quotes, t.start) && TERMINATORS.has(tokens[i - 1].text)) boundaryAfter = i;
      const next = tokens[boundaryAfter + 1];
      if (boundaryAfter >= 0 && next && next.end <= p.end && startsSentence(next, quotes)) {
        out.push(sentence(tokens, first, boundaryAfter + 1, pi));
        first = boundaryAfter + 1;
      }
      i++;
    }
    if (i > first) out.push(sentence(tokens, first, i, pi));
    ti = i;
  });
  return out;
}

function sentence(tokens: readonly Token[], a: number, b: number, paragraph: number): Sentence {
  return { start: tokens[a].start, end: tokens[b - 1].end, paragraph, tokenStart: a, tokenEnd: b };
}

/** A capitalised word, a number, an opening quote mark (not a stray closing one), a bracket or a dash. */
function startsSentence(t: Token, quotes: readonly QuoteSpan[]): boolean {
  return t.cap || (t.kind === 'quote' && quotes.some((q) => q.open === t.start)) || t.kind === 'num' || t.text === '(' || t.text === '—' || t.text === '–' || t.text === '-';
}

function inside(quotes: readonly QuoteSpan[], offset: number): boolean {
  for (const q of quotes) if (offset >= q.inner.start && offset < q.inner.end) return true;
  return false;
}

/** A mark that closes a quote, or a stray one that opens none (a closing '»' left after a paragraph break). */
function isCloser(quotes: readonly QuoteSpan[], offset: number): boolean {
  for (const q of quotes) if (q.close === offset || q.open === offset) return q.close === offset;
  return true;
}
