/** Shared by the text-layer tests: paragraphs of a test string and its text layers. */
import type { Lang, Paragraph } from '../../src/model/types.js';
import { tokenize } from '../../src/text/tokens.js';
import { pairQuotes, type QuoteSpan } from '../../src/text/quotes.js';
import { splitSentences, type Sentence } from '../../src/text/sentences.js';
import { loadTokenRules } from '../../src/lang/rules.js';
import { defaultDataDir } from '../../src/paths.js';

const RULES = { fr: loadTokenRules(defaultDataDir, 'fr'), en: loadTokenRules(defaultDataDir, 'en') };

/** Blank-line separated paragraphs, as the readers make them. */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    out.push({ start, end: start + part.length, role: 'body' });
    start += part.length + 2;
  }
  return out;
}

export function layers(text: string, lang: Lang = 'fr'): { quotes: QuoteSpan[]; sentences: Sentence[] } {
  const paragraphs = paragraphsOf(text);
  const tokens = paragraphs.flatMap((p) => tokenize(text, p, RULES[lang]));
  const quotes = pairQuotes(text, paragraphs);
  return { quotes, sentences: splitSentences(tokens, paragraphs, quotes) };
}

export function sentenceTexts(text: string, lang: Lang = 'fr'): string[] {
  return layers(text, lang).sentences.map((s) => text.slice(s.start, s.end));
}
