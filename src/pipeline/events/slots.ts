/**
 * Word slots around a verb, for patterns read from event-coder dictionaries (PETRARCH's
 * `- INDICATED WOULD * NOW`, `- * &TIETYPES TIES`): each slot is a set of alternative phrases;
 * the slots must appear in order, before or after the verb, with other words between them unless
 * a slot is `next` to the previous one (or to the verb). A phrase is folded words joined by
 * spaces; a word written with a trailing `_` matches only itself, any other word of four letters
 * or more also matches as a stem ('resolution' matches 'resolutions').
 */
import type { Token } from '../../text/tokens.js';
import type { CameoCode, CameoOntology } from '../../cameo/ontology.js';

export interface WordSlot {
  /** Alternative phrases: folded words separated by single spaces. */
  any: string[];
  /** Must touch the previous slot (or the verb for the slot nearest to it). */
  next?: boolean;
}

/** How far (in tokens) a slot may be from the previous one. */
const GAP = 6;
const STOP = new Set(['.', ';', ':', '?', '!']);

function wordFits(word: string, norm: string): boolean {
  if (word.endsWith('_')) return norm === word.slice(0, -1);
  return norm === word || (word.length >= 4 && norm.startsWith(word));
}

/** Length in tokens of the first alternative of `slot` that matches at token k, or 0. */
function phraseAt(tokens: readonly Token[], k: number, limit: number, slot: WordSlot): number {
  for (const phrase of slot.any) {
    const words = phrase.split(' ');
    if (k + words.length > limit) continue;
    if (words.every((w, i) => wordFits(w, tokens[k + i].norm))) return words.length;
  }
  return 0;
}

/** Matches the slots after the verb ending at `from`; returns the token after the last slot, or -1. */
export function matchAfter(tokens: readonly Token[], from: number, limit: number, slots: readonly WordSlot[]): number {
  let pos = from;
  for (const slot of slots) {
    let found = -1;
    const last = slot.next ? pos : Math.min(limit - 1, pos + GAP);
    for (let k = pos; k <= last && k < limit; k++) {
      if (STOP.has(tokens[k].text)) break;
      const n = phraseAt(tokens, k, limit, slot);
      if (n) { found = k + n; break; }
    }
    if (found < 0) return -1;
    pos = found;
  }
  return pos;
}

/** Matches the slots before the verb starting at `to` (nearest slot last); returns the first token of the first slot, or -1. */
export function matchBefore(tokens: readonly Token[], to: number, floor: number, slots: readonly WordSlot[]): number {
  let pos = to;
  for (let s = slots.length - 1; s >= 0; s--) {
    const slot = slots[s];
    const touching = s === slots.length - 1 ? slot.next : slots[s + 1].next;
    let found = -1;
    for (let end = pos; end >= Math.max(floor, pos - (touching ? 0 : GAP)); end--) {
      if (end < pos && STOP.has(tokens[end].text)) break;
      const start = startOfPhraseEndingAt(tokens, end, floor, slot);
      if (start >= 0) { found = start; break; }
    }
    if (found < 0) return -1;
    pos = found;
  }
  return pos;
}

function startOfPhraseEndingAt(tokens: readonly Token[], end: number, floor: number, slot: WordSlot): number {
  for (const phrase of slot.any) {
    const n = phrase.split(' ').length;
    const k = end - n;
    if (k >= floor && phraseAt(tokens, k, end, { any: [phrase] }) === n) return k;
  }
  return -1;
}

/** The ontology entry for a code, else its nearest known ancestor ('174K' → '174'), else a neutral one when `lenient`. */
export function codeInfo(cameo: CameoOntology, code: string, lenient: boolean): Pick<CameoCode, 'goldstein' | 'plover'> & { quad?: CameoCode['quad'] } | undefined {
  const exact = cameo.get(code);
  if (exact || !lenient) return exact;
  if (!/^\d{2,4}[A-Za-z]?$/u.test(code)) return undefined;
  for (let n = Math.min(code.length - 1, 4); n >= 2; n--) {
    const up = cameo.get(code.slice(0, n));
    if (up) return up;
  }
  return { goldstein: 0, plover: null };
}

/** Where the pattern's target search starts when its `before` and `after` slots fit around the verb at [v, end); -1 otherwise. */
export function slotsEnd(tokens: readonly Token[], sentence: { tokenStart: number; tokenEnd: number }, v: number, end: number, p: { before?: WordSlot[]; after?: WordSlot[] }): number {
  if (p.before?.length && matchBefore(tokens, v, sentence.tokenStart, p.before) < 0) return -1;
  return p.after?.length ? matchAfter(tokens, end, sentence.tokenEnd, p.after) : end;
}
