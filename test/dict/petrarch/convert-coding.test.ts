/** The converted fictional dictionaries, coding sentences through the real pipeline ('replace' mode). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { packageRoot } from '../../../src/paths.js';
import { loadVigie } from '../../../src/pipeline/load.js';
import { readTextDocument } from '../../../src/sources/dispatch.js';

const DIR = join(packageRoot, 'test/fixtures/petrarch-convert');
const vigie = loadVigie(undefined, [], { dictionaries: [DIR], dictionaryMode: 'replace' });

/** Events as 'SRC>TGT:code', sides by country and sector ('SHR:GOV'), negated ones marked. */
function code(text: string, date = '2000-06-01'): string[] {
  const doc = { ...readTextDocument(text, 't', { calendars: vigie.calendars, lang: 'en' }), date };
  const r = vigie.pipeline.analyze(doc);
  const side = (id: string): string => {
    const a = r.actors.find((x) => x.id === id)!;
    return `${a.org ?? a.country}${a.sector ? ':' + a.sector : ''}`;
  };
  return r.events.map((e) => `${side(e.source)}>${side(e.target)}:${e.cameo}${e.negated ? ' (negated)' : ''}`).sort();
}

test('word slots after the verb: synsets, the most specific pattern first, the verb\'s own code otherwise', () => {
  assert.deepEqual(code('Arnor will restore military ties with Gondor.'), ['ARN>GON:902']);
  assert.deepEqual(code('Arnor restored full diplomatic relations with Gondor.'), ['ARN>GON:064']);
  assert.deepEqual(code('Arnor restored cultural links with Gondor.'), ['ARN>GON:064']);
});

test('words before the verb decide its polarity themselves', () => {
  assert.deepEqual(code("Arnor didn't restore links with Gondor."), ['ARN>GON:112']);
});

test('[a:b] gives the reverse event, [:b] only the reverse one, + * IN $ is inverted, % * is mutual', () => {
  assert.deepEqual(code('Eriador arrived in Gondor on Monday.'), ['ERI>GON:032', 'GON>ERI:033']);
  assert.deepEqual(code('Eriador visited Gondor.'), ['GON>ERI:042']);
  assert.deepEqual(code('Gondor broke in Arnor.'), ['ARN>GON:075']);
  assert.deepEqual(code('Arnor and Gondor agree on trade.'), ['ARN>GON:030', 'GON>ARN:030']);
  assert.deepEqual(code('Eriador agrees with Arnor and Gondor.'), ['ERI>ARN:031', 'ERI>GON:031']);
});

test('dated codes: the code in force at the document\'s date', () => {
  const s = 'Lotho Pimple restored diplomatic ties with Gondor.';
  assert.deepEqual(code(s, '1995-03-01'), ['SHR>GON:064']);
  assert.deepEqual(code(s, '2000-03-01'), ['SHR:GOV>GON:064']);
  assert.deepEqual(code(s, '2005-03-01'), ['SHR:REB>GON:064']);
});

test('agents: a country from their own phrase only; groups with their sector', () => {
  assert.deepEqual(code("Arnor's soldiers broke the treaty with Gondor."), ['ARN:MIL>GON:161']);
  assert.deepEqual(code('Gondor police restored diplomatic ties with Arnor.'), ['GON:COP>ARN:064']);
  assert.deepEqual(code('Students restored diplomatic ties with Gondor.'), []);
  assert.deepEqual(code('The Shire guard restored diplomatic ties with Gondor.'), ['SHR:MIL>GON:064']);
});

test('discards: a sentence phrase drops its sentence\'s events, a story phrase all of them', () => {
  assert.deepEqual(code('Arnor restored diplomatic ties with Gondor over pipe weed.'), []);
  assert.deepEqual(code('Arnor restored diplomatic ties with Gondor. Eriador arrived in Gondor with pipe weeds.'), ['ARN>GON:064', 'ERI>GON:032', 'GON>ERI:033']);
  assert.deepEqual(code('Arnor restored diplomatic ties with Gondor. They ate a second breakfast.'), []);
});
