import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { readTextDocument } from '../../src/sources/dispatch.js';
import type { Document } from '../../src/model/types.js';
import { calendars, docs, readAll } from './helpers.js';

const SEED = join(packageRoot, '../shared/corpus/seed.txt');
const read = (text: string, id = 'x'): Document => readTextDocument(text, id, { calendars });

/** Each paragraph as [role, its text]. */
const roles = (d: Document): [string, string][] => d.paragraphs.map((p) => [p.role, d.text.slice(p.start, p.end)]);

test('dispatch: date line with a day, title paragraph, lead and body', () => {
  const text = 'date 2024-03-05 Sommet européen à Bruxelles\n\nLes Vingt-Sept se réunissent mardi.\n\nLe sommet doit durer deux jours.\n';
  const d = read(text);
  assert.equal(d.date, '2024-03-05');
  assert.equal(d.title, 'Sommet européen à Bruxelles');
  assert.deepEqual(d.paragraphs[0], { start: 16, end: 43, role: 'title' });
  assert.deepEqual(roles(d), [
    ['title', 'Sommet européen à Bruxelles'],
    ['lead', 'Les Vingt-Sept se réunissent mardi.'],
    ['body', 'Le sommet doit durer deux jours.'],
  ]);
});

test('dispatch: a leading space before the date line, a month-only date, CRLF line ends', () => {
  const text = ' date 2024-03 Sommet à Bruxelles\r\n\r\nLes dirigeants arrivent.\r\n\r\nIls parleront de défense.';
  const d = read(text);
  assert.equal(d.date, '2024-03');
  assert.equal(d.title, 'Sommet à Bruxelles');
  assert.deepEqual(d.paragraphs[0], { start: 14, end: 32, role: 'title' });
  assert.deepEqual(roles(d).slice(1), [['lead', 'Les dirigeants arrivent.'], ['body', 'Ils parleront de défense.']]);
});

test('dispatch: a photo caption with its credit span', () => {
  const text = 'date 2024-03 Visite à Kiev\n\nLe chancelier est arrivé à Kiev.\n\nLe chancelier, à Kiev, le 4 mars 2024 ( AFP / Jean DUPONT )\n\nIl doit rencontrer le président ukrainien.\n\nLe texte cite l’Organisation du traité de l’Atlantique Nord (Otan)';
  const d = read(text);
  assert.deepEqual(d.paragraphs.map((p) => p.role), ['title', 'lead', 'caption', 'body', 'body']);
  const caption = d.paragraphs[2];
  assert.ok(caption.credit);
  assert.equal(text.slice(caption.credit.start, caption.credit.end), '( AFP / Jean DUPONT )');
  assert.equal(caption.credit.end, caption.end);
  assert.equal(d.paragraphs[4].credit, undefined, 'an acronym in parentheses is not a credit');
});

test('dispatch: a date line without a title', () => {
  const d = read('date 2024-03 \n\nUn texte sans titre, écrit en français pour le test.');
  assert.equal(d.title, null);
  assert.equal(d.date, '2024-03');
  assert.deepEqual(roles(d), [['lead', 'Un texte sans titre, écrit en français pour le test.']]);
});

test('the seed dispatch', async () => {
  const [seed] = docs(await readAll([SEED]));
  const text = readFileSync(SEED, 'utf8');
  assert.equal(seed.id, 'seed');
  assert.equal(seed.lang, 'fr');
  assert.equal(seed.date, '2023-11-08');
  assert.equal(seed.title, 'Liens militaires Chine-Russie : Poutine se réjouit d\'une coopération "de plus en plus importante"');
  assert.equal(seed.text, text);
  assert.equal(seed.source, SEED);
  const [title, lead, caption, ...body] = seed.paragraphs;
  assert.equal(text.slice(title.start, title.end), seed.title);
  assert.equal(title.start, 14);
  assert.equal(lead.role, 'lead');
  assert.match(text.slice(lead.start, lead.end), /^Moscou et Pékin .* condamner\.$/u);
  assert.equal(caption.role, 'caption');
  assert.equal(text.slice(caption.credit!.start, caption.credit!.end), '( POOL / Gavriil GRIGOROV )');
  assert.equal(body.length, 12);
  assert.ok(body.every((p) => p.role === 'body'));
  assert.match(text.slice(body[11].start, body[11].end), /^Zhang Youxia, de son côté/u);
});

test('plain text: no date line, a short first line is the title', () => {
  const text = 'Sommet à Bruxelles\n\nLes dirigeants européens se sont réunis mardi pour parler de l’Ukraine.\n\nIls se reverront en juin.';
  const d = read(text);
  assert.equal(d.date, null);
  assert.equal(d.title, 'Sommet à Bruxelles');
  assert.deepEqual(roles(d), [
    ['title', 'Sommet à Bruxelles'],
    ['lead', 'Les dirigeants européens se sont réunis mardi pour parler de l’Ukraine.'],
    ['body', 'Ils se reverront en juin.'],
  ]);
});

test('plain text: a first line that is a sentence, or a single paragraph, is no title', () => {
  const sentence = read('Les dirigeants se sont réunis.\n\nIls se reverront en juin.');
  assert.equal(sentence.title, null);
  assert.deepEqual(roles(sentence), [['lead', 'Les dirigeants se sont réunis.'], ['body', 'Ils se reverront en juin.']]);
  const single = read('Les dirigeants se sont réunis mardi à Bruxelles.\nIls se reverront en juin.');
  assert.equal(single.title, null);
  assert.deepEqual(roles(single), [['lead', 'Les dirigeants se sont réunis mardi à Bruxelles.'], ['body', 'Ils se reverront en juin.']]);
});
