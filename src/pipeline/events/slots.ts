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
/** Shortest word matched as a stem. */
const STEM = 4;

/** A slot indexed by the first word of its phrases: exact words, and stems looked up by the token's prefixes. */
export interface CompiledSlot {
  next: boolean;
  exact: Map<string, string[][]>;
  stems: Map<string, string[][]>;
}

export function compileSlot(slot: WordSlot): CompiledSlot {
  const exact = new Map<string, string[][]>();
  const stems = new Map<string, string[][]>();
  for (const phrase of slot.any) {
    const [first, ...rest] = phrase.split(' ');
    const whole = first.endsWith('_');
    const w = whole ? first.slice(0, -1) : first;
    (exact.get(w) ?? exact.set(w, []).get(w)!).push(rest);
    if (!whole && w.length >= STEM) (stems.get(w) ?? stems.set(w, []).get(w)!).push(rest);
  }
  return { next: slot.next === true, exact, stems };
}

function wordFits(word: string, norm: string): boolean {
  if (word.endsWith('_')) return norm === word.slice(0, -1);
  return norm === word || (word.length >= STEM && norm.startsWith(word));
}

function restFits(tokens: readonly Token[], k: number, limit: number, rest: readonly string[]): boolean {
  if (k + rest.length > limit) return false;
  for (let i = 0; i < rest.length; i++) if (!wordFits(rest[i], tokens[k + i].norm)) return false;
  return true;
}

/** Lengths (in tokens) of the slot's phrases that match at token k. */
function lengthsAt(tokens: readonly Token[], k: number, limit: number, slot: CompiledSlot, out: number[]): number[] {
  out.length = 0;
  const norm = tokens[k].norm;
  for (const rest of slot.exact.get(norm) ?? []) if (restFits(tokens, k + 1, limit, rest)) out.push(rest.length + 1);
  for (let n = STEM; n < norm.length; n++) {
    const list = slot.stems.get(norm.slice(0, n));
    if (list) for (const rest of list) if (restFits(tokens, k + 1, limit, rest)) out.push(rest.length + 1);
  }
  return out;
}

/** Matches the slots after the verb ending at `from`; returns the token after the last slot, or -1. */
export function matchAfter(tokens: readonly Token[], from: number, limit: number, slots: readonly CompiledSlot[]): number {
  let pos = from;
  const lens: number[] = [];
  for (const slot of slots) {
    let found = -1;
    const last = slot.next ? pos : pos + GAP;
    for (let k = pos; k <= last && k < limit; k++) {
      if (STOP.has(tokens[k].text)) break;
      if (lengthsAt(tokens, k, limit, slot, lens).length) { found = k + lens[0]; break; }
    }
    if (found < 0) return -1;
    pos = found;
  }
  return pos;
}

