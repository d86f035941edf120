/**
 * Reads PETRARCH dictionaries given as files or directories (every file of a directory whose name
 * tells its kind), synchronously, for `loadVigie`. An unreadable path is a typed error; a file of
 * unknown kind given by name is one too, while one found in a directory is passed over.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { VigieError } from '../../model/errors.js';
import { addDictionary, sniffDictionaryKind, type PetrarchDictionaries } from './index.js';

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
    addDictionary(out, kind, text, file, t0);
  }
  return out;
}
