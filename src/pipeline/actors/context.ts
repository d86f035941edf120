/**
 * What the text around a mention says about it: the person a bare role refers back to, the country of
 * an organ named without one, a place, an apposed name, an attributive use of a body or role word.
 */
import type { Analysis } from '../analysis.js';
import { sentenceOfToken } from '../analysis.js';
import type { ActorInfo, ActorRegistry } from './registry.js';
import type { Hit } from './scan.js';

type Actor = ActorInfo & { id: string };

/**
 * The person the text named with this role before ('le chef de l'État' after 'le président Keïta';
 * 'the president' after 'US President Joe Biden'): the first one the article introduced, its main figure.
 */
export function lastWithRole(reg: ActorRegistry, a: Analysis, role: string | null, ref: string, before: number, refersTo: readonly string[] = []): Actor | undefined {
  const byId = new Map(reg.all().map((x) => [x.id, x]));
  const earlier = a.mentions.filter((m) => m.tokenStart < before && m.via !== 'anonymous' && byId.get(m.actor)?.kind === 'person');
  if (role) {
    const first = earlier.find((m) => byId.get(m.actor)!.role === role);
    if (first) return byId.get(first.actor);
  }
  // a bare noun ('le ministre', 'le porte-parole'): the person the text gave it to
  // the same role noun ('le porte-parole' … 'son porte-parole'), not a longer one holding it ('Prime Minister' for 'the minister')
  const fits = earlier.filter((m) => (m.via === 'role' && m.ref === ref) || refersTo.includes(byId.get(m.actor)!.role ?? ''));
  if (!fits.length) return undefined;
  // the most talked-about of them so far, then the latest ('le ministre' after Ebrard's talks, not the host he met)
  const count = new Map<string, number>();
  for (const m of earlier) count.set(m.actor, (count.get(m.actor) ?? 0) + 1);
  let best = fits[fits.length - 1];
  for (const m of fits) if (count.get(m.actor)! > count.get(best.actor)!) best = m;
  return byId.get(best.actor);
}

/** The state most recently named before a token, within the paragraph, else the document's most named state. */
export function contextState(a: Analysis, reg: ActorRegistry, before: number, sector: string): string | null {
  const all = reg.all();
  // a place its own sentence opens with ('À Rabat, le cabinet royal …')
  const sentence = sentenceOfToken(a, before);
  const kinds = new Map(all.map((x) => [x.id, x]));
  for (const m of a.mentions) {
    if (m.sentence !== sentence || m.tokenStart >= before || m.via !== 'place' || a.tokens[m.tokenEnd]?.text !== ',') continue;
    const x = kinds.get(m.actor);
    if (x?.kind === 'state' && x.country && m.tokenStart <= a.sentences[sentence].tokenStart + 2) return x.country;
  }
  // an organ of this kind the text already gave a country ('la junte' of Mali, then 'les militaires')
  const organs = new Set(all.filter((x) => x.kind !== 'person' && x.kind !== 'state' && x.sector === sector && x.country && !x.org).map((x) => x.country!));
  if (organs.size === 1) return [...organs][0];
  // else the state the text is about so far: the most named, the first named on a tie
  const byId = new Map(all.map((x) => [x.id, x]));
  const tally = (upTo: number): string | null => {
    const counts = new Map<string, number>();
    for (const m of a.mentions) {
      const actor = byId.get(m.actor);
      if (m.tokenStart >= upTo || actor?.kind !== 'state' || !actor.country) continue;
      counts.set(actor.country, (counts.get(actor.country) ?? 0) + 1);
    }
    let best: string | null = null;
    for (const [c, n] of counts) if (!best || n > counts.get(best)!) best = c;
    return best;
  };
  return tally(before) ?? tally(Infinity);
}

/** Endings of adjectives of origin that qualify an unnamed person ('ouest-africain', 'occidental', 'European'). */
export const ADJECTIVE = /\p{L}(?:ain|aine|ains|aines|ais|aise|aises|ien|ienne|iens|iennes|ique|iques|al|ale|aux|ales|éen|éenne|éens|ean|eans|ian|ians|ese|ish)$/u;

