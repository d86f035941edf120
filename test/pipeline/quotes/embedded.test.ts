// Quotes embedded in the writer's sentence: after a reported clause ('X a estimé que … « … »'), after
// an appeal with an infinitive ('X a appelé Y à « … »' → X), after a participle (', estimant que …').
import { loadVigie } from '../../../src/pipeline/load.js';
import { quoteTable, type QuoteRow } from './table.js';

const vigie = loadVigie();

const AFTER_THAT: QuoteRow[] = [
  { name: 'X a estimé que Y cherchait à « … »', body: 'Vladimir Poutine a estimé que l\'Otan cherchait à « encercler la Russie » depuis des années.',
    quote: 'encercler la Russie', kind: 'partial', speaker: 'Vladimir Poutine', cue: 'estimer' },
  { name: "X a assuré qu'il … « … »", body: 'Emmanuel Macron a assuré que la France ne ferait « aucune concession » sur ce point.',
    quote: 'aucune concession', kind: 'partial', speaker: 'Emmanuel Macron', cue: 'assurer' },
  { name: 'X said Y was trying to "…"', lang: 'en', body: 'Joe Biden said Moscow was trying to "wipe Ukraine off the map".',
    quote: 'wipe Ukraine off the map', kind: 'partial', speaker: 'Joe Biden', cue: 'say' },
];

const APPEALS: QuoteRow[] = [
  { name: 'le G7 a appelé Pékin à « … » Moscou', body: 'Le G7 a appelé Pékin à « ne pas aider » Moscou dans sa guerre contre l\'Ukraine.',
    quote: 'ne pas aider', kind: 'partial', speaker: 'Groupe des sept', code: 'G7', cue: 'appeler' },
  { name: "l'UE a exhorté Téhéran à « … »", body: 'L\'Union européenne a exhorté Téhéran à « cesser immédiatement » ses livraisons de drones.',
    quote: 'cesser immédiatement', kind: 'partial', speaker: 'Union européenne', code: 'EU', cue: 'exhorter' },
  { name: 'X urged Y "to …"', lang: 'en', body: 'The G7 urged China "not to help" Russia in its war against Ukraine.',
    quote: 'not to help', kind: 'partial', speaker: 'Group of Seven', code: 'G7', cue: 'urge' },
];

const PARTICIPLES: QuoteRow[] = [
  { name: ', estimant que … « … » → the main subject',
    body: 'Vladimir Poutine a rejeté les sanctions occidentales, estimant que l\'Occident voulait « affaiblir la Russie ».',
    quote: 'affaiblir la Russie', kind: 'partial', speaker: 'Vladimir Poutine', cue: 'estimer' },
  { name: ', accusant Y de … « … » → the main subject',
    body: 'Le président turc Recep Tayyip Erdogan a haussé le ton, accusant Israël de commettre « des crimes de guerre » à Gaza.',
    quote: 'des crimes de guerre', kind: 'partial', speaker: 'Recep Tayyip Erdogan', cue: 'accuser' },
  { name: ', saying it was "…" → the main subject', lang: 'en',
    body: 'Joe Biden defended the aid package, saying it was "a sound investment in our own security".',
    quote: 'a sound investment in our own security', kind: 'partial', speaker: 'Joe Biden', cue: 'say' },
];

quoteTable(vigie, 'embedded after a reported clause', AFTER_THAT);
quoteTable(vigie, 'embedded after an appeal', APPEALS);
quoteTable(vigie, 'embedded after a participle', PARTICIPLES);
