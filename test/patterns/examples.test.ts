// Every event pattern in data/patterns/{fr,en}/: valid against data/schema/patterns.schema.json, a
// unique id, a CAMEO code of the ontology, a verb whose forms were generated; and every example
// sentence, run through the real pipeline, gives the events it lists (one test per pattern).
// Examples marked `pending` fail for a reason outside the pattern (engine, actors) and are skipped.
// Run: node --import tsx --test test/patterns/examples.test.ts

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import ajv2020 from 'ajv/dist/2020.js';
import { loadCameoOntology } from '../../src/cameo/ontology.js';
import { DATA, LANGS, eventsOf, patternFiles, sameDyad, show, type RawPattern } from './helpers.js';

const schema = JSON.parse(readFileSync(join(DATA, 'schema', 'patterns.schema.json'), 'utf8')) as object;
const validate = new ajv2020.default({ allErrors: true }).compile(schema);
const cameo = loadCameoOntology(DATA);
const MIN: Record<string, number> = { fr: 250, en: 200 };

for (const lang of LANGS) {
  const files = patternFiles(lang);
  const forms = (YAML.parse(readFileSync(join(DATA, 'lexicons', lang, 'event-verbs.yaml'), 'utf8')) ?? {}) as Record<string, string[]>;
  const all: RawPattern[] = files.flatMap((f) => f.patterns);

  test(`${lang}: pattern files are valid against patterns.schema.json`, () => {
    for (const { file, patterns } of files) {
      const ok = validate(patterns);
      assert.ok(ok, `${file}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
    }
  });

  test(`${lang}: ids are unique, name their language and code, and each file holds one CAMEO root`, () => {
    const seen = new Set<string>();
    for (const { file, patterns } of files) {
      const root = file.split('/').pop()!.slice(0, 2);
      for (const p of patterns) {
        assert.ok(!seen.has(p.id), `${file}: duplicate id ${p.id}`);
        seen.add(p.id);
        assert.equal(p.id.split('.')[0], lang, `${file}: ${p.id} is not a ${lang} id`);
        assert.equal(p.id.split('.')[1], p.code, `${file}: ${p.id} does not name its code ${p.code}`);
        assert.equal(p.code.slice(0, 2), root, `${file}: ${p.id} (${p.code}) is not of root ${root}`);
      }
    }
    assert.ok(seen.size >= MIN[lang], `${lang}: ${seen.size} patterns, expected at least ${MIN[lang]}`);
  });

  test(`${lang}: codes exist in the CAMEO ontology and verbs in event-verbs.yaml`, () => {
    for (const p of all) {
      assert.ok(cameo.get(p.code), `${p.id}: unknown CAMEO code ${p.code}`);
      if (p.verb) assert.ok(forms[p.verb]?.length, `${p.id}: verb ${p.verb} has no forms in data/lexicons/${lang}/event-verbs.yaml (re-run scripts/lexicon/generate-event-verbs.ts)`);
    }
  });

  test(`${lang}: pending examples stay below 15 %`, () => {
    const examples = all.flatMap((p) => p.examples);
    const pending = examples.filter((e) => e.pending).length;
    assert.ok(pending < 0.15 * examples.length, `${pending} pending of ${examples.length}`);
  });

  for (const p of all) {
    test(`${p.id} (${p.code})`, async (t) => {
      for (const ex of p.examples) {
        await t.test(ex.text, (st) => {
          if (ex.pending) { st.skip(ex.pending); return; }
          const got = eventsOf(ex.text, lang);
          const mine = got.filter((e) => e.rule === p.id);
          if (!ex.events.length) {
            assert.equal(mine.filter((e) => !e.negated).length, 0, `${p.id} should give no event here; got ${show(got)}`);
            return;
          }
          for (const want of ex.events) {
            const hit = mine.find((e) => sameDyad(e, want) && e.cameo.slice(0, 2) === p.code.slice(0, 2) && e.negated === (want.negated ?? false));
            assert.ok(hit, `expected ${p.code} ${want.source}→${want.target}${want.negated ? ' (negated)' : ''} from ${p.id}; got ${show(got)}`);
          }
        });
      }
    });
  }
}
