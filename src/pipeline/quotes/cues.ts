/**
 * The cues of a quotation and their speakers: an inverted verb after the quote, a preposed verb or a
 * non-verbal cue before it, a verb closing the sentence; each returns the subject mention it reads.
 */
import type { Token } from '../../text/tokens.js';
import type { QuoteSpan } from '../../text/quotes.js';
import type { Analysis, Mention } from '../analysis.js';
import { sentenceOfToken } from '../analysis.js';
import { cueAt, verbAt, type QuoteLexicon } from './lexicon.js';
import { subjectAfter, subjectBefore, type MentionIndex } from '../clauses.js';

/** Words before an infinitive, whose subject is then the clause's first one ('se bornant à inviter', 'urged X to'). */
const INFINITIVE_LINKS = new Set(['à', 'de', "d'", 'pour', 'to']);

const CLAUSE_LINKS = new Set(['while', 'as', 'and', 'but', 'when', 'which', 'who', 'whereas', 'after', 'before', 'tandis', 'alors', 'et', 'mais', 'qui', 'que', "qu'", 'où', 'quand', 'lorsque', "lorsqu'", 'puis', 'car', 'après', 'avant']);

export interface Found { speaker: Mention | undefined; cue: string | null; rule: string; at?: number }

/** Of a preposed verb and a non-verbal cue, the one nearer the quote ('…, selon qui cette décision adresse « … »'), a person's verb before a cue after the quote. */
export function nearerCue(a: Analysis, open: number, verb: Found | undefined, cue: Found | undefined): Found | undefined {
  if (!verb || !cue) return verb ?? cue;
  // a named person's own verb beats a source ('Choïgou souhaitait lui parler « … », d'après le ministère')
  const person = a.actors.find((x) => x.id === verb.speaker?.actor)?.kind === 'person';
  if (person && (cue.at ?? 0) > open) return verb;
  return (cue.at ?? -1) > (verb.at ?? -1) ? cue : verb;
}

/** Words that open another clause: a preposed cue is not looked for beyond them ('…, tandis que Séoul appelait …'). */
const CLAUSE_OPENERS = new Set(['tandis', 'alors', 'mais', 'cependant', 'pourtant', 'whereas', 'while', 'but', 'however', ';']);

/** '« … », a affirmé X', '« … », a-t-il ajouté', '"…," said X', '"…," X said', '"…," the president told …'. */
export function invertedCue(a: Analysis, lex: QuoteLexicon, idx: MentionIndex, closeTok: number, si: number): Found | undefined {
  if (closeTok < 0) return undefined;
  const { tokens } = a;
  const s = a.sentences[sentenceOfToken(a, closeTok)] ?? a.sentences[si];
  let k = closeTok + 1;
  if (tokens[k]?.text === ',' ) k++;
  else if (tokens[closeTok - 1]?.text === ',' || tokens[closeTok - 1]?.text === '?' || tokens[closeTok - 1]?.text === '!') { /* '"…," said' */ }
  else return undefined;
  // the verb within a few tokens: aux, clitics, adverbs, a subject before it in English
  for (let v = k; v < Math.min(s.tokenEnd, k + 6); v++) {
    if (CLAUSE_LINKS.has(tokens[v].lower)) return undefined; // '", while a US official said': another clause
    const hit = verbAt(lex, tokens, v);
    if (!hit) continue;
    if (isParticiple(tokens, v) || tokens[v - 1]?.lower === 'en') return undefined; // '», tout en prévenant que …': the main subject's
    const clitic = tokens[hit.end]?.clitic ? hit.end : tokens[v + 1]?.clitic ? v + 1 : -1;
    const m = clitic >= 0 ? idx.at.get(clitic)?.[0] : undefined;
    const before = v > k ? subjectBetween(idx, k, v) : undefined;
    const speaker = m ?? before ?? subjectAfter(a, idx, s, hit.end);
    return speaker ? { speaker, cue: hit.verb.lemma, rule: 'inverted' } : undefined;
  }
  return undefined;
}

function subjectBetween(idx: MentionIndex, from: number, to: number): Mention | undefined {
  for (let k = from; k < to; k++) { const m = idx.at.get(k)?.[0]; if (m) return m; }
  return undefined;
}

/** A speech verb before the quote in its sentence, with its subject ('X a déclaré : « … »', 'X a estimé que … « … »'). */
export function preposedCue(a: Analysis, lex: QuoteLexicon, idx: MentionIndex, si: number, open: number, inQuote: (t: Token) => boolean): Found | undefined {
  const s = a.sentences[si];
  const { tokens } = a;
  // Unambiguous verbs first ('accusé Dakar de vouloir « … »' is an accusation, not a wish), then any.
  for (const allowAmbiguous of [false, true]) {
    for (let v = open - 1; v >= s.tokenStart; v--) {
      if (CLAUSE_OPENERS.has(tokens[v].lower)) break;
      if (inQuote(tokens[v])) continue;
      const hit = verbAt(lex, tokens, v);
      if (!hit || hit.end > open || (hit.verb.ambiguous && !allowAmbiguous)) continue;
      const clitic = tokens[hit.end]?.clitic ? idx.at.get(hit.end)?.[0] : undefined;
      // inside a clause reported by another verb ('en prévenant que Washington maintiendrait « … »'), that verb speaks
      const outer = reportingVerb(a, lex, s, v);
      if (outer !== null && outer !== v) { v = outer + 1; continue; }
      const infinitive = INFINITIVE_LINKS.has(tokens[v - 1]?.lower ?? '');
      const speaker = clitic ?? (isParticiple(tokens, v) ? mainSubject(a, lex, idx, si, v, inQuote) : subjectBefore(a, idx, s, v, inQuote, infinitive));
      if (speaker) return { speaker, cue: hit.verb.lemma, rule: 'preposed', at: v };
    }
  }
  // a speaker and a colon: 'Zelensky : « Nous tiendrons »', 'Macron: "…"'
  if (tokens[open - 1]?.text === ':') {
    const named = idx.endAt.get(open - 1)?.[0];
    if (named) return { speaker: named, cue: ':', rule: 'colon', at: open - 1 };
  }
  // a cue at the end of the previous paragraph: 'X a déclaré :' then the quote
  const prev = a.sentences[si - 1];
  if (prev && open === s.tokenStart && tokens[prev.tokenEnd - 1]?.text === ':') {
    for (let v = prev.tokenEnd - 2; v >= prev.tokenStart; v--) {
      const hit = verbAt(lex, tokens, v);
      if (!hit) continue;
      const speaker = subjectBefore(a, idx, prev, v, inQuote);
      if (speaker) return { speaker, cue: hit.verb.lemma, rule: 'preposed-colon' };
    }
  }
  return undefined;
}

