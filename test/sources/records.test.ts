import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { normaliseDate } from '../../src/sources/json-records.js';
import { docs, failures, readAll, tempDir } from './helpers.js';

const FR = 'Le président a reçu mardi à Paris son homologue brésilien pour parler du climat.';
const EN = 'The president met his Brazilian counterpart in Paris on Tuesday to discuss the climate.';

test('JSON: one record, with its id, date, title, url and other fields kept', async () => {
  const dir = tempDir();
  const path = join(dir, 'visite.json');
  writeFileSync(path, JSON.stringify({ id: 'afp-42', url: 'https://example.org/a', date: '2024-03-05T09:30:00Z', title: 'Visite', text: FR, section: 'monde' }));
  const [d] = docs(await readAll([path]));
  assert.equal(d.id, 'afp-42');
  assert.equal(d.date, '2024-03-05');
  assert.equal(d.title, 'Visite');
  assert.equal(d.url, 'https://example.org/a');
  assert.equal(d.text, FR);
  assert.equal(d.lang, 'fr');
  assert.deepEqual(d.meta, { section: 'monde' });
  assert.equal(d.source, path);
});

test('JSON: an array of records; ids from the record, else the file name and the position', async () => {
  const dir = tempDir();
  const path = join(dir, 'lot.json');
  writeFileSync(path, JSON.stringify([{ text: FR }, { id: 7, text: EN }, { text: FR, lang: 'en' }]));
  const got = docs(await readAll([path]));
  assert.deepEqual(got.map((d) => [d.id, d.lang, d.source]), [
    ['lot-1', 'fr', `${path}[0]`],
    ['7', 'en', `${path}[1]`],
    ['lot-3', 'en', `${path}[2]`],
  ]);
});

test('JSON Lines: ids from the record or from the file and the line', async () => {
  const dir = tempDir();
  const path = join(dir, 'flux.jsonl');
  writeFileSync(path, [JSON.stringify({ id: 'a', text: FR }), '', JSON.stringify({ text: EN })].join('\n') + '\n');
  const got = docs(await readAll([path]));
  assert.deepEqual(got.map((d) => [d.id, d.lang, d.source]), [['a', 'fr', `${path}:1`], ['flux-3', 'en', `${path}:3`]]);
});

test('standard input: a dispatch, a JSON record, JSON Lines', async () => {
  const dispatch = docs(await readAll(['-'], { stdin: Readable.from(['date 2024-03-05 Visite à Paris\n\n', FR]) }));
  assert.equal(dispatch.length, 1);
  assert.deepEqual([dispatch[0].id, dispatch[0].date, dispatch[0].title, dispatch[0].source], ['stdin', '2024-03-05', 'Visite à Paris', '-']);
  assert.equal(dispatch[0].text, `date 2024-03-05 Visite à Paris\n\n${FR}`);

  const record = docs(await readAll(['-'], { stdin: Readable.from([Buffer.from(JSON.stringify({ id: 'r', text: EN }))]) }));
  assert.deepEqual(record.map((d) => [d.id, d.lang]), [['r', 'en']]);

  const lines = await readAll(['-'], { stdin: Readable.from([`${JSON.stringify({ text: FR })}\n{pas du JSON\n${JSON.stringify({ text: EN })}\n`]) });
  assert.deepEqual(docs(lines).map((d) => [d.id, d.lang]), [['stdin-1', 'fr'], ['stdin-3', 'en']]);
  assert.deepEqual(failures(lines).map((f) => [f.source, f.code]), [['-:2', 'E_JSON']]);
});

test('language: detected, taken from the record, or forced', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), FR);
  writeFileSync(join(dir, 'b.txt'), EN);
  writeFileSync(join(dir, 'c.json'), JSON.stringify({ text: FR, lang: 'en' }));
  assert.deepEqual(docs(await readAll([dir])).map((d) => [d.id, d.lang]), [['a', 'fr'], ['b', 'en'], ['c', 'en']]);
  assert.deepEqual(docs(await readAll([dir], { lang: 'fr' })).map((d) => d.lang), ['fr', 'fr', 'fr']);
  assert.deepEqual(docs(await readAll([dir], { lang: 'en' })).map((d) => d.lang), ['en', 'en', 'en']);
});

test('record dates are normalised to what they say', () => {
  assert.equal(normaliseDate('2024-03-05T09:30:00Z'), '2024-03-05');
  assert.equal(normaliseDate('2024-03'), '2024-03');
  assert.equal(normaliseDate('2024'), '2024');
  assert.equal(normaliseDate('Tue, 05 Mar 2024 09:30:00 GMT'), '2024-03-05');
  assert.equal(normaliseDate('hier'), null);
  assert.equal(normaliseDate(20240305), null);
});
