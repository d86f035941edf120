// Generates data/lexicons/fr/speech-verbs.yaml from two hand-written tables:
//   scripts/lexicon/fr-lemmas.yaml     the lemmas, their flags and sources
//   scripts/lexicon/fr-irregular.yaml  principal parts of the irregular (3rd-group) verbs
// Regular -er verbs (with their spelling changes) and regular -ir verbs (finir type) are conjugated here.
//
// Forms produced for every verb (deduplicated): infinitive; présent 1s 3s 1p 2p 3p; imparfait 1s 3s 1p 3p;
// passé simple 3s 1p 3p; futur 1s 3s 1p 3p; conditionnel 1s 3s 1p 3p; participe présent;
// participe passé ms fs mp fp. Compound tenses ('a affirmé', 'aurait déclaré', 'a-t-il ajouté') are
// built by the extractor from the participle.
//
// Run: node --import tsx scripts/lexicon/generate-fr-verbs.ts   (writes the YAML)
//      node --import tsx scripts/lexicon/generate-fr-verbs.ts --check   (exits 1 if the YAML is stale)


import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  writeOrCheck,
  REPO_ROOT,
  checkUniqueLemmas,
  excludeForms,
  readInputYaml,
  renderSpeechVerbsYaml,
  toEntry,
  uniq,
  type LemmaSpec,
  type SpeechVerbEntry,
} from './lexicon-common.js';

export const FR_OUTPUT = join(REPO_ROOT, 'data', 'lexicons', 'fr', 'speech-verbs.yaml');

/** Principal parts of an irregular verb, as written in fr-irregular.yaml. */
export interface FrIrregular {
  /** présent 1s 3s 1p 2p 3p */
  pres: [string, string, string, string, string];
  /** imparfait stem: dis → disais, disait, disions, disaient */
  impf: string;
  /** passé simple 3s 1p 3p */
  ps: [string, string, string];
  /** futur / conditionnel stem: dir → dirai, dira, dirons, diront, dirais, dirait, dirions, diraient */
  fut: string;
  /** participe passé masculin singulier (fs, mp, fp derived), or the explicit list when invariable */
  pp: string | string[];
  /** participe présent */
  ppr: string;
}

const IMPF = ['ais', 'ait', 'ions', 'aient'];
const FUT = ['ai', 'a', 'ons', 'ont'];
const COND = ['ais', 'ait', 'ions', 'aient'];

function participles(ms: string): string[] {
  const fs = ms + 'e';
  const mp = ms.endsWith('s') ? ms : ms + 's';
  return [ms, fs, mp, fs + 's'];
}

function fromPrincipalParts(inf: string, p: FrIrregular): string[] {
  return uniq([
    inf,
    ...p.pres,
    ...IMPF.map((e) => p.impf + e),
    ...p.ps,
    ...FUT.map((e) => p.fut + e),
    ...COND.map((e) => p.fut + e),
    p.ppr,
    ...(Array.isArray(p.pp) ? p.pp : participles(p.pp)),
  ]);
}

// -eler / -eter verbs that double the consonant (appeler → appelle); the others take a grave accent
// (marteler → martèle, acheter → achète).
const DOUBLING = new Set(['appeler', 'rappeler', 'interpeler', 'épeler', 'jeter', 'rejeter', 'projeter', 'feuilleter']);

const CONS = 'bcdfghjklmnpqrstvwxzç';

/**
 * Stems before a mute-e ending (présent 1s/3s/3p) and the future stems, for a regular -er verb.
 * Several variants when usage hesitates (répétera / répètera, paie / paye).
 */
function erAlternations(inf: string): { muteStems: string[]; futStems: string[] } {
  const stem = inf.slice(0, -2);
  // -eler / -eter and mute e + single consonant (lever → lève, mener → mène, marteler → martèle)
  const mute = new RegExp(`(^|[${CONS}])e([${CONS}])$`).exec(stem);
  if (mute) {
    const i = stem.length - 2; // position of the e
    const cons = stem[stem.length - 1]!;
    const alt = DOUBLING.has(inf) ? stem + cons : stem.slice(0, i) + 'è' + cons;
    return { muteStems: [alt], futStems: [alt + 'er'] };
  }
  // é + final consonant(s): répéter → répète; futur both répétera (traditional) and répètera (1990 spelling)
  const acute = new RegExp(`é((?:gu|qu|ch|gn|[bcdfgkptv][rl]|[${CONS}]))$`).exec(stem);
  if (acute) {
    const alt = stem.slice(0, acute.index) + 'è' + acute[1];
    return { muteStems: [alt], futStems: [inf, alt + 'er'] };
  }
  // -oyer, -uyer: y → i before a mute e; -ayer: both (paie / paye)
  if (/[ou]y$/.test(stem)) {
    const alt = stem.slice(0, -1) + 'i';
    return { muteStems: [alt], futStems: [alt + 'er'] };
  }
  if (/ay$/.test(stem)) {
    const alt = stem.slice(0, -1) + 'i';
    return { muteStems: [alt, stem], futStems: [alt + 'er', inf] };
  }
  return { muteStems: [stem], futStems: [inf] };
}

/** Adds ç (-cer) or e (-ger) before an ending that starts with a, â or o. */
function soft(stem: string, ending: string): string {
  if (/^[aâo]/.test(ending)) {
    if (stem.endsWith('c')) return stem.slice(0, -1) + 'ç' + ending;
    if (stem.endsWith('g')) return stem + 'e' + ending;
  }
  return stem + ending;
}