/** 'selon lui', "d'après le ministère", 'according to X' in the quote's sentence. */
export function nonVerbalCue(a: Analysis, lex: QuoteLexicon, idx: MentionIndex, si: number, inQuote: (t: Token) => boolean, q: QuoteSpan): Found | undefined {
  const s = a.sentences[si];
  const { tokens } = a;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (inQuote(tokens[k])) continue;
    const c = cueAt(lex, tokens, k);
    if (!c || c.cue.speaker !== 'after' || c.cue.tokens[0] === ':') continue;
    // 'X, selon qui …': the speaker is the mention before the comma
    if (RELATIVE_AFTER_CUE.has(tokens[c.end]?.lower ?? '') && tokens[k - 1]?.text === ',') {
      const before = idx.endAt.get(k - 1)?.[0];
      if (before) return { speaker: before, cue: c.cue.lemma, rule: `cue:${c.cue.id}`, at: k };
    }
    let j = c.end;
    while (j < s.tokenEnd && j < c.end + 3 && !idx.at.get(j)) j++;
    const m = idx.at.get(j)?.[0];
    if (!m) continue;
    if (c.cue.commaAfterSpeaker && tokens[m.tokenEnd]?.text !== ',') continue;
    if (c.cue.ambiguous && Math.abs(tokens[k].start - q.open) > 200) continue;
    return { speaker: m, cue: c.cue.lemma, rule: `cue:${c.cue.id}`, at: k };
  }
  return undefined;
}

const RELATIVE_AFTER_CUE = new Set(['qui', 'whom']);

/** ', accusant Washington de …', ', estimant que …', ', saying …': a participle after a comma. */
function isParticiple(tokens: readonly Token[], v: number): boolean {
  const prev = tokens[v - 1]?.norm === 'se' || tokens[v - 1]?.norm === "s'" ? v - 2 : v - 1;
  return /(ant|ing)$/u.test(tokens[v].norm) && (tokens[prev]?.text === ',' || tokens[prev]?.norm === 'en');
}

/** The subject of a participle is the main clause's: the speaker of an inverted cue in the sentence, else its first subject. */
function mainSubject(a: Analysis, lex: QuoteLexicon, idx: MentionIndex, si: number, v: number, inQuote: (t: Token) => boolean): Mention | undefined {
  const s = a.sentences[si];
  for (let k = s.tokenStart; k < v; k++) {
    const t = a.tokens[k];
    if (t.kind === 'quote' && inQuote(a.tokens[k - 1] ?? t)) {
      const inv = invertedCue(a, lex, idx, k, si);
      if (inv?.speaker) return inv.speaker;
    }
  }
  let comma = v - 1;
  while (comma > s.tokenStart && a.tokens[comma].text !== ',') comma--;
  return subjectBefore(a, idx, s, comma, inQuote, true);
}

/** The speech verb whose 'que'/'that' clause holds the token at v ('prévenant que Washington maintiendrait'), or null. */
function reportingVerb(a: Analysis, lex: QuoteLexicon, s: { tokenStart: number }, v: number): number | null {
  const { tokens } = a;
  for (let c = v - 1; c > s.tokenStart; c--) {
    if (!lex.complementisers.has(tokens[c].norm)) continue;
    for (let k = c - 1; k >= Math.max(s.tokenStart, c - 3); k--) {
      const hit = verbAt(lex, tokens, k);
      if (hit && !hit.verb.ambiguous && hit.verb.que) return k;
    }
    return null;
  }
  return null;
}

/** An inverted cue that ends the sentence after the quote: '… « ne change rien » à leur non-alignement, a insisté le ministre'. */
export function finalCue(a: Analysis, lex: QuoteLexicon, idx: MentionIndex, si: number, closeTok: number): Found | undefined {
  if (closeTok < 0) return undefined;
  const s = a.sentences[si];
  const { tokens } = a;
  let commas = 0;
  for (let k = s.tokenEnd - 1; k > closeTok && commas < 2; k--) {
    if (tokens[k].text !== ',') continue;
    commas++; // the last comma, or the one before an apposed name ('…, a insisté le ministre, Peter Hultqvist')
    for (let v = k + 1; v < Math.min(s.tokenEnd, k + 4); v++) {
      const hit = verbAt(lex, tokens, v);
      if (!hit || hit.verb.ambiguous) continue;
      const clitic = tokens[hit.end]?.clitic ? idx.at.get(hit.end)?.[0] : undefined;
      const speaker = clitic ?? subjectAfter(a, idx, s, hit.end);
      return speaker ? { speaker, cue: hit.verb.lemma, rule: 'inverted-final' } : undefined;
    }
  }
  return undefined;
}
