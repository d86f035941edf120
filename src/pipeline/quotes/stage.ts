/**
 * The quotation stage: every span in quote marks that reports someone's words, its kind, cue and
 * speaker; and reported speech without marks ('X a estimé que …', 'X said that …').
 * Attribution, in order: an inverted cue right after the quote ('», a affirmé X', '", he said');
 * a speech verb earlier in the sentence with its subject ('X a déclaré : « … »', 'X a estimé que
 * l'Otan cherchait à « … »'); a non-verbal cue ('selon lui', "d'après le ministère", 'according
 * to'); the speaker of the quote this one continues (next paragraph, or next sentence with no cue).
 * A quote whose speaker the text does not give keeps `speaker: null`.
 */
import type { Lang, QuoteRecord } from '../../model/types.js';
import type { Token } from '../../text/tokens.js';
import type { QuoteSpan } from '../../text/quotes.js';
import type { Analysis, Stage } from '../analysis.js';
import { firstTokenFrom, sentenceOfToken, tokenInQuote } from '../analysis.js';
import type { QuoteLexicon } from './lexicon.js';
import { indexMentions } from '../clauses.js';
import { finalCue, invertedCue, nearerCue, nonVerbalCue, preposedCue } from './cues.js';
import { findIndirect } from './indirect.js';

export function createQuoteStage(lexicons: Record<Lang, QuoteLexicon>): Stage {
  return {
    name: 'quotes',
    needs: ['tokens', 'sentences', 'quoteSpans', 'actors', 'mentions'],
    adds: ['quotes'],
    run(a: Analysis): void {
      const lex = lexicons[a.doc.lang];
      const idx = indexMentions(a);
      const outer = a.quoteSpans.filter((q) => !a.quoteSpans.some((o) => o !== q && o.inner.start <= q.open && q.inner.end <= o.inner.end));
      const inQuote = (t: Token): boolean => tokenInQuote(a, t);
      const firstTok = (q: QuoteSpan): number => firstTokenFrom(a, q.inner.start);
      const out: QuoteRecord[] = [];
      let previous: { q: QuoteSpan; speaker: string | null; sentence: number } | undefined;
      for (const q of outer) {
        const ti = firstTok(q);
        if (ti >= a.tokens.length) continue;
        const open = ti - 1;
        const si = sentenceOfToken(a, ti);
        const s = a.sentences[si];
        const closeTok = q.close >= 0 ? firstTokenFrom(a, q.close) : -1;
        const found = invertedCue(a, lex, idx, closeTok, si) ?? nearerCue(a, open, preposedCue(a, lex, idx, si, open, inQuote), nonVerbalCue(a, lex, idx, si, inQuote, q))
          ?? finalCue(a, lex, idx, si, closeTok);
        // a quote continues the previous one: next paragraph, next sentence opening on it, or split by its cue in one sentence
        const continues = previous && (previous.q.paragraph === q.paragraph - 1 && (previous.q.close < 0 || open === s.tokenStart) ||
          (previous.q.paragraph === q.paragraph && ((previous.sentence === si - 1 && open === s.tokenStart) || previous.sentence === si)));
        if (!found?.speaker && continues && previous!.speaker) {
          const carried = record(a, q, previous!.speaker, found?.cue ?? null, 'carry-over', s, open);
          // the second half of a quote split by its cue is as direct as the first
          if (previous!.sentence === si && out[out.length - 1]?.kind === 'direct') carried.kind = 'direct';
          out.push(carried);
          previous = { q, speaker: previous!.speaker, sentence: si };
          continue;
        }
        if (isName(a, lex, open)) { previous = undefined; continue; } // 'une opération baptisée « Bouclier du Nord »'
        if (!found && !isStatement(a, q, s, open)) { previous = undefined; continue; } // a scare quote or a name
        const speaker = found?.speaker?.actor ?? null;
        out.push(record(a, q, speaker, found?.cue ?? null, found?.rule ?? 'none', s, open));
        previous = { q, speaker, sentence: si };
      }
      // a quote left open at a paragraph's end takes the speaker of its continuation ('« … ¶ « … », a conclu X')
      for (let k = out.length - 2; k >= 0; k--) {
        const q = out[k];
        const next = out[k + 1];
        const span = outer.find((o) => o.inner.start === q.start);
        const nextSpan = outer.find((o) => o.inner.start === next.start);
        if (q.speaker === null && span && span.close < 0 && nextSpan && nextSpan.paragraph === span.paragraph + 1 && next.speaker) {
          q.speaker = next.speaker;
          q.rule = 'carry-back';
        }
      }
      a.quotes.push(...out, ...findIndirect(a, lex, idx, inQuote));
    },
  };
}

function record(a: Analysis, q: QuoteSpan, speaker: string | null, cue: string | null, rule: string, s: { tokenStart: number }, open: number): QuoteRecord {
  const prev = a.tokens[open - 1];
  // a whole statement: it opens its sentence, follows a colon, or (capitalised) closes the sentence after 'Selon X,'
  const closesSentence = q.close >= 0 && /^\s*[.!?]?\s*$/u.test(a.doc.text.slice(q.close + 1, sentenceEnd(a, open)));
  const direct = open === s.tokenStart || prev?.text === ':' || (open === s.tokenStart + 1 && a.tokens[s.tokenStart].kind !== 'word') ||
    (prev?.text === ',' && closesSentence && /^\p{Lu}/u.test(a.doc.text.slice(q.inner.start, q.inner.start + 1)));
  return { text: a.doc.text.slice(q.inner.start, q.inner.end), start: q.inner.start, end: q.inner.end, kind: direct ? 'direct' : 'partial', speaker, cue, rule };
}

/** A quote with no cue is kept only if it reads as a statement: several words, a sentence of its own. */
function isStatement(a: Analysis, q: QuoteSpan, s: { tokenStart: number }, open: number): boolean {
  const words = a.tokens.filter((t) => t.start >= q.inner.start && t.end <= q.inner.end && t.kind === 'word').length;
  return words >= 6 && (open === s.tokenStart || a.tokens[open - 1]?.text === ':');
}

function sentenceEnd(a: Analysis, token: number): number {
  const s = a.sentences[sentenceOfToken(a, token)];
  return s ? s.end : a.doc.text.length;
}

/** A quoted name: the mark follows a naming word ('baptisée', 'dubbed', 'l'opération'), articles aside. */
function isName(a: Analysis, lex: QuoteLexicon, open: number): boolean {
  let k = open - 1;
  while (k >= 0 && ['le', 'la', 'les', "l'", 'the', 'a', 'an', 'de', "d'", 'du', 'of'].includes(a.tokens[k].lower)) k--;
  return k >= 0 && lex.naming.has(a.tokens[k].norm);
}
