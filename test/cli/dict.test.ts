/** `vigie analyze --dict …`, `--dict-mode`, `--config`, through the real command; PETRARCH2's suite stays above its floor. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../../src/paths.js';
import { runPetrarchSuite } from '../../scripts/petrarch-suite.js';

const DICT = join(packageRoot, 'test/fixtures/petrarch-convert');
const TMP = mkdtempSync(join(tmpdir(), 'vigie-dict-'));
after(() => rmSync(TMP, { recursive: true, force: true }));
const INPUT = join(TMP, 'in.jsonl');
writeFileSync(INPUT, JSON.stringify({ id: 'd1', date: '2000-06-01', text: 'Lotho Pimple restored diplomatic ties with Gondor. Russia restored diplomatic ties with Gondor.' }) + '\n');

interface Run { code: number | null; stdout: string; stderr: string }

function vigie(args: string[], cwd = packageRoot): Promise<Run> {
  return new Promise((resolve, reject) => {
    // tsx by its path, so that the command can run from another working directory
    const tsx = pathToFileURL(join(packageRoot, 'node_modules/tsx/dist/loader.mjs')).href;
    const child = spawn(process.execPath, ['--import', cwd === packageRoot ? 'tsx' : tsx, join(packageRoot, 'src/cli/run.ts'), ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => { stdout += s; });
    child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

/** 'SRC>TGT:code' of a JSON Lines output (without the code when `codes` is false). */
function events(stdout: string, codes = true): string[] {
  const r = JSON.parse(stdout.trim().split('\n')[0]) as { actors: { id: string; country: string | null; sector: string | null }[]; events: { source: string; target: string; cameo: string }[] };
  const side = (id: string): string => { const a = r.actors.find((x) => x.id === id)!; return `${a.country}${a.sector ? ':' + a.sector : ''}`; };
  return [...new Set(r.events.map((e) => `${side(e.source)}>${side(e.target)}${codes ? ':' + e.cameo : ''}`))].sort();
}

test('--dict DIR --dict-mode replace: only the dictionaries\' actors, codes dated by the document', async () => {
  const r = await vigie(['analyze', '--dict', DICT, '--dict-mode', 'replace', '--format', 'jsonl', INPUT]);
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0);
  assert.deepEqual(events(r.stdout), ['SHR:GOV>GON:064']);
});

// In 'merge' mode Vigie's own English patterns come first, so the code may be theirs.
test('--dict FILE (repeatable), merge by default: Vigie\'s own states beside the dictionaries\'', async () => {
  const r = await vigie(['analyze', '--dict', join(DICT, 'Shire.verbs.txt'), '--dict', join(DICT, 'Shire.actors.txt'), '--format', 'jsonl', INPUT]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(events(r.stdout, false), ['RUS>GON', 'SHR:GOV>GON']);
});

test('a config file gives the dictionaries (relative to it) and the mode; ./vigie.config.json is read by default', async () => {
  const cfg = join(TMP, 'vigie.config.json');
  writeFileSync(cfg, JSON.stringify({ dictionaries: [DICT], dictionaryMode: 'replace' }));
  const r = await vigie(['analyze', '--config', cfg, '--format', 'jsonl', INPUT]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(events(r.stdout), ['SHR:GOV>GON:064']);
  const auto = await vigie(['analyze', '--format', 'jsonl', INPUT], TMP);
  assert.deepEqual(events(auto.stdout), ['SHR:GOV>GON:064']);
  const flag = await vigie(['analyze', '--dict-mode', 'merge', '--format', 'jsonl', INPUT], TMP);
  assert.deepEqual(events(flag.stdout, false), ['RUS>GON', 'SHR:GOV>GON']);
});

test('errors: a missing dictionary, a bad mode, a bad config: one line, no stack', async () => {
  const missing = await vigie(['analyze', '--dict', join(TMP, 'nope'), INPUT]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /^vigie: .*nope: no such dictionary file or directory\n$/u);
  const mode = await vigie(['analyze', '--dict', DICT, '--dict-mode', 'swap', INPUT]);
  assert.equal(mode.code, 2);
  const bad = join(TMP, 'bad.json');
  writeFileSync(bad, JSON.stringify({ dictionaryMode: 'both' }));
  const cfg = await vigie(['analyze', '--config', bad, INPUT]);
  assert.equal(cfg.code, 1);
  assert.match(cfg.stderr, /dictionaryMode: expected "merge" or "replace"/u);
  assert.doesNotMatch(cfg.stderr + missing.stderr, /^\s+at /mu);
});

const SHARED = join(packageRoot, '..', 'shared');
test("PETRARCH2's own suite stays above its measured floor (F1 0.73 − 0.05)", { skip: !existsSync(join(SHARED, 'eval', 'petrarch', 'records.jsonl')) }, async () => {
  const r = await runPetrarchSuite(SHARED);
  assert.ok(r.overall.f1 >= 0.68, `F1 ${r.overall.f1} (P ${r.overall.precision}, R ${r.overall.recall})`);
  assert.ok(r.overall.precision >= 0.62 && r.overall.recall >= 0.7, JSON.stringify(r.overall));
});
