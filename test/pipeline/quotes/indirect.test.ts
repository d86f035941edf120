// Reported speech without quote marks (kind indirect): a speech verb taking a clause, with its subject.
// The reported words run from after the complementiser to the end of the clause.
import { loadVigie } from '../../../src/pipeline/load.js';
import { quoteTable, type QuoteRow } from './table.js';

const vigie = loadVigie();

const ROWS: QuoteRow[] = [
  { name: 'X a estimé que …', body: 'Vladimir Poutine a estimé que les sanctions occidentales avaient échoué.',
    quote: 'les sanctions occidentales avaient échoué', kind: 'indirect', speaker: 'Vladimir Poutine', cue: 'estimer' },
  { name: 'X a assuré que …', body: 'Emmanuel Macron a assuré que la France continuerait de soutenir l\'Ukraine.',
    quote: 'la France continuerait de soutenir l\'Ukraine', kind: 'indirect', speaker: 'Emmanuel Macron', cue: 'assurer' },
  { name: "an institution: le Kremlin a affirmé qu'…", body: 'Le Kremlin a affirmé qu\'aucune négociation n\'était prévue avec Kiev.',
    quote: 'aucune négociation n\'était prévue avec Kiev', kind: 'indirect', speaker: 'Kremlin', code: 'RUS', cue: 'affirmer' },
  { name: 'role and name: X a souligné que …', body: 'Le chef de la diplomatie chinoise Wang Yi a souligné que Pékin restait attaché au dialogue.',
    quote: 'Pékin restait attaché au dialogue', kind: 'indirect', speaker: 'Wang Yi', cue: 'souligner' },
  { name: 'the clause ends at a semicolon', body: 'Olaf Scholz a rappelé que l\'Allemagne tiendrait ses engagements ; le débat reprendra jeudi.',
    quote: 'l\'Allemagne tiendrait ses engagements', kind: 'indirect', speaker: 'Olaf Scholz', cue: 'rappeler' },
  { name: 'X said that …', lang: 'en', body: 'Joe Biden said that the United States would keep supporting Ukraine.',
    quote: 'the United States would keep supporting Ukraine', kind: 'indirect', speaker: 'Joe Biden', cue: 'say' },
  { name: 'an institution: X confirmed that …', lang: 'en', body: 'The Pentagon confirmed that two drones had been shot down over the Red Sea.',
    quote: 'two drones had been shot down over the Red Sea', kind: 'indirect', speaker: 'Pentagon', code: 'USA', cue: 'confirm' },
  { name: 'she said that …: she is the previous sentence\'s subject', lang: 'en',
    body: 'Ursula von der Leyen travelled to Kyiv on Monday. She said that Europe would stand by Ukraine.',
    quote: 'Europe would stand by Ukraine', kind: 'indirect', speaker: 'Ursula von der Leyen', cue: 'say' },
  { name: 'X said … without "that"', lang: 'en', body: 'Antony Blinken said the talks had been productive.',
    quote: 'the talks had been productive', kind: 'indirect', speaker: 'Antony Blinken', cue: 'say',
    todo: 'English reported speech without "that" (X said the talks …) is not found' },
];

quoteTable(vigie, 'reported speech', ROWS);
