// Test helpers for the PETRARCH dictionary readers.
import type { Diagnostic } from '../../../src/dict/petrarch/index.js';

/** 1-based number of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`fixture has no line containing ${needle}`);
  return i + 1;
}

/** The diagnostics reported for one line. */
export function at(diags: Diagnostic[], line: number): string[] {
  return diags.filter((d) => d.line === line).map((d) => d.message);
}
