import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, type Token } from '../../src/text/tokens.js';
import { loadTokenRules } from '../../src/lang/rules.js';
import { defaultDataDir } from '../../src/paths.js';

const RULES = { fr: loadTokenRules(defaultDataDir, 'fr'), en: loadTokenRules(defaultDataDir, 'en') };

function tok(lang: 'fr' | 'en', text: string, start = 0, end = text.length): Token[] {
  return tokenize(text, { start, end }, RULES[lang]);
}

/** Every token is a view on the text; tokens are ordered, do not overlap, and lose no character but spaces. */
function assertViews(text: string, tokens: readonly Token[], from = 0, to = text.length): void {
  let at = from;
  for (const t of tokens) {
    assert.equal(text.slice(t.start, t.end), t.text, `token ${JSON.stringify(t.text)} at ${t.start}`);
    assert.ok(t.start >= at, `token ${JSON.stringify(t.text)} at ${t.start} overlaps the previous one`);
    assert.match(text.slice(at, t.start), /^[\s\u00A0\u202F]*$/u, `characters lost before ${JSON.stringify(t.text)}`);
    at = t.end;
  }
  assert.match(text.slice(at, to), /^[\s\u00A0\u202F]*$/u, 'characters lost at the end');
}

const NBSP = '\u00A0';
const NNBSP = '\u202F';

const FRENCH: [string, string[]][] = [
  // Elisions, straight and curly apostrophes.
  ["l'Otan a prévenu", ["l'", 'Otan', 'a', 'prévenu']],
  ['l’Otan a prévenu', ['l’', 'Otan', 'a', 'prévenu']],
  ["le retrait d'Ukraine", ['le', 'retrait', "d'", 'Ukraine']],
  ['le retrait d’Ukraine', ['le', 'retrait', 'd’', 'Ukraine']],
  ["Il a dit qu'il viendrait", ['Il', 'a', 'dit', "qu'", 'il', 'viendrait']],
  ['jusqu’à Kherson', ['jusqu’', 'à', 'Kherson']],
  ["lorsqu'il a quitté l'ONU", ["lorsqu'", 'il', 'a', 'quitté', "l'", 'ONU']],
  ["C'est aujourd'hui que", ["C'", 'est', "aujourd'hui", 'que']],
  ['aujourd’hui encore', ['aujourd’hui', 'encore']],
  ["Il s'agit d'« un accord »", ['Il', "s'", 'agit', "d'", '«', 'un', 'accord', '»']],
  ['l’« opération spéciale »', ['l’', '«', 'opération', 'spéciale', '»']],
  ["la presqu'île et quelqu'un", ['la', "presqu'", 'île', 'et', "quelqu'un"]],
  // Inversions: the verb and the clitic are two tokens.
  ['Viendra-t-il ?', ['Viendra', '-t-il', '?']],
  ['a-t-il ajouté', ['a', '-t-il', 'ajouté']],
  ['a-t-elle dit', ['a', '-t-elle', 'dit']],
  ['« Non », dit-elle.', ['«', 'Non', '»', ',', 'dit', '-elle', '.']],
  ['estime-t-on à Paris', ['estime', '-t-on', 'à', 'Paris']],
  ['Que pouvait-on faire ?', ['Que', 'pouvait', '-on', 'faire', '?']],
  ['ont-ils répondu', ['ont', '-ils', 'répondu']],
  // Hyphenated words that stay whole.
  ['Jean-Yves Le Drian', ['Jean-Yves', 'Le', 'Drian']],
  ['un partenariat techno-militaire', ['un', 'partenariat', 'techno-militaire']],
  ['le dirigeant nord-coréen', ['le', 'dirigeant', 'nord-coréen']],
  ['à Novo-Ogaryovo, près de Moscou', ['à', 'Novo-Ogaryovo', ',', 'près', 'de', 'Moscou']],
  ['les relations russo-chinoises', ['les', 'relations', 'russo-chinoises']],
  ['Il viendra peut-être', ['Il', 'viendra', 'peut-être']],
  ['les sous-marins et le cessez-le-feu', ['les', 'sous-marins', 'et', 'le', 'cessez-le-feu']],
  ['un rendez-vous à Genève', ['un', 'rendez-vous', 'à', 'Genève']],
  ['Que voulez-vous ?', ['Que', 'voulez', '-vous', '?']],
  // Abbreviations keep their stop.
  ['M. Keïta est arrivé.', ['M.', 'Keïta', 'est', 'arrivé', '.']],
  ['Mme Merkel et MM. Dupont et Durand', ['Mme', 'Merkel', 'et', 'MM.', 'Dupont', 'et', 'Durand']],
  ['le Dr Mukwege', ['le', 'Dr', 'Mukwege']],
  ['le gén. Zhang Youxia', ['le', 'gén.', 'Zhang', 'Youxia']],
  ['en 52 av. J.-C. déjà', ['en', '52', 'av.', 'J.-C.', 'déjà']],
  ['selon J. Borrell', ['selon', 'J.', 'Borrell']],
  // Numbers.
  ['1 000 soldats', ['1 000', 'soldats']],
  [`1${NBSP}000 soldats`, [`1${NBSP}000`, 'soldats']],
  [`12${NNBSP}500${NNBSP}000 réfugiés`, [`12${NNBSP}500${NNBSP}000`, 'réfugiés']],
  ['2,5 milliards de dollars', ['2,5', 'milliards', 'de', 'dollars']],
  [`1${NBSP}000,5 tonnes`, [`1${NBSP}000,5`, 'tonnes']],
  ['99 % des voix', ['99', '%', 'des', 'voix']],
  [`99${NNBSP}%`, ['99', '%']],
  ['le 1er avril', ['le', '1er', 'avril']],
  ['la 2e division', ['la', '2e', 'division']],
  ['en 2022 100 soldats', ['en', '2022', '100', 'soldats']],
  ['à 15h30 heure locale', ['à', '15h30', 'heure', 'locale']],
  // Quote marks are tokens of their own.
  [`«${NBSP}Nous partons${NBSP}»`, ['«', 'Nous', 'partons', '»']],
  [`«${NNBSP}Non${NNBSP}!${NNBSP}»`, ['«', 'Non', '!', '»']],
  ['«Non»', ['«', 'Non', '»']],
  ['“jamais” et "toujours"', ['“', 'jamais', '”', 'et', '"', 'toujours', '"']],
  ['‹ faucons › et „colombes“', ['‹', 'faucons', '›', 'et', '„', 'colombes', '“']],
  ["l'\"armée\"", ["l'", '"', 'armée', '"']],
  // Ellipses and dashes.
  ['Il attend… puis repart', ['Il', 'attend', '…', 'puis', 'repart']],
  ['Il attend... puis repart', ['Il', 'attend', '...', 'puis', 'repart']],
  ['Kiev — et Moscou – répond', ['Kiev', '—', 'et', 'Moscou', '–', 'répond']],
];

