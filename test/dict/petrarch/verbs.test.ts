import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseVerbDictionary, type PatternElement } from '../../../src/dict/petrarch/index.js';
import { at, lineOf } from './helpers.js';

const F = 'middle-earth.verbs.txt';
const PETR2 = `# Fictional PETRARCH2-style verb dictionary
<!-- a comment
     over two lines -->
&BEACON
+BEACON_FIRE
+SIGNAL
&WARNING_
+ALARM
+&BEACON
+&RIDERS
&RIDERS
+ERRAND_RIDER
+&WARNING
&CAVALRY
# comment inside a synset
+ROHIRRIM_
+EORLINGAS

--- SUMMON [---] ---
SUMMON
RALLY {RALLIES RALLYING RALLIED}
+CALL_UP {+CALLS_UP +CALLED_UP +CALLING_UP} [050]
MUSTER [051] ;TABARI-style comment
- * &CAVALRY (TO $) [042:043] # RALLY
- $ HAS_* + [060]
- * NO_AID [---]
- % * (AGAINST +) [:173]
- * ^ (FROM/TO +) {GREAT HOST} [036]
- SPY_*_DEAL [---]
- * LIGHT &WARNING [0256]
- * &UNDEFINED [099]
- * WITHOUT STAR [123   # unclosed
- NO VERB HERE [111]
- * MISSING CODE
- * (UNBALANCED [111]
- * * TWICE [111]
- * AFTER ERRORS [057]

--- BURN [180] ---
BURN
HURRY
- * BEACON [0256]

~ a (a b BURN) SAY = a b 180
`;

const d = parseVerbDictionary(PETR2, F);
const pat = (needle: string) => {
  const p = d.patterns.find((x) => x.origin.line === lineOf(PETR2, needle));
  assert.ok(p, `pattern on the line of ${needle}`);
  return p;
};
const kinds = (els: PatternElement[]) => els.map((e) => e.kind);

test('verb families, verbs and their forms', () => {
  assert.deepEqual(d.families.map((f) => [f.name, f.code]), [['SUMMON', null], ['BURN', '180']]);
  const summon = d.verbs.find((v) => v.text === 'SUMMON');
  assert.deepEqual(summon?.forms.map((f) => f.words.join(' ')), ['SUMMON', 'SUMMONS', 'SUMMONED', 'SUMMONING']);
  assert.equal(summon?.irregular, false);
  assert.equal(summon?.code, null);
  const rally = d.verbs.find((v) => v.text === 'RALLY');
  assert.deepEqual(rally?.forms.map((f) => f.words[0]), ['RALLY', 'RALLIES', 'RALLYING', 'RALLIED']);
  assert.equal(rally?.irregular, true);
  const callUp = d.verbs.find((v) => v.text === '+CALL_UP');
  assert.deepEqual(callUp?.base, { words: ['CALL', 'UP'], verbIndex: 0 });
  assert.deepEqual(callUp?.forms.map((f) => f.words.join('_')), ['CALL_UP', 'CALLS_UP', 'CALLED_UP', 'CALLING_UP']);
  assert.equal(callUp?.code, '050');
  assert.equal(callUp?.hasOwnCode, true);
  const muster = d.verbs.find((v) => v.text === 'MUSTER');
  assert.equal(muster?.code, '051', 'a ; comment is stripped');
  const hurry = d.verbs.find((v) => v.text === 'HURRY');
  assert.deepEqual(hurry?.forms.map((f) => f.words[0]), ['HURRY', 'HURRIES', 'HURRIED', 'HURRYING']);
  assert.equal(hurry?.code, '180', 'family code is the default');
  assert.deepEqual(hurry?.origin, { file: F, line: lineOf(PETR2, 'HURRY') });
});

