/**
 * `npm run eval:petrarch`: PETRARCH2's unit-test suite (../shared/eval/petrarch), coded with its own
 * dictionaries in 'replace' mode; prints P/R/F1 overall and per category, and the sentences that
 * should give no event but did. VIGIE_SHARED points elsewhere than ../shared.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../src/paths.js';
import { runPetrarchSuite, type Prf } from './petrarch-suite.js';

const shared = resolve(process.env.VIGIE_SHARED ?? join(packageRoot, '..', 'shared'));
if (!existsSync(join(shared, 'eval', 'petrarch', 'records.jsonl'))) {
  process.stderr.write(`eval:petrarch: ${shared} has no eval/petrarch/records.jsonl (set VIGIE_SHARED)\n`);
  process.exit(2);
}
const r = await runPetrarchSuite(shared);
const row = (name: string, x: Prf): string => `${name.padEnd(10)} P ${x.precision.toFixed(2)}  R ${x.recall.toFixed(2)}  F1 ${x.f1.toFixed(2)}   (tp ${x.tp}, fp ${x.fp}, fn ${x.fn})`;
process.stdout.write(`dictionaries loaded in ${Math.round(r.loadMs)} ms\n\n${row('overall', r.overall)}\n`);
for (const [k, v] of Object.entries(r.byCategory)) process.stdout.write(row(k, v) + '\n');
process.stdout.write(`\nno-event sentences that gave events: ${r.falseAlarms.length}\n`);
for (const f of r.falseAlarms) process.stdout.write(`  ${f.id}: ${f.text}\n`);
