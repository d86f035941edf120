// Non-verbal cues: 'selon lui', "d'après elle", 'selon le ministère', 'X, selon qui « … »', 'according to X'.
import { loadVigie } from '../../../src/pipeline/load.js';
import { quoteTable, type QuoteRow } from './table.js';

const vigie = loadVigie();

const CUES: QuoteRow[] = [
  { name: 'selon lui: the man of the sentence before', body: 'Emmanuel Macron s\'est rendu mardi à Berlin. Selon lui, l\'Europe doit « prendre son destin en main ».',
    quote: 'prendre son destin en main', kind: 'partial', speaker: 'Emmanuel Macron', cue: 'selon' },
  { name: "d'après elle: the woman of the sentence before", body: 'Kaja Kallas a reçu mardi les ministres baltes. D\'après elle, la région doit « rester unie face à la menace ».',
    quote: 'rester unie face à la menace', kind: 'partial', speaker: 'Kaja Kallas', cue: 'après' },
  { name: 'selon + a ministry', body: 'Selon le ministère russe de la Défense, les frappes ont visé « des cibles militaires légitimes ».',
    quote: 'des cibles militaires légitimes', kind: 'partial', speaker: 'ministère russe de la Défense', code: 'RUS', cue: 'selon' },
  { name: 'selon + a capital', body: 'Selon Washington, ces manœuvres constituent « une provocation inutile ».',
    quote: 'une provocation inutile', kind: 'partial', speaker: 'États-Unis', code: 'USA', cue: 'selon' },
  { name: 'X, selon qui « … »: the speaker is before the comma',
    body: 'Le chef de la diplomatie russe Sergueï Lavrov, selon qui ces sanctions « ne changeront rien », a quitté la réunion.',
    quote: 'ne changeront rien', kind: 'partial', speaker: 'Sergueï Lavrov', cue: 'selon' },
  { name: 'selon + name, then a whole statement', body: 'Selon Antony Blinken, « les deux parties doivent revenir à la table des négociations ».',
    quote: 'les deux parties doivent revenir à la table des négociations', kind: 'direct', speaker: 'Antony Blinken', cue: 'selon',
    todo: "a whole clause in marks after 'Selon X,' is a direct quote (gold dev-fr-01); the stage calls it partial" },
  { name: 'according to + name', lang: 'en', body: 'According to Antony Blinken, Washington is "deeply concerned" by the move.',
    quote: 'deeply concerned', kind: 'partial', speaker: 'Antony Blinken', cue: 'according' },
  { name: 'according to + an institution', lang: 'en', body: 'According to the Pentagon, the strikes hit "a weapons depot used by the militia".',
    quote: 'a weapons depot used by the militia', kind: 'partial', speaker: 'Pentagon', code: 'USA', cue: 'according' },
  { name: 'according to him: the man of the sentence before', lang: 'en',
    body: 'Olaf Scholz met the leaders of the Baltic states on Monday. According to him, the alliance must remain "vigilant and united".',
    quote: 'vigilant and united', kind: 'partial', speaker: 'Olaf Scholz', cue: 'according' },
];

quoteTable(vigie, 'non-verbal cues', CUES);
