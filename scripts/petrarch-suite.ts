/**
 * PETRARCH2's own unit-test suite (../shared/eval/petrarch): codes its records with the suite's
 * dictionaries (PETR.Validate.*) in place of Vigie's English knowledge, scores the records with
 * score.mjs, and sums the event figures per category of the suite.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadVigie } from '../src/pipeline/load.js';
import { readInputs } from '../src/sources/inputs.js';

export interface Prf { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }
export interface SuiteResult {
  overall: Prf;
  byCategory: Record<string, Prf>;
  /** Records whose gold has no event but which were given some. */
  falseAlarms: { id: string; text: string }[];
  loadMs: number;
}

const prf = (c: { tp: number; fp: number; fn: number }): Prf => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;
  return { precision: r4(p), recall: r4(r), f1: r4(p + r ? (2 * p * r) / (p + r) : 0), ...c };
};

/** The suite's categories, with its stray spellings ('AGENTS', 'COMPOUNDx') folded in. */
export const categoryOf = (c: string): string => c.replace(/(?:S|x)$/u, '');

export async function runPetrarchSuite(shared: string): Promise<SuiteResult> {
  const suite = join(shared, 'eval', 'petrarch');
  const dicts = join(shared, 'data', 'peers', 'petrarch2', 'validation');
  const t0 = performance.now();
  const vigie = loadVigie(undefined, [], {
    dictionaries: ['actors', 'agents', 'verbs', 'discards'].map((k) => join(dicts, `PETR.Validate.${k}.txt`)),
    dictionaryMode: 'replace',
  });
  const loadMs = performance.now() - t0;
  const recordsFile = join(suite, 'records.jsonl');
  const records = readFileSync(recordsFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string; category: string });
  const lines: string[] = [];
  const eventsOf = new Map<string, number>();
  for await (const r of readInputs([recordsFile], { lang: 'en', calendars: vigie.calendars })) {
    if ('error' in r) throw r.error;
    const rec = vigie.pipeline.analyze(r.doc);
    eventsOf.set(rec.document.id, rec.events.filter((e) => !e.negated).length);
    lines.push(JSON.stringify(rec));
  }
  const out = join(mkdtempSync(join(tmpdir(), 'vigie-petrarch-')), 'pred.jsonl');
  writeFileSync(out, lines.join('\n') + '\n');
  const res = spawnSync(process.execPath, [join(shared, 'eval', 'score.mjs'), '--gold', join(suite, 'gold'), '--pred', out, '--per-doc'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (res.status !== 0) throw new Error(`score.mjs failed: ${res.stderr}`);
  const report = JSON.parse(res.stdout) as { events: Prf; perDocument: Record<string, { events: Prf }> };
  const sums = new Map<string, { tp: number; fp: number; fn: number }>();
  const falseAlarms: SuiteResult['falseAlarms'] = [];
  for (const r of records) {
    const d = report.perDocument[r.id]?.events;
    if (!d) continue;
    const c = sums.get(categoryOf(r.category)) ?? sums.set(categoryOf(r.category), { tp: 0, fp: 0, fn: 0 }).get(categoryOf(r.category))!;
    c.tp += d.tp; c.fp += d.fp; c.fn += d.fn;
    const gold = JSON.parse(readFileSync(join(suite, 'gold', `${r.id}.json`), 'utf8')) as { events: unknown[] };
    if (!gold.events.length && (eventsOf.get(r.id) ?? 0) > 0) falseAlarms.push({ id: r.id, text: r.text });
  }
  const byCategory = Object.fromEntries([...sums].sort(([x], [y]) => x.localeCompare(y)).map(([k, c]) => [k, prf(c)]));
  return { overall: prf(report.events), byCategory, falseAlarms, loadMs };
}
