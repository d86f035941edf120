/**
 * Rule 5: coreference inside a document. A later surname is the person named in full before; a
 * subject pronoun ('il', '-t-il', 'elle', 'he', 'she') is the subject of the previous sentence,
 * not the last person named; a bare role noun ('le ministre') is the minister named before; a
 * person's name is written as the text writes it, not as the base spells it.
 */
import { describe } from 'node:test';
import { table, type Row } from './helpers.js';

const FRENCH: Row[] = [
  {
    text: 'Le ministre russe de la Défense Sergueï Choïgou est arrivé mardi à Pékin. Choïgou doit rencontrer son homologue chinois.',
    want: [{ span: 'Choïgou#2', name: 'Sergueï Choïgou', via: 'surname' }],
    same: [['Sergueï Choïgou', 'Choïgou#2']],
  },
  {
    text: 'Sergueï Choïgou est arrivé mardi à Pékin. En recevant Zhang Youxia, il a déclaré que les liens étaient solides.',
    want: [{ span: 'il', name: 'Sergueï Choïgou', via: 'pronoun' }],
    differ: [['il', 'Zhang Youxia']],
  },
  {
    text: 'Sergueï Choïgou est arrivé mardi à Pékin. « Nos liens sont solides », a-t-il déclaré.',
    want: [{ span: '-t-il', name: 'Sergueï Choïgou', via: 'pronoun' }],
  },
  {
    text: 'Annalena Baerbock a reçu Dmytro Kouleba à Berlin. Elle a promis de nouvelles livraisons.',
    want: [{ span: 'Elle', name: 'Annalena Baerbock', via: 'pronoun' }],
    differ: [['Elle', 'Dmytro Kouleba']],
  },
  {
    text: 'Dmytro Kouleba a rencontré Annalena Baerbock à Berlin. Il a plaidé pour des missiles.',
    want: [{ span: 'Il', name: 'Dmytro Kouleba', via: 'pronoun' }],
    differ: [['Il', 'Annalena Baerbock']],
  },
  {
    text: 'Le ministre ukrainien des Affaires étrangères Dmytro Kouleba a reçu ses homologues. Le ministre a plaidé pour des sanctions.',
    want: [{ span: 'ministre#2', name: 'Dmytro Kouleba', via: 'role' }],
  },
  {
    text: 'Le chef de la diplomatie française Catherine Colonna est arrivée au Caire. La ministre doit rencontrer son homologue égyptien.',
    want: [{ span: 'ministre', name: 'Catherine Colonna', via: 'role' }],
  },
  {
    text: 'Benjamin Netanyahu a rejeté la proposition du Hamas. Netanyahu a ensuite quitté la salle.',
    want: [{ span: 'Benjamin Netanyahu', name: 'Benjamin Netanyahu', country: 'ISR' }, { span: 'Netanyahu#2', name: 'Benjamin Netanyahu', via: 'surname' }],
    listed: ['Benjamin Netanyahu'], unlisted: ['Benyamin Nétanyahou'],
  },
  {
    text: 'Benyamin Nétanyahou a rejeté la proposition du Hamas. Le Premier ministre israélien a promis de poursuivre les opérations.',
    want: [{ span: 'Premier ministre israélien', name: 'Benyamin Nétanyahou', via: 'role' }],
    same: [['Benyamin Nétanyahou', 'Premier ministre israélien']],
  },
  {
    text: 'Le président turc Recep Tayyip Erdogan a appelé à une trêve. « Il faut cesser les frappes », a ajouté M. Erdogan.',
    want: [{ span: 'Erdogan#2', name: 'Recep Tayyip Erdogan', via: 'surname' }],
    none: ['Il'],
  },
];

const ENGLISH: Row[] = [
  {
    text: 'Defence Minister Sergei Shoigu arrived in Beijing on Tuesday. He said ties were strong.',
    want: [{ span: 'He', name: 'Sergei Shoigu', via: 'pronoun' }],
  },
  {
    text: 'Joe Biden met Xi Jinping in California. He said the talks were useful.',
    want: [{ span: 'He', name: 'Joe Biden', via: 'pronoun' }],
    differ: [['He', 'Xi Jinping']],
  },
  {
    text: 'German Foreign Minister Annalena Baerbock arrived in Kyiv. She pledged more aid. Baerbock later met Ukrainian officials.',
    want: [{ span: 'She', name: 'Annalena Baerbock', via: 'pronoun' }, { span: 'Baerbock#2', name: 'Annalena Baerbock', via: 'surname' }],
  },
  {
    text: 'Antony Blinken landed in Tel Aviv on Friday. The secretary met Israeli leaders. Blinken then flew to Amman.',
    want: [{ span: 'secretary', name: 'Antony Blinken', via: 'role' }, { span: 'Blinken#2', name: 'Antony Blinken', via: 'surname' }],
  },
];

describe('coreference (French)', () => table('fr', FRENCH));
describe('coreference (English)', () => table('en', ENGLISH));
