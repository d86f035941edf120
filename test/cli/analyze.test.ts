import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';

const SEED = join(packageRoot, '../shared/corpus/seed.txt');
const FR = 'Le président a reçu mardi à Paris son homologue brésilien pour parler du climat.';
const TMP = mkdtempSync(join(tmpdir(), 'vigie-cli-'));
after(() => rmSync(TMP, { recursive: true, force: true }));

interface Run { code: number | null; stdout: string; stderr: string }

/** Runs `vigie ARGS` from the TypeScript sources, as a user would run the command. */
function vigie(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', ...args], { cwd: packageRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => { stdout += s; });
    child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

function assertNoStack(stderr: string): void {
  assert.doesNotMatch(stderr, /^\s+at /mu, stderr);
}

test('one file: one pretty JSON record, exit 0, nothing on stderr', async () => {
  const r = await vigie(['analyze', SEED]);
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^\{\n {2}"document": \{/u);
  const record = JSON.parse(r.stdout);
  assert.deepEqual(record.document, {
    id: 'seed', lang: 'fr', date: '2023-11-08',
    title: 'Liens militaires Chine-Russie : Poutine se réjouit d\'une coopération "de plus en plus importante"',
  });
  for (const key of ['actors', 'quotes', 'events']) assert.ok(Array.isArray(record[key]), key);
});

test('a directory with bad files: one line per problem, the good files still analysed, exit 1', async () => {
  const dir = join(TMP, 'lot');
  mkdirSync(dir);
  const put = (name: string, content: string | Uint8Array): string => { const p = join(dir, name); writeFileSync(p, content); return p; };
  const bad = {
    empty: put('a-vide.txt', ''),
    binary: put('b-binaire.txt', Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01])),
    latin1: put('c-latin1.txt', Buffer.from('Le ministre a été reçu à Kiev.', 'latin1')),
    big: put('d-gros.txt', `${FR}\n${' '.repeat(12 * 1024 * 1024)}\n`),
    noText: put('e-sans-texte.json', JSON.stringify({ id: 'e', title: 'Sans texte' })),
    invalid: put('f-casse.json', '{"text": '),
  };
  put('g-bon.txt', `Visite à Paris\n\n${FR}`);
  const lines = put('h-flux.jsonl', [JSON.stringify({ id: 'h1', text: FR }), '{pas du JSON', JSON.stringify({ text: FR })].join('\n'));
  const r = await vigie(['analyze', dir]);
  assert.equal(r.code, 1);
  assertNoStack(r.stderr);
  const errors = r.stderr.trimEnd().split('\n');
  const expected: [string, RegExp][] = [
    [bad.empty, /empty/u],
    [bad.binary, /binary/u],
    [bad.latin1, /UTF-8/u],
    [bad.big, /12\.0 MB.*--max-size/u],
    [bad.noText, /'text'/u],
    [bad.invalid, /invalid JSON/u],
    [`${lines}:2`, /invalid JSON/u],
  ];
  assert.equal(errors.length, expected.length, r.stderr);
  expected.forEach(([where, problem], i) => {
    assert.ok(errors[i].startsWith(`vigie: ${where}: `), errors[i]);
    assert.match(errors[i], problem);
  });
  const records = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(records.map((x) => x.document.id), ['g-bon', 'h1', 'h-flux-3']);
  assert.equal(records[0].document.title, 'Visite à Paris');
});

test('--max-size raises the limit', async () => {
  const path = join(TMP, 'gros.txt');
  writeFileSync(path, `${FR}\n${' '.repeat(12 * 1024 * 1024)}\n`);
  const refused = await vigie(['analyze', path]);
  assert.equal(refused.code, 1);
  assert.equal(refused.stdout, '');
  assert.match(refused.stderr, /^vigie: .*gros\.txt: the file is 12\.0 MB, more than the 10\.0 MB/u);
  const read = await vigie(['analyze', '--max-size', '13', path]);
  assert.equal(read.stderr, '');
  assert.equal(read.code, 0);
  assert.equal(JSON.parse(read.stdout).document.id, 'gros');
});

test('a missing file among good ones: reported, the others analysed, exit 1', async () => {
  const good = join(TMP, 'bon.txt');
  writeFileSync(good, FR);
  const missing = join(TMP, 'absent.txt');
  const r = await vigie(['analyze', '--format', 'jsonl', missing, good]);
  assert.equal(r.code, 1);
  assert.equal(r.stderr, `vigie: ${missing}: no such file or directory\n`);
  assert.deepEqual(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).document.id), ['bon']);
});

test('--format text prints a summary with the title; standard input with -', async () => {
  const text = await vigie(['analyze', '--format', 'text', SEED]);
  assert.equal(text.code, 0);
  assert.match(text.stdout, /^# seed \[fr\] 2023-11-08\nLiens militaires Chine-Russie : Poutine se réjouit/u);
  const stdin = await vigie(['analyze', '-'], `date 2024-03-05 Visite à Paris\n\n${FR}`);
  assert.equal(stdin.stderr, '');
  assert.equal(stdin.code, 0);
  assert.deepEqual(JSON.parse(stdin.stdout).document, { id: 'stdin', lang: 'fr', date: '2024-03-05', title: 'Visite à Paris' });
});

test('usage errors: one line, exit 2, nothing analysed', async () => {
  const cases: [string[], RegExp][] = [
    [['analyze', '--format', 'xml', SEED], /^vigie: .*'xml'.*json, jsonl, text/u],
    [['analyze', '--max-size', 'beaucoup', SEED], /^vigie: --max-size: .*'beaucoup'/u],
    [['analyze'], /^vigie: missing required argument/u],
    [['analyse', SEED], /^vigie: unknown command 'analyse'/u],
  ];
  for (const [args, message] of cases) {
    const r = await vigie(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stdout, '', args.join(' '));
    assert.match(r.stderr.split('\n')[0], message);
    // The problem on one line; at most a hint or two in parentheses after it, never the whole help.
    assert.ok(r.stderr.trimEnd().split('\n').slice(1).every((l) => l.startsWith('(')), r.stderr);
    assertNoStack(r.stderr);
  }
});
