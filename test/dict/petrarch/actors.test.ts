import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeAt, parseActorDictionary } from '../../../src/dict/petrarch/index.js';
import { at, lineOf } from './helpers.js';

const F = 'middle-earth.actors.txt';
const TEXT = `<!-- Fictional actor dictionary -->
+ORPHAN_SYNONYM
ARNOR_ [ARN]
+NORTH_KINGDOM
GONDOR [GON] # the south kingdom
+MINAS_TIRITH
+WHITE CITY
ARAGORN [DUN]
+STRIDER
	[RNG <991231]
	[GONGOV 2000-01-01-2010-12-31]
	[GONELI 20150101 - 20201231]
BOROMIR
	[GONMIL >20050101]
DENETHOR [GONGOV 900101-991231] [GONELI]
SAURON
THE_DARK_LORD
	[MOR]
BAD_DATE [MOR >20231345]
BARE_DATE [MOR 20231201]
UNCLOSED [MOR
	[XYZ]
NO_CODE_HERE

ROHAN [ROH]
THEODEN [ROHGOV > 20000101] when he became king
`;
const d = parseActorDictionary(TEXT, F);
const actor = (name: string) => {
  const a = d.actors.find((x) => x.names.some((n) => n.text === name));
  assert.ok(a, name);
  return a;
};

test('entries, + synonyms and codes', () => {
  const arnor = actor('ARNOR_');
  assert.deepEqual(arnor.names.map((n) => [n.words, n.wholeWord]), [[['ARNOR'], true], [['NORTH', 'KINGDOM'], false]]);
  assert.deepEqual(arnor.codes.map((c) => [c.code, c.restriction.kind]), [['ARN', 'none']]);
  const gondor = actor('GONDOR');
  assert.deepEqual(gondor.names.map((n) => n.text), ['GONDOR', 'MINAS_TIRITH', 'WHITE CITY']);
  assert.deepEqual(gondor.names[2].connectors, [' '], 'a blank lets other words intervene');
  assert.deepEqual(gondor.names[1].connectors, ['_']);
  assert.deepEqual(gondor.names[1].origin, { file: F, line: lineOf(TEXT, 'MINAS_TIRITH') });
  assert.deepEqual(actor('STRIDER'), actor('ARAGORN'));
  const sauron = actor('SAURON');
  assert.deepEqual(sauron.names.map((n) => n.text), ['SAURON', 'THE_DARK_LORD'], 'TABARI block: names without codes share the next codes');
  assert.equal(codeAt(sauron, '2020-01-01'), 'MOR');
});

test('date restrictions of each form', () => {
  const a = actor('ARAGORN');
  assert.deepEqual(a.codes.map((c) => c.restriction), [
    { kind: 'none' },
    { kind: 'before', date: '1999-12-31' },
    { kind: 'between', from: '2000-01-01', to: '2010-12-31' },
    { kind: 'between', from: '2015-01-01', to: '2020-12-31' },
  ]);
  assert.equal(a.codes[1].origin.line, lineOf(TEXT, '[RNG <991231]'));
  assert.deepEqual(actor('BOROMIR').codes[0].restriction, { kind: 'after', date: '2005-01-01' });
  assert.deepEqual(actor('DENETHOR').codes.map((c) => [c.code, c.restriction]), [
    ['GONGOV', { kind: 'between', from: '1990-01-01', to: '1999-12-31' }],
    ['GONELI', { kind: 'none' }],
  ]);
});

test('codeAt: inside and outside the ranges, default code, no code', () => {
  const a = actor('ARAGORN');
  assert.equal(codeAt(a, '1999-06-01'), 'RNG');
  assert.equal(codeAt(a, '1999-12-31'), 'RNG', '< is inclusive');
  assert.equal(codeAt(a, '2000-01-01'), 'GONGOV', 'range start is inclusive');
  assert.equal(codeAt(a, '2010-12-31'), 'GONGOV', 'range end is inclusive');
  assert.equal(codeAt(a, '2012-05-05'), 'DUN', 'outside every range: the unrestricted code');
  assert.equal(codeAt(a, '20160301'), 'GONELI', 'YYYYMMDD accepted');
  assert.equal(codeAt(a, '2030-01-01T12:00:00Z'), 'DUN');
  const b = actor('BOROMIR');
  assert.equal(codeAt(b, '2004-12-31'), null, 'only a restricted code, outside it');
  assert.equal(codeAt(b, '2005-01-01'), 'GONMIL');
  assert.equal(codeAt(actor('DENETHOR'), '1995-01-01'), 'GONGOV');
  assert.equal(codeAt(actor('DENETHOR'), '2001-01-01'), 'GONELI');
  assert.throws(() => codeAt(a, 'yesterday'), RangeError);
});

test('malformed lines give errors; following lines still load', () => {
  assert.deepEqual(at(d.errors, 2), ['synonym line + without an actor entry before it: +ORPHAN_SYNONYM']);
  assert.deepEqual(at(d.errors, lineOf(TEXT, 'BAD_DATE')), ['[MOR >20231345]: invalid date 20231345']);
  assert.deepEqual(at(d.errors, lineOf(TEXT, 'BARE_DATE')), ['[MOR 20231201]: malformed date restriction 20231201']);
  assert.deepEqual(at(d.errors, lineOf(TEXT, 'UNCLOSED')), ['unclosed [ in code']);
  assert.deepEqual(at(d.errors, lineOf(TEXT, 'NO_CODE_HERE')), ['actor entry without code: NO_CODE_HERE']);
  assert.equal(d.errors.length, 5);
  assert.deepEqual(at(d.warnings, lineOf(TEXT, 'BAD_DATE')), [], 'a line whose code was rejected does not absorb the next entry');
  assert.ok(d.errors.every((e) => e.file === F));
  assert.equal(actor('ROHAN').codes[0].code, 'ROH');
  assert.equal(codeAt(actor('THEODEN'), '2001-01-01'), 'ROHGOV');
  assert.deepEqual(at(d.warnings, lineOf(TEXT, 'THEODEN')), ['text after the code ignored: when he became king']);
});
