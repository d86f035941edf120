import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import YAML from 'yaml';

interface GivenNames {
  names: string[];
  family_first: string[];
  exclude: string[];
}
interface State {
  id: string;
  names: Partial<Record<'fr' | 'en', string[]>>;
  capitals?: Partial<Record<'fr' | 'en', string[]>>;
}

const lexicon = YAML.parse(
  readFileSync(new URL('../../data/actors/given-names.yaml', import.meta.url), 'utf8'),
) as GivenNames;
const states = YAML.parse(
  readFileSync(new URL('../../data/actors/states.yaml', import.meta.url), 'utf8'),
) as State[];

/** Case- and accent-folded form, as the matcher compares terms. */
const fold = (term: string): string => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Names that are also a capital, kept on purpose (see the header of given-names.yaml). */
const PLACE_EXCEPTIONS = new Set(['sofia']);

function duplicates(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((x) => (seen.has(x) ? true : (seen.add(x), false)));
}

test('the three keys are lists of non-empty, trimmed strings', () => {
  for (const key of ['names', 'family_first', 'exclude'] as const) {
    assert.ok(Array.isArray(lexicon[key]), `${key} is not a list`);
    for (const v of lexicon[key]) {
      assert.equal(typeof v, 'string', `${key}: ${String(v)} is not a string`);
      assert.equal(v, v.trim(), `${key}: '${v}' has surrounding spaces`);
      assert.ok(v.length > 1, `${key}: '${v}' is too short`);
      assert.match(v, /^\p{Lu}/u, `${key}: '${v}' does not start with a capital`);
    }
  }
});

test('at least 4,000 names', () => {
  assert.ok(lexicon.names.length >= 4000, `only ${lexicon.names.length} names`);
});

test('no duplicates (case-sensitive) in any key', () => {
  for (const key of ['names', 'family_first', 'exclude'] as const) {
    assert.deepEqual(duplicates(lexicon[key]), [], `duplicates in ${key}`);
  }
});

test('no overlap between names and exclude, even with case and accents folded', () => {
  const excluded = new Set(lexicon.exclude.map(fold));
  assert.deepEqual(lexicon.names.filter((n) => excluded.has(fold(n))), []);
});

test('no name is a state name or capital of states.yaml (case and accents folded)', () => {
  const places = new Map<string, string>();
  for (const s of states) {
    for (const group of [s.names, s.capitals ?? {}]) {
      for (const term of [...(group.fr ?? []), ...(group.en ?? [])]) places.set(fold(term), s.id);
    }
  }
  const clashes = lexicon.names
    .filter((n) => places.has(fold(n)) && !PLACE_EXCEPTIONS.has(fold(n)))
    .map((n) => `${n} (${places.get(fold(n))})`);
  assert.deepEqual(clashes, []);
});

test('spot checks: names', () => {
  const names = new Set(lexicon.names);
  for (const n of ['Sergueï', 'Sergei', 'Ioulia', 'Yulia', 'Roman', 'Sofia', 'Nimr', 'Volodymyr', 'Oleksandr',
    'Mahamadou', 'Ismaël', 'Abdel', 'Abdel Fattah', 'Narendra', 'Mohammad-Javad', 'Faustin-Archange',
    'Mohammed', 'Mohamed', 'Muhammad', 'Vladimir', 'Shinzo', 'Pierre']) {
    assert.ok(names.has(n), `${n} missing from names`);
  }
});

test('spot checks: family_first and exclude', () => {
  const family = new Set(lexicon.family_first);
  for (const n of ['Xi', 'Kim', 'Zhang', 'Han', 'Wang', 'Nguyen', 'Park', 'Li']) {
    assert.ok(family.has(n), `${n} missing from family_first`);
  }
  const excluded = new Set(lexicon.exclude);
  for (const n of ['Paris', 'Jordan', 'Mai', 'Victoria', 'Washington', 'Israel', 'May', 'June', 'Will']) {
    assert.ok(excluded.has(n), `${n} missing from exclude`);
  }
  const names = new Set(lexicon.names);
  for (const n of ['Xi', 'Kim', 'Zhang', 'Paris', 'Jordan', 'Mai']) assert.ok(!names.has(n), `${n} is in names`);
});
