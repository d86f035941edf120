import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { codeAt, loadPetrarchDictionaries, sniffDictionaryKind } from '../../../src/dict/petrarch/index.js';

const fx = (name: string) => fileURLToPath(new URL(`../../fixtures/petrarch/${name}`, import.meta.url));

test('sniffDictionaryKind follows PETRARCH file naming', () => {
  assert.equal(sniffDictionaryKind('/x/CAMEO.2.0.txt'), 'verbs');
  assert.equal(sniffDictionaryKind('PETR.Validate.verbs.txt'), 'verbs');
  assert.equal(sniffDictionaryKind('Phoenix.Countries.actors.txt'), 'actors');
  assert.equal(sniffDictionaryKind('Phoenix.agents.txt'), 'agents');
  assert.equal(sniffDictionaryKind('Phoenix.discards.txt'), 'discards');
  assert.equal(sniffDictionaryKind('Phoenix.IssueCoding.txt'), null);
});

test('loadPetrarchDictionaries reads fixtures by kind, reports unknown and missing files', async () => {
  const names = ['Middle-earth.verbs.txt', 'Middle-earth.actors.txt', 'Middle-earth.agents.txt', 'Middle-earth.discards.txt', 'Middle-earth.notes.txt'];
  const r = await loadPetrarchDictionaries([...names.map(fx), fx('Missing.actors.txt')]);
  assert.equal(r.verbs.length, 1);
  assert.equal(r.actors.length, 1);
  assert.equal(r.agents.length, 1);
  assert.equal(r.discards.length, 1);
  assert.deepEqual(r.stats.map((s) => [s.kind, s.entries]), [['verbs', 3], ['actors', 3], ['agents', 12], ['discards', 4]], 'verbs: 2 patterns + 1 verb');
  assert.ok(r.stats.every((s) => s.ms >= 0));
  const unknown = r.errors.filter((e) => e.line === 0);
  assert.equal(unknown.length, 2);
  assert.match(unknown[0].message, /not a PETRARCH dictionary name/);
  assert.equal(unknown[0].file, fx('Middle-earth.notes.txt'));
  assert.match(unknown[1].message, /cannot read file/);
  assert.equal(r.errors.length, 2 + 3 + 1, 'fixture errors of agents (3) and discards (1) are collected too');
  const aragorn = r.actors[0].actors.find((a) => a.names[0].text === 'ARAGORN');
  assert.ok(aragorn);
  assert.equal(codeAt(aragorn, '2005-06-01'), 'GONGOV');
  assert.equal(r.verbs[0].patterns[0].after[0].kind, 'synset');
});
