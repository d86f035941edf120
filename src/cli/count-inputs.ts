/** A quick estimate of how many articles the sources hold, for the progress bar's total. */
import { createReadStream, statSync } from 'node:fs';
import { extname } from 'node:path';
import { walk, JSONL_EXTENSIONS, type InputOptions } from '../sources/inputs.js';
import { isUrl } from '../sources/fetch.js';
import { isPaperwork } from '../sources/urls.js';

async function lines(path: string): Promise<number> {
  let n = 0;
  let last = 10;
  for await (const chunk of createReadStream(path)) {
    const b = chunk as Buffer;
    for (let i = 0; i < b.length; i++) if (b[i] === 10) n++;
    if (b.length) last = b[b.length - 1];
  }
  return n + (last === 10 ? 0 : 1);
}

async function countFile(path: string): Promise<number> {
  return JSONL_EXTENSIONS.has(extname(path).toLowerCase()) ? lines(path) : 1;
}

export async function countInputs(sources: readonly string[], opts: InputOptions): Promise<number> {
  let n = 0;
  for (const s of sources) {
    if (isUrl(s) || s === '-') { n++; continue; }
    try {
      if (statSync(s).isDirectory()) { for (const f of walk(s, opts)) if (!isPaperwork(f)) n += await countFile(f); } else n += await countFile(s);
    } catch {
      n++;
    }
  }
  return n;
}
