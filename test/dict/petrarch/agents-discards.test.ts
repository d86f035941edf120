import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseAgentDictionary, parseDiscardList } from '../../../src/dict/petrarch/index.js';
import { at, lineOf } from './helpers.js';

const fixture = (name: string) => new URL(`../../fixtures/petrarch/${name}`, import.meta.url);
const AG = readFileSync(fixture('Middle-earth.agents.txt'), 'utf8');
const ag = parseAgentDictionary(AG, 'Middle-earth.agents.txt');
const agent = (text: string) => {
  const a = ag.agents.find((x) => x.text === text);
  assert.ok(a, text);
  return a;
};

test('agents: codes, ~ position and plurals', () => {
  const ranger = agent('RANGER');
  assert.deepEqual([ranger.code, ranger.position, ranger.pluralSource], ['RNG', 'suffix', 'regular']);
  assert.deepEqual(ranger.plurals.map((p) => p.text), ['RANGERS']);
  assert.deepEqual(agent('SENTRY').plurals.map((p) => p.text), ['SENTRIES']);
  const steward = agent('STEWARD_OF_GONDOR');
  assert.equal(steward.pluralSource, 'explicit', '{…} gives the irregular plural');
  assert.deepEqual(steward.plurals.map((p) => p.words), [['STEWARDS', 'OF', 'GONDOR']]);
  assert.deepEqual([agent('ENT').pluralSource, agent('ENT').plurals], ['none', []], '{} means no plural');
  const council = agent('WIZARD_COUNCIL');
  assert.deepEqual([council.code, council.position], ['WIZ', 'prefix'], '[WIZ~] goes before the actor code');
  const hobbit = agent('HOBBIT_');
  assert.equal(hobbit.wholeWord, true);
  assert.deepEqual(hobbit.plurals.map((p) => [p.text, p.words]), [['HOBBITS_', ['HOBBITS']]]);
  assert.equal(agent('CORSAIR').code, 'PIR', 'blanks inside [ ~PIR ] are ignored');
  assert.deepEqual(agent('RANGER').origin, { file: 'Middle-earth.agents.txt', line: lineOf(AG, 'RANGER') });
});

test('agents: substitution markers expand without plurals', () => {
  assert.deepEqual(ag.substitutions.get('ELF'), ['ELF', 'ELVES', 'ELVEN_LORD']);
  const wood = ag.agents.filter((a) => a.substitution?.marker === '!ELF!');
  assert.deepEqual(wood.map((a) => a.text), ['WOODELF', 'WOODELVES', 'WOODELVEN_LORD']);
  assert.ok(wood.every((a) => a.pluralSource === 'substitution' && a.plurals.length === 0 && a.code === 'ELF'));
});

test('agents: malformed lines give errors; following lines load', () => {
  assert.deepEqual(at(ag.errors, lineOf(AG, 'BAD_AGENT')), ['agent without [code]: BAD_AGENT']);
  assert.deepEqual(at(ag.errors, lineOf(AG, 'ORC!UNKNOWN!')), ['undefined substitution marker !UNKNOWN! (define it before use)']);
  assert.deepEqual(at(ag.errors, lineOf(AG, 'UNCLOSED')), ['unclosed { in agent plural']);
  assert.equal(ag.errors.length, 3);
  assert.equal(agent('NAZGUL').code, 'MOR', '[~MOR} is read with a warning');
  assert.deepEqual(at(ag.warnings, lineOf(AG, 'NAZGUL')), ['[ closed by }: read as [~MOR]']);
  assert.equal(agent('WARG').code, 'MOR');
});

const DI = readFileSync(fixture('Middle-earth.discards.txt'), 'utf8');
const di = parseDiscardList(DI, 'Middle-earth.discards.txt');

test('discards: story (+) and sentence ($) scope, word-end marker, errors', () => {
  assert.deepEqual(
    di.discards.map((x) => [x.text, x.scope, x.marker, x.wholeWordAtEnd]),
    [
      ['BATTLE OF FIVE ARMIES', 'story', '+', false],
      ['SECOND BREAKFAST', 'sentence', '$', false],
      ['PIPE WEED', 'sentence', '$', true],
      ['LONG EXPECTED PARTY', 'sentence', '$', false],
    ],
  );
  const lonePlus = DI.split('\n').indexOf('+') + 1;
  assert.deepEqual(at(di.errors, lonePlus), ['empty discard phrase']);
  assert.equal(di.errors.length, 1);
  assert.equal(di.discards[3].origin.line, lineOf(DI, 'LONG_EXPECTED'));
});