test('synsets: members, plurals, nested synsets and a cycle', () => {
  const beacon = d.synsets.get('&BEACON');
  assert.deepEqual(beacon?.phrases.map((p) => p.words.join(' ')), ['BEACON FIRE', 'BEACON FIRES', 'SIGNAL', 'SIGNALS']);
  const warning = d.synsets.get('&WARNING');
  assert.equal(warning?.noPlural, true, '&WARNING_ label: no plurals');
  const words = warning?.phrases.map((p) => p.words.join(' ')) ?? [];
  assert.ok(words.includes('ALARM') && !words.includes('ALARMS'));
  assert.ok(words.includes('BEACON FIRES'), 'nested synset expanded with its own plurals');
  assert.ok(words.includes('ERRAND RIDER') && words.includes('ERRAND RIDERS'), 'synset inside a synset inside a synset');
  const cycle = d.errors.filter((e) => e.message.includes('cycle'));
  assert.equal(cycle.length, 1);
  assert.match(cycle[0].message, /&WARNING -> &RIDERS -> &WARNING/);
  assert.equal(cycle[0].line, lineOf(PETR2, '+&WARNING'));
  assert.deepEqual(d.synsets.get('&RIDERS')?.phrases.map((p) => p.words.join(' ')), ['ERRAND RIDER', 'ERRAND RIDERS']);
  assert.deepEqual(d.synsets.get('&CAVALRY')?.phrases.map((p) => p.words.join(' ')), ['ROHIRRIM', 'EORLINGAS'], 'trailing _ and already-plural words get no plural');
});

test('patterns: slots, phrases, connectors and codes', () => {
  const p1 = pat('&CAVALRY (TO $)');
  assert.equal(p1.code, '042:043');
  assert.deepEqual(p1.codePair, { sourceToTarget: '042', targetToSource: '043' });
  assert.deepEqual(p1.before, []);
  assert.deepEqual(kinds(p1.after), ['synset', 'prepPhrase']);
  const prep = p1.after[1];
  assert.ok(prep.kind === 'prepPhrase');
  assert.deepEqual(prep.elements, [
    { kind: 'word', text: 'TO', wholeWord: false, joined: false },
    { kind: 'source', joined: false },
  ]);
  assert.equal(p1.comment, 'RALLY');
  assert.equal(p1.family, 'SUMMON');

  const p2 = pat('$ HAS_* +');
  assert.deepEqual(kinds(p2.before), ['source', 'word']);
  assert.equal(p2.verbJoinedBefore, true, 'HAS_* joins the verb');
  assert.deepEqual(kinds(p2.after), ['target']);
  assert.deepEqual(kinds(p2.elements), ['source', 'word', 'verb', 'target']);

  const p3 = pat('NO_AID');
  assert.equal(p3.code, null, '[---] is no event');
  assert.deepEqual(p3.after.map((e) => e.joined), [false, true]);

  const p4 = pat('% * (AGAINST +)');
  assert.deepEqual(p4.codePair, { sourceToTarget: null, targetToSource: '173' });
  assert.deepEqual(kinds(p4.before), ['compound']);

  const p5 = pat('(FROM/TO +)');
  assert.deepEqual(kinds(p5.after), ['skip', 'prepPhrase', 'nounPhrase']);
  const pp = p5.after[1];
  assert.ok(pp.kind === 'prepPhrase');
  assert.deepEqual(pp.elements[0], { kind: 'choice', options: ['FROM', 'TO'], joined: false });

  const p6 = pat('SPY_*_DEAL');
  assert.deepEqual(p6.before.map((e) => e.kind === 'word' && e.text), ['SPY']);
  assert.equal(p6.verbJoinedBefore, true);
  assert.deepEqual(p6.after, [{ kind: 'word', text: 'DEAL', wholeWord: false, joined: true }]);
  assert.equal(pat('LIGHT &WARNING').after[1].kind, 'synset');
});

