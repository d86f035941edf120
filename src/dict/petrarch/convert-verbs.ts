/**
 * PETRARCH verb dictionaries → Vigie event patterns. Each verb gives a pattern with its own code
 * (the target is the object or a prepositional complement); each `- … * … [code]` line gives one
 * for the verbs of its family, with the words before and after the verb as word slots, synsets
 * expanded into alternatives, `_` as adjacency, `+` as the target (the word just before it, if
 * any, as its preposition), `$` after the verb with `+` before it as an inverted pattern, `%` as a
 * compound, `^` as a skipped mention, `[a:b]` as an event and its reverse. Every pattern keeps its
 * origin (`file:line`) as its id and ref; lines that cannot be expressed are reported.
 */
import { basename } from 'node:path';
import type { EventPattern, WordSlot } from '../../pipeline/events/patterns.js';
import { withCompiledSlots } from '../../pipeline/events/slots.js';
import { fold } from '../../text/fold.js';
import type { Diagnostic } from './types.js';
import type { PatternElement, VerbDictionary, VerbEntry, VerbFamily, VerbPattern } from './verb-types.js';

export interface ConvertedVerbs {
  patterns: EventPattern[];
  /** Folded verb form (the word tagged as the verb) → patterns, most specific first. */
  byForm: Map<string, EventPattern[]>;
  lemmaOf: Map<string, string>;
  /** Pattern lines that could not be expressed (they are left out). */
  unsupported: Diagnostic[];
}

/** Cap on the alternatives of one slot (synsets joined by `_` multiply). */
const MAX_ALTERNATIVES = 400;

type Synsets = VerbDictionary['synsets'];

function phrasesOf(e: PatternElement, synsets: Synsets): string[] | null {
  switch (e.kind) {
    case 'word': return [fold(e.text) + (e.wholeWord ? '_' : '')];
    case 'choice': return e.options.map((o) => fold(o));
    case 'synset': {
      const s = synsets.get(e.name.replace(/_$/u, ''));
      return s ? s.phrases.map((p) => p.words.map((w) => fold(w)).join(' ')) : null;
    }
    default: return null;
  }
}

/** Appends a word-like element to the slots: a new slot, or joined (`_`) to the last one. */
function pushWords(slots: WordSlot[], alts: string[], joined: boolean, touchesVerb: boolean): void {
  const last = slots[slots.length - 1];
  if (joined && last && !touchesVerb) {
    const out: string[] = [];
    for (const a of last.any) for (const b of alts) if (out.length < MAX_ALTERNATIVES) out.push(`${a} ${b}`);
    last.any = out;
    return;
  }
  slots.push({ any: alts, ...(joined ? { next: true } : {}) });
}

/** PETRARCH2 phrases `{…}` and `(…)` read as their words in order. */
function flatten(es: readonly PatternElement[]): PatternElement[] {
  return es.flatMap((e) => (e.kind === 'nounPhrase' || e.kind === 'prepPhrase' ? flatten(e.elements).map((x, i) => (i === 0 ? { ...x, joined: e.joined } : x)) : [e]));
}

export interface PatternShape {
  before: WordSlot[];
  after: WordSlot[];
  target: EventPattern['target'];
  skip: number;
  inverted: boolean;
  mutual: boolean;
  then: string[] | null;
}

