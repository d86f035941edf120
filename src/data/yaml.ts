/** Reading the project's YAML data files, with errors that name the file and line. */
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { VigieError } from '../model/errors.js';

export function readYaml<T>(path: string): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new VigieError('E_DATA', path, `cannot read data file (${(e as Error).message})`);
  }
  const doc = YAML.parseDocument(text, { prettyErrors: true });
  if (doc.errors.length) {
    const err = doc.errors[0];
    const line = err.linePos?.[0]?.line ?? '?';
    throw new VigieError('E_DATA', `${path}:${line}`, err.message.split('\n')[0]);
  }
  return doc.toJS() as T;
}
