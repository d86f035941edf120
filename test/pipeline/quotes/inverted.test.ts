// Inverted cues after the quote: '« … », a affirmé X', '« … », a-t-il ajouté' (il = the previous
// subject), pronominal verbs ("s'est réjoui"), '"…," said X', '"…," X said', '"…," X told reporters'.
import { loadVigie } from '../../../src/pipeline/load.js';
import { quoteTable, type QuoteRow } from './table.js';

const vigie = loadVigie();

const FRENCH: QuoteRow[] = [
  { name: 'a affirmé + name', body: '« Nous ne reculerons pas devant les menaces », a affirmé Vladimir Poutine lors d\'une conférence de presse.',
    quote: 'Nous ne reculerons pas devant les menaces', kind: 'direct', speaker: 'Vladimir Poutine', cue: 'affirmer' },
  { name: 'a-t-il ajouté: il is the previous sentence\'s subject',
    body: 'Le président russe Vladimir Poutine s\'est exprimé mardi à Moscou. « Nos forces sont prêtes à toute éventualité », a-t-il ajouté.',
    quote: 'Nos forces sont prêtes à toute éventualité', kind: 'direct', speaker: 'Vladimir Poutine', cue: 'ajouter' },
  { name: 'a-t-elle promis: elle is the previous sentence\'s subject',
    body: 'Ursula von der Leyen s\'est rendue lundi à Kiev. « L\'Europe sera là aussi longtemps qu\'il le faudra », a-t-elle promis.',
    quote: 'L\'Europe sera là aussi longtemps qu\'il le faudra', kind: 'direct', speaker: 'Ursula von der Leyen', cue: 'promettre' },
  { name: "s'est réjoui + role and name", body: '« Cet accord marque une étape historique pour notre pays », s\'est réjoui le président Emmanuel Macron.',
    quote: 'Cet accord marque une étape historique pour notre pays', kind: 'direct', speaker: 'Emmanuel Macron', cue: 'réjouir' },
  { name: "s'est inquiété + role, comma, name",
    body: '« La situation humanitaire se dégrade de jour en jour », s\'est inquiété le secrétaire général de l\'ONU, António Guterres.',
    quote: 'La situation humanitaire se dégrade de jour en jour', kind: 'direct', speaker: 'António Guterres', cue: 'inquiéter' },
  { name: 'present tense: estime + role and name', body: '« Rien ne justifie cette escalade », estime le chef de la diplomatie européenne Josep Borrell.',
    quote: 'Rien ne justifie cette escalade', kind: 'direct', speaker: 'Josep Borrell', cue: 'estimer' },
  { name: 'an adverb between verb and subject: a déclaré mardi X', body: '« Le cessez-le-feu doit être respecté », a déclaré mardi Antony Blinken.',
    quote: 'Le cessez-le-feu doit être respecté', kind: 'direct', speaker: 'Antony Blinken', cue: 'déclarer' },
  { name: 'a question mark before the cue', body: '« Qui peut encore croire à ces promesses ? », a demandé Josep Borrell.',
    quote: 'Qui peut encore croire à ces promesses ?', kind: 'direct', speaker: 'Josep Borrell', cue: 'demander' },
];

const ENGLISH: QuoteRow[] = [
  { name: '"…," said X', lang: 'en', body: '"We will not back down in the face of threats," said Joe Biden on Tuesday.',
    quote: 'We will not back down in the face of threats,', kind: 'direct', speaker: 'Joe Biden', cue: 'say' },
  { name: '"…," X said', lang: 'en', body: '"There is no military solution to this conflict," Antony Blinken said.',
    quote: 'There is no military solution to this conflict,', kind: 'direct', speaker: 'Antony Blinken', cue: 'say' },
  { name: '"…," he said: he is the previous sentence\'s subject', lang: 'en',
    body: 'British Prime Minister Rishi Sunak spoke in London on Monday. "Our support will not waver," he said.',
    quote: 'Our support will not waver,', kind: 'direct', speaker: 'Rishi Sunak', cue: 'say' },
  { name: '“…,” X told reporters', lang: 'en', body: '“The talks were frank and useful,” Antony Blinken told reporters in Brussels.',
    quote: 'The talks were frank and useful,', kind: 'direct', speaker: 'Antony Blinken', cue: 'tell' },
  { name: '“…,” the minister told reporters: the role is the minister named before', lang: 'en',
    body: 'German Foreign Minister Annalena Baerbock met her Chinese counterpart on Monday. “The talks were frank and useful,” the minister told reporters in Brussels.',
    quote: 'The talks were frank and useful,', kind: 'direct', speaker: 'Annalena Baerbock', cue: 'tell' },
  { name: '"…?" asked X', lang: 'en', body: '"Who can still trust such promises?" asked Josep Borrell.',
    quote: 'Who can still trust such promises?', kind: 'direct', speaker: 'Josep Borrell', cue: 'ask' },
  { name: '"…," X warned on Sunday', lang: 'en', body: '"Any attack on our ships will meet a firm response," Lloyd Austin warned on Sunday.',
    quote: 'Any attack on our ships will meet a firm response,', kind: 'direct', speaker: 'Lloyd Austin', cue: 'warn' },
];

quoteTable(vigie, 'inverted, French', FRENCH);
quoteTable(vigie, 'inverted, English', ENGLISH);
