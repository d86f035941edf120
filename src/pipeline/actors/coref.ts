/**
 * Coreference inside a document: a later surname ('Choïgou', 'Wagué') to the person named in full
 * before; subject and stressed pronouns ('il', 'a-t-il', 'elle', 'lui', 'he', 'she') to the subject of
 * the nearest previous sentence that names a compatible person (the focus of the text, not the last
 * person named: in 'En recevant Zhang Youxia, il a déclaré', 'il' is not Zhang).
 */
import type { Analysis, Mention } from '../analysis.js';
import { sentenceOfToken } from '../analysis.js';
import { insideQuote } from '../../text/quotes.js';
import type { ActorInfo, ActorRegistry } from './registry.js';
import type { Hit } from './scan.js';

type Actor = ActorInfo & { id: string };

export function resolveSurnames(a: Analysis, reg: ActorRegistry, familyFirst: ReadonlySet<string> = new Set()): void {
  const keys = new Map<string, Actor | null>();
  for (const actor of reg.all()) {
    if (actor.kind !== 'person' || actor.weak) continue;
    const words = actor.name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length < 2) continue;
    const key = (familyFirst.has(actor.country ?? '') ? words[0] : words[words.length - 1]).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    keys.set(key, keys.has(key) && keys.get(key) !== actor ? null : actor);
  }
  if (!keys.size) return;
  const covered = new Uint8Array(a.tokens.length);
  for (const m of a.mentions) for (let t = m.tokenStart; t < m.tokenEnd; t++) covered[t] = 1;
  const credits = a.doc.paragraphs.flatMap((p) => (p.credit ? [p.credit] : []));
  a.tokens.forEach((t, i) => {
    if (!t.cap || t.kind !== 'word' || covered[i]) return;
    const actor = keys.get(t.norm);
    if (!actor || credits.some((c) => t.start >= c.start && t.end <= c.end)) return;
    reg.mention(actor, i, i + 1, sentenceOfToken(a, i), 'surname');
  });
}

/** Subordinators that open a clause placed before the main one, whose subject it announces. */
const FRONTED = new Set(['where', 'when', 'as', 'after', 'before', 'while', 'since', 'if', 'although', 'lorsqu\'', 'lorsque', 'quand', 'où', 'après', 'avant', 'si', 's\'', 'puisqu\'', 'puisque', 'alors', 'comme', 'bien']);
/** 'X avait lui aussi assuré', 'X a, lui, estimé': a stressed pronoun after an auxiliary is the clause's subject again. */
const AUXILIARIES = new Set(['a', 'avait', 'ont', 'avaient', 'aura', 'aurait', 'est', 'était', 'sont', 'étaient', 'has', 'had', 'have']);
const STRESSED_AFTER = new Set(['selon', "d'après", 'après', 'pour', 'according']);
const SUBORDINATORS = new Set(["qu'", 'que', 'dont', 'où', 'si', "s'", 'car', 'mais', 'et', 'lorsque', "lorsqu'", 'quand', 'puisque', "puisqu'", 'that', 'because', 'but', 'and', 'when', 'as', 'if', 'while']);

export function resolvePronouns(a: Analysis, reg: ActorRegistry, hits: readonly Hit[]): void {
  const byId = new Map(reg.all().map((x) => [x.id, x]));
  const persons = a.mentions
    .filter((m) => byId.get(m.actor)?.kind === 'person' && m.via !== 'anonymous' && !insideQuote(a.quoteSpans, m.start))
    .sort((x, y) => x.start - y.start);
  for (const h of hits) {
    if (h.target.type !== 'pronoun' || (h.target.gender !== 'm' && h.target.gender !== 'f')) continue;
    const tok = a.tokens[h.tokenStart];
    if (insideQuote(a.quoteSpans, tok.start)) continue;
    const gender = h.target.gender;
    const fits = (m: Mention): boolean => {
      const g = byId.get(m.actor)?.gender;
      return !g || g === gender;
    };
    const s = sentenceOfToken(a, h.tokenStart);
    const prevTok = a.tokens[h.tokenStart - 1];
    let found: Mention | undefined;
    if ((h.target.form === 'stressed' && (prevTok?.text === ',' || STRESSED_AFTER.has(prevTok?.lower ?? '') || AUXILIARIES.has(prevTok?.lower ?? ''))) || SUBORDINATORS.has(prevTok?.lower ?? '')) {
      // 'a, lui, estimé', 'selon lui', and a subordinate clause ('un accord qu'il juge …') point back into the sentence
      found = persons.find((m) => m.sentence === s && m.tokenStart < h.tokenStart && fits(m));
    }
    if (!found && FRONTED.has(prevTok?.lower ?? '')) {
      // a fronted clause points forward: 'In Brussels, where he met …, Kerry said'; 'Lorsqu'il est arrivé, le ministre …'
      let comma = h.tokenEnd;
      while (comma < a.tokens.length && a.sentences[s] && comma < a.sentences[s].tokenEnd && a.tokens[comma].text !== ',') comma++;
      const ahead = persons.find((m) => m.sentence === s && m.tokenStart > comma && fits(m));
      const behind = persons.find((m) => m.sentence === s && m.tokenStart < h.tokenStart);
      if (ahead && !behind) found = ahead;
    }
    for (let k = s - 1; !found && k >= Math.max(0, s - 4); k--) found = persons.find((m) => m.sentence === k && fits(m));
    if (!found) found = [...persons].reverse().find((m) => m.tokenStart < h.tokenStart && fits(m));
    if (found) {
      const actor = byId.get(found.actor)!;
      reg.mention(actor, h.tokenStart, h.tokenEnd, s, 'pronoun');
    }
  }
}
