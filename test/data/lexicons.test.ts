// Validates the speech-verb, quote-cue and pronoun lexicons in data/lexicons/{fr,en}/ and checks that
// the committed speech-verb YAML is exactly what scripts/lexicon/generate-{fr,en}-verbs.ts produce.
// Run: node --import tsx --test test/data/lexicons.test.ts

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import Ajv from 'ajv/dist/2020.js';
import { REPO_ROOT, type SpeechVerbEntry } from '../../scripts/lexicon/lexicon-common.js';
import { FR_OUTPUT, conjugateEr, generateFrSpeechVerbsYaml } from '../../scripts/lexicon/generate-fr-verbs.js';
import { EN_OUTPUT, generateEnSpeechVerbsYaml, inflectEn } from '../../scripts/lexicon/generate-en-verbs.js';
import { loadPeerLists, peersAvailable, upstreamSources } from '../../scripts/lexicon/peer-sources.js';

type Lang = 'fr' | 'en';
const LANGS: Lang[] = ['fr', 'en'];
const MIN_LEMMAS: Record<Lang, number> = { fr: 170, en: 140 };

const lexPath = (lang: Lang, name: string) => join(REPO_ROOT, 'data', 'lexicons', lang, name);
const readText = (path: string) => readFileSync(path, 'utf8');
const readYaml = <T>(path: string): T => YAML.parse(readText(path)) as T;
const readSchema = (name: string) => JSON.parse(readText(join(REPO_ROOT, 'data', 'schema', name))) as object;

// ajv/dist/2020.js is CommonJS: under Node ESM the default import is module.exports, which is the Ajv2020
// class and also carries it as .default; TypeScript (NodeNext) types the import as the module namespace.
const Ajv2020 = Ajv.default;

function compile(schemaName: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  return { ajv, validate: ajv.compile(readSchema(schemaName)) };
}

const verbs: Record<Lang, SpeechVerbEntry[]> = {
  fr: readYaml<SpeechVerbEntry[]>(lexPath('fr', 'speech-verbs.yaml')),
  en: readYaml<SpeechVerbEntry[]>(lexPath('en', 'speech-verbs.yaml')),
};

function entry(lang: Lang, lemma: string): SpeechVerbEntry {
  const e = verbs[lang].find((v) => v.lemma === lemma);
  assert.ok(e, `${lang}: no lemma ${lemma}`);
  return e;
}

function assertForm(lang: Lang, lemma: string, ...forms: string[]): void {
  const e = entry(lang, lemma);
  for (const f of forms) assert.ok(e.forms.includes(f), `${lang} ${lemma}: missing form ${f}`);
}

