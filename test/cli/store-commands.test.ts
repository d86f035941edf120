/** The store commands end to end, as a user runs them: ingest, query, search, export, reanalyze, with a temporary --db. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { GDELT_EVENT_COLUMNS } from '../../src/store/gdelt.js';
import { moscow } from '../store/fixtures.js';

const CORPUS = join(packageRoot, '../shared/corpus');
const TMP = mkdtempSync(join(tmpdir(), 'vigie-store-cli-'));
after(() => rmSync(TMP, { recursive: true, force: true }));

interface Run { code: number | null; stdout: string; stderr: string }

function vigie(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', ...args], { cwd: packageRoot, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => { stdout += s; });
    child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const jsonl = (s: string): Record<string, unknown>[] => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

test('ingest, then query quotes --speaker through the real command', async () => {
  const db = join(TMP, 'seed.db');
  const r = await vigie(['ingest', join(CORPUS, 'seed.txt'), join(CORPUS, 'dev-fr-12.txt'), '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /2 read, 2 stored, 0 unchanged, 0 failed/u);
  // Whatever the quote stage finds today, the query must return exactly Poutine's quotes of the analysis.
  const analysed = jsonl((await vigie(['analyze', '--format', 'jsonl', join(CORPUS, 'seed.txt'), join(CORPUS, 'dev-fr-12.txt')])).stdout);
  const expected = analysed.flatMap((rec) => {
    const actors = rec.actors as { id: string; name: string }[];
    return (rec.quotes as { speaker: string | null; text: string }[]).filter((q) => /poutine/iu.test(actors.find((a) => a.id === q.speaker)?.name ?? ''));
  });
  const q = await vigie(['query', 'quotes', '--speaker', 'poutine', '--from', '2015-01', '--to', '2023-12', '--format', 'jsonl', '--db', db]);
  assert.equal(q.code, 0, q.stderr);
  const rows = jsonl(q.stdout);
  assert.equal(rows.length, expected.length);
  for (const row of rows) assert.match((row.speaker as { name: string }).name, /Poutine/u);
  const none = await vigie(['query', 'quotes', '--speaker', 'Poutine', '--from', '2024', '--format', 'jsonl', '--db', db]);
  assert.equal(none.stdout, '');
  const table = await vigie(['query', 'quotes', '--speaker', 'Poutine', '--format', 'table', '--db', db]);
  assert.match(table.stdout, /^date +speaker +kind/u);
});

test('a second ingest stores nothing; a changed file is a new version', async () => {
  const db = join(TMP, 'again.db');
  const dir = join(TMP, 'again');
  mkdirSync(dir);
  copyFileSync(join(CORPUS, 'seed.txt'), join(dir, 'seed.txt'));
  copyFileSync(join(CORPUS, 'dev-en-01.txt'), join(dir, 'dev-en-01.txt'));
  writeFileSync(join(dir, 'README.md'), '# About these files\n\nNot an article: skipped in a directory.\n');
  assert.match((await vigie(['ingest', dir], { VIGIE_DB: db })).stderr, /2 read, 2 stored/u);
  const again = await vigie(['ingest', dir], { VIGIE_DB: db });
  assert.equal(again.code, 0);
  assert.match(again.stderr, /2 read, 0 stored, 2 unchanged, 0 failed/u);
  writeFileSync(join(dir, 'seed.txt'), 'date 2023-11-09 Une mise à jour\n\nLe texte a changé depuis.\n');
  assert.match((await vigie(['ingest', dir], { VIGIE_DB: db })).stderr, /2 read, 1 stored, 1 unchanged/u);
  const records = jsonl((await vigie(['export', 'records', '--db', db, '--all-versions'])).stdout);
  const versions = records.map((r) => (r.stored as { version: number }).version).sort();
  assert.deepEqual(versions, [1, 1, 2]);
  assert.equal(jsonl((await vigie(['export', 'records', '--db', db])).stdout).length, 2, 'latest versions only by default');
});

test('bad inputs are reported and skipped, the rest stored, exit 1', async () => {
  const dir = join(TMP, 'bad');
  mkdirSync(dir);
  copyFileSync(join(CORPUS, 'seed.txt'), join(dir, 'a-good.txt'));
  writeFileSync(join(dir, 'b-empty.txt'), '');
  writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0]));
  writeFileSync(join(dir, 'd-latin1.txt'), Buffer.from('Un texte en Latin-1 : é à ç, qui n’est pas UTF-8.', 'latin1'));
  writeFileSync(join(dir, 'e-lines.jsonl'), [
    JSON.stringify({ id: 'ok-1', text: 'Le président français a reçu mardi à Paris le chancelier allemand.', date: '2024-01-09' }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 'no-text', title: 'Sans texte' }),
    JSON.stringify({ id: 'ok-2', text: 'The Japanese prime minister visited Washington on Wednesday.', date: '2024-04-10' }),
  ].join('\n') + '\n');
  const db = join(TMP, 'bad.db');
  const r = await vigie(['ingest', dir, join(TMP, 'no-such-file.txt'), '--db', db]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /b-empty\.txt: the file is empty/u);
  assert.match(r.stderr, /c-binary\.txt: .*binary/u);
  assert.match(r.stderr, /d-latin1\.txt: .*UTF-8/u);
  assert.match(r.stderr, /e-lines\.jsonl:2: invalid JSON/u);
  assert.match(r.stderr, /e-lines\.jsonl:3: .*'text'/u);
  assert.match(r.stderr, /no-such-file\.txt: no such file/u);
  assert.match(r.stderr, /9 read, 3 stored, 0 unchanged, 6 failed/u);
  assert.doesNotMatch(r.stderr, /^\s+at /mu);
  const s = new SqliteStore(db);
  assert.equal((await s.stats()).documents, 3);
  await s.close();
});

test('export events: the GDELT header exactly, and CSV escaping of commas and quotes', async () => {
  const db = join(TMP, 'export.db');
  const { doc, record } = moscow();
  record.actors[0].name = 'Poutine, Vladimir "Vova"';
  const s = new SqliteStore(db);
  await s.putArticle(doc, record);
  await s.close();
  const r = await vigie(['export', 'events', '--format', 'csv', '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.split('\n');
  assert.equal(lines[0], 'GLOBALEVENTID,SQLDATE,MonthYear,Year,Actor1Code,Actor1Name,Actor1CountryCode,Actor1KnownGroupCode,Actor1Type1Code,'
    + 'Actor2Code,Actor2Name,Actor2CountryCode,Actor2KnownGroupCode,Actor2Type1Code,IsRootEvent,EventCode,EventBaseCode,EventRootCode,'
    + 'QuadClass,GoldsteinScale,NumMentions,NumSources,NumArticles,DATEADDED,SOURCEURL,'
    + 'VigieDocumentId,VigieDocumentKey,VigieSentenceStart,VigieSentenceEnd,VigieNegated,VigieDate,VigieRule');
  assert.equal(lines[0].split(',').length, GDELT_EVENT_COLUMNS.length);
  assert.match(lines[1], /^1,20231108,202311,2023,RUSGOV,"POUTINE, VLADIMIR ""VOVA""",RUS,,GOV,CHNMIL,ZHANG YOUXIA,CHN,,MIL,1,043,043,04,1,2\.8,1,1,1,\d{14},https:\/\/example\.org\/moscou,1,moscou,\d+,\d+,0,2023-11-08,$/u);
  const j = jsonl((await vigie(['export', 'events', '--format', 'jsonl', '--db', db])).stdout);
  assert.equal(j[0].Actor1Name, 'POUTINE, VLADIMIR "VOVA"');
  const q = await vigie(['query', 'events', '--format', 'csv', '--db', db]);
  assert.match(q.stdout.split('\n')[1], /"Poutine, Vladimir ""Vova"" \[RUS\]"/u);
});

test('query events, actors and search on the corpus; usage errors exit 2; a missing store is explained', async () => {
  const db = join(TMP, 'corpus.db');
  assert.equal((await vigie(['ingest', CORPUS, '--db', db])).code, 0);
  const ev = jsonl((await vigie(['query', 'events', '--source', 'RUS', '--root', '04', '--format', 'jsonl', '--db', db])).stdout);
  for (const e of ev) {
    assert.equal(e.root, '04');
    const a = e.sourceActor as { country: string | null; org: string | null };
    assert.ok(a.country === 'RUS' || a.org === 'RUS');
  }
  const actors = JSON.parse((await vigie(['query', 'actors', '--format', 'json', '--limit', '5', '--db', db])).stdout) as { documents: number }[];
  assert.ok(actors.length <= 5);
  const hits = jsonl((await vigie(['search', 'defense', '--db', db])).stdout);
  assert.ok(hits.some((h) => /\[d[ée]fense\]/iu.test(String(h.snippet))));
  assert.equal((await vigie(['search', "'; DROP TABLE documents; --", '--db', db])).code, 0);
  assert.equal((await vigie(['query', 'events', '--from', '2023-13', '--db', db])).code, 2);
  assert.equal((await vigie(['query', 'events', '--root', 'abc', '--db', db])).code, 2);
  const missing = await vigie(['query', 'events', '--db', join(TMP, 'nowhere.db')]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no store here; run `vigie ingest/u);
  const re = await vigie(['reanalyze', '--stale', '--db', db]);
  assert.equal(re.code, 0, re.stderr);
});
