// Reader for discard lists: one phrase a line; `+PHRASE` discards the whole story, a plain
// PHRASE the sentence. A trailing `_` requires the last word to end there; otherwise it is a stem.
// Matching is case-insensitive, so phrases are upper-cased.
import { diag, parseNounPhrase, scanLines } from './lines.js';
import type { Diagnostic, DiscardEntry, DiscardList } from './types.js';

export function parseDiscardList(text: string, file: string): DiscardList {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const discards: DiscardEntry[] = [];
  for (const l of scanLines(text, file, warnings)) {
    const story = l.text.startsWith('+');
    const body = (story ? l.text.slice(1) : l.text).trim().toUpperCase();
    if (body === '') {
      errors.push(diag(file, l.line, 'empty discard phrase'));
      continue;
    }
    if (/[[\]{}]/.test(body)) {
      errors.push(diag(file, l.line, `unexpected bracket in discard phrase: ${body}`));
      continue;
    }
    const p = parseNounPhrase(body);
    discards.push({
      text: p.words.join(' '),
      words: p.words,
      scope: story ? 'story' : 'sentence',
      marker: story ? '+' : '$',
      wholeWordAtEnd: p.wholeWord,
      origin: { file, line: l.line },
    });
  }
  return { file, discards, errors, warnings };
}
