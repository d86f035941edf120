/**
 * `npm run bench [-- --n 2000 --seed 42 --json --only analyze]`: generates a seeded synthetic corpus
 * of dispatches (bench/generate.ts, ~2/3 French), loads the knowledge once, then runs each section
 * of bench/sections/ in this process. Prints, per section, one `name value` line per figure (unit in
 * the name's suffix): setup (corpus generation, knowledge load time), analyze (articles, total MB,
 * analysis time, articles/s, MB/s, latency p50/p99, peak RSS). `--json` prints one JSON object.
 */
import { parseArgs } from 'node:util';
import { createContext } from './context.js';
import { SECTIONS } from './sections/index.js';
import type { Figures } from './sections/types.js';

function positiveInt(name: string, raw: string | undefined, dflt: number): number {
  if (raw === undefined) return dflt;
  const v = Number(raw);
  if (!Number.isSafeInteger(v) || v < (name === 'seed' ? 0 : 1)) {
    process.stderr.write(`bench: --${name} wants a ${name === 'seed' ? 'non-negative' : 'positive'} integer, not '${raw}'\n`);
    process.exit(2);
  }
  return v;
}

function printSection(name: string, figures: Figures): void {
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  process.stdout.write(`${name}\n`);
  for (const [k, v] of Object.entries(figures)) process.stdout.write(`  ${k.padEnd(width)}  ${v}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      n: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
      only: { type: 'string', multiple: true },
    },
  });
  const n = positiveInt('n', values.n, 2000);
  const seed = positiveInt('seed', values.seed, 42);
  const only = values.only ?? [];
  const unknown = only.filter((o) => !SECTIONS.some((s) => s.name === o));
  if (unknown.length) {
    process.stderr.write(`bench: unknown section ${unknown.join(', ')} (have ${SECTIONS.map((s) => s.name).join(', ')})\n`);
    process.exit(2);
  }
  const { ctx, setup } = createContext(n, seed);
  const report: Record<string, Figures> = { setup };
  if (!values.json) {
    process.stdout.write(`vigie bench  n=${n} seed=${seed}  node ${process.version}\n`);
    printSection('setup', setup);
  }
  for (const section of SECTIONS) {
    if (only.length && !only.includes(section.name)) continue;
    const figures = await section.run(ctx);
    report[section.name] = figures;
    if (!values.json) printSection(section.name, figures);
  }
  if (values.json) process.stdout.write(JSON.stringify({ n, seed, node: process.version, ...report }, null, 2) + '\n');
}

await main();
