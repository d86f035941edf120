// Synset reference resolution and expansion (nested synsets, cycle protection, plurals).
import { pluralNoun } from './inflect.js';
import type { Diagnostic, PatternElement, Synset, SynsetPhrase } from './types.js';

/** Upper bound on the phrases one synset may expand to (guards against combinatorial blow-up). */
export const MAX_SYNSET_PHRASES = 20000;

export interface RefProblem {
  message: string;
  error: boolean;
}

/**
 * Resolves `&NAME` references against the defined synsets. A reference that is not defined but
 * starts with a defined name followed by `_` (TABARI style `&TIETYPES_MEMOS`) is split into the
 * synset and the words joined to it. Returns the rewritten elements and the problems found.
 */
export function resolveRefs(
  els: PatternElement[],
  defined: ReadonlySet<string>,
): { elements: PatternElement[]; problems: RefProblem[] } {
  const problems: RefProblem[] = [];
  const walk = (list: PatternElement[]): PatternElement[] => {
    const out: PatternElement[] = [];
    for (const el of list) {
      if (el.kind === 'nounPhrase' || el.kind === 'prepPhrase') {
        out.push({ ...el, elements: walk(el.elements) });
        continue;
      }
      if (el.kind !== 'synset' || defined.has(el.name)) {
        out.push(el);
        continue;
      }
      const parts = el.name.split('_');
      let split = -1;
      for (let k = parts.length - 1; k >= 1 && split < 0; k--) {
        if (defined.has(parts.slice(0, k).join('_'))) split = k;
      }
      if (split < 0) {
        problems.push({ message: `undefined synset ${el.name}`, error: true });
        out.push(el);
        continue;
      }
      const name = parts.slice(0, split).join('_');
      problems.push({ message: `${el.name} is not a synset: read as ${name} joined to ${parts.slice(split).join('_')}`, error: false });
      out.push({ kind: 'synset', name, joined: el.joined });
      for (const w of parts.slice(split)) if (w) out.push({ kind: 'word', text: w, wholeWord: false, joined: true });
    }
    return out;
  };
  return { elements: walk(els), problems };
}

/** Fills `phrases` of every synset: nested synsets expanded, cycles reported and cut, plurals added. */
export function expandSynsets(synsets: Map<string, Synset>, file: string, errors: Diagnostic[]): void {
  const done = new Map<string, SynsetPhrase[]>();
  const visit = (name: string, stack: string[]): SynsetPhrase[] | null => {
    const cached = done.get(name);
    if (cached) return cached;
    const syn = synsets.get(name);
    if (!syn) return [];
    const phrases: SynsetPhrase[] = [];
    const seen = new Set<string>();
    const add = (p: SynsetPhrase): void => {
      const key = p.words.join(' ');
      if (seen.has(key) || phrases.length >= MAX_SYNSET_PHRASES) return;
      seen.add(key);
      phrases.push(p);
    };
    for (const m of syn.members) {
      let combos: string[][] = [[]];
      let ok = true;
      for (const el of m.elements) {
        if (el.kind === 'word') {
          combos = combos.map((c) => [...c, el.text]);
        } else if (el.kind === 'synset') {
          if (el.name === name || stack.includes(el.name)) {
            const chain = [...stack, name, el.name].slice([...stack, name].indexOf(el.name));
            errors.push({ file, line: m.origin.line, message: `synset cycle: ${chain.join(' -> ')} (member skipped)` });
            ok = false;
            break;
          }
          const sub = visit(el.name, [...stack, name]) ?? [];
          const next: string[][] = [];
          for (const c of combos) for (const p of sub) if (next.length < MAX_SYNSET_PHRASES) next.push([...c, ...p.words]);
          combos = next;
        }
      }
      if (!ok) continue;
      const last = m.elements[m.elements.length - 1];
      const pluralize = !syn.noPlural && !m.noPlural && last?.kind === 'word';
      for (const words of combos) {
        if (words.length === 0) continue;
        add({ words, plural: false, origin: m.origin });
        const pl = pluralize ? pluralNoun(words[words.length - 1]) : null;
        if (pl) add({ words: [...words.slice(0, -1), pl], plural: true, origin: m.origin });
      }
    }
    if (phrases.length >= MAX_SYNSET_PHRASES) {
      errors.push({ file, line: syn.origin.line, message: `synset ${name} expands to more than ${MAX_SYNSET_PHRASES} phrases; truncated` });
    }
    syn.phrases = phrases;
    done.set(name, phrases);
    return phrases;
  };
  for (const name of synsets.keys()) visit(name, []);
}
