import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { loadCameoOntology, parseCameoTsv } from '../../src/cameo/ontology.js';

const dataDir = fileURLToPath(new URL('../../data', import.meta.url));
const ontology = loadCameoOntology(dataDir);

const PLOVER_TYPES = new Set([
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
]);

function code(c: string) {
  const entry = ontology.get(c);
  assert.ok(entry, `code ${c} missing`);
  return entry;
}

test('has the 312 codes of the source, codes unique', () => {
  assert.equal(ontology.all().length, 312);
  assert.equal(new Set(ontology.all().map((c) => c.code)).size, 312);
});

test('all 20 roots are present, in order', () => {
  const roots = ontology.roots().map((c) => c.code);
  assert.deepEqual(roots, Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
});

test('codes are strings with leading zeros', () => {
  assert.equal(code('010').nameEn, 'Make statement');
  assert.equal(code('0211').root, '02');
  assert.equal(ontology.get('10')?.nameEn, 'DEMAND');
  assert.equal(ontology.get('10'), code('10'));
  assert.equal(ontology.get('9'), undefined);
});

test('Goldstein values come from the ICEWS source', () => {
  assert.equal(code('043').goldstein, 2.8);
  assert.equal(code('190').goldstein, -10.0);
  assert.equal(code('111').goldstein, -2.0);
  assert.equal(code('051').goldstein, 3.4);
  // the 4 codes where ICEWS differs from GDELT keep the ICEWS value
  assert.equal(code('016').goldstein, -5.0);
  assert.equal(code('022').goldstein, 3.4);
  assert.equal(code('164').goldstein, -6.5);
  assert.equal(code('165').goldstein, -7.0);
  for (const c of ontology.all()) assert.ok(c.goldstein >= -10 && c.goldstein <= 10, c.code);
});

test('quad classes follow the GDELT convention (01-04 / 05-08 / 09-13 / 14-20)', () => {
  assert.equal(code('043').quad, 1);
  assert.equal(code('051').quad, 2);
  assert.equal(code('111').quad, 3);
  assert.equal(code('163').quad, 4);
  assert.equal(code('190').quad, 4);
  for (const c of ontology.all()) {
    const r = Number(c.root);
    const expected = r <= 4 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
    assert.equal(c.quad, expected, c.code);
  }
});

test('every code has a root present, and English and French names', () => {
  for (const c of ontology.all()) {
    assert.equal(c.root, c.code.slice(0, 2));
    assert.ok(ontology.get(c.root), `root of ${c.code}`);
    assert.ok(c.nameEn.length > 0, c.code);
    assert.ok(c.nameFr.length > 0, c.code);
  }
  assert.equal(code('043').nameFr, 'Accueillir une visite');
  assert.equal(code('111').nameFr, 'Critiquer ou dénoncer');
  assert.equal(code('190').nameFr, 'Recourir à la force militaire conventionnelle');
  assert.equal(code('163').nameFr, 'Imposer un embargo, un boycott ou des sanctions');
});

test('PLOVER crosswalk', () => {
  assert.equal(code('190').plover, 'ASSAULT');
  assert.equal(code('043').plover, 'CONSULT');
  assert.equal(code('010').plover, null);
  assert.equal(code('0874').plover, 'RETREAT');
  assert.equal(code('083').plover, 'CONCEDE');
  assert.equal(code('111').plover, 'ACCUSE');
  assert.equal(code('1121').plover, 'ACCUSE');
  assert.equal(code('100').plover, 'REQUEST');
  assert.equal(code('171').plover, 'COERCE');
  assert.equal(code('173').plover, 'COERCE');
  for (const c of ontology.all()) {
    if (c.root === '01') assert.equal(c.plover, null, c.code);
    else assert.ok(c.plover !== null && PLOVER_TYPES.has(c.plover), `${c.code}: ${String(c.plover)}`);
  }
});

const HEADER = 'code\troot\tname_en\tname_fr\tgoldstein\tquad\tplover';
const ROOT_LINE = '04\t04\tCONSULT\tCONSULTER\t1.0\t1\tCONSULT';

test('parseCameoTsv parses a minimal file, skipping comments and blank lines', () => {
  const o = parseCameoTsv(`# comment\n\n${HEADER}\r\n${ROOT_LINE}\r\n043\t04\tHost a visit\tAccueillir une visite\t2.8\t1\tCONSULT\n`, 'mini.tsv');
  assert.equal(o.all().length, 2);
  assert.equal(o.roots().length, 1);
  assert.deepEqual(o.get('043'), {
    code: '043', root: '04', nameEn: 'Host a visit', nameFr: 'Accueillir une visite', goldstein: 2.8, quad: 1, plover: 'CONSULT',
  });
});

function assertLineError(text: string, line: number, pattern?: RegExp): void {
  assert.throws(
    () => parseCameoTsv(text, 'bad-codes.tsv'),
    (err: unknown) => {
      assert.ok(err instanceof Error);
      assert.ok(err.message.includes('bad-codes.tsv'), err.message);
      assert.ok(err.message.includes(`:${line}:`), err.message);
      if (pattern) assert.match(err.message, pattern);
      return true;
    },
  );
}

test('malformed lines throw errors naming the file and the line', () => {
  const pre = `# header comment\n${HEADER}\n${ROOT_LINE}\n`; // data starts at line 4
  assertLineError(`${pre}043\t04\tHost a visit\tAccueillir une visite\tabc\t1\tCONSULT\n`, 4, /goldstein/);
  assertLineError(`${pre}043\t04\tHost a visit\tAccueillir une visite\t2.8\t1\n`, 4, /columns/);
  assertLineError(`${pre}43a\t43\tHost a visit\tAccueillir une visite\t2.8\t1\tCONSULT\n`, 4, /code/);
  assertLineError(`${pre}043\t04\tHost a visit\tAccueillir une visite\t2.8\t5\tCONSULT\n`, 4, /quad/);
  assertLineError(`${pre}043\t05\tHost a visit\tAccueillir une visite\t2.8\t1\tCONSULT\n`, 4, /root/);
  assertLineError(`${pre}043\t04\tHost a visit\t\t2.8\t1\tCONSULT\n`, 4, /name_fr/);
  assertLineError(`${pre}04\t04\tCONSULT\tCONSULTER\t1.0\t1\tCONSULT\n`, 4, /duplicate/);
  assertLineError(`${pre}051\t05\tPraise or endorse\tLouer ou approuver\t3.4\t2\tSUPPORT\n`, 4, /no root/);
  assertLineError(`code\tname\tgoldstein\n`, 1, /columns/);
  assertLineError(`${HEADER.replace('name_fr', 'nom')}\n`, 1, /header/);
});
