/** Shared by the reader tests: the calendars, temporary folders, and collecting what readInputs yields. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import type { Document } from '../../src/model/types.js';
import { loadCalendar } from '../../src/sources/calendar.js';
import { readInputs, type InputOptions, type ReadResult } from '../../src/sources/inputs.js';
import { defaultDataDir } from '../../src/paths.js';

export const calendars = { fr: loadCalendar(defaultDataDir, 'fr'), en: loadCalendar(defaultDataDir, 'en') };

/** A fresh temporary folder, removed when the test file ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-test-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export async function readAll(inputs: string[], opts: Partial<InputOptions> = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(inputs, { calendars, ...opts })) out.push(r);
  return out;
}

export function docs(results: readonly ReadResult[]): Document[] {
  return results.flatMap((r) => ('doc' in r ? [r.doc] : []));
}

export function failures(results: readonly ReadResult[]): { source: string; code: string; message: string }[] {
  return results.flatMap((r) => ('error' in r ? [{ source: r.source, code: r.error.code, message: r.error.message }] : []));
}