/** The slots and argument positions of one pattern line, or an error message. */
export function shapeOf(p: VerbPattern, synsets: Synsets): PatternShape | string {
  const before: WordSlot[] = [];
  let targetBefore = false;
  let mutual = false;
  for (const e of flatten(p.before)) {
    if (e.kind === 'target') targetBefore = true;
    else if (e.kind === 'compound') mutual = true;
    else if (e.kind === 'source' || e.kind === 'skip') continue;
    else {
      const alts = phrasesOf(e, synsets);
      if (!alts) return `unknown synset or element in ${p.text}`;
      pushWords(before, alts, e.joined, false);
    }
  }
  if (before.length && p.verbJoinedBefore) before[before.length - 1].next = true;
  const after: WordSlot[] = [];
  let argAt = -1; // index in `after` elements of the argument found after the verb
  const rest = flatten(p.after);
  let skip = 0;
  let slotsAtArg = 0;
  for (let i = 0; i < rest.length; i++) {
    const e = rest[i];
    if (e.kind === 'target' || e.kind === 'source' || e.kind === 'compound') {
      if (argAt >= 0) return `two arguments after the verb in ${p.text}`;
      if (e.kind === 'source' && !targetBefore) return `source after the verb without a target before it in ${p.text}`;
      if (e.kind !== 'source' && targetBefore) return `target on both sides of the verb in ${p.text}`;
      argAt = i;
      slotsAtArg = after.length;
      continue;
    }
    if (e.kind === 'skip') { if (argAt < 0) skip++; continue; }
    const alts = phrasesOf(e, synsets);
    if (!alts) return `unknown synset or element in ${p.text}`;
    if (argAt >= 0) continue; // words after the argument: read as `then` below
    pushWords(after, alts, e.joined, i === 0 && e.joined);
  }
  if (targetBefore && argAt < 0) return `target before the verb without a source after it in ${p.text}`;
  let target: EventPattern['target'] = 'any';
  // the word just before the argument introduces it ('* TO +'), unless a `^` stands between
  const lastEl = argAt > 0 ? rest[argAt - 1] : undefined;
  if (lastEl && lastEl.kind !== 'skip' && slotsAtArg > 0 && after[slotsAtArg - 1].any.every((a) => !a.includes(' '))) {
    const prep = after.pop()!;
    target = prep.any.map((a) => a.replace(/_$/u, ''));
  }
  const thenEl = argAt >= 0 ? rest.slice(argAt + 1).find((e) => e.kind === 'word' || e.kind === 'choice') : undefined;
  const then = thenEl ? phrasesOf(thenEl, synsets)?.map((w) => w.replace(/_$/u, '').split(' ')[0]) ?? null : null;
  return { before, after, target, skip: argAt >= 0 ? skip : 0, inverted: targetBefore, mutual, then };
}

/** Extra words of a multi-word verb ('BREAK_DOWN', 'WIRE_+TAP') as slots touching the verb. */
function formSlots(words: string[], verbIndex: number): { before: WordSlot[]; after: WordSlot[] } {
  const pre = words.slice(0, verbIndex).map((w) => fold(w)).join(' ');
  const post = words.slice(verbIndex + 1).map((w) => fold(w)).join(' ');
  return { before: pre ? [{ any: [pre], next: true }] : [], after: post ? [{ any: [post], next: true }] : [] };
}

const originOf = (file: string, line: number): string => `${basename(file)}:${line}`;

function withCode(base: Omit<EventPattern, 'code'>, raw: { sourceToTarget: string | null; targetToSource: string | null } | null): EventPattern {
  const a = raw?.sourceToTarget ?? null;
  const b = raw?.targetToSource ?? null;
  if (a === null && b !== null) return { ...base, code: b, inverted: !base.inverted };
  const out: EventPattern = { ...base, code: a ?? '---' };
  if (a !== null && b !== null) out.reverseCode = b;
  return out;
}

export function convertVerbDictionary(d: VerbDictionary): ConvertedVerbs {
  const patterns: EventPattern[] = [];
  const unsupported: Diagnostic[] = [];
  const byForm = new Map<string, EventPattern[]>();
  const lemmaOf = new Map<string, string>();
  const rank = new Map<EventPattern, number>();
  const add = (form: string, lemma: string, p: EventPattern, r: number): void => {
    const k = fold(form);
    lemmaOf.set(k, lemma);
    rank.set(p, r);
    const list = byForm.get(k) ?? byForm.set(k, []).get(k)!;
    if (!list.includes(p)) list.push(p);
  };
  for (const fam of d.families) convertFamily(fam, d.synsets, patterns, unsupported, add);
  // PETRARCH tries the longest pattern first; ties keep the file's order (sort is stable)
  for (const list of byForm.values()) list.sort((x, y) => (rank.get(y) ?? 0) - (rank.get(x) ?? 0));
  return { patterns, byForm, lemmaOf, unsupported };
}