/** Matches the slots before the verb starting at `to` (nearest slot last); returns the first token of the first slot, or -1. */
export function matchBefore(tokens: readonly Token[], to: number, floor: number, slots: readonly CompiledSlot[]): number {
  let pos = to;
  const lens: number[] = [];
  for (let s = slots.length - 1; s >= 0; s--) {
    const slot = slots[s];
    const touching = s === slots.length - 1 ? slot.next : slots[s + 1].next;
    let found = -1;
    // a phrase that ends at `pos` (touching) or within GAP tokens before it
    for (let k = pos - 1; k >= floor && found < 0; k--) {
      if (STOP.has(tokens[k].text)) break;
      for (const n of lengthsAt(tokens, k, pos, slot, lens)) {
        const gap = pos - (k + n);
        if (gap === 0 || (!touching && gap <= GAP)) { found = k; break; }
      }
      if (pos - k > GAP + 8) break;
    }
    if (found < 0) return -1;
    pos = found;
  }
  return pos;
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

/** Compiled slots of a pattern: made once by whoever builds the pattern (see `withCompiledSlots`), else here. */
const COMPILED = Symbol('compiled slots');
type WithCompiled = { before?: WordSlot[]; after?: WordSlot[]; [COMPILED]?: { before: CompiledSlot[]; after: CompiledSlot[] } };

/** Attaches the compiled form of the pattern's slots to it (a symbol key: JSON and deepEqual do not see it). */
export function withCompiledSlots<T extends { before?: WordSlot[]; after?: WordSlot[] }>(p: T): T {
  (p as WithCompiled)[COMPILED] = { before: (p.before ?? []).map(compileSlot), after: (p.after ?? []).map(compileSlot) };
  return p;
}

/** Where the pattern's target search starts when its `before` and `after` slots fit around the verb at [v, end); -1 otherwise. */
export function slotsEnd(tokens: readonly Token[], sentence: { tokenStart: number; tokenEnd: number }, v: number, end: number, p: { before?: WordSlot[]; after?: WordSlot[] }): number {
  const c = (p as WithCompiled)[COMPILED] ?? { before: (p.before ?? []).map(compileSlot), after: (p.after ?? []).map(compileSlot) };
  if (c.before.length && matchBefore(tokens, v, sentence.tokenStart, c.before) < 0) return -1;
  return c.after.length ? matchAfter(tokens, end, sentence.tokenEnd, c.after) : end;
}

/**
 * For verb forms with many dictionary patterns ('said' has hundreds): the patterns indexed by the
 * first words of their first `after` slot and of their last `before` slot, so that only those whose
 * words occur near the verb are tried. Patterns without slots are always tried.
 */
export interface FormIndex { after: Map<string, Set<object>>; before: Map<string, Set<object>> }

function firstWords(slot: WordSlot): string[] {
  return slot.any.map((p) => p.split(' ')[0].replace(/_$/u, ''));
}

export function indexSlots(byForm: ReadonlyMap<string, readonly { before?: WordSlot[]; after?: WordSlot[] }[]>): Map<string, FormIndex> {
  const out = new Map<string, FormIndex>();
  for (const [form, list] of byForm) {
    if (list.length < 8) continue;
    const ix: FormIndex = { after: new Map(), before: new Map() };
    for (const p of list) {
      const a = p.after?.[0];
      if (a) for (const w of firstWords(a)) (ix.after.get(w) ?? ix.after.set(w, new Set()).get(w)!).add(p);
      const b = p.before?.[p.before.length - 1];
      if (b) for (const w of firstWords(b)) (ix.before.get(w) ?? ix.before.set(w, new Set()).get(w)!).add(p);
    }
    out.set(form, ix);
  }
  return out;
}

function collect(map: Map<string, Set<object>>, tokens: readonly Token[], from: number, to: number, into: Set<object>): void {
  for (let k = Math.max(0, from); k < to; k++) {
    const norm = tokens[k].norm;
    for (const p of map.get(norm) ?? []) into.add(p);
    for (let n = STEM; n < norm.length; n++) for (const p of map.get(norm.slice(0, n)) ?? []) into.add(p);
  }
}

/** The patterns of the verb form at token v worth trying, in their order. */
export function patternsAt<P extends { before?: WordSlot[]; after?: WordSlot[] }>(byForm: ReadonlyMap<string, P[]>, index: ReadonlyMap<string, FormIndex> | undefined, tokens: readonly Token[], v: number, sentence: { tokenStart: number; tokenEnd: number }): readonly P[] {
  const norm = tokens[v].norm;
  const list = byForm.get(norm);
  const ix = list && index?.get(norm);
  if (!list || !ix) return list ?? [];
  const after = new Set<object>();
  const before = new Set<object>();
  collect(ix.after, tokens, v + 1, Math.min(sentence.tokenEnd, v + GAP + 8), after);
  collect(ix.before, tokens, Math.max(sentence.tokenStart, v - GAP - 4), v, before);
  return list.filter((p) => (!p.after?.length || after.has(p)) && (!p.before?.length || before.has(p)));
}
