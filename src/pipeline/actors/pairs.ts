/**
 * 'les deux pays', 'both sides', 'the two leaders': a phrase that names together the two states (or
 * persons) the text has just named; 'le pays', 'the country' names again the last state named. It becomes a mention of each, so that an event or a quote whose
 * subject it is has both as sources. The phrases are data (data/lexicons/LANG/pair-words.yaml).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../model/types.js';
import { readYaml } from '../../data/yaml.js';
import { tokenize, type TokenRules } from '../../text/tokens.js';
import type { Analysis } from '../analysis.js';
import { sentenceOfToken } from '../analysis.js';
import type { ActorRegistry } from './registry.js';

type Phrase = { words: string[]; kind: 'state' | 'person'; count: 1 | 2 };
/** The phrases by their first word, longest first. */
export interface PairWords { byFirst: Map<string, Phrase[]> }

export function loadPairWords(dataDir: string, lang: Lang, rules: TokenRules): PairWords {
  const f = join(dataDir, 'lexicons', lang, 'pair-words.yaml');
  const raw = existsSync(f) ? readYaml<{ states?: string[]; persons?: string[]; state?: string[] }>(f) : {};
  const words = (p: string): string[] => tokenize(p, { start: 0, end: p.length }, rules).map((t) => t.lower);
  const phrases: Phrase[] = [
    ...(raw.states ?? []).map((p) => ({ words: words(p), kind: 'state' as const, count: 2 as const })),
    ...(raw.persons ?? []).map((p) => ({ words: words(p), kind: 'person' as const, count: 2 as const })),
    ...(raw.state ?? []).map((p) => ({ words: words(p), kind: 'state' as const, count: 1 as const })),
  ].sort((x, y) => y.words.length - x.words.length);
  const byFirst = new Map<string, Phrase[]>();
  for (const p of phrases) (byFirst.get(p.words[0]) ?? byFirst.set(p.words[0], []).get(p.words[0])!).push(p);
  return { byFirst };
}

export function resolvePairs(a: Analysis, reg: ActorRegistry, pairs: PairWords): void {
  if (!pairs.byFirst.size) return;
  const { tokens } = a;
  let byId: Map<string, ReturnType<ActorRegistry['all']>[number]> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const candidates = pairs.byFirst.get(tokens[i].lower);
    const p = candidates?.find((ph) => ph.words.every((w, k) => tokens[i + k]?.lower === w));
    if (!p) continue;
    byId ??= new Map(reg.all().map((x) => [x.id, x]));
    // the two most recent distinct actors of that kind, named before the phrase
    const seen: string[] = [];
    for (let k = a.mentions.length - 1; k >= 0 && seen.length < p.count; k--) {
      const m = a.mentions[k];
      const actor = byId.get(m.actor);
      if (m.tokenStart >= i || !actor || actor.kind !== p.kind || seen.includes(actor.id) || m.via === 'anonymous') continue;
      seen.push(actor.id);
    }
    if (seen.length === p.count) {
      const s = sentenceOfToken(a, i);
      for (const id of seen) reg.mention(byId.get(id)!, i, i + p.words.length, s, 'role');
    }
    i += p.words.length - 1;
  }
}
