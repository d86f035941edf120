/**
 * PETRARCH discard lists → a stage that drops events: a `+PHRASE` anywhere in a document drops all
 * its events (the story is off-topic: sport, weather), a plain PHRASE drops those of its sentence.
 * Words match folded and in sequence; the last word is a stem unless written with a trailing `_`.
 */
import type { Stage } from '../../pipeline/analysis.js';
import type { Token } from '../../text/tokens.js';
import { fold } from '../../text/fold.js';
import type { DiscardList } from './types.js';

interface Phrase { words: string[]; stem: boolean; story: boolean; ref: string }

function matchesAt(tokens: readonly Token[], k: number, end: number, p: Phrase): boolean {
  if (k + p.words.length > end) return false;
  return p.words.every((w, i) => {
    const n = tokens[k + i].norm;
    return n === w || (p.stem && i === p.words.length - 1 && n.startsWith(w));
  });
}

export function createDiscardStage(lists: readonly DiscardList[]): Stage {
  const byFirst = new Map<string, Phrase[]>();
  for (const l of lists) for (const d of l.discards) {
    const words = d.words.map((w) => fold(w));
    if (!words.length) continue;
    const p: Phrase = { words, stem: !d.wholeWordAtEnd, story: d.scope === 'story', ref: `${l.file}:${d.origin.line}` };
    (byFirst.get(words[0]) ?? byFirst.set(words[0], []).get(words[0])!).push(p);
  }
  return {
    name: 'discards',
    needs: ['tokens', 'sentences', 'events'],
    adds: [],
    run(a): void {
      if (!a.events.length || !byFirst.size) return;
      const dropped: { start: number; end: number }[] = [];
      for (const s of a.sentences) {
        for (let k = s.tokenStart; k < s.tokenEnd; k++) {
          const hit = byFirst.get(a.tokens[k].norm)?.find((p) => matchesAt(a.tokens, k, s.tokenEnd, p));
          if (!hit) continue;
          if (hit.story) { a.events = []; return; }
          dropped.push({ start: s.start, end: s.end });
          break;
        }
      }
      if (dropped.length) a.events = a.events.filter((e) => !dropped.some((d) => e.start >= d.start && e.start < d.end));
    },
  };
}
