/**
 * First pass of actor recognition: the longest gazetteer term at each token, outside photo credits;
 * a role term may hold a demonym inside it ('ministre russe de la Défense'); a hyphenated compound of
 * prefixes ('russo-chinoises', 'sino-américain') names each of its states.
 */
import type { Token } from '../../text/tokens.js';
import type { Analysis } from '../analysis.js';
import type { Gazetteer, Term, TermTarget } from './gazetteer.js';
import type { ActorIndex } from './kb-index.js';

export interface Hit {
  tokenStart: number;
  tokenEnd: number;
  target: TermTarget;
  term: Term;
  /** A demonym inside a role term, with its state. */
  inner?: { token: number; state: string };
}

const PRIORITY: Record<TermTarget['type'], number> = { person: 0, org: 1, group: 2, state: 3, seat: 4, body: 5, role: 6, pronoun: 7 };

function best(terms: Term[]): Term {
  return [...terms].sort((a, b) => PRIORITY[a.target.type] - PRIORITY[b.target.type])[0];
}

export function scanTerms(a: Analysis, g: Gazetteer, index: ActorIndex): Hit[] {
  const { tokens } = a;
  const credits = a.doc.paragraphs.flatMap((p) => (p.credit ? [p.credit] : []));
  const inCredit = (t: Token): boolean => credits.length > 0 && credits.some((c) => t.start >= c.start && t.end <= c.end);
  const demonyms = index.demonyms[a.doc.lang];
  const hits: Hit[] = [];
  for (const s of a.sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const tok = tokens[i];
      if (inCredit(tok) || tok.kind !== 'word') { i++; continue; }
      const m = g.longestAt(tokens, i, s.tokenEnd);
      const inner = demonyms.get(tokens[i + 1]?.norm ?? '');
      if (inner && i + 2 < s.tokenEnd) {
        // 'ministre russe de la Défense': the role term with the demonym taken out.
        const view = [tokens[i], ...tokens.slice(i + 2, Math.min(s.tokenEnd, i + 10))];
        const r = g.matchAt(view, 0).find((x) => x.tokenEnd >= 2 && x.terms.some((t) => t.target.type === 'role' || t.target.type === 'body'));
        if (r && (!m || r.tokenEnd + 1 > m.tokenEnd - i)) {
          const term = r.terms.find((t) => t.target.type === 'role' || t.target.type === 'body')!;
          hits.push({ tokenStart: i, tokenEnd: i + r.tokenEnd + 1, target: term.target, term, inner: { token: i + 1, state: inner } });
          i += r.tokenEnd + 1;
          continue;
        }
      }
      if (m) {
        const term = best(m.terms);
        hits.push({ tokenStart: i, tokenEnd: m.tokenEnd, target: term.target, term });
        i = m.tokenEnd;
        continue;
      }
      const compound = prefixCompound(tok, index, demonyms);
      for (const state of compound) hits.push({ tokenStart: i, tokenEnd: i + 1, target: { type: 'state', id: state, via: 'prefix' }, term: PREFIX_TERM });
      i++;
    }
  }
  return hits;
}

const PREFIX_TERM: Term = { surface: '', shape: [], mode: 'any', target: { type: 'state', id: '', via: 'prefix' }, ref: 'states#prefix' };

/** 'russo-chinoises' → [RUS, CHN]; empty when the word is not such a compound. */
function prefixCompound(tok: Token, index: ActorIndex, demonyms: Map<string, string>): string[] {
  if (!tok.norm.includes('-')) return [];
  const parts = tok.norm.split('-');
  const last = demonyms.get(parts[parts.length - 1]);
  if (!last) return [];
  const states: string[] = [];
  for (const p of parts.slice(0, -1)) {
    const s = index.prefixes.get(p) ?? demonyms.get(p); // 'russo-chinoises', 'Israeli-Palestinian'
    if (!s) return [];
    states.push(s);
  }
  return [...states, last];
}
