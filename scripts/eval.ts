/**
 * `npm run eval`: analyses ../shared/corpus/*.txt in one process and scores the records against
 * ../shared/eval/gold with ../shared/eval/score.mjs. Extra arguments go to the scorer
 * (`npm run eval -- --explain`, `--per-doc`). VIGIE_SHARED points elsewhere than ../shared.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadVigie } from '../src/pipeline/load.js';
import { readInputs } from '../src/sources/inputs.js';
import { packageRoot } from '../src/paths.js';

const shared = resolve(process.env.VIGIE_SHARED ?? join(packageRoot, '..', 'shared'));
const corpus = join(shared, 'corpus');
const gold = join(shared, 'eval', 'gold');
if (!existsSync(corpus) || !existsSync(gold)) {
  process.stderr.write(`eval: ${shared} has no corpus/ and eval/gold/ (set VIGIE_SHARED)\n`);
  process.exit(2);
}
const vigie = loadVigie();
const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => join(corpus, f));
const lines: string[] = [];
for await (const r of readInputs(files, { calendars: vigie.calendars })) {
  if ('error' in r) { process.stderr.write(`eval: ${r.error.message}\n`); continue; }
  lines.push(JSON.stringify(vigie.pipeline.analyze(r.doc)));
}
const out = join(mkdtempSync(join(tmpdir(), 'vigie-eval-')), 'pred.jsonl');
writeFileSync(out, lines.join('\n') + '\n');
const res = spawnSync(process.execPath, [join(shared, 'eval', 'score.mjs'), '--gold', gold, '--pred', out, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(res.status ?? 1);
