/**
 * Arguments of a nominal trigger: 'l'offensive russe en Ukraine' (source as an adjective, target
 * after a preposition), 'la visite de X à Y', 'la destruction d'un bombardier par l'aviation turque',
 * 'the Israeli strikes on Gaza', 'Russia's invasion of Ukraine'.
 */
import type { Sentence } from '../../text/sentences.js';
import type { Analysis, Mention } from '../analysis.js';
import type { MentionIndex } from '../quotes/speaker.js';
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
  }
  if (!sources.length) {
    const preps = new Set([...ways].filter((w) => w !== 'adjective'));
    const by = mentionsAfter(all, tokens, n + 1, s.tokenEnd, preps);
    if (by.length) { sources = by.slice(0, 1); from = by[0].tokenEnd; }
  }
  if (!sources.length) return undefined;
  const targets = mentionsAfter(all, tokens, from, s.tokenEnd, new Set(p.target === 'object' ? ['de', "d'", 'du', 'des', 'of'] : p.target))
    .filter((m) => m.actor !== sources[0].actor);
  if (!targets.length) return undefined;
  return { sources, targets };
}