const LOCATIVE = new Set(['en', 'à', 'au', 'aux', 'dans', 'vers', 'depuis', 'in', 'to', 'at', 'from', 'into', 'toward', 'towards']);
const DETERMINERS = new Set(['le', 'la', 'les', "l'", 'the']);

/** A state named as where something happens ('en visite en Australie', 'à Moscou', 'in Bali') is a place there. */
export function isLocative(tokens: readonly { lower: string }[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && DETERMINERS.has(tokens[k].lower)) k--;
  return k >= 0 && LOCATIVE.has(tokens[k].lower);
}

/** Where a name apposed to a role phrase starts: after a short complement and a comma ('…, auprès des Nations unies, Han Tae-song'). */
export function appositionAfter(tokens: readonly { text: string; lower: string; cap: boolean }[], start: number, limit: number): number {
  if (!['auprès', 'à', 'au', 'aux', 'de', 'du', 'des', "d'", 'en', 'of', 'to', 'at', 'for', 'in'].includes(tokens[start]?.lower ?? '')) return -1;
  for (let k = start + 1; k < Math.min(limit, start + 9); k++) {
    if (tokens[k].text === ',') return tokens[k + 1]?.cap ? k + 1 : -1;
    if (['.', ';', ':', '«', '»', '"', '“', '”'].includes(tokens[k].text)) return -1;
  }
  return -1;
}

const FR_BEFORE_NOUN = new Set(['le', 'la', 'les', "l'", 'des', 'du', 'de', "d'", 'au', 'aux', 'un', 'une', 'ses', 'son', 'sa', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces', 'et', 'ou', 'par', 'pour', 'contre', 'avec', 'entre', 'dont', 'que', 'qui', 'sans', 'sur', 'vers', 'chez', 'à', 'en', 'plusieurs', 'deux', 'trois', 'quelques', 'nombreux', 'nombreuses', 'mais', 'tous', 'toutes']);

/**
 * A body noun used as an attribute names no organ: in French after another noun ('la coopération
 * militaire'), in English before one of the nouns it qualifies ('military equipment', 'air defence systems').
 */
export function attributive(tokens: readonly { lower: string; kind: string; cap: boolean; text: string }[], h: Hit, lang: string, modified: ReadonlySet<string>, body = false): boolean {
  if (lang === 'fr') {
    const prev = tokens[h.tokenStart - 1];
    if (!prev || prev.kind !== 'word' || prev.lower.endsWith("'")) return false;
    // an organ is named with a determiner ('les militaires', 'des soldats'); 'et presse M. Jammeh' is a verb
    if (body && !prev.cap) return !FR_DETERMINERS.has(prev.lower);
    return !prev.cap && !FR_BEFORE_NOUN.has(prev.lower);
  }
  const next = tokens[h.tokenEnd];
  return !!next && modified.has(next.lower);
}

const FR_DETERMINERS = new Set(['le', 'la', 'les', 'des', 'du', 'de', 'au', 'aux', 'un', 'une', 'ses', 'son', 'sa', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces', 'plusieurs', 'deux', 'trois', 'quelques', 'nombreux', 'nombreuses', 'tous', 'toutes', 'certains', 'certaines', 'mêmes', 'nos', 'notre', 'vos', 'votre']);

const POSSESSIVES = new Set(['son', 'sa', 'ses', 'leur', 'leurs', 'his', 'her', 'its', 'their']);

/** 'l'attaque de ses forces': the organ belongs to the country of the sentence's first actor (its subject). */
export function possessorCountry(a: Analysis, reg: ActorRegistry, at: number): string | null {
  if (!POSSESSIVES.has(a.tokens[at - 1]?.lower ?? '')) return null;
  const s = sentenceOfToken(a, at);
  const byId = new Map(reg.all().map((x) => [x.id, x]));
  for (const m of a.mentions) {
    const actor = byId.get(m.actor);
    if (m.sentence === s && m.tokenStart < at && actor?.country && actor.kind !== 'org') return actor.country;
  }
  return null;
}
