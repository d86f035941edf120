/**
 * `--dict DIR|FILE` (repeatable), `--dict-mode merge|replace` and `--config FILE`: PETRARCH/TABARI
 * dictionaries to code English with. A config file (`--config`, else `vigie.config.json` in the
 * working directory if there is one) holds `{ "dictionaries": [...], "dictionaryMode": "merge" }`,
 * its paths relative to the file; `--dict` and `--dict-mode` take precedence over it.
 */
import { Option } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { VigieError } from '../model/errors.js';
import type { LoadOptions } from '../pipeline/load.js';

export const CONFIG_FILE = 'vigie.config.json';

export const dictOption = (): Option =>
  new Option('--dict <path>', 'PETRARCH/TABARI dictionary file or directory to code English with (repeatable)').argParser((v: string, prev: string[] | undefined) => [...(prev ?? []), v]);
export const dictModeOption = (): Option =>
  new Option('--dict-mode <mode>', "merge: beside Vigie's own English actors and patterns; replace: in place of them (default merge)").choices(['merge', 'replace']);
export const configOption = (): Option => new Option('--config <file>', `configuration file (default ./${CONFIG_FILE} when present)`);

export interface DictFlags { dict?: string[]; dictMode?: string; config?: string }

interface ConfigFile { dictionaries?: unknown; dictionaryMode?: unknown }

function readConfig(file: string): LoadOptions {
  let v: ConfigFile;
  try {
    v = JSON.parse(readFileSync(file, 'utf8')) as ConfigFile;
  } catch (e) {
    throw new VigieError(existsSync(file) ? 'E_DATA' : 'E_NOT_FOUND', file, existsSync(file) ? `not valid JSON (${(e as Error).message})` : 'no such configuration file');
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new VigieError('E_DATA', file, 'expected a JSON object');
  const out: LoadOptions = {};
  if (v.dictionaries !== undefined) {
    if (!Array.isArray(v.dictionaries) || !v.dictionaries.every((x) => typeof x === 'string')) throw new VigieError('E_DATA', `${file}: dictionaries`, 'expected an array of paths');
    out.dictionaries = v.dictionaries.map((p: string) => resolve(dirname(file), p));
  }
  if (v.dictionaryMode !== undefined) {
    if (v.dictionaryMode !== 'merge' && v.dictionaryMode !== 'replace') throw new VigieError('E_DATA', `${file}: dictionaryMode`, `expected "merge" or "replace", got ${JSON.stringify(v.dictionaryMode)}`);
    out.dictionaryMode = v.dictionaryMode;
  }
  return out;
}

/** The load options of the flags, over those of the configuration file. */
export function dictionaryOptions(o: DictFlags, cwd = process.cwd()): LoadOptions {
  const auto = resolve(cwd, CONFIG_FILE);
  const config = o.config ? readConfig(resolve(cwd, o.config)) : existsSync(auto) ? readConfig(auto) : {};
  const out: LoadOptions = { ...config };
  if (o.dict?.length) out.dictionaries = o.dict.map((p) => resolve(cwd, p));
  if (o.dictMode === 'merge' || o.dictMode === 'replace') out.dictionaryMode = o.dictMode;
  return out;
}
