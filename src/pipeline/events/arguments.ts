/**
 * Who acts and who is acted upon, around a trigger: the subject of the verb (with coordinated
 * subjects, relative clauses 'X, qui recevait …', gerunds 'En recevant Y, X …', and the passive
 * 'a été reçu par X'), and the target as the object or the complement of a preposition.
 */
import type { Token } from '../../text/tokens.js';
import type { Sentence } from '../../text/sentences.js';
import type { Analysis, Mention } from '../analysis.js';
import type { MentionIndex } from '../clauses.js';
import { subjectBefore } from '../clauses.js';

const ARTICLES = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'ces', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'several', 'plusieurs']);
const COORD = new Set([',', 'et', 'and', 'ainsi', 'ou', 'or']);
// quote marks do not stop a complement: 'a réclamé la « libération immédiate » de M. Keïta'
const STOP = new Set(['.', ';', ':', '?', '!', '(', ')',
  // another clause begins: its mentions are not this verb's complements
  'while', 'whereas', 'tandis', 'mais', 'but', 'alors', 'cependant', 'however']);
const PASSIVE_AUX = new Set(['été', 'était', 'est', 'sont', 'étaient', 'fut', 'furent', 'was', 'were', 'been', 'being', 'is', 'are']);
const AGENT = new Set(['par', 'by']);
const RELATIVE = new Set(['qui', 'who', 'which', 'that']);
const GERUND = new Set(['en', 'by', 'while', 'after']);

export interface Arguments { sources: Mention[]; targets: Mention[]; passive: boolean }

/** Mentions coordinated with `m` in a list ('Washington, Paris et Londres'), scanning left from it. */
export function coordinatedBefore(idx: MentionIndex, tokens: readonly Token[], m: Mention, from: number): Mention[] {
  const out = [m];
  let k = phraseStart(idx, tokens, m, from) - 1;
  while (k > from && COORD.has(tokens[k].lower)) {
    const j = k - 1;
    let found: Mention | undefined;
    for (let back = j; back >= Math.max(from, j - 3); back--) {
      const ms = idx.at.get(back);
      if (ms?.length && ms[0].tokenEnd === j + 1) { found = ms[0]; break; }
    }
    if (!found) break;
    // a complement of the phrase is no coordinated subject: 'l'ambassadeur auprès des Nations unies, Han Tae-song'
    const before = tokens[phraseStart(idx, tokens, found, from) - 1];
    if (before && PREP_LIKE.has(before.lower)) break;
    if (!out.some((x) => x.actor === found!.actor)) out.unshift(found); // an apposition names the same actor again
    k = phraseStart(idx, tokens, found, from) - 1;
  }
  return out;
}

/** Where the noun phrase of a mention starts: before its articles and a possessor ("the EU's foreign policy chief"). */
function phraseStart(idx: MentionIndex, tokens: readonly Token[], m: Mention, from: number): number {
  let k = m.tokenStart - 1;
  for (;;) {
    // the person's role before the name ('le président sud-coréen Moon Jae-in')
    const role = idx.endAt.get(k + 1)?.find((x) => x.actor === m.actor && x !== m);
    if (role && role.tokenStart > from) { k = role.tokenStart - 1; continue; }
    while (k > from && ARTICLES.has(tokens[k].lower)) k--;
    if (k > from && tokens[k].lower === "'s") {
      const owner = idx.endAt.get(k)?.[0];
      if (owner) { k = owner.tokenStart - 1; continue; }
    }
    return k + 1;
  }
}

/**
 * Mentions after token `from`, up to the clause's end: the first one that fits (the object for
 * `preps` null, the complement of one of `preps`, or either for 'any'), and those coordinated with it.
 */
export function mentionsAfter(idx: MentionIndex, tokens: readonly Token[], from: number, end: number, preps: Set<string> | null | 'any', allowDemonym: MentionIndex | null = null): Mention[] {
  for (let k = from; k < end && k < from + 14; k++) {
    // the first complement of a verb read with 'any' lies before the next comma
    if (STOP.has(tokens[k].text) || STOP.has(tokens[k].lower) || (preps === 'any' && tokens[k].text === ',')) return [];
    const ms = idx.at.get(k) ?? allowDemonym?.at.get(k);
    if (!ms?.length) continue;
    const ok = preps === 'any' || governedBy(tokens, k, from, preps, ms[0].via === 'demonym');
    if (!ok) { k = ms[0].tokenEnd - 1; continue; }
    const out = [ms[0]];
    let j = ms[0].tokenEnd;
    let closed = 0; // how many items a list closed by 'et'/'and' holds: a trailing ', X' opens another clause
    while (j < end && COORD.has(tokens[j].lower)) {
      let n = j + 1;
      let word = tokens[j].text !== ',';
      while (n < end && (ARTICLES.has(tokens[n].lower) || COORD.has(tokens[n].lower) || (preps === 'any' ? PREP_LIKE.has(tokens[n].lower) : preps?.has(tokens[n].lower) ?? false))) { if (COORD.has(tokens[n].lower) && tokens[n].text !== ',') word = true; n++; }
      const next = idx.at.get(n) ?? allowDemonym?.at.get(n);
      if (!next?.length) break;
      out.push(next[0]);
      if (word) closed = out.length;
      j = next[0].tokenEnd;
    }
    // 'frappent l'arsenal de Damas, Moscou dénonce …': without 'et' the comma ends the list
    return closed ? out.slice(0, closed) : out.slice(0, 1);
  }
  return [];
}

