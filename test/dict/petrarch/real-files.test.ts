// Loads the real PETRARCH2 dictionaries shipped in /work/shared (read-only, MIT) and checks
// that counts are plausible and that errors are few. Errors and load times are printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { codeAt, loadPetrarchDictionaries, type PetrarchDictionaries } from '../../../src/dict/petrarch/index.js';

const ROOT = fileURLToPath(new URL('../../../../shared/data/peers/petrarch2/', import.meta.url));
const FILES = [
  'dictionaries/CAMEO.2.0.txt',
  'dictionaries/Phoenix.Countries.actors.txt',
  'dictionaries/Phoenix.International.actors.txt',
  'dictionaries/Phoenix.MilNonState.actors.txt',
  'dictionaries/Phoenix.agents.txt',
  'dictionaries/Phoenix.discards.txt',
  'validation/PETR.Validate.actors.txt',
  'validation/PETR.Validate.agents.txt',
  'validation/PETR.Validate.discards.txt',
  'validation/PETR.Validate.verbs.txt',
].map((f) => ROOT + f);
const skip = existsSync(ROOT) ? false : `reference data not found at ${ROOT}`;

let loaded: PetrarchDictionaries | null = null;
async function load(): Promise<PetrarchDictionaries> {
  loaded ??= await loadPetrarchDictionaries(FILES);
  return loaded;
}
const byName = <T extends { file: string }>(list: T[], name: string): T => {
  const x = list.find((d) => d.file.endsWith(name));
  assert.ok(x, name);
  return x;
};

test('real PETRARCH2 dictionaries: plausible counts, few errors, load times', { skip }, async () => {
  const r = await load();
  for (const s of r.stats) {
    const errs = r.errors.filter((e) => e.file === s.file).length;
    const warns = r.warnings.filter((e) => e.file === s.file).length;
    console.log(`${s.file.slice(ROOT.length)}: ${s.kind}, ${s.entries} entries, ${s.ms} ms, ${errs} errors, ${warns} warnings`);
  }
  for (const e of r.errors) console.log(`  error ${e.file.slice(ROOT.length)}:${e.line}: ${e.message}`);
  assert.equal(r.stats.length, FILES.length);

  const cameo = byName(r.verbs, 'CAMEO.2.0.txt');
  assert.equal(cameo.format, 'petrarch2');
  assert.ok(cameo.patterns.length > 4000, `CAMEO patterns: ${cameo.patterns.length}`);
  assert.ok(cameo.verbs.length > 1500, `CAMEO verbs: ${cameo.verbs.length}`);
  assert.ok(cameo.families.length > 350, `CAMEO families: ${cameo.families.length}`);
  assert.ok(cameo.synsets.size >= 40);
  assert.ok(cameo.patterns.filter((p) => p.code === null).length > 100, 'many [---] patterns');
  assert.ok(cameo.patterns.filter((p) => p.codePair).length > 400, 'many [a:b] patterns');
  assert.equal(cameo.transformations.length, 8);
  assert.ok(cameo.errors.length <= 5, `CAMEO errors: ${cameo.errors.length}`);

  const validateVerbs = byName(r.verbs, 'PETR.Validate.verbs.txt');
  assert.equal(validateVerbs.format, 'petrarch1');
  assert.ok(validateVerbs.patterns.length > 450);
  assert.equal(validateVerbs.errors.length, 0);
  const accord = validateVerbs.synsets.get('&ACCORDSYN')?.phrases.map((p) => p.words.join(' ')) ?? [];
  assert.ok(accord.includes('MILITARY') && accord.includes('JAVANESE YEN'), 'synsets inside synsets expanded');

  const countries = byName(r.actors, 'Phoenix.Countries.actors.txt');
  assert.ok(countries.actors.length > 15000, `country actors: ${countries.actors.length}`);
  assert.ok(countries.actors.reduce((n, a) => n + a.codes.filter((c) => c.restriction.kind !== 'none').length, 0) > 20000);
  assert.ok(countries.errors.length <= 10, `country actor errors: ${countries.errors.length}`);
  assert.ok(byName(r.actors, 'Phoenix.International.actors.txt').actors.length > 7000);
  assert.ok(byName(r.actors, 'Phoenix.MilNonState.actors.txt').actors.length > 900);

  const agents = byName(r.agents, 'Phoenix.agents.txt');
  assert.ok(agents.agents.length > 2000, `agents: ${agents.agents.length}`);
  assert.ok(agents.errors.length <= 2);
  assert.ok(byName(r.discards, 'Phoenix.discards.txt').discards.length > 450);
  assert.ok(r.errors.length <= 20, `total errors: ${r.errors.length}`);
});

test('real dictionaries: dated codes resolve as PETRARCH does', { skip }, async () => {
  const r = await load();
  const validate = byName(r.actors, 'PETR.Validate.actors.txt');
  const gollum = validate.actors.find((a) => a.names.some((n) => n.text === 'SMEAGOL'));
  assert.ok(gollum);
  assert.equal(codeAt(gollum, '1990-01-01'), 'HOB');
  assert.equal(codeAt(gollum, '1997-01-01'), 'HOBGOV');
  assert.equal(codeAt(gollum, '2001-01-01'), 'HOBREB');
  const sam = validate.actors.find((a) => a.names[0].text === 'SAM_GAMGEE');
  assert.ok(sam);
  assert.equal(codeAt(sam, '2010-01-10'), 'ORCHOB', 'first matching restriction in file order wins');
  assert.equal(codeAt(sam, '2011-06-01'), 'HOBMIL');
  const countries = byName(r.actors, 'Phoenix.Countries.actors.txt');
  const brezhnev = countries.actors.find((a) => a.names.some((n) => n.text === 'SECRETARY_BREZHNEV'));
  assert.ok(brezhnev, 'TABARI block of names sharing codes');
  assert.equal(codeAt(brezhnev, '1975-01-01'), 'RUSGOV');
});
