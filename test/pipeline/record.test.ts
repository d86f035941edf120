// The record of the seed validates against schema/analysis.schema.json, with the document fields
// the contract asks for, offsets that give back their text, and output sorted by offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ajv2020 from 'ajv/dist/2020.js';
import { loadVigie } from '../../src/pipeline/load.js';
import { readTextDocument } from '../../src/sources/dispatch.js';

const Ajv = ajv2020.default;
const vigie = loadVigie();
const text = readFileSync(new URL('../../../shared/corpus/seed.txt', import.meta.url), 'utf8');
const record = vigie.pipeline.analyze(readTextDocument(text, 'seed', { calendars: vigie.calendars }));

test('the seed record validates against the JSON Schema', () => {
  const schema = JSON.parse(readFileSync(new URL('../../schema/analysis.schema.json', import.meta.url), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  assert.ok(validate(record), JSON.stringify(validate.errors, null, 2));
});

test('the seed record has id, language, day and title', () => {
  assert.equal(record.document.id, 'seed');
  assert.equal(record.document.lang, 'fr');
  assert.equal(record.document.date, '2023-11-08');
  assert.match(record.document.title ?? '', /^Liens militaires Chine-Russie/u);
});

test('every offset gives back its text, and the record survives a JSON round trip', () => {
  for (const q of record.quotes) assert.equal(text.slice(q.start, q.end), q.text);
  for (const e of record.events) assert.ok(e.start < e.end && e.end <= text.length);
  for (const a of record.actors) for (const [s, e] of a.mentions) assert.ok(s < e && e <= text.length, a.name);
  assert.deepEqual(JSON.parse(JSON.stringify(record)), record);
});

test('output is sorted by offsets and deterministic', () => {
  const sorted = (xs: { start: number; end: number }[]): boolean => xs.every((x, i) => i === 0 || xs[i - 1].start <= x.start);
  assert.ok(sorted(record.quotes));
  assert.ok(sorted(record.events));
  const again = vigie.pipeline.analyze(readTextDocument(text, 'seed', { calendars: vigie.calendars }));
  assert.deepEqual(again, record);
});

test('the seed: Putin is a Russian government person, his quotes are his, the G7 appeal is coded', () => {
  const putin = record.actors.find((a) => a.name === 'Vladimir Poutine');
  assert.ok(putin);
  assert.equal(putin.country, 'RUS');
  assert.equal(putin.kind, 'person');
  const nos = record.quotes.find((q) => q.text.startsWith('Nos contacts'));
  assert.equal(nos?.speaker, putin.id);
  const g7 = record.actors.find((a) => a.org === 'G7');
  const china = record.actors.find((a) => a.country === 'CHN' && a.kind === 'state');
  assert.ok(record.events.some((e) => e.source === g7?.id && e.target === china?.id && e.cameo.startsWith('02')));
});

test('an actor first mentioned by a pronoun keeps its own name (ids renumbered by first mention)', () => {
  const text = 'Justice Minister Bekir Bozdag warned the United States. In Brussels, where he met EU foreign ministers, US Secretary of State John Kerry said the request would go to the courts.';
  const rec = vigie.pipeline.analyze(readTextDocument(text, 'x', { calendars: vigie.calendars, lang: 'en' }));
  for (const a of rec.actors.filter((x) => x.kind === 'person')) {
    const named = a.mentions.map(([s, e]) => text.slice(s, e)).filter((m) => /^\p{Lu}/u.test(m));
    assert.ok(named.every((m) => a.name.includes(m) || m.includes(a.name.split(' ').pop()!) || /Minister|Secretary/u.test(m)), `${a.name}: ${named.join(', ')}`);
  }
  const kerry = rec.actors.find((a) => a.name === 'John Kerry');
  assert.ok(kerry && kerry.mentions.some(([s, e]) => text.slice(s, e) === 'he'), 'the fronted "where he met" is Kerry');
});

test('an event carries the place the text gives it, and no place when it gives none', () => {
  const text = 'Vladimir Poutine a reçu mercredi à Moscou le président chinois Xi Jinping. La Chine a condamné les sanctions américaines.';
  const rec = vigie.pipeline.analyze(readTextDocument(text, 'x', { calendars: vigie.calendars, lang: 'fr' }));
  const visit = rec.events.find((e) => e.cameo === '043');
  assert.equal(visit?.location, 'Moscou');
  assert.ok(rec.events.filter((e) => e.cameo !== '043').every((e) => !e.location));
});

test("'les deux pays' names both states the text has just named, and their joint act is two-sided", () => {
  const text = "Le Premier ministre éthiopien Abiy Ahmed s'est rendu en Érythrée. Les deux pays ont signé un accord de paix.";
  const rec = vigie.pipeline.analyze(readTextDocument(text, 'x', { calendars: vigie.calendars, lang: 'fr' }));
  const code = (id: string): string | null => rec.actors.find((a) => a.id === id)?.country ?? null;
  const signed = rec.events.filter((e) => e.cameo.startsWith('05')).map((e) => `${code(e.source)}>${code(e.target)}`).sort();
  assert.deepEqual(signed, ['ERI>ETH', 'ETH>ERI']);
});

test('a judgement whose object names no actor is about the state the article is about, never a venue of the sentence', () => {
  const mali = " date 2020-08-19 Mali\n\nDes militaires ont renversé le président du Mali. Le Mali est plongé dans la crise, et Bamako reste calme.\n\nÀ Paris, Jean-Yves Le Drian a condamné « un coup de force ».";
  const rec = vigie.pipeline.analyze(readTextDocument(mali, 'x', { calendars: vigie.calendars, lang: 'fr' }));
  const code = (id: string): string | null => rec.actors.find((a) => a.id === id)?.country ?? null;
  assert.ok(rec.events.some((e) => e.cameo.startsWith('11') && code(e.source) === 'FRA' && code(e.target) === 'MLI'));
  const syria = vigie.pipeline.analyze(readTextDocument('Russia condemned the strike in Syria.', 'y', { calendars: vigie.calendars, lang: 'en' }));
  assert.equal(syria.events.length, 0);
});

test('an act under a French modal is not an event; a sentence opening on a place gives its organs their country', () => {
  const visit = vigie.pipeline.analyze(readTextDocument("Abdelmadjid Tebboune devait effectuer une visite d'État en France à l'automne.", 'x', { calendars: vigie.calendars, lang: 'fr' }));
  assert.equal(visit.events.length, 0);
  const rabat = vigie.pipeline.analyze(readTextDocument("Le gouvernement algérien a protesté. À Rabat, le cabinet royal a salué la décision de la France.", 'y', { calendars: vigie.calendars, lang: 'fr' }));
  const cabinet = rabat.actors.find((a) => a.kind === 'org' && a.sector === 'GOV' && rabat.events.some((e) => e.source === a.id));
  assert.equal(cabinet?.country, 'MAR');
});

test('a French future or conditional of an act is a plan, not an event; of a promise it is the promise', () => {
  const plan = vigie.pipeline.analyze(readTextDocument('Moon Jae-in se rendra à Pyongyang à l\'automne.', 'x', { calendars: vigie.calendars, lang: 'fr' }));
  assert.equal(plan.events.filter((e) => e.cameo.startsWith('04')).length, 0);
  const past = vigie.pipeline.analyze(readTextDocument('Moon Jae-in s\'est rendu à Pyongyang.', 'y', { calendars: vigie.calendars, lang: 'fr' }));
  assert.equal(past.events.filter((e) => e.cameo.startsWith('04')).length, 1);
});

test('a quote inside a clause reported by a participle belongs to the one who reports it', () => {
  const text = " date 2018-04-27 T\n\nLe président américain Donald Trump a salué une étape « encourageante », tout en prévenant que Washington maintiendrait sa pression « tant que rien de concret » ne serait acquis.";
  const rec = vigie.pipeline.analyze(readTextDocument(text, 'x', { calendars: vigie.calendars, lang: 'fr' }));
  const trump = rec.actors.find((a) => a.name === 'Donald Trump');
  const marked = rec.quotes.filter((q) => q.kind !== 'indirect');
  assert.equal(marked.length, 2);
  assert.ok(marked.every((q) => q.speaker === trump?.id), JSON.stringify(marked.map((q) => q.speaker)));
});

test('a cue that closes the sentence after the quote gives its speaker', () => {
  const text = 'Pour Stockholm et Helsinki, la participation à ces manœuvres « ne change rien » à leur neutralité, a insisté le ministre suédois de la Défense, Peter Hultqvist.';
  const rec = vigie.pipeline.analyze(readTextDocument(text, 'x', { calendars: vigie.calendars, lang: 'fr' }));
  const q = rec.quotes.find((x) => x.text === 'ne change rien');
  assert.equal(rec.actors.find((a) => a.id === q?.speaker)?.name, 'Peter Hultqvist');
});
