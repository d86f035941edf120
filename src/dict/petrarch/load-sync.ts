/**
 * Reads PETRARCH dictionaries given as files or directories (every file of a directory whose name
 * tells its kind), synchronously, for `loadVigie`. An unreadable path is a typed error; a file of
 * unknown kind given by name is one too, while one found in a directory is passed over.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { VigieError } from '../../model/errors.js';
import { parseActorDictionary } from './actors.js';
import { parseAgentDictionary } from './agents.js';
import { parseDiscardList } from './discards.js';
import { sniffDictionaryKind, type PetrarchDictionaries } from './index.js';
import { parseVerbDictionary } from './verbs.js';

/** The dictionary files named by `paths` (files, or directories read one level deep), in order. */
export function dictionaryFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      throw new VigieError('E_NOT_FOUND', p, 'no such dictionary file or directory');
    }
    if (!isDir) {
      if (!sniffDictionaryKind(p)) throw new VigieError('E_USAGE', p, 'not a PETRARCH dictionary name (*.verbs.txt, CAMEO*.txt, *actors*.txt, *agents*.txt, *discards*.txt)');
      out.push(p);
      continue;
    }
    const files = readdirSync(p).filter((f) => sniffDictionaryKind(f)).sort().map((f) => join(p, f));
    if (!files.length) throw new VigieError('E_NOT_FOUND', p, 'no PETRARCH dictionary in this directory');
    out.push(...files);
  }
  return out;
}

export function loadPetrarchDictionariesSync(paths: readonly string[]): PetrarchDictionaries {
  const out: PetrarchDictionaries = { verbs: [], actors: [], agents: [], discards: [], errors: [], warnings: [], stats: [] };
  for (const file of dictionaryFiles(paths)) {
    const kind = sniffDictionaryKind(file)!;
    const t0 = performance.now();
    const text = readFileSync(file, 'utf8');
    let entries: number;
    let d: { errors: PetrarchDictionaries['errors']; warnings: PetrarchDictionaries['warnings'] };
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
  return out;
}