const ENGLISH: [string, string[]][] = [
  ['Mr. Biden said', ['Mr.', 'Biden', 'said']],
  ['U.S. forces left', ['U.S.', 'forces', 'left']],
  ['Gen. Milley and Sen. Warren', ['Gen.', 'Milley', 'and', 'Sen.', 'Warren']],
  ["We don't know", ['We', 'do', "n't", 'know']],
  ['They can’t wait', ['They', 'ca', 'n’t', 'wait']],
  ["China's army", ['China', "'s", 'army']],
  ['Russia’s army', ['Russia', '’s', 'army']],
  ["the generals' plan", ['the', 'generals', "'", 'plan']],
  ["they're here", ['they', "'re", 'here']],
  ['the U.S.-China talks', ['the', 'U.S.', '-', 'China', 'talks']],
  ['1,000 troops', ['1,000', 'troops']],
  ['2.5 billion', ['2.5', 'billion']],
  ['in the 1990s', ['in', 'the', '1990s']],
  ['at 10 a.m. today', ['at', '10', 'a.m.', 'today']],
  ['“We will act,” he said.', ['“', 'We', 'will', 'act', ',', '”', 'he', 'said', '.']],
];

test('French token texts and offsets', () => {
  for (const [text, expected] of FRENCH) {
    const tokens = tok('fr', text);
    assert.deepEqual(tokens.map((t) => t.text), expected, text);
    assertViews(text, tokens);
  }
});

test('English token texts and offsets', () => {
  for (const [text, expected] of ENGLISH) {
    const tokens = tok('en', text);
    assert.deepEqual(tokens.map((t) => t.text), expected, text);
    assertViews(text, tokens);
  }
});

test('inverted clitics: flagged, normalised to the pronoun, not capitalised', () => {
  const cases: [string, string, string][] = [
    ['a-t-il', '-t-il', 'il'],
    ['dit-elle', '-elle', 'elle'],
    ['estime-t-on', '-t-on', 'on'],
    ['pouvait-on', '-on', 'on'],
    ['Viendra-T-IL', '-T-IL', 'il'],
  ];
  for (const [text, clitic, norm] of cases) {
    const [verb, c] = tok('fr', text);
    assert.equal(c.text, clitic, text);
    assert.equal(c.norm, norm, text);
    assert.equal(c.clitic, true, text);
    assert.equal(c.cap, false, text);
    assert.equal(verb.clitic, undefined, text);
  }
});

test('elided words are flagged, with a straight-apostrophe norm', () => {
  const [l, otan] = tok('fr', 'l’Otan');
  assert.equal(l.elided, true);
  assert.equal(l.norm, "l'");
  assert.equal(otan.elided, undefined);
  assert.equal(otan.norm, 'otan');
  assert.equal(otan.cap, true);
  assert.equal(tok('fr', "aujourd'hui")[0].elided, undefined);
});

test('kinds: quote marks, numbers, punctuation, words', () => {
  const text = '« Les 1 000 soldats… » — a-t-il dit.';
  const kinds = tok('fr', text).map((t) => `${t.text}:${t.kind}`);
  assert.deepEqual(kinds, ['«:quote', 'Les:word', '1 000:num', 'soldats:word', '…:punct', '»:quote', '—:punct', 'a:word', '-t-il:word', 'dit:word', '.:punct']);
  for (const mark of ['«', '»', '“', '”', '"', '‹', '›', '„']) {
    assert.equal(tok('fr', `${mark}x`)[0].kind, 'quote', mark);
  }
});

test('a span in the middle of a text: offsets stay absolute, nothing outside is read', () => {
  const text = "Titre\n\nM. Keïta l'a dit-il.\n\nFin.";
  const start = text.indexOf('M.');
  const end = text.indexOf('\n\nFin');
  const tokens = tok('fr', text, start, end);
  assert.deepEqual(tokens.map((t) => t.text), ['M.', 'Keïta', "l'", 'a', 'dit', '-il', '.']);
  assert.equal(tokens[0].start, start);
  assert.equal(tokens[tokens.length - 1].end, end);
  assertViews(text, tokens, start, end);
});

test('an abbreviation at the very end of a span does not take a stop outside it', () => {
  const text = 'avec M.';
  const tokens = tok('fr', text, 0, text.length - 1);
  assert.deepEqual(tokens.map((t) => t.text), ['avec', 'M']);
});