/**
 * Whether the mention at k is the object (`preps` null: no preposition before it) or the complement
 * of one of `preps`: the word right before it ('du Brésil' with 'du' listed), or before its articles,
 * a two-word preposition ('auprès de'), and for a demonym the preposition of the noun it qualifies
 * ('au projet de résolution russe').
 */
function governedBy(tokens: readonly Token[], k: number, from: number, preps: Set<string> | null, demonym: boolean): boolean {
  const before = (i: number): string => (i >= from ? tokens[i].lower : '');
  if (preps && preps.has(before(k - 1))) return true;
  let p = k - 1;
  while (p >= from && ARTICLES.has(tokens[p].lower)) p--;
  const prep = before(p);
  if (!preps) return !PREP_LIKE.has(prep) || (demonym && !PREP_LIKE.has(before(k - 2)) && !PREP_LIKE.has(before(k - 3)));
  if (preps.has(prep) || preps.has(`${before(p - 1)} ${prep}`)) return true;
  // 'au projet de résolution russe': the noun phrase the demonym closes (a demonym after its noun, as in French;
  // in 'against buyers of Russian equipment' the demonym qualifies what follows it and is no complement)
  const prevWord = tokens[k - 1];
  if (!demonym || !prevWord || prevWord.kind !== 'word' || PREP_LIKE.has(prevWord.lower) || ARTICLES.has(prevWord.lower)) return false;
  for (let q = k - 1; q >= Math.max(from, k - 5); q--) if (preps.has(tokens[q].lower) && (q === k - 2 || q < k - 2)) return q < k - 1;
  return false;
}

const PREP_LIKE = new Set(['à', 'au', 'aux', 'en', 'dans', 'avec', 'pour', 'de', "d'", 'du', 'des', 'contre', 'sur', 'vers', 'par', 'chez', 'entre', 'sans', 'depuis', 'selon', 'in', 'at', 'with', 'to', 'from', 'on', 'by', 'for', 'of', 'against', 'into', 'over', 'after', 'about', 'near']);

/** The sources of the verb at [v, end): passive agent, relative antecedent, gerund's main subject, or the subject. */
export function sourcesOf(a: Analysis, idx: MentionIndex, s: Sentence, v: number, end: number, inQuote: (t: Token) => boolean): { sources: Mention[]; passive: boolean; patient?: Mention[] } {
  const { tokens } = a;
  const passive = PASSIVE_AUX.has(tokens[v - 1]?.lower ?? '') || (PASSIVE_AUX.has(tokens[v - 2]?.lower ?? '') && tokens[v - 1]?.norm !== 'pas');
  // a participle opening the sentence: 'Arrêté mardi par des soldats mutinés, le chef de l'État …'
  if (!passive && v === s.tokenStart) {
    for (let k = end; k < Math.min(s.tokenEnd, end + 10) && tokens[k].text !== ','; k++) {
      if (!AGENT.has(tokens[k].lower)) continue;
      const agent = mentionsAfter(idx, tokens, k + 1, s.tokenEnd, null);
      let c = k;
      while (c < s.tokenEnd && tokens[c].text !== ',') c++;
      const patient = mentionsAfter(idx, tokens, c + 1, s.tokenEnd, null);
      if (agent.length && patient.length) return { sources: agent, passive: true, patient };
    }
  }
  if (passive) {
    for (let k = end; k < Math.min(s.tokenEnd, end + 8); k++) {
      if (AGENT.has(tokens[k].lower)) {
        const agent = mentionsAfter(idx, tokens, k + 1, s.tokenEnd, null);
        if (agent.length) return { sources: agent, passive: true };
      }
    }
  }
  // gerund: 'En recevant Zhang Youxia, il a déclaré' — the subject of the main clause
  if (GERUND.has(tokens[v - 1]?.lower ?? '') && /(ant|ing)$/u.test(tokens[v].norm)) {
    let k = end;
    while (k < s.tokenEnd && tokens[k].text !== ',') k++;
    const main = mentionsAfter(idx, tokens, k + 1, s.tokenEnd, null);
    if (main.length) return { sources: main.slice(0, 1), passive: false };
  }
  // relative clause: 'X, qui recevait …'
  if (RELATIVE.has(tokens[v - 1]?.lower ?? '') || RELATIVE.has(tokens[v - 2]?.lower ?? '')) {
    const rel = RELATIVE.has(tokens[v - 1]?.lower ?? '') ? v - 1 : v - 2;
    const before = rel - 1 >= s.tokenStart && tokens[rel - 1].text === ',' ? rel - 2 : rel - 1;
    for (let k = before; k >= Math.max(s.tokenStart, before - 1); k--) {
      const ms = idx.endAt.get(k + 1);
      if (ms?.length) return { sources: ms.slice(0, 1), passive: false };
    }
  }
  const subj = subjectBefore(a, idx, s, v, inQuote);
  if (!subj) return { sources: [], passive };
  return { sources: coordinatedBefore(idx, tokens, subj, s.tokenStart), passive };
}

/** The subject of a passive verb ('X a été reçu', 'X was received', 'X has been received'), before its auxiliaries. */
export function passiveSubject(a: Analysis, idx: MentionIndex, s: Sentence, v: number, inQuote: (t: Token) => boolean): Mention[] {
  const { tokens } = a;
  let aux = v;
  while (aux - 1 >= s.tokenStart && aux > v - 4 && (PASSIVE_AUX.has(tokens[aux - 1].lower) || HAVE.has(tokens[aux - 1].lower))) aux--;
  const subj = subjectBefore(a, idx, s, aux, inQuote);
  return subj ? coordinatedBefore(idx, tokens, subj, s.tokenStart) : [];
}

const HAVE = new Set(['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'auraient', 'has', 'have', 'had']);