/** How specific a pattern is: its words, preposition and following word; a multi-word verb's own words count half. */
function specificity(shape: PatternShape | null, extraWords: number): number {
  if (!shape) return extraWords / 2;
  return shape.before.length + shape.after.length + (Array.isArray(shape.target) ? 1 : 0) + (shape.then ? 1 : 0) + (shape.inverted || shape.mutual ? 1 : 0) + extraWords / 2;
}

function convertFamily(fam: VerbFamily, synsets: Synsets, out: EventPattern[], unsupported: Diagnostic[], add: (form: string, lemma: string, p: EventPattern, rank: number) => void): void {
  const shapes: { p: VerbPattern; shape: PatternShape }[] = [];
  for (const p of fam.patterns) {
    const shape = shapeOf(p, synsets);
    if (typeof shape === 'string') unsupported.push({ file: p.origin.file, line: p.origin.line, message: shape });
    else shapes.push({ p, shape });
  }
  // the family's patterns, made once per kind of verb form (single word, or the same extra words)
  const shared = new Map<string, { p: EventPattern; rank: number }[]>();
  const familyLemma = fold(fam.verbs[0]?.base.words[fam.verbs[0].base.verbIndex] ?? fam.name);
  for (const v of fam.verbs) {
    const lemma = fold(v.base.words[v.base.verbIndex]);
    // forms grouped by their extra words, so each group shares its patterns
    const groups = new Map<string, VerbEntry['forms']>();
    for (const f of v.forms) {
      const key = f.words.filter((_, i) => i !== f.verbIndex).join(' ') + `|${f.verbIndex}`;
      (groups.get(key) ?? groups.set(key, []).get(key)!).push(f);
    }
    for (const forms of groups.values()) {
      if (!/\p{L}/u.test(forms[0].words[forms[0].verbIndex])) continue; // a stray form without a letter (',')
      const extra = formSlots(forms[0].words, forms[0].verbIndex);
      const ref = originOf(v.origin.file, v.origin.line);
      const extraWords = forms[0].words.length - 1;
      const key = forms[0].words.filter((_, i) => i !== forms[0].verbIndex).join(' ') + `|${forms[0].verbIndex}`;
      let made = shared.get(key);
      if (!made) {
        made = [];
        for (const { p, shape } of shapes) {
          const pref = originOf(p.origin.file, p.origin.line);
          const base: Omit<EventPattern, 'code'> = {
            id: pref, ref: pref, verb: extraWords ? lemma : familyLemma, target: shape.target, lenientCode: true,
            before: [...shape.before, ...extra.before], after: [...extra.after, ...shape.after],
          };
          if (shape.skip) base.skip = shape.skip;
          if (shape.inverted) base.inverted = true;
          if (shape.mutual) { base.mutual = true; base.compound = true; }
          if (shape.then) base.then = shape.then;
          const made1 = withCode(base, p.codePair ?? { sourceToTarget: p.code, targetToSource: null });
          tidy(made1);
          out.push(made1);
          made.push({ p: made1, rank: specificity(shape, extraWords) });
        }
        shared.set(key, made);
      }
      const mine = [...made];
      if (v.code !== null) {
        const own = withCode({ id: ref, ref, verb: lemma, target: 'any', lenientCode: true }, { sourceToTarget: v.code.split(':')[0] || null, targetToSource: v.code.split(':')[1] || null });
        if (extra.before.length) own.before = extra.before;
        if (extra.after.length) own.after = extra.after;
        tidy(own);
        out.push(own);
        mine.push({ p: own, rank: specificity(null, extraWords) });
      }
      for (const { p, rank } of mine) for (const f of forms) add(f.words[f.verbIndex], lemma, p, rank);
    }
  }
}

function tidy(p: EventPattern): void {
  if (!p.before?.length) delete p.before;
  if (!p.after?.length) delete p.after;
  withCompiledSlots(p);
}
