// Readers for the dictionary formats of the PETRARCH / PETRARCH2 / TABARI event coders.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseActorDictionary } from './actors.js';
import { parseAgentDictionary } from './agents.js';
import { parseDiscardList } from './discards.js';
import { parseVerbDictionary } from './verbs.js';
import type { ActorDictionary, AgentDictionary, Diagnostic, DiscardList, VerbDictionary } from './types.js';

export { parseVerbDictionary } from './verbs.js';
export { parseActorDictionary, codeAt } from './actors.js';
export { parseAgentDictionary } from './agents.js';
export { parseDiscardList } from './discards.js';
export { pluralNoun, regularVerbForms } from './inflect.js';
export type * from './types.js';

export type PetrarchDictionaryKind = 'verbs' | 'actors' | 'agents' | 'discards';

/** Kind of dictionary from the file name, as PETRARCH installations name them; null if unknown. */
export function sniffDictionaryKind(path: string): PetrarchDictionaryKind | null {
  const name = basename(path).toLowerCase();
  if (!name.endsWith('.txt')) return null;
  if (name.endsWith('.verbs.txt') || name.startsWith('cameo')) return 'verbs';
  if (name.includes('actors')) return 'actors';
  if (name.includes('agents')) return 'agents';
  if (name.includes('discards')) return 'discards';
  return null;
}

export interface LoadStat {
  file: string;
  kind: PetrarchDictionaryKind;
  /** verbs: patterns + verb entries; actors: actor entries; agents: agent entries (after substitution); discards: phrases */
  entries: number;
  /** read + parse time */
  ms: number;
}

export interface PetrarchDictionaries {
  verbs: VerbDictionary[];
  actors: ActorDictionary[];
  agents: AgentDictionary[];
  discards: DiscardList[];
  /** errors of every file, plus files that could not be read or whose kind is unknown (line 0) */
  errors: Diagnostic[];
  warnings: Diagnostic[];
  stats: LoadStat[];
}

/** Reads and parses each file according to its name; unknown names are skipped with a diagnostic. */
export async function loadPetrarchDictionaries(paths: string[]): Promise<PetrarchDictionaries> {
  const out: PetrarchDictionaries = { verbs: [], actors: [], agents: [], discards: [], errors: [], warnings: [], stats: [] };
  for (const file of paths) {
    const kind = sniffDictionaryKind(file);
    if (!kind) {
      out.errors.push({ file, line: 0, message: 'not a PETRARCH dictionary name (*.verbs.txt, CAMEO*.txt, *actors*.txt, *agents*.txt, *discards*.txt): ignored' });
      continue;
    }
    const t0 = performance.now();
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      out.errors.push({ file, line: 0, message: `cannot read file: ${(e as Error).message}` });
      continue;
    }
    addDictionary(out, kind, text, file, t0);
  }
  return out;
}

/** Parses one dictionary file of a known kind into `out`, with its diagnostics and its entry count and time. */
export function addDictionary(out: PetrarchDictionaries, kind: NonNullable<ReturnType<typeof sniffDictionaryKind>>, text: string, file: string, t0: number): void {
  let entries: number;
  let d: { errors: Diagnostic[]; warnings: Diagnostic[] };
  if (kind === 'verbs') {
    const v = parseVerbDictionary(text, file);
    out.verbs.push(v);
    entries = v.patterns.length + v.verbs.length;
    d = v;
  } else if (kind === 'actors') {
    const a = parseActorDictionary(text, file);
    out.actors.push(a);
    entries = a.actors.length;
    d = a;
  } else if (kind === 'agents') {
    const a = parseAgentDictionary(text, file);
    out.agents.push(a);
    entries = a.agents.length;
    d = a;
  } else {
    const a = parseDiscardList(text, file);
    out.discards.push(a);
    entries = a.discards.length;
    d = a;
  }
  out.errors.push(...d.errors);
  out.warnings.push(...d.warnings);
  out.stats.push({ file, kind, entries, ms: Math.round((performance.now() - t0) * 10) / 10 });
}