export function conjugateEr(inf: string): string[] {
  if (!inf.endsWith('er')) throw new Error(`not an -er verb: ${inf}`);
  const stem = inf.slice(0, -2);
  const { muteStems, futStems } = erAlternations(inf);
  const s = (e: string) => soft(stem, e);
  return uniq([
    inf,
    ...muteStems.flatMap((m) => [m + 'e']),
    s('ons'),
    s('ez'),
    ...muteStems.map((m) => m + 'ent'),
    ...IMPF.map(s),
    s('a'),
    s('âmes'),
    s('èrent'),
    ...futStems.flatMap((f) => FUT.map((e) => f + e)),
    ...futStems.flatMap((f) => COND.map((e) => f + e)),
    s('ant'),
    ...participles(stem + 'é'),
  ]);
}

/** Regular 2nd-group verbs (finir type): réagir, avertir, garantir, renchérir, applaudir. */
export function conjugateIr(inf: string): string[] {
  if (!inf.endsWith('ir')) throw new Error(`not an -ir verb: ${inf}`);
  const stem = inf.slice(0, -2);
  return fromPrincipalParts(inf, {
    pres: [stem + 'is', stem + 'it', stem + 'issons', stem + 'issez', stem + 'issent'],
    impf: stem + 'iss',
    ps: [stem + 'it', stem + 'îmes', stem + 'irent'],
    fut: inf,
    pp: stem + 'i',
    ppr: stem + 'issant',
  });
}

export function conjugateFr(inf: string, irregular: Record<string, FrIrregular>): string[] {
  const irr = irregular[inf];
  if (irr) return fromPrincipalParts(inf, irr);
  if (inf.endsWith('er')) return conjugateEr(inf);
  if (inf.endsWith('ir')) return conjugateIr(inf);
  throw new Error(`no conjugation for ${inf}: add it to fr-irregular.yaml`);
}

export const FR_HEADER = `# French speech verbs (verbes introducteurs de discours rapporté) for Vigie's quotation extractor.
# GENERATED by scripts/lexicon/generate-fr-verbs.ts from scripts/lexicon/fr-lemmas.yaml and
# scripts/lexicon/fr-irregular.yaml. Do not edit by hand: edit the tables and re-run the script
# (test/data/lexicons.test.ts fails when this file and the generator disagree).
#
# Sources (field "sources" of each entry):
#   ggt       GenderGapTracker / Radar de Parité, nlp/french/rules/quote_verb_list.txt
#             (sfu-discourse-lab/GenderGapTracker @ 5501de3), MIT, Copyright (c) 2018-2023 Maite Taboada.
#             Upstream is a list of inflected forms; the lemmas were recovered from it, the forms regenerated here.
#             Upstream noise left out: "dancer", "preciser", "re-connaître", "divulger", "demeurer", bare "valoir".
#   textacy   chartbeat-labs/textacy, constants.REPORTING_VERBS["fr"] (@ f08ecbc), Apache-2.0, Copyright 2016 Chartbeat, Inc.
#   vigie     added by the Vigie project (AFP-style cues missing upstream), Apache-2.0.
#   (Quotebank, MIT, Copyright (c) 2021 DLAB (EPFL), is English-only and contributes no French verb.)
#
# Fields:
#   lemma      infinitive, without "se" for pronominal verbs; a multiword cue is written in full (mettre en garde)
#   head/rest  multiword cues only: the inflected verb and the words that follow it (after a clitic or adverb)
#   forms      inflected forms of the lemma (of the head for multiword cues): infinitive, présent, imparfait,
#              passé simple, futur, conditionnel (1s 3s 1p 3p, présent also 2p), participe présent, participe passé
#              (4 forms). Compound tenses are built by the extractor from the participle.
#   reflexive  true: a cue only in its pronominal use (s'est réjoui, s'inquiète); "both": a cue with and without
#              "se" (dire / se dire, demander / se demander); false: never pronominal as a cue
#   que        can introduce reported speech with "que" (a estimé que ...)
#   de         can introduce reported speech with "de" + infinitive (a promis de ..., menace de ...)
#   ambiguous  a speech cue only near a quotation or with que/de (lancer, appeler, trouver, savoir, poursuivre ...)
`;

interface FrLemmaSpec extends LemmaSpec {}

/** All forms of a lemma (of its head for a multiword cue), with its other spellings and extra forms. */
export function formsFor(spec: LemmaSpec, irregular: Record<string, FrIrregular>): string[] {
  const verb = spec.head ?? spec.lemma;
  if (spec.head === undefined && /\s/.test(spec.lemma)) {
    throw new Error(`fr ${spec.lemma}: multiword lemma needs head and rest`);
  }
  const forms = uniq([
    ...conjugateFr(verb, irregular),
    ...(spec.also ?? []).flatMap((a) => conjugateFr(a, irregular)),
    ...(spec.extra_forms ?? []),
  ]);
  return excludeForms(spec, forms, 'fr');
}

export function buildFrEntries(
  specs: FrLemmaSpec[] = readInputYaml<FrLemmaSpec[]>('fr-lemmas.yaml'),
  irregular: Record<string, FrIrregular> = readInputYaml<Record<string, FrIrregular>>('fr-irregular.yaml'),
): SpeechVerbEntry[] {
  const entries = specs.map((spec) => toEntry(spec, formsFor(spec, irregular), 'fr'));
  entries.sort((a, b) => a.lemma.localeCompare(b.lemma, 'fr'));
  checkUniqueLemmas(entries, 'fr');
  return entries;
}

export function generateFrSpeechVerbsYaml(): string {
  return renderSpeechVerbsYaml(FR_HEADER, buildFrEntries());
}

function main(): void {
  writeOrCheck(FR_OUTPUT, generateFrSpeechVerbsYaml(), 'scripts/lexicon/generate-fr-verbs.ts');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
