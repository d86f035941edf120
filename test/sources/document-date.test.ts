import { test } from 'node:test';
import assert from 'node:assert/strict';
import { refineDocumentDate } from '../../src/sources/document-date.js';
import { calendars } from './helpers.js';

const fr = (date: string | null, text: string): string | null => refineDocumentDate(date, text, calendars.fr);
const en = (date: string | null, text: string): string | null => refineDocumentDate(date, text, calendars.en);

test('a day of the dispatch month named in the text refines the date', () => {
  assert.equal(fr('2023-11', 'Le président s’est réjoui mercredi 8 novembre de la coopération.'), '2023-11-08');
  assert.equal(fr('2023-11', 'Le sommet du 1er novembre a été reporté.'), '2023-11-01');
  assert.equal(en('2023-11', 'The minister spoke on Wednesday, November 15, 2023, in Moscow.'), '2023-11-15');
  assert.equal(en('2023-11', 'The talks began on 8 November.'), '2023-11-08');
});

test('a weekday that does not fit the day is ignored', () => {
  assert.equal(fr('2023-11', 'Le président a parlé samedi 8 novembre.'), '2023-11');
  assert.equal(fr('2023-11', 'Réunion samedi 8 novembre, puis jeudi 9 novembre.'), '2023-11-09');
});

test('a year is never read as a day', () => {
  assert.equal(fr('2023-11', 'Le président a parlé en novembre 2023 à Moscou.'), '2023-11');
  assert.equal(fr('2023-11', 'Vladimir Poutine, à Novo-Ogaryovo, le 8 novembre 2023.'), '2023-11-08');
  assert.equal(en('2023-11', 'In November 2023 the talks stalled.'), '2023-11');
});

test('other months and years, impossible days, and precise dates are left alone', () => {
  assert.equal(fr('2023-11', 'Le traité signé le 8 octobre reste en vigueur.'), '2023-11');
  assert.equal(fr('2023-11', 'Comme le 8 novembre 2022, la réunion a échoué.'), '2023-11');
  assert.equal(fr('2023-11', 'Le 31 novembre est une date impossible.'), '2023-11');
  assert.equal(fr('2023-11-02', 'Mercredi 8 novembre.'), '2023-11-02');
  assert.equal(fr(null, 'Mercredi 8 novembre.'), null);
});

test('the latest day named is taken', () => {
  assert.equal(fr('2023-11', 'Mardi 7 novembre, puis mercredi 8 novembre, les ministres ont parlé. Le 3 novembre déjà...'), '2023-11-08');
});
