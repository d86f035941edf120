/**
 * Reported speech without quote marks: a speech verb that takes a clause ('a estimé que …', 'said
 * that …', 'a assuré que …') with a subject. The quoted text runs from after the complementiser to
 * the end of the clause.
 */
import type { QuoteRecord } from '../../model/types.js';
import type { Token } from '../../text/tokens.js';
import type { Analysis } from '../analysis.js';
import { verbAt, type QuoteLexicon } from './lexicon.js';
import { subjectBefore, type MentionIndex } from '../clauses.js';

export function findIndirect(a: Analysis, lex: QuoteLexicon, idx: MentionIndex, inQuote: (t: Token) => boolean): QuoteRecord[] {
  const out: QuoteRecord[] = [];
  const { tokens } = a;
  a.sentences.forEach((s) => {
    for (let v = s.tokenStart; v < s.tokenEnd; v++) {
      if (inQuote(tokens[v])) continue;
      const hit = verbAt(lex, tokens, v);
      if (!hit || !hit.verb.que) continue;
      // the clause may come a few words later: 'a annoncé peu avant minuit qu'il …', 'told reporters that …'
      let c = hit.end;
      if (tokens[c]?.clitic) c++;
      const limit = Math.min(s.tokenEnd - 1, c + 4);
      while (c < limit && !lex.complementisers.has(tokens[c].norm) && tokens[c].kind === 'word' && !verbAt(lex, tokens, c)) c++;
      if (!lex.complementisers.has(tokens[c]?.norm ?? '')) {
        // English leaves 'that' out: 'said US policy had not changed', 'told supporters parliament could …'
        const clause = a.doc.lang === 'en' ? zeroThat(a, idx, hit.end, s.tokenEnd) : -1;
        if (clause < 0) continue;
        c = clause - 1;
      }
      // a participle ('…, tout en assurant que …', '…, saying that …') speaks for the sentence's first subject
      const participle = /(ant|ing)$/u.test(tokens[v].norm) && v > s.tokenStart;
      const speaker = tokens[hit.end]?.clitic ? idx.at.get(hit.end)?.[0] : subjectBefore(a, idx, s, participle ? commaBefore(tokens, v, s.tokenStart) : v, inQuote, participle);
      if (!speaker) continue;
      let e = c + 1;
      while (e < s.tokenEnd && !(tokens[e].text === ';' || (tokens[e].text === '.' && e === s.tokenEnd - 1))) e++;
      if (e - c < 3) continue;
      const start = tokens[c + 1].start;
      const end = tokens[e - 1].end;
      out.push({ text: a.doc.text.slice(start, end), start, end, kind: 'indirect', speaker: speaker.actor, cue: hit.verb.lemma, rule: 'indirect' });
    }
  });
  return out;
}

/** The comma that opens a participle's clause, or the participle itself when there is none. */
function commaBefore(tokens: readonly Token[], v: number, from: number): number {
  for (let k = v - 1; k > from; k--) if (tokens[k].text === ',') return k;
  return v;
}

const FINITE = new Set(['had', 'has', 'have', 'was', 'were', 'would', 'will', 'could', 'is', 'are', 'did', 'does', 'should', 'must', 'might', 'may', 'can']);
const CLAUSE_START = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'these', 'those', 'there']);

/** Where a clause without 'that' starts after a speech verb (past an object: 'told reporters'), or -1. */
function zeroThat(a: Analysis, idx: MentionIndex, after: number, end: number): number {
  const { tokens } = a;
  let k = after;
  const object = idx.at.get(k)?.[0];
  if (a.tokens[k]?.lower && ['reporters', 'supporters', 'journalists', 'lawmakers', 'parliament', 'his', 'her', 'their'].includes(tokens[k].lower) && tokens[k + 1]?.kind === 'word' && !FINITE.has(tokens[k + 1].lower)) k++;
  else if (object && tokens[object.tokenEnd] && !FINITE.has(tokens[object.tokenEnd].lower) && idx.at.get(object.tokenEnd)) k = object.tokenEnd;
  const t = tokens[k];
  if (!t || t.kind !== 'word' || !(CLAUSE_START.has(t.lower) || t.cap || idx.at.has(k))) return -1;
  for (let j = k + 1; j < Math.min(end, k + 9); j++) {
    if (tokens[j].kind === 'punct' && tokens[j].text !== "'") return -1;
    if (FINITE.has(tokens[j].lower)) return k;
  }
  return -1;
}
