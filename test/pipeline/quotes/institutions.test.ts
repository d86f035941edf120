// Institutions and countries as speakers: a capital stands for its state, a seat of power or a
// ministry is the speaker (with its country), a communiqué is the words of the body that issued it.
import { loadVigie } from '../../../src/pipeline/load.js';
import { quoteTable, type QuoteRow } from './table.js';

const vigie = loadVigie();

const SPEAKERS: QuoteRow[] = [
  { name: 'Pékin a dénoncé « … » → China', body: 'Pékin a dénoncé « une ingérence inacceptable » dans ses affaires intérieures.',
    quote: 'une ingérence inacceptable', kind: 'partial', speaker: 'Chine', code: 'CHN', cue: 'dénoncer' },
  { name: 'Moscou a accusé Washington de vouloir « … » → Russia', body: 'Moscou a accusé Washington de vouloir « prolonger la guerre » en Ukraine.',
    quote: 'prolonger la guerre', kind: 'partial', speaker: 'Russie', code: 'RUS', cue: 'accuser' },
  { name: "a indiqué l'Élysée → the Élysée (FRA)", body: '« La France condamne fermement cette attaque », a indiqué l\'Élysée dans un communiqué.',
    quote: 'La France condamne fermement cette attaque', kind: 'direct', speaker: 'Élysée', code: 'FRA', cue: 'indiquer' },
  { name: 'le Kremlin a qualifié … de « … »', body: 'Le Kremlin a qualifié ces accusations de « totalement absurdes ».',
    quote: 'totalement absurdes', kind: 'partial', speaker: 'Kremlin', code: 'RUS', cue: 'qualifier' },
  { name: 'Beijing denounced "…" → China', lang: 'en', body: 'Beijing denounced "a blatant interference" in its internal affairs.',
    quote: 'a blatant interference', kind: 'partial', speaker: 'China', code: 'CHN', cue: 'denounce' },
];

const COMMUNIQUES: QuoteRow[] = [
  { name: 'a déclaré le Pentagone dans un communiqué', body: '« Les États-Unis ne toléreront aucune attaque contre leurs forces », a déclaré le Pentagone dans un communiqué.',
    quote: 'Les États-Unis ne toléreront aucune attaque contre leurs forces', kind: 'direct', speaker: 'Pentagone', code: 'USA', cue: 'déclarer' },
  { name: 'dans un communiqué, le Quai d\'Orsay a appelé « … »', body: 'Dans un communiqué publié mardi, le Quai d\'Orsay a appelé « toutes les parties à la retenue ».',
    quote: 'toutes les parties à la retenue', kind: 'partial', speaker: 'Quai d\'Orsay', code: 'FRA', cue: 'appeler' },
  { name: 'a ministry a indiqué dans un communiqué : « … »',
    body: 'Le ministère iranien des Affaires étrangères a indiqué dans un communiqué : « L\'Iran répondra avec fermeté à toute agression. »',
    quote: 'L\'Iran répondra avec fermeté à toute agression.', kind: 'direct', speaker: 'ministère iranien des Affaires étrangères', code: 'IRN', cue: 'indiquer' },
  { name: 'Downing Street said in a statement', lang: 'en', body: '"The United Kingdom stands firmly with Ukraine," Downing Street said in a statement.',
    quote: 'The United Kingdom stands firmly with Ukraine,', kind: 'direct', speaker: 'Downing Street', code: 'GBR', cue: 'say' },
];

quoteTable(vigie, 'institutions and countries', SPEAKERS);
quoteTable(vigie, 'communiqués', COMMUNIQUES);
