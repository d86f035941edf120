import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layers, sentenceTexts } from './helpers.js';

const FRENCH: [string, string[]][] = [
  ['Le sommet a commencé. Les dirigeants sont arrivés.', ['Le sommet a commencé.', 'Les dirigeants sont arrivés.']],
  // Not after an abbreviation or an initial.
  ['M. Keïta est arrivé. Il a parlé.', ['M. Keïta est arrivé.', 'Il a parlé.']],
  ['Le gén. Zhang est venu. J. Borrell aussi.', ['Le gén. Zhang est venu.', 'J. Borrell aussi.']],
  ['Mme Merkel et MM. Dupont et Durand sont là. Fin.', ['Mme Merkel et MM. Dupont et Durand sont là.', 'Fin.']],
  ['En 52 av. J.-C. César arriva. Puis il partit.', ['En 52 av. J.-C. César arriva.', 'Puis il partit.']],
  // Not inside a quotation.
  ['« Viendra-t-il ? » a-t-il demandé.', ['« Viendra-t-il ? » a-t-il demandé.']],
  ['« Nous partons. Nous reviendrons. » Le ministre a conclu.', ['« Nous partons. Nous reviendrons. »', 'Le ministre a conclu.']],
  ['Il a dit « nous partons. » puis il est parti.', ['Il a dit « nous partons. » puis il est parti.']],
  // After a closing mark that follows a terminator, when a capitalised word follows.
  ['Il a déclaré : « Nous partons. » Puis il est parti.', ['Il a déclaré : « Nous partons. »', 'Puis il est parti.']],
  ['« Non ! » « Jamais ! »', ['« Non ! »', '« Jamais ! »']],
  ['Le cessez-le-feu tient... Pour combien de temps ?', ['Le cessez-le-feu tient...', 'Pour combien de temps ?']],
  ['Le bilan est lourd : 1 200 morts. 2 000 blessés ont été évacués.', ['Le bilan est lourd : 1 200 morts.', '2 000 blessés ont été évacués.']],
  ['Il hésite. mais il signe.', ['Il hésite. mais il signe.']],
];

const ENGLISH: [string, string[]][] = [
  ['"We will act. We will not wait," he said.', ['"We will act. We will not wait," he said.']],
  ['Mr. Smith arrived. He spoke.', ['Mr. Smith arrived.', 'He spoke.']],
  ['The U.S. Army left. It was late.', ['The U.S. Army left.', 'It was late.']],
  ['He said: "We act." Then he left.', ['He said: "We act."', 'Then he left.']],
  ['“Stop,” she said. “Now.”', ['“Stop,” she said.', '“Now.”']],
];

test('French sentence boundaries', () => {
  for (const [text, expected] of FRENCH) assert.deepEqual(sentenceTexts(text), expected, text);
});

test('English sentence boundaries', () => {
  for (const [text, expected] of ENGLISH) assert.deepEqual(sentenceTexts(text, 'en'), expected, text);
});

test('each paragraph ends a sentence, even without a stop', () => {
  const text = 'Sommet à Bruxelles\n\nLes dirigeants arrivent. Ils parlent\n\nFin de la réunion.';
  const { sentences } = layers(text);
  assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), ['Sommet à Bruxelles', 'Les dirigeants arrivent.', 'Ils parlent', 'Fin de la réunion.']);
  assert.deepEqual(sentences.map((s) => s.paragraph), [0, 1, 1, 2]);
});

test('exact offsets and token ranges', () => {
  const text = 'M. Keïta a parlé. « Nous partons », a-t-il dit.';
  const { sentences } = layers(text);
  assert.deepEqual(sentences.map(({ start, end, tokenStart, tokenEnd }) => ({ start, end, tokenStart, tokenEnd })), [
    { start: 0, end: 17, tokenStart: 0, tokenEnd: 5 },
    { start: 18, end: 47, tokenStart: 5, tokenEnd: 14 },
  ]);
});

test('a quotation left open at a paragraph end does not hold the next paragraphs in one sentence', () => {
  const text = '« Nous ne céderons pas. Jamais\n\nLe ministre est parti. Il reviendra.';
  assert.deepEqual(sentenceTexts(text), ['« Nous ne céderons pas. Jamais', 'Le ministre est parti.', 'Il reviendra.']);
});

test('a stray closing mark after a stop ends the sentence it closes', () => {
  const text = '« Premier temps\n\nSecond temps. » Le président a conclu.';
  assert.deepEqual(sentenceTexts(text), ['« Premier temps', 'Second temps. »', 'Le président a conclu.']);
});