test('malformed lines give errors with file and line; later lines still load', () => {
  assert.deepEqual(at(d.errors, lineOf(PETR2, '&UNDEFINED')), ['undefined synset &UNDEFINED']);
  assert.deepEqual(at(d.errors, lineOf(PETR2, 'WITHOUT STAR')), ['pattern: unclosed [ in code']);
  assert.deepEqual(at(d.errors, lineOf(PETR2, 'NO VERB HERE')), ['pattern without verb marker *']);
  assert.deepEqual(at(d.errors, lineOf(PETR2, 'MISSING CODE')), ['pattern without [code]']);
  assert.deepEqual(at(d.errors, lineOf(PETR2, '(UNBALANCED')), ['unclosed ( in pattern']);
  assert.deepEqual(at(d.errors, lineOf(PETR2, 'TWICE')), ['pattern with more than one verb marker *']);
  assert.ok(d.errors.every((e) => e.file === F));
  assert.equal(d.errors.length, 7);
  assert.equal(pat('AFTER ERRORS').code, '057');
  assert.equal(pat('* BEACON').family, 'BURN');
  assert.deepEqual(d.transformations.map((t) => t.result), [['a', 'b', '180']]);
  assert.equal(d.format, 'petrarch2');
});

const TABARI = `<!-- PETRARCH-1 / TABARI style -->
&TIETYPES
+MILITARY
+CULTURAL
--- ABANDON  [345]  ---
ABANDON    # pas
KLM_NOP_+RST [002]
- * NEW_&TIETYPES_RELATIONS [903]
- IN_ *  [075A]
- + WAS_ * TO_ ^ FROM $  [174]
- * DIPLXMATIC  [###]  # TABARI code survives the # rule
--- DELAY [120]  [031:031]  ---
DELAY
BREAK { BROKE BROKEN  }
--- TROUBLED  [---] # NOUN ---
TROUBLED
- SAID *  [131]
---  [010]  ---
- * ORPHANED [010]
--- LASH OUT  [122] ---
LASH OUT
- * AGAIN [122]
`;

test('PETRARCH-1/TABARI verb format', () => {
  const t = parseVerbDictionary(TABARI, 'tabari.verbs.txt');
  assert.equal(t.format, 'petrarch1');
  const rel = t.patterns.find((p) => p.text.startsWith('* NEW_'));
  assert.deepEqual(rel?.after.map((e) => [e.kind, e.joined]), [['word', false], ['synset', true], ['word', true]]);
  assert.ok(t.warnings.some((w) => w.message.startsWith('&TIETYPES_RELATIONS is not a synset')));
  const inStar = t.patterns.find((p) => p.text.startsWith('IN_ *'));
  assert.deepEqual(inStar?.before, [{ kind: 'word', text: 'IN', wholeWord: true, joined: false }]);
  assert.equal(inStar?.verbJoinedBefore, false);
  assert.equal(inStar?.code, '075A');
  const was = t.patterns.find((p) => p.code === '174');
  assert.deepEqual(was?.after.map((e) => e.kind), ['word', 'skip', 'word', 'source']);
  assert.equal(t.patterns.find((p) => p.text.includes('DIPLXMATIC'))?.code, '###');
  assert.deepEqual(t.verbs.find((v) => v.text === 'KLM_NOP_+RST')?.base, { words: ['KLM', 'NOP', 'RST'], verbIndex: 2 });
  const delay = t.families.find((f) => f.name === 'DELAY');
  assert.deepEqual([delay?.code, delay?.extraCodes], ['120', ['031:031']]);
  assert.deepEqual(t.verbs.find((v) => v.text === 'BREAK')?.forms.map((f) => f.words[0]), ['BREAK', 'BROKE', 'BROKEN']);
  assert.equal(t.families.find((f) => f.name === 'TROUBLED')?.code, null);
  assert.deepEqual(at(t.errors, lineOf(TABARI, '---  [010]')), ['verb family header without a name']);
  assert.equal(t.errors.length, 1, 'lines of a rejected family are skipped quietly');
  assert.deepEqual(t.verbs.find((v) => v.family === 'LASH OUT')?.base.words, ['LASH', 'OUT']);
  assert.equal(t.patterns.find((p) => p.family === 'LASH OUT')?.code, '122');
});
