import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../../src/paths.js';
import { parseVerbDictionary } from '../../../src/dict/petrarch/index.js';
import { convertVerbDictionary } from '../../../src/dict/petrarch/convert-verbs.js';
import type { EventPattern } from '../../../src/pipeline/events/patterns.js';

const FILE = join(packageRoot, 'test/fixtures/petrarch-convert/Shire.verbs.txt');
const c = convertVerbDictionary(parseVerbDictionary(readFileSync(FILE, 'utf8'), FILE));
const ids = (ps: readonly EventPattern[] | undefined): string[] => (ps ?? []).map((p) => `${p.id} ${p.code}`);

test('verb forms: the dictionary\'s own forms, irregular ones and multi-word verbs keyed by their verb word', () => {
  for (const f of ['restore', 'restores', 'restored', 'restoring', 'broke', 'broken', 'break', 'breaks']) assert.ok(c.byForm.has(f), f);
  assert.equal(c.lemmaOf.get('broke'), 'break');
  // BREAK_DOWN: 'down' must follow the verb
  const down = c.byForm.get('broke')!.filter((p) => p.after?.[0]?.any.includes('down'));
  assert.ok(down.length > 0);
  assert.equal(down[0].after![0].next, true);
});

test('patterns: most specific first, the verb\'s own code last, ids and refs are file:line', () => {
  assert.deepEqual(ids(c.byForm.get('restored')), ['Shire.verbs.txt:10 902', 'Shire.verbs.txt:11 064', 'Shire.verbs.txt:12 112', 'Shire.verbs.txt:9 064']);
  const ties = c.byForm.get('restore')![0];
  assert.equal(ties.ref, 'Shire.verbs.txt:10');
  // synset members come with their generated plurals
  assert.deepEqual(ties.after, [{ any: ['military', 'militaries', 'economic', 'economics'] }, { any: ['ties'] }]);
  assert.equal(ties.target, 'any');
  assert.equal(ties.lenientCode, true);
  const neg = c.byForm.get('restore')!.find((p) => p.code === '112')!;
  assert.equal(neg.before?.length, 1);
  for (const w of ["did n't", 'will not']) assert.ok(neg.before![0].any.includes(w), w);
});

test('arguments: + after a word is a target with that preposition; + * … $ is inverted; % * is mutual; [a:b] and [:b]', () => {
  const ask = c.byForm.get('asked')!.find((p) => p.code === '172')!;
  assert.deepEqual(ask.target, ['for']);
  assert.equal(ask.after, undefined);
  const brk = c.byForm.get('broke')!.find((p) => p.code === '075' && !p.after?.some((s) => s.any.includes('down')))!;
  assert.equal(brk.inverted, true);
  assert.deepEqual(brk.target, ['in']);
  const mutual = c.byForm.get('agree')!.find((p) => p.code === '030')!;
  assert.equal(mutual.mutual, true);
  assert.equal(mutual.reverseCode, '030');
  assert.deepEqual(c.byForm.get('agree')!.find((p) => p.code === '031')!.target, ['with']);
  const arrive = c.byForm.get('arrived')!.at(-1)!;
  assert.equal(arrive.code, '032');
  assert.equal(arrive.reverseCode, '033');
  const visit = c.byForm.get('visited')!.at(-1)!;
  assert.equal(visit.code, '042');
  assert.equal(visit.inverted, true);
});

test('patterns survive JSON (the compiled slots are not part of them)', () => {
  const p = c.byForm.get('restore')![0];
  assert.deepEqual(JSON.parse(JSON.stringify(p)), Object.fromEntries(Object.entries(p)));
});
