import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { docs, failures, readAll, tempDir } from './helpers.js';

const FR = 'Le président a reçu mardi à Paris son homologue brésilien pour parler du climat.';

test('an empty file, a blank file, a binary file, invalid UTF-8: one failure each, naming the file', async () => {
  const dir = tempDir();
  const files: [string, Uint8Array | string, string, RegExp][] = [
    ['empty.txt', '', 'E_EMPTY', /empty/u],
    ['blank.txt', ' \n\n \t\n', 'E_EMPTY', /white space/u],
    ['image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]), 'E_BINARY', /binary/u],
    ['latin1.txt', Buffer.from('Le ministre a été reçu à Kiev.', 'latin1'), 'E_ENCODING', /UTF-8/u],
  ];
  for (const [name, content, code, message] of files) {
    const path = join(dir, name);
    writeFileSync(path, content);
    const results = await readAll([path]);
    assert.equal(results.length, 1, name);
    const [f] = failures(results);
    assert.equal(f.code, code, name);
    assert.equal(f.source, path);
    assert.ok(f.message.startsWith(`${path}: `), f.message);
    assert.match(f.message, message);
  }
});

test('a file over the size limit is refused with its size; a higher limit reads it', async () => {
  const dir = tempDir();
  const path = join(dir, 'gros.txt');
  // 12 MB, mostly white space so that reading it stays fast: the limit is on bytes.
  writeFileSync(path, `${FR}\n${' '.repeat(12 * 1024 * 1024)}\n`);
  const [f] = failures(await readAll([path]));
  assert.equal(f.code, 'E_TOO_LARGE');
  assert.ok(f.message.startsWith(`${path}: `), f.message);
  assert.match(f.message, /12\.0 MB/u);
  assert.match(f.message, /10\.0 MB/u);
  const [d] = docs(await readAll([path], { maxBytes: 13 * 1024 * 1024 }));
  assert.equal(d.id, 'gros');
  assert.equal(d.text.length, FR.length + 12 * 1024 * 1024 + 2);
});

test('a directory of 2,000 files: all read, in name order', async () => {
  const dir = tempDir();
  const sub = join(dir, 'lot');
  mkdirSync(sub);
  for (let i = 0; i < 2000; i++) writeFileSync(join(sub, `depeche-${String(i).padStart(4, '0')}.txt`), `Dépêche numéro ${i} : le ministre a parlé.`);
  writeFileSync(join(sub, '.cache.txt'), 'ignoré');
  writeFileSync(join(sub, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const results = await readAll([sub]);
  assert.deepEqual(failures(results), []);
  const ids = docs(results).map((d) => d.id);
  assert.equal(ids.length, 2000);
  assert.equal(ids[0], 'depeche-0000');
  assert.equal(ids[1999], 'depeche-1999');
  assert.deepEqual(ids, [...ids].sort());
});

test('a directory with no article file is a failure, not silence', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const [f] = failures(await readAll([dir]));
  assert.deepEqual([f.code, f.source], ['E_EMPTY', dir]);
});

test('bad JSON: no text, invalid JSON, an empty array, a bad record in an array', async () => {
  const dir = tempDir();
  const write = (name: string, content: string): string => { const p = join(dir, name); writeFileSync(p, content); return p; };
  const noText = write('sans-texte.json', JSON.stringify({ id: 'x', title: 'Un titre' }));
  const invalid = write('casse.json', '{"id": "x", "text": ');
  const empty = write('vide.json', '[]');
  const mixed = write('lot.json', JSON.stringify([{ text: FR }, 'pas un objet', { text: '  ' }, { text: FR }]));
  const results = await readAll([noText, invalid, empty, mixed]);
  assert.deepEqual(failures(results).map((f) => [f.source, f.code]), [
    [noText, 'E_RECORD'],
    [invalid, 'E_JSON'],
    [empty, 'E_EMPTY'],
    [`${mixed}[1]`, 'E_RECORD'],
    [`${mixed}[2]`, 'E_EMPTY'],
  ]);
  assert.match(failures(results)[0].message, /'text'/u);
  assert.deepEqual(docs(results).map((d) => d.id), ['lot-1', 'lot-4']);
});

test('JSON Lines: one bad line among good ones; the others still come through', async () => {
  const dir = tempDir();
  const path = join(dir, 'flux.jsonl');
  writeFileSync(path, [JSON.stringify({ text: FR }), '{"text": "coupé', JSON.stringify({ title: 'sans texte' }), JSON.stringify({ id: 'z', text: FR })].join('\n'));
  const results = await readAll([path]);
  assert.deepEqual(failures(results).map((f) => [f.source, f.code]), [[`${path}:2`, 'E_JSON'], [`${path}:3`, 'E_RECORD']]);
  assert.deepEqual(docs(results).map((d) => d.id), ['flux-1', 'z']);
  const blank = join(dir, 'blanc.jsonl');
  writeFileSync(blank, '\n\n');
  assert.deepEqual(failures(await readAll([blank])).map((f) => f.code), ['E_EMPTY']);
});

test('a missing file does not stop the next inputs', async () => {
  const dir = tempDir();
  const good = join(dir, 'bon.txt');
  writeFileSync(good, FR);
  const results = await readAll([join(dir, 'absent.txt'), good]);
  assert.deepEqual(failures(results).map((f) => f.code), ['E_NOT_FOUND']);
  assert.deepEqual(docs(results).map((d) => d.id), ['bon']);
});

test('bad standard input: empty, binary, invalid UTF-8', async () => {
  const cases: [Buffer, string, RegExp][] = [
    [Buffer.alloc(0), 'E_EMPTY', /standard input is empty/u],
    [Buffer.from([0x41, 0x00, 0x42]), 'E_BINARY', /binary/u],
    [Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20]), 'E_ENCODING', /UTF-8/u],
  ];
  for (const [bytes, code, message] of cases) {
    const [f] = failures(await readAll(['-'], { stdin: Readable.from([bytes]) }));
    assert.deepEqual([f.source, f.code], ['-', code]);
    assert.match(f.message, message);
  }
});
