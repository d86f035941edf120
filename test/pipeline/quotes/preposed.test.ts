// Preposed cues: a speech verb and its subject before the quote ('X a déclaré : « … »', 'X said: "…"'),
// or at the end of the paragraph before ('X a déclaré :' then the quote's paragraph).
import { loadVigie } from '../../../src/pipeline/load.js';
import { quoteTable, type QuoteRow } from './table.js';

const vigie = loadVigie();

const SAME_SENTENCE: QuoteRow[] = [
  { name: 'X a déclaré : « … »', body: 'Emmanuel Macron a déclaré : « La France se tiendra aux côtés de ses alliés. »',
    quote: 'La France se tiendra aux côtés de ses alliés.', kind: 'direct', speaker: 'Emmanuel Macron', cue: 'déclarer' },
  { name: 'role, name in apposition, adverb, colon', body: 'Le porte-parole du Kremlin, Dmitri Peskov, a affirmé mardi : « Aucune rencontre n\'est prévue pour l\'instant. »',
    quote: 'Aucune rencontre n\'est prévue pour l\'instant.', kind: 'direct', speaker: 'Dmitri Peskov', cue: 'affirmer' },
  { name: 'a place before the subject is not the speaker', body: 'À Bruxelles, Josep Borrell a lancé : « L\'Europe doit parler d\'une seule voix sur ce dossier. »',
    quote: 'L\'Europe doit parler d\'une seule voix sur ce dossier.', kind: 'direct', speaker: 'Josep Borrell' },
  { name: 'X said: "…"', lang: 'en', body: 'Joe Biden said: "America will stand by its allies in this hour of need."',
    quote: 'America will stand by its allies in this hour of need.', kind: 'direct', speaker: 'Joe Biden', cue: 'say' },
  { name: 'a participial phrase first, then X warned: "…"', lang: 'en', body: 'Speaking in Warsaw, Olaf Scholz warned: "Europe cannot afford to look away."',
    quote: 'Europe cannot afford to look away.', kind: 'direct', speaker: 'Olaf Scholz', cue: 'warn' },
  { name: 'X a dénoncé « … » (a fragment)', body: 'Le chef de la diplomatie russe Sergueï Lavrov a dénoncé « une provocation délibérée » de Washington.',
    quote: 'une provocation délibérée', kind: 'partial', speaker: 'Sergueï Lavrov', cue: 'dénoncer' },
  { name: 'X described … as "…" (a fragment)', lang: 'en', body: 'Antony Blinken described the vote as "a step in the right direction" for the region.',
    quote: 'a step in the right direction', kind: 'partial', speaker: 'Antony Blinken', cue: 'describe' },
];

const PREVIOUS_PARAGRAPH: QuoteRow[] = [
  { name: 'X a déclaré : at the end of the paragraph before', body: 'Le chef de l\'État Emmanuel Macron a déclaré mardi :\n\n« La France se tiendra aux côtés de ses alliés dans cette épreuve. »',
    quote: 'La France se tiendra aux côtés de ses alliés dans cette épreuve.', kind: 'direct', speaker: 'Emmanuel Macron', cue: 'déclarer' },
  { name: 'X said: at the end of the paragraph before', lang: 'en', body: 'In a televised address, Volodymyr Zelensky said:\n\n"Every city we free brings us closer to peace."',
    quote: 'Every city we free brings us closer to peace.', kind: 'direct', speaker: 'Volodymyr Zelensky', cue: 'say' },
  { name: 'X a écrit sur X : then the quote paragraph', body: 'Le président ukrainien Volodymyr Zelensky a écrit sur les réseaux sociaux :\n\n« Chaque ville libérée nous rapproche de la paix. »',
    quote: 'Chaque ville libérée nous rapproche de la paix.', kind: 'direct', speaker: 'Volodymyr Zelensky', cue: 'écrire' },
];

quoteTable(vigie, 'preposed, same sentence', SAME_SENTENCE);
quoteTable(vigie, 'preposed, paragraph before', PREVIOUS_PARAGRAPH);
