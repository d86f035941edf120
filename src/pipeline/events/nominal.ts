/**
 * Arguments of a nominal trigger: 'l'offensive russe en Ukraine' (source as an adjective, target
 * after a preposition), 'la visite de X à Y', 'la destruction d'un bombardier par l'aviation turque',
 * 'the Israeli strikes on Gaza', 'Russia's invasion of Ukraine'.
 */
import type { Sentence } from '../../text/sentences.js';
import type { Analysis, Mention } from '../analysis.js';
import type { MentionIndex } from '../clauses.js';
import type { EventPattern } from './patterns.js';
import { mentionsAfter } from './arguments.js';

export function nominalArguments(a: Analysis, all: MentionIndex, s: Sentence, n: number, p: EventPattern): { sources: Mention[]; targets: Mention[] } | undefined {
  const { tokens } = a;
  const ways = new Set(p.source ?? ['adjective', 'de', 'par', 'of', 'by']);
  let sources: Mention[] = [];
  let from = n + 1;
  const adj = all.at.get(n + 1)?.find((m) => m.via === 'demonym');
  if (ways.has('adjective') && adj) { sources = [adj]; from = adj.tokenEnd; }
  // English: 'the Israeli strikes', "Russia's invasion"
  if (!sources.length && ways.has('adjective')) {
    const before = all.endAt.get(n) ?? all.endAt.get(n - 1)?.filter(() => tokens[n - 1]?.norm === "'s");
    if (before?.length) sources = [before[0]];
    // "China's additional 84 percent tariffs": a possessor a few words before, across modifiers
    for (let k = n - 2; !sources.length && k >= Math.max(s.tokenStart, n - 6); k--) {
      if (tokens[k].kind === 'punct' || tokens[k].kind === 'quote') break;
      if (tokens[k].norm === "'s") { const owner = all.endAt.get(k)?.[0]; if (owner) sources = [owner]; break; }
    }
  }
  if (!sources.length) {
    const preps = new Set([...ways].filter((w) => w !== 'adjective'));
    // 'la visite de X', 'strikes by X': the source follows the noun closely
    const by = mentionsAfter(all, tokens, n + 1, Math.min(s.tokenEnd, n + 8), preps);
    if (by.length) { sources = by.slice(0, 1); from = by[0].tokenEnd; }
  }
  if (!sources.length) return undefined;
  const preps = new Set(p.target === 'object' ? ['de', "d'", 'du', 'des', 'of'] : p.target);
  let targets = mentionsAfter(all, tokens, from, s.tokenEnd, preps).filter((m) => m.actor !== sources[0].actor);
  // the target may come between the noun and its agent: 'l'annexion de la Crimée par la Russie'
  if (!targets.length && sources[0].tokenStart > n) targets = mentionsAfter(all, tokens, n + 1, sources[0].tokenStart, preps).filter((m) => m.actor !== sources[0].actor);
  if (!targets.length) return undefined;
  return { sources, targets };
}

/**
 * A noun that implies its sides (a coup: the army against the government) in the country it
 * concerns: a demonym after it, a state after 'au', 'en', 'in', else the state the text names most.
 * The organs are the text's own when it names them ('les militaires', 'le gouvernement'), else added.
 */
export function impliedArguments(a: Analysis, all: MentionIndex, s: Sentence, n: number, implied: { source: string; target: string }): { sources: Mention[]; targets: Mention[] } | undefined {
  const country = countryAround(a, all, s, n);
  if (!country) return undefined;
  const organ = (sector: string): Mention => {
    let actor = a.actors.find((x) => x.country === country && !x.org && (x.sector === sector || (sector === 'GOV' && x.kind === 'state')) && x.kind !== 'person');
    if (!actor) {
      actor = { id: `a${a.actors.length + 1}`, name: `${country} ${sector}`, kind: 'org', country, org: null, sector, mentions: [] };
      a.actors.push(actor);
    }
    const t = a.tokens[n];
    return { actor: actor.id, start: t.start, end: t.end, tokenStart: n, tokenEnd: n + 1, sentence: a.sentences.indexOf(s), via: 'body' };
  };
  return { sources: [organ(implied.source)], targets: [organ(implied.target)] };
}

function countryAround(a: Analysis, all: MentionIndex, s: Sentence, n: number): string | null {
  const actors = new Map(a.actors.map((x) => [x.id, x]));
  for (let k = n + 1; k < Math.min(s.tokenEnd, n + 5); k++) {
    const m = all.at.get(k)?.[0];
    const actor = m && actors.get(m.actor);
    if (actor?.kind === 'state' && actor.country) return actor.country;
  }
  const counts = new Map<string, number>();
  for (const x of a.actors) if (x.kind === 'state' && x.country) counts.set(x.country, x.mentions.length);
  let best: string | null = null;
  for (const [c, k] of counts) if (!best || k > counts.get(best)!) best = c;
  return best;
}
