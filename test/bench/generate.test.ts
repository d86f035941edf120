import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCorpus, MAX_BYTES, MIN_BYTES } from '../../bench/generate.js';
import { readTextDocument } from '../../src/sources/dispatch.js';
import { loadCalendar } from '../../src/sources/calendar.js';
import { perLang } from '../../src/pipeline/load.js';
import { defaultDataDir } from '../../src/paths.js';

const N = 300;
const corpus = generateCorpus(N, 42);

test('the same seed gives the same corpus, byte for byte', () => {
  assert.deepEqual(generateCorpus(N, 42), corpus);
});

test('different seeds give different corpora', () => {
  const other = generateCorpus(N, 43);
  assert.equal(other.length, N);
  const same = other.filter((d, i) => d.text === corpus[i].text).length;
  assert.equal(same, 0);
});

test('ids are unique and about two thirds of the texts are French', () => {
  assert.equal(new Set(corpus.map((d) => d.id)).size, N);
  const fr = corpus.filter((d) => d.id.startsWith('bench-fr-')).length;
  assert.ok(fr > N * 0.55 && fr < N * 0.78, `${fr} French texts of ${N}`);
});

test(`every text is between ${MIN_BYTES} and ${MAX_BYTES} bytes, with dates between 2015 and 2026`, () => {
  for (const { id, text } of corpus) {
    const size = Buffer.byteLength(text, 'utf8');
    assert.ok(size >= MIN_BYTES && size <= MAX_BYTES, `${id}: ${size} bytes`);
    const m = /^ date (\d{4})-(\d{2}) \S/u.exec(text);
    assert.ok(m, `${id}: no date line`);
    assert.ok(Number(m[1]) >= 2015 && Number(m[1]) <= 2026, `${id}: year ${m[1]}`);
    const paragraphs = text.split('\n\n').length - 1;
    assert.ok(paragraphs >= 5 && paragraphs <= 12, `${id}: ${paragraphs} paragraphs after the title`);
  }
});

test('the texts read as dispatches with a date, a title and the expected language (>= 90%)', () => {
  const calendars = perLang((l) => loadCalendar(defaultDataDir, l));
  let ok = 0;
  for (const { id, text } of corpus) {
    const doc = readTextDocument(text, id, { calendars });
    const lang = id.split('-')[1];
    if (doc.date && doc.title && doc.lang === lang && doc.paragraphs.some((p) => p.role === 'lead')) ok++;
  }
  assert.ok(ok >= N * 0.9, `${ok} of ${N} texts read as expected`);
});

test('texts carry quotations in « », "…" and “…”, and some captions with a credit', () => {
  const all = corpus.map((d) => d.text).join('\n');
  for (const mark of ['« ', '“', '"']) assert.ok(all.includes(mark), mark);
  const calendars = perLang((l) => loadCalendar(defaultDataDir, l));
  const withCaption = corpus.filter((d) => readTextDocument(d.text, d.id, { calendars }).paragraphs.some((p) => p.role === 'caption')).length;
  assert.ok(withCaption > N * 0.3 && withCaption < N * 0.9, `${withCaption} captions`);
});
