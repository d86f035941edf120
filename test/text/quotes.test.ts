import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairQuotes, insideQuote, type QuoteSpan } from '../../src/text/quotes.js';
import { paragraphsOf } from './helpers.js';

interface Seen { inner: string; open: string; close: string | null; depth: number; paragraph: number }

function quotes(text: string): QuoteSpan[] {
  return pairQuotes(text, paragraphsOf(text));
}

/** The quotes as a reader sees them: the inner words and the marks at the open and close offsets. */
function seen(text: string): Seen[] {
  return quotes(text).map((q) => ({
    inner: text.slice(q.inner.start, q.inner.end),
    open: text.charAt(q.open),
    close: q.close < 0 ? null : text.charAt(q.close),
    depth: q.depth,
    paragraph: q.paragraph,
  }));
}

const q = (inner: string, open: string, close: string | null, depth = 0, paragraph = 0): Seen => ({ inner, open, close, depth, paragraph });

test('pairs each kind of mark', () => {
  const cases: [string, Seen[]][] = [
    ['Il a promis « une réponse ferme ».', [q('une réponse ferme', '«', '»')]],
    ['He promised “a firm answer” today.', [q('a firm answer', '“', '”')]],
    ['Sie sagte „wir schaffen das“ gestern.', [q('wir schaffen das', '„', '“')]],
    ['les ‹ faucons › du régime', [q('faucons', '‹', '›')]],
    ['une coopération "de plus en plus importante", a-t-il dit', [q('de plus en plus importante', '"', '"')]],
    ['"Nous voyons tout cela", a-t-il dit, puis "nous réagissons".', [q('Nous voyons tout cela', '"', '"'), q('nous réagissons', '"', '"')]],
    ["Il parle de l'\"armée\" et d’\"alliés\".", [q('armée', '"', '"'), q('alliés', '"', '"')]],
  ];
  for (const [text, expected] of cases) assert.deepEqual(seen(text), expected, text);
});

test('nested quotes: outer and inner spans with their depth', () => {
  const text = '« Le mot “crise” est trop faible », a-t-il jugé.';
  assert.deepEqual(seen(text), [q('Le mot “crise” est trop faible', '«', '»', 0), q('crise', '“', '”', 1)]);
  const [outer, inner] = quotes(text);
  assert.ok(outer.inner.start < inner.open && inner.close < outer.inner.end);
});

test('a quotation over several paragraphs: each paragraph is its own span', () => {
  const text = '« Nous ne céderons pas sur la souveraineté.\n\n« Nous attendons des garanties », a-t-il conclu.';
  const found = quotes(text);
  assert.deepEqual(seen(text), [
    q('Nous ne céderons pas sur la souveraineté.', '«', null, 0, 0),
    q('Nous attendons des garanties', '«', '»', 0, 1),
  ]);
  assert.equal(found[0].close, -1);
  assert.equal(found[0].inner.end, text.indexOf('\n\n'));
  assert.equal(found[1].open, text.lastIndexOf('«'));
});

test('an unbalanced mark does not swallow the following paragraphs', () => {
  const text = 'Il a parlé d’un « accord historique.\n\nLe texte sera signé mardi.\n\nLes « garanties » restent floues.';
  assert.deepEqual(seen(text), [q('accord historique.', '«', null, 0, 0), q('garanties', '«', '»', 0, 2)]);
  assert.equal(insideQuote(quotes(text), text.indexOf('Le texte')), false);
  const straight = 'Il a dit "oui sans attendre.\n\nLa suite est "connue".';
  assert.deepEqual(seen(straight), [q('oui sans attendre.', '"', null, 0, 0), q('connue', '"', '"', 0, 1)]);
});

test('a stray closing mark is ignored', () => {
  assert.deepEqual(seen('Il a conclu » sans « attendre ».'), [q('attendre', '«', '»')]);
  assert.deepEqual(seen('Nothing” here.'), []);
});

test('an inner mark left open ends at its outer mark', () => {
  const text = '« Il a dit “non et il est parti », selon un témoin.';
  assert.deepEqual(seen(text), [q('Il a dit “non et il est parti', '«', '»', 0), q('non et il est parti', '“', null, 1)]);
});

test('the inner span excludes the marks and the (no-break) spaces inside « »', () => {
  for (const space of [' ', '\u00A0', '\u202F']) {
    const text = `Il a promis «${space}une réponse${space}» hier.`;
    const [found] = quotes(text);
    assert.equal(text.slice(found.inner.start, found.inner.end), 'une réponse', JSON.stringify(space));
    assert.equal(found.open, text.indexOf('«'));
    assert.equal(found.close, text.indexOf('»'));
    assert.equal(insideQuote([found], found.inner.start), true);
    assert.equal(insideQuote([found], found.open), false);
    assert.equal(insideQuote([found], found.close), false);
  }
});

test('empty quotes are dropped', () => {
  assert.deepEqual(seen('Il a répondu « » puis « oui ».'), [q('oui', '«', '»')]);
});
