import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../../src/paths.js';
import { parseActorDictionary, parseAgentDictionary } from '../../../src/dict/petrarch/index.js';
import { convertActorDictionary, convertAgentDictionary, splitCode, surfaceOf } from '../../../src/dict/petrarch/convert-actors.js';

const DIR = join(packageRoot, 'test/fixtures/petrarch-convert');
const read = (f: string): string => readFileSync(join(DIR, f), 'utf8');
const actors = convertActorDictionary(parseActorDictionary(read('Shire.actors.txt'), join(DIR, 'Shire.actors.txt')));

test('codes: country then sector', () => {
  assert.deepEqual(splitCode('ARNGOV'), { country: 'ARN', sector: 'GOV' });
  assert.deepEqual(splitCode('pse'), { country: 'PSE', sector: null });
  assert.deepEqual(splitCode('IMGMOSALQ'), { country: 'IMG', sector: 'MOS' });
  assert.equal(splitCode('---'), null);
  assert.equal(splitCode('+++'), null);
});

test('names: first word capitalised, short ones kept as acronyms', () => {
  const np = (...words: string[]): Parameters<typeof surfaceOf>[0] => ({ text: words.join('_'), words, connectors: words.slice(1).map(() => '_' as const), wholeWord: false });
  assert.equal(surfaceOf(np('MINAS', 'TIRITH')), 'Minas tirith');
  assert.equal(surfaceOf(np('BAY', 'OF', 'BELFALAS')), 'Bay of belfalas');
  assert.equal(surfaceOf(np('IMF')), 'IMF');
});

test('actors: a three-letter code is a state, a longer one a group, dated codes a person with offices', () => {
  assert.deepEqual(actors.states.map((s) => [s.id, s.names.en]), [['ARN', ['Arnor', 'Arnorian']], ['GON', ['Gondor', 'Minas tirith']], ['ERI', ['Eriador']]]);
  assert.deepEqual(actors.groups, [{ id: 'Shire.actors.txt:7', names: { en: ['Shire guard'] }, country: 'SHR', sector: 'MIL' }]);
  const lotho = actors.people[0];
  assert.equal(lotho.id, 'Shire.actors.txt:8');
  assert.deepEqual(lotho.offices!.map((o) => [o.country, o.sector ?? null, o.from, o.to]), [
    ['SHR', null, '0001-01-01', '1999-01-01'],
    ['SHR', 'GOV', '1999-01-01', '2001-12-31'],
    ['SHR', 'REB', '2002-01-01', null],
  ]);
  assert.deepEqual(actors.skipped.map((d) => d.line), [12]);
});

test('agents: body nouns with plurals and the sector of their code, never taking a country from context', () => {
  const bodies = convertAgentDictionary(parseAgentDictionary(read('Shire.agents.txt'), join(DIR, 'Shire.agents.txt')));
  assert.deepEqual(bodies.map((b) => [b.id, b.terms, b.sector, b.kind]), [
    ['Shire.agents.txt:2', ['soldier', 'soldiers'], 'MIL', 'agent'],
    ['Shire.agents.txt:3', ['police'], 'COP', 'agent'],
    ['Shire.agents.txt:4', ['foreign ministry', 'foreign ministries'], 'GOV', 'agent'],
    ['Shire.agents.txt:5', ['student', 'students'], 'EDU', 'agent'],
  ]);
});
