// A quote with no cue of its own keeps the speaker of the quote it continues: the next paragraph,
// the next sentence, or the second half of a quote split by its cue ('« … », a-t-il dit, « … »').
import { loadVigie } from '../../../src/pipeline/load.js';
import { quoteTable, type QuoteRow } from './table.js';

const vigie = loadVigie();

const SPLIT = 'Emmanuel Macron a reçu mardi son homologue allemand. « Les discussions ont été franches », a-t-il dit, « mais aucun accord n\'a été trouvé ».';
const SPLIT_EN = '"We have made real progress," said Antony Blinken, "but much remains to be done."';

const ROWS: QuoteRow[] = [
  { name: 'next paragraph, no cue: the speaker carries over',
    body: 'Volodymyr Zelensky a déclaré : « Nous tiendrons aussi longtemps qu\'il le faudra. »\n\n« Nos soldats défendent chaque mètre de notre terre. »',
    quote: 'Nos soldats défendent chaque mètre de notre terre.', kind: 'direct', speaker: 'Volodymyr Zelensky', cue: null },
  { name: 'next paragraph, no cue, English', lang: 'en',
    body: '"We will hold on as long as it takes," Volodymyr Zelensky told lawmakers.\n\n"Our soldiers are defending every metre of our land."',
    quote: 'Our soldiers are defending every metre of our land.', kind: 'direct', speaker: 'Volodymyr Zelensky', cue: null },
  { name: 'split by its cue: the first half', body: SPLIT,
    quote: 'Les discussions ont été franches', kind: 'direct', speaker: 'Emmanuel Macron', cue: 'dire' },
  { name: 'split by its cue: the second half, same speaker', body: SPLIT,
    quote: 'mais aucun accord n\'a été trouvé', kind: 'direct', speaker: 'Emmanuel Macron',
    todo: 'the second half of a quote split by its cue is a direct quote (gold dev-fr-03, dev-fr-06); the stage calls it partial' },
  { name: 'split by its cue, English: the first half', lang: 'en', body: SPLIT_EN,
    quote: 'We have made real progress,', kind: 'direct', speaker: 'Antony Blinken', cue: 'say' },
  { name: 'split by its cue, English: the second half, same speaker', lang: 'en', body: SPLIT_EN,
    quote: 'but much remains to be done.', kind: 'direct', speaker: 'Antony Blinken',
    todo: 'the second half of a quote split by its cue is a direct quote (gold dev-en-05, dev-en-09); the stage calls it partial' },
  { name: 'next sentence, no cue: the speaker carries over',
    body: '« Nous condamnons cette attaque avec la plus grande fermeté », a déclaré Olaf Scholz. « Les responsables devront rendre des comptes devant la justice. »',
    quote: 'Les responsables devront rendre des comptes devant la justice.', kind: 'direct', speaker: 'Olaf Scholz', cue: null },
  { name: 'next sentence, no cue, English', lang: 'en',
    body: '"We condemn this attack in the strongest terms," Olaf Scholz said. "Those responsible will be held to account."',
    quote: 'Those responsible will be held to account.', kind: 'direct', speaker: 'Olaf Scholz', cue: null },
  { name: 'after two speakers, the last one carries over',
    body: '« Nous sommes prêts à signer », a assuré Olaf Scholz. « Rien n\'est encore décidé », a rétorqué Emmanuel Macron. « Il faudra encore des semaines de travail. »',
    quote: 'Il faudra encore des semaines de travail.', kind: 'direct', speaker: 'Emmanuel Macron', cue: null },
  { name: 'a quote with its own cue does not carry over the previous speaker',
    body: '« Nous sommes prêts à signer », a assuré Olaf Scholz.\n\n« Rien n\'est encore décidé », a rétorqué Emmanuel Macron.',
    quote: 'Rien n\'est encore décidé', kind: 'direct', speaker: 'Emmanuel Macron', cue: 'rétorquer' },
];

quoteTable(vigie, 'continuation', ROWS);
