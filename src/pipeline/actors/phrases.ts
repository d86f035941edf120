/**
 * Role and body phrases: a role noun with what qualifies it ('le président russe', 'le ministre
 * russe de la Défense Sergueï Choïgou', 'le secrétaire général de l'ONU, Antonio Guterres', 'US
 * President Joe Biden', 'Iran's foreign minister'), and organs of a state ('l'armée russe', 'the
 * Sudanese army'). Gives the place (a state or organisation) and the name that follows, if any.
 */
import type { Token } from '../../text/tokens.js';
import type { Hit } from './scan.js';

export interface Place {
  kind: 'state' | 'org';
  id: string;
  /** Hits consumed by the phrase (the place's own mention). */
  hit?: Hit;
}

export interface RolePhrase {
  hit: Hit;
  place: Place | null;
  /** Index in `hits` of the person named by the phrase, if a known one follows. */
  personHit: number | null;
  /** Token range of an unknown name that follows ('le général chinois Zhang Youxia'). */
  unknownName: [number, number] | null;
  end: number;
}

const OF = new Set(['de', "d'", 'du', 'des', 'of', 'for']);
const ARTICLES = new Set(['la', 'le', "l'", 'les', 'the']);

/** The state or organisation that qualifies the phrase at hits[h]: a demonym inside or after it, 'de X' after it, or (English) 'X's' / 'US' before it. */
export function placeOf(hits: readonly Hit[], h: number, tokens: readonly Token[]): { place: Place | null; end: number; used: number[] } {
  const hit = hits[h];
  if (hit.inner) return { place: { kind: 'state', id: hit.inner.state }, end: hit.tokenEnd, used: [] };
  const next = hits[h + 1];
  if (next && next.tokenStart === hit.tokenEnd && next.target.type === 'state' && next.target.via === 'demonym') {
    return { place: { kind: 'state', id: next.target.id, hit: next }, end: next.tokenEnd, used: [h + 1] };
  }
  // 'de l'ONU', 'du Mali', 'of the UN'
  let k = hit.tokenEnd;
  if (OF.has(tokens[k]?.lower ?? '')) {
    k++;
    if (ARTICLES.has(tokens[k]?.lower ?? '')) k++;
    if (next && next.tokenStart === k && (next.target.type === 'org' || (next.target.type === 'state' && next.target.via !== 'demonym'))) {
      const id = next.target.id;
      return { place: { kind: next.target.type === 'org' ? 'org' : 'state', id, hit: next }, end: next.tokenEnd, used: [h + 1] };
    }
  }
  // English: 'US President', 'Chinese President', "Iran's foreign minister"
  const prev = hits[h - 1];
  if (prev && (prev.target.type === 'state' || prev.target.type === 'org')) {
    const gap = hit.tokenStart - prev.tokenEnd;
    const poss = gap === 1 && tokens[prev.tokenEnd].norm === "'s";
    if (gap === 0 || poss) return { place: { kind: prev.target.type === 'org' ? 'org' : 'state', id: prev.target.id, hit: prev }, end: hit.tokenEnd, used: [h - 1] };
  }
  return { place: null, end: hit.tokenEnd, used: [] };
}

/** A name the knowledge base does not know, right after a role: two to four capitalised words. */
export function unknownNameAt(tokens: readonly Token[], k: number, limit: number, covered: (i: number) => boolean): [number, number] | null {
  let j = k;
  while (j < limit && j - k < 4 && tokens[j].kind === 'word' && tokens[j].cap && !covered(j) && !tokens[j].elided) j++;
  // a particle inside a name: 'Jean-Yves Le Drian', 'Moussa Faki Mahamat', 'Ursula von der Leyen'
  return j - k >= 2 ? [k, j] : null;
}

/** Where the name after a role phrase may start: after an optional comma. */
export function afterPhrase(tokens: readonly Token[], end: number): number {
  return tokens[end]?.text === ',' ? end + 1 : end;
}