test('every lexicon file starts with a comment header naming its sources and licences', () => {
  for (const lang of LANGS) {
    for (const name of ['speech-verbs.yaml', 'quote-cues.yaml', 'pronouns.yaml']) {
      const text = readText(lexPath(lang, name));
      assert.ok(text.startsWith('#'), `${lang}/${name}: no comment header`);
      const header = text.slice(0, text.search(/^[^#\n]/m));
      for (const word of ['GenderGapTracker', 'MIT', 'textacy', 'Apache-2.0', 'Quotebank', 'Vigie']) {
        assert.ok(header.includes(word), `${lang}/${name}: header does not mention ${word}`);
      }
    }
  }
});

for (const lang of LANGS) {
  test(`${lang} speech verbs: schema, counts, uniqueness, forms`, () => {
    const { ajv, validate } = compile('speech-verbs.schema.json');
    const list = verbs[lang];
    assert.ok(validate(list), ajv.errorsText(validate.errors, { separator: '\n' }));
    const lemmas = list.map((e) => e.lemma);
    assert.ok(lemmas.length >= MIN_LEMMAS[lang], `${lang}: ${lemmas.length} lemmas < ${MIN_LEMMAS[lang]}`);
    assert.equal(new Set(lemmas).size, lemmas.length, `${lang}: duplicate lemmas`);
    for (const e of list) {
      const base = e.head ?? e.lemma;
      assert.ok(e.forms.includes(base), `${lang} ${e.lemma}: base form ${base} not in forms`);
      for (const f of e.forms) {
        assert.ok(f.length > 0 && f === f.trim() && f === f.toLowerCase(), `${lang} ${e.lemma}: bad form '${f}'`);
      }
      if (e.head !== undefined) {
        assert.equal(e.lemma, [e.head, ...(e.rest ?? [])].join(' '), `${lang} ${e.lemma}: lemma is not head + rest`);
      }
      if (lang === 'en') assert.equal(e.reflexive, false, `en ${e.lemma}: reflexive in English`);
    }
  });

  test(`${lang} speech verbs: the schema rejects malformed entries`, () => {
    const { validate } = compile('speech-verbs.schema.json');
    const good = { lemma: 'dire', forms: ['dire', 'dit'], reflexive: false, que: true, de: false, ambiguous: false, sources: ['ggt'] };
    assert.ok(validate([good]));
    assert.ok(!validate([{ ...good, forms: ['dire', ''] }]), 'empty form accepted');
    assert.ok(!validate([{ ...good, reflexive: 'maybe' }]), 'bad reflexive accepted');
    assert.ok(!validate([{ ...good, sources: ['wikipedia'] }]), 'bad source accepted');
    assert.ok(!validate([{ ...good, head: 'dire' }]), 'head without rest accepted');
    assert.ok(!validate([{ ...good, lemma: 'mettre en garde' }]), 'multiword lemma without head accepted');
  });

  test(`${lang} speech verbs: the committed YAML is what the generator writes`, () => {
    const generated = lang === 'fr' ? generateFrSpeechVerbsYaml() : generateEnSpeechVerbsYaml();
    const committed = readText(lang === 'fr' ? FR_OUTPUT : EN_OUTPUT);
    assert.ok(
      generated === committed,
      `data/lexicons/${lang}/speech-verbs.yaml differs from the generator output: ` +
        `run node --import tsx scripts/lexicon/generate-${lang}-verbs.ts`,
    );
  });

  test(`${lang} speech verbs: declared sources match the peer lists`, { skip: !peersAvailable() && 'peer lists absent' }, () => {
    const peers = loadPeerLists(lang);
    for (const e of verbs[lang]) {
      const upstream = upstreamSources(e, lang, peers);
      const expected = upstream.length > 0 ? upstream : ['vigie'];
      assert.deepEqual(e.sources, expected, `${lang} ${e.lemma}: sources`);
    }
  });
}

test('fr speech verbs: spot checks', () => {
  assertForm('fr', 'réjouir', 'réjoui', 'réjouit', 'réjouie');
  assert.equal(entry('fr', 'réjouir').reflexive, true);
  assertForm('fr', 'ajouter', 'ajouté', 'ajoute', 'ajoutait', 'ajouta', 'ajouterait', 'ajoutant');
  assertForm('fr', 'dire', 'dit', 'disent', 'dites', 'dira', 'dirait', 'disant');
  assert.equal(entry('fr', 'dire').reflexive, 'both');
  assertForm('fr', 'estimer', 'estimé', 'estime', 'estiment', 'estimaient');
  assertForm('fr', 'assurer', 'assuré', 'assurée', 'assurent');
  assertForm('fr', 'marteler', 'martelé', 'martèle', 'martèlent', 'martelait');
  assertForm('fr', 'répéter', 'répète', 'répété', 'répètent', 'répétera', 'répètera');
  assertForm('fr', 'appeler', 'appelle', 'appellent', 'appelé', 'appellera');
  assertForm('fr', 'annoncer', 'annonçait', 'annonça', 'annonçant', 'annoncé');
  assertForm('fr', 'exiger', 'exigeait', 'exigea', 'exigé');
  assertForm('fr', 'réagir', 'réagi', 'réagit', 'réagissait');
  assertForm('fr', 'reconnaître', 'reconnu', 'reconnaît', 'reconnaissent');
  assertForm('fr', 'écrire', 'écrit', 'écrivait', 'écrivent');
  assertForm('fr', 'soutenir', 'soutient', 'soutenu', 'soutiennent');
  assertForm('fr', 'démentir', 'dément', 'démenti', 'démentent');
  assertForm('fr', 'inquiéter', 'inquiète', 'inquiété');
  assert.equal(entry('fr', 'inquiéter').reflexive, true);
  assert.equal(entry('fr', 'appeler').ambiguous, true);
  assert.equal(entry('fr', 'estimer').que, true);
  assert.equal(entry('fr', 'promettre').de, true);
  const garde = entry('fr', 'mettre en garde');
  assert.equal(garde.head, 'mettre');
  assert.deepEqual(garde.rest, ['en', 'garde']);
  assertForm('fr', 'mettre en garde', 'mis', 'met', 'mettra');
  assertForm('fr', 'faire valoir', 'fait', 'font');
  assertForm('fr', 'laisser entendre', 'laissé', 'laisse');
  // AFP staples missing upstream
  for (const lemma of ['répéter', 'regretter', 'démentir', 'nier', 'marteler', 'fustiger', 'qualifier', 'exhorter',
    'menacer', 'détailler', 'interroger', 'faire savoir']) {
    assert.ok(entry('fr', lemma).sources.includes('vigie'), `fr ${lemma}: should be a project addition`);
  }
});

test('en speech verbs: spot checks', () => {
  assertForm('en', 'say', 'said', 'says', 'saying');
  assertForm('en', 'tell', 'told', 'tells');
  assertForm('en', 'urge', 'urged', 'urging', 'urges');
  assertForm('en', 'deny', 'denied', 'denies', 'denying');
  assertForm('en', 'admit', 'admitted', 'admitting');
  assertForm('en', 'quip', 'quipped');
  assertForm('en', 'stress', 'stresses', 'stressed');
  assertForm('en', 'write', 'wrote', 'written');
  assertForm('en', 'criticize', 'criticised', 'criticized');
  const pointOut = entry('en', 'point out');
  assert.equal(pointOut.head, 'point');
  assert.deepEqual(pointOut.rest, ['out']);
  assertForm('en', 'point out', 'pointed');
  assertForm('en', 'make clear', 'made');
  assert.equal(entry('en', 'call').ambiguous, true);
  assert.equal(entry('en', 'vow').de, true);
});

test('conjugation helpers', () => {
  assert.ok(conjugateEr('lancer').includes('lançait'));
  assert.ok(conjugateEr('soulever').includes('soulève'));
  assert.ok(conjugateEr('balayer').includes('balaie') && conjugateEr('balayer').includes('balaye'));
  assert.ok(conjugateEr('alléguer').includes('allègue'));
  assert.ok(conjugateEr('interpeller').includes('interpelle'));
  assert.ok(conjugateEr('créer').includes('créée'));
  assert.deepEqual(inflectEn('slam'), ['slam', 'slams', 'slammed', 'slamming']);
  assert.deepEqual(inflectEn('argue'), ['argue', 'argues', 'argued', 'arguing']);
  assert.deepEqual(inflectEn('agree'), ['agree', 'agrees', 'agreed', 'agreeing']);
  assert.deepEqual(inflectEn('vow'), ['vow', 'vows', 'vowed', 'vowing']);
});

interface Cue {
  id: string;
  terms: string[];
  speaker: 'after' | 'before';
  lemma?: string;
  requires_comma_after_speaker?: boolean;
}

for (const lang of LANGS) {
  test(`${lang} quote cues: schema and content`, () => {
    const { ajv, validate } = compile('quote-cues.schema.json');
    const cues = readYaml<Cue[]>(lexPath(lang, 'quote-cues.yaml'));
    assert.ok(validate(cues), ajv.errorsText(validate.errors, { separator: '\n' }));
    const ids = cues.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length, `${lang}: duplicate cue ids`);
    for (const id of ids) assert.ok(id.startsWith(`${lang}.cue.`), `${lang}: cue id ${id}`);
    const byId = (id: string) => cues.find((c) => c.id === id);
    if (lang === 'fr') {
      assert.deepEqual(byId('fr.cue.selon')?.terms, ['selon']);
      assert.equal(byId('fr.cue.selon')?.speaker, 'after');
      assert.ok(byId('fr.cue.d-apres')?.terms.includes("d'après"));
      assert.equal(byId('fr.cue.pour-comma')?.requires_comma_after_speaker, true);
      assert.equal(byId('fr.cue.colon')?.speaker, 'before');
    } else {
      assert.deepEqual(byId('en.cue.according-to')?.terms, ['according to']);
      assert.equal(byId('en.cue.colon')?.speaker, 'before');
    }
  });
}

interface Pronouns {
  subject: Record<string, string[]>;
  inverted: string[];
  object_stressed: Record<string, string[]>;
  possessive: string[];
  [key: string]: unknown;
}

for (const lang of LANGS) {
  test(`${lang} pronouns: shape and content`, () => {
    const p = readYaml<Pronouns>(lexPath(lang, 'pronouns.yaml'));
    const isWordList = (x: unknown) =>
      Array.isArray(x) && x.every((w) => typeof w === 'string' && w.length > 0 && w === w.toLowerCase());
    for (const key of ['subject', 'object_stressed']) {
      const group = p[key] as Record<string, unknown>;
      assert.ok(group && typeof group === 'object', `${lang}: ${key} missing`);
      for (const [g, words] of Object.entries(group)) {
        assert.ok(['m', 'f', 'n', 'pl', 'any'].includes(g), `${lang} ${key}: bad key ${g}`);
        assert.ok(isWordList(words), `${lang} ${key}.${g}: not a list of words`);
      }
    }
    assert.ok(isWordList(p.inverted), `${lang}: inverted`);
    assert.ok(isWordList(p.possessive), `${lang}: possessive`);
    if (lang === 'fr') {
      assert.deepEqual(p.subject.m, ['il']);
      assert.deepEqual(p.subject.f, ['elle']);
      assert.ok(p.inverted.includes('-t-il') && p.inverted.includes('-t-elle'));
      assert.ok(p.object_stressed.m!.includes('lui') && p.object_stressed.pl!.includes('eux'));
      assert.deepEqual(p.possessive, ['son', 'sa', 'ses', 'leur', 'leurs']);
    } else {
      assert.deepEqual(p.subject.m, ['he']);
      assert.deepEqual(p.subject.f, ['she']);
      assert.ok(p.subject.pl!.includes('they') && p.subject.n!.includes('it'));
      assert.ok(['his', 'her', 'their'].every((w) => p.possessive.includes(w)));
    }
  });
}
