/** Reads a file as UTF-8 text, refusing what is not a news text: empty, binary, invalid UTF-8, too large. */
import { readFileSync, statSync } from 'node:fs';
import { VigieError } from '../model/errors.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export function decodeText(bytes: Uint8Array, where: string): string {
  const what = where === '-' ? 'standard input' : 'the file';
  if (bytes.length === 0) throw new VigieError('E_EMPTY', where, `${what} is empty`);
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new VigieError('E_BINARY', where, `${what} is binary data, not text (it contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new VigieError('E_ENCODING', where, `${what} is not valid UTF-8 text`);
  }
  if (!text.trim()) throw new VigieError('E_EMPTY', where, `${what} holds only white space`);
  return text;
}

export function readTextFile(path: string, maxBytes = DEFAULT_MAX_BYTES): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new VigieError('E_NOT_FOUND', path, 'no such file or directory');
  }
  if (size > maxBytes) {
    const mb = (n: number): string => (n / 1048576).toFixed(1);
    throw new VigieError('E_TOO_LARGE', path, `the file is ${mb(size)} MB, more than the ${mb(maxBytes)} MB an article may be (--max-size to change)`);
  }
  return decodeText(readFileSync(path), path);
}
