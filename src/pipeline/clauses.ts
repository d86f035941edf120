/**
 * Clauses around a trigger, shared by the quote and event stages: mentions indexed by position, and who
 * the subject of a verb is: the nearest mention of its clause that no preposition governs ('À Paris, le ministre … a
 * condamné': the minister, not Paris); an inverted clitic ('a-t-il ajouté') or the mention after an
 * inverted verb ('», a affirmé Vladimir Poutine') is the subject of an inverted cue.
 */
import type { Analysis, Mention, MentionIndex } from './analysis.js';
import { sentenceOfToken } from './analysis.js';
import type { Sentence } from '../text/sentences.js';
import type { Token } from '../text/tokens.js';

export type { MentionIndex } from './analysis.js';

const PREPOSITIONS = new Set([
  'à', 'au', 'aux', 'en', 'dans', 'avec', 'pour', 'de', "d'", 'du', 'des', 'contre', 'sur', 'vers', 'par', 'chez', 'entre', 'envers', 'sans', 'sous', 'depuis', 'après', 'avant', 'malgré', 'face', 'selon', 'parmi', 'auprès',
  'in', 'at', 'with', 'to', 'from', 'on', 'by', 'for', 'of', 'against', 'into', 'towards', 'toward', 'between', 'over', 'after', 'before', 'about', 'near',
]);
const ARTICLES = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'the', 'a', 'an', 'his', 'her', 'its', 'their']);
const CLAUSE_BREAK = new Set([';', ':', '(', ')', '—', '–']);


/**
 * Mentions by position; demonyms and prefixes only when `withDemonyms` (they may be targets, never
 * speakers); with `named`, no unnamed person ('un diplomate'), who may speak but is no party to an event.
 */
export function indexMentions(a: Analysis, withDemonyms = false, named = false): MentionIndex {
  // built once per analysis and kind: the quote and event stages ask for the same ones
  const key = `${withDemonyms}|${named}|${a.mentions.length}`;
  const cached = a.mentionIndexes?.get(key);
  if (cached) return cached;
  const built = buildIndex(a, withDemonyms, named);
  (a.mentionIndexes ??= new Map()).set(key, built);
  return built;
}

function buildIndex(a: Analysis, withDemonyms: boolean, named: boolean): MentionIndex {
  const at = new Map<number, Mention[]>();
  const endAt = new Map<number, Mention[]>();
  const bySentence = new Map<number, Mention[]>();
  const kinds = new Map(a.actors.map((x) => [x.id, x.kind]));
  for (const m of a.mentions) {
    if ((!withDemonyms && (m.via === 'demonym' || m.via === 'prefix')) || (named && m.via === 'anonymous') || !kinds.has(m.actor)) continue;
    (at.get(m.tokenStart) ?? at.set(m.tokenStart, []).get(m.tokenStart)!).push(m);
    (endAt.get(m.tokenEnd) ?? endAt.set(m.tokenEnd, []).get(m.tokenEnd)!).push(m);
    (bySentence.get(m.sentence) ?? bySentence.set(m.sentence, []).get(m.sentence)!).push(m);
  }
  for (const list of bySentence.values()) list.sort((x, y) => x.tokenStart - y.tokenStart || y.tokenEnd - x.tokenEnd);
  return { at, endAt, bySentence };
}

function governed(tokens: readonly Token[], m: Mention, from: number): boolean {
  let k = m.tokenStart - 1;
  while (k >= from && ARTICLES.has(tokens[k].lower)) k--;
  return k >= from && PREPOSITIONS.has(tokens[k].lower);
}

/** The subject of the verb at token v: the nearest ungoverned mention of its clause, left of the verb. */
export function subjectBefore(a: Analysis, idx: MentionIndex, s: Sentence, v: number, inQuote: (t: Token) => boolean, leftmost = false): Mention | undefined {
  const { tokens } = a;
  let from = s.tokenStart;
  for (let k = v - 1; k > s.tokenStart; k--) {
    const t = tokens[k];
    if (t.text === ')') { // a parenthesis is skipped whole: 'Abiy Ahmed (à gauche) est accueilli'
      let o = k - 1;
      while (o > s.tokenStart && tokens[o].text !== '(') o--;
      if (tokens[o].text === '(') { k = o; continue; }
    }
    if (CLAUSE_BREAK.has(t.text) || (t.kind === 'quote' && inQuote(tokens[k - 1]) && k < v - 1)) { from = k + 1; break; }
  }
  const candidates = (idx.bySentence.get(sentenceIndex(a, s)) ?? [])
    .filter((m) => m.tokenStart >= from && m.tokenEnd <= v && !inQuote(tokens[m.tokenStart]));
  if (leftmost) return candidates.find((m) => !governed(tokens, m, from) && !inRelative(tokens, m.tokenStart, from));
  // The nearest ungoverned mention, outside an incise opened by a relative pronoun (', qui recevait …,').
  for (let c = candidates.length - 1; c >= 0; c--) {
    const m = candidates[c];
    // 'before the two agreed', 'après que Paris a annoncé': a word that is a preposition or a conjunction
    // opens a clause when its noun is right before the verb
    const next = tokens[m.tokenEnd];
    const conjunction = CONJUNCTION_LIKE.has(tokens[m.tokenStart - 1]?.lower ?? '') &&
      (m.tokenEnd === v || (!!next && next.kind === 'word' && !next.cap && !PREPOSITIONS.has(next.lower) && !ARTICLES.has(next.lower)));
    if ((!governed(tokens, m, from) || conjunction) && !inRelative(tokens, m.tokenStart, from)) return m;
  }
  return undefined;
}

const CONJUNCTION_LIKE = new Set(['before', 'after', 'since', 'until', 'as', 'avant', 'après', 'depuis']);

const RELATIVES = new Set(['qui', 'que', "qu'", 'dont', 'who', 'whom', 'which', 'whose']);

/** True when the token sits in an incise ', qui … ,' that closes before the verb. */
function inRelative(tokens: readonly Token[], t: number, from: number): boolean {
  for (let k = t - 1; k >= from; k--) {
    if (tokens[k].text === ',') return false;
    if (RELATIVES.has(tokens[k].lower) && tokens[k - 1]?.text === ',') return true;
  }
  return false;
}

/** The subject of an inverted verb whose last token is `end - 1`: a clitic, or the first mention after it. */
export function subjectAfter(a: Analysis, idx: MentionIndex, s: Sentence, end: number): Mention | undefined {
  const { tokens } = a;
  for (let k = end; k < s.tokenEnd && k < end + 14; k++) {
    const t = tokens[k];
    if (t.text === '.' || t.text === ';' || t.kind === 'quote') break;
    const ms = idx.at.get(k);
    if (ms?.length && !governed(tokens, ms[0], end)) return ms[0];
    // an apposition may come between: 'a estimé lundi son porte-parole, Hossein Jaber Ansari'
    if (t.text === ',' && k > end + 1 && !tokens[k + 1]?.cap) break;
  }
  return undefined;
}

export function sentenceIndex(a: Analysis, s: Sentence): number {
  return sentenceOfToken(a, s.tokenStart);
}
