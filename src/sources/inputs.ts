/**
 * Turns command-line inputs (files, directories, '-') into documents, one at a time, so that a
 * directory of 10,000 files or a large JSON Lines archive never sits in memory at once. A bad
 * input yields a failure naming the file and the problem, and the next input is still read.
 */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Document } from '../model/types.js';
import { VigieError } from '../model/errors.js';
import { readTextFile, decodeText, DEFAULT_MAX_BYTES } from './text-file.js';
import { readTextDocument } from './dispatch.js';
import { documentFromRecord, parseJsonText } from './json-records.js';
import type { ReadOptions } from './document.js';

export type ReadResult = { doc: Document } | { error: VigieError; source: string };

export const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '']);
export const JSON_EXTENSIONS = new Set(['.json']);
export const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

export type ExtraReader = (path: string, opts: ReadOptions) => Promise<Document[]>;

export interface InputOptions extends ReadOptions {
  /** Readers for other extensions ('.html'), added by the commands that support them. */
  extra?: ReadonlyMap<string, ExtraReader>;
  stdin?: NodeJS.ReadableStream;
}

export async function* readInputs(inputs: readonly string[], opts: InputOptions): AsyncGenerator<ReadResult> {
  for (const input of inputs) {
    if (input === '-') { yield* readStdin(opts); continue; }
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      yield { error: new VigieError('E_NOT_FOUND', input, 'no such file or directory'), source: input };
      continue;
    }
    if (isDir) {
      let files = 0;
      for (const file of walk(input, opts)) { files++; yield* readFile(file, opts); }
      if (files === 0) yield { error: new VigieError('E_EMPTY', input, 'the directory holds no article file (.txt, .md, .json, .jsonl, .ndjson)'), source: input };
    } else yield* readFile(input, opts);
  }
}

/** Files under a directory, depth first, sorted by name, that some reader accepts. */
export function* walk(dir: string, opts: InputOptions): Generator<string> {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p, opts);
    else if (e.isFile() && accepts(extname(e.name).toLowerCase(), opts) && extname(e.name) !== '') yield p;
  }
}

function accepts(ext: string, opts: InputOptions): boolean {
  return TEXT_EXTENSIONS.has(ext) || JSON_EXTENSIONS.has(ext) || JSONL_EXTENSIONS.has(ext) || !!opts.extra?.has(ext);
}

async function* readFile(path: string, opts: InputOptions): AsyncGenerator<ReadResult> {
  const ext = extname(path).toLowerCase();
  const id = basename(path, extname(path));
  try {
    if (JSONL_EXTENSIONS.has(ext)) { yield* readJsonLines(path, id, opts); return; }
    const extra = opts.extra?.get(ext);
    if (extra) { for (const doc of await extra(path, opts)) yield { doc }; return; }
    const text = readTextFile(path, opts.maxBytes ?? DEFAULT_MAX_BYTES);
    if (JSON_EXTENSIONS.has(ext)) { yield* fromJson(parseJsonText(text, path), path, id, opts); return; }
    yield { doc: readTextDocument(text, id, opts, path) };
  } catch (e) {
    yield failure(e, path);
  }
}

function* fromJson(value: unknown, path: string, id: string, opts: ReadOptions): Generator<ReadResult> {
  const records = Array.isArray(value) ? value : [value];
  if (records.length === 0) { yield { error: new VigieError('E_EMPTY', path, 'the JSON array holds no record'), source: path }; return; }
  for (let i = 0; i < records.length; i++) {
    const where = Array.isArray(value) ? `${path}[${i}]` : path;
    try {
      yield { doc: documentFromRecord(records[i], where, records.length > 1 ? `${id}-${i + 1}` : id, opts) };
    } catch (e) {
      yield failure(e, where);
    }
  }
}

async function* readJsonLines(path: string, id: string, opts: ReadOptions): AsyncGenerator<ReadResult> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  let records = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    records++;
    const where = `${path}:${n}`;
    try {
      if (line.includes('\uFFFD')) throw new VigieError('E_ENCODING', where, 'the line is not valid UTF-8 text');
      yield { doc: documentFromRecord(parseJsonText(line, where), where, `${id}-${n}`, opts) };
    } catch (e) {
      yield failure(e, where);
    }
  }
  if (records === 0) yield { error: new VigieError('E_EMPTY', path, 'the file holds no JSON record'), source: path };
}

async function* readStdin(opts: InputOptions): AsyncGenerator<ReadResult> {
  const chunks: Buffer[] = [];
  for await (const c of opts.stdin ?? process.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  try {
    const text = decodeText(Buffer.concat(chunks), '-');
    const head = text.trimStart().charAt(0);
    if (head === '{' || head === '[') {
      const trimmed = text.trim();
      const multi = head === '{' && trimmed.includes('\n') && !isJson(trimmed);
      if (multi) {
        let n = 0;
        for (const line of text.split('\n')) {
          n++;
          if (!line.trim()) continue;
          try { yield { doc: documentFromRecord(parseJsonText(line, `-:${n}`), `-:${n}`, `stdin-${n}`, opts) }; } catch (e) { yield failure(e, `-:${n}`); }
        }
        return;
      }
      yield* fromJson(parseJsonText(trimmed, '-'), '-', 'stdin', opts);
      return;
    }
    yield { doc: readTextDocument(text, 'stdin', opts, '-') };
  } catch (e) {
    yield failure(e, '-');
  }
}

function isJson(s: string): boolean {
  try { JSON.parse(s); return true; } catch { return false; }
}

function failure(e: unknown, source: string): ReadResult {
  if (e instanceof VigieError) return { error: e, source };
  return { error: new VigieError('E_RECORD', source, (e as Error).message ?? String(e)), source };
}
