/**
 * Polarity and modality of a verb occurrence, from the words of data/patterns/LANG/_modality.yaml:
 * negation ('ne … pas', 'not', 'refuse de', 'sans'), and the verbs that make an act only wished,
 * threatened or asked for ('menace de frapper', 'appelé … à ne pas aider', 'urged … to'): those acts
 * are not events of their own (the threat or the appeal is).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../model/types.js';
import type { Token } from '../../text/tokens.js';
import { readYaml } from '../../data/yaml.js';

export interface Modality {
  negators: Set<string>;
  negationAfter: Set<string>;
  /** Forms of verbs that negate the infinitive they govern ('refuse de', 'refused to', 'nie avoir'). */
  refusals: Set<string>;
  /** Forms of verbs that make the governed infinitive unreal ('menace de', 'appelé à', 'urged to', 'veut'). */
  governors: Set<string>;
  /** Words that link a governor to its infinitive ('de', 'à', 'to'). */
  links: Set<string>;
  /** Words before an infinitive that negate it ('sans', 'without'). */
  without: Set<string>;
  /** Modal verbs right before the verb: the act is only possible, planned or due ('devait effectuer', 'will visit'). */
  modals: Set<string>;
}

interface ModalityFile { negators?: string[]; negation_after?: string[]; refusals?: string[]; governors?: string[]; links?: string[]; without?: string[]; modals?: string[] }

export function loadModality(dataDir: string, lang: Lang): Modality {
  const f = join(dataDir, 'patterns', lang, '_modality.yaml');
  const m = existsSync(f) ? readYaml<ModalityFile>(f) : {};
  const set = (xs?: string[]): Set<string> => new Set((xs ?? []).map((x) => x.toLowerCase().replace(/[’‘ʼ]/gu, "'")));
  return { negators: set(m.negators), negationAfter: set(m.negation_after), refusals: set(m.refusals), governors: set(m.governors), links: set(m.links), without: set(m.without), modals: set(m.modals) };
}

export interface Polarity { negated: boolean; unreal: boolean }

/** Reads the few tokens around the verb at [v, end) of a sentence starting at `from`. */
export function polarityAt(tokens: readonly Token[], v: number, end: number, from: number, mod: Modality): Polarity {
  let negated = false;
  let unreal = false;
  const lo = Math.max(from, v - 4);
  let hasNe = false;
  for (let k = lo; k < v && !hasNe; k++) hasNe = mod.negators.has(tokens[k].lower);
  let after = false;
  for (let k = lo; k < Math.min(tokens.length, end + 2) && hasNe && !after; k++) after = mod.negationAfter.has(tokens[k].lower);
  if (hasNe && (after || mod.negationAfter.size === 0)) negated = true;
  // governed infinitive: GOVERNOR (ne pas)? LINK VERB
  let k = v - 1;
  while (k >= lo && (mod.negators.has(tokens[k].lower) || mod.negationAfter.has(tokens[k].lower))) k--;
  if (k >= from && mod.links.has(tokens[k].lower)) {
    // the governor may be a few words back ('appelé Pékin à', 'urged Beijing to')
    for (let g = k - 1; g >= Math.max(from, k - 6); g--) {
      if (mod.refusals.has(tokens[g].lower)) { negated = true; break; }
      if (mod.governors.has(tokens[g].lower)) { unreal = true; break; }
    }
  }
  if (k >= from && mod.without.has(tokens[k].lower)) negated = true;
  // a modal right before the verb (or before 'ne … pas' and the verb): 'devait effectuer', 'will not visit'
  if (k >= from && mod.modals.has(tokens[k].lower)) unreal = true;
  return { negated, unreal };
}
