/**
 * Rule 7: bodies of a state ('l'armée russe', 'the Sudanese army', 'la police kényane') are
 * organisations with the state's country and the body's sector; a bare body ('les militaires')
 * takes the country the text is about.
 */
import { describe } from 'node:test';
import { table, type Row } from './helpers.js';

const FRENCH: Row[] = [
  {
    text: "L'armée russe a bombardé la ville dans la nuit.",
    want: [{ span: 'armée', kind: 'org', country: 'RUS', sector: 'MIL', via: 'body' }, { span: 'russe', country: 'RUS', via: 'demonym' }],
    once: ['armée', 'russe'], listed: ['armée'], unlisted: ['Russie'],
  },
  { text: 'La marine chinoise a mené des exercices au large de Taïwan.', want: [{ span: 'marine', kind: 'org', country: 'CHN', sector: 'MIL' }] },
  { text: 'Les forces armées ukrainiennes ont repoussé l\'assaut.', want: [{ span: 'forces armées', country: 'UKR', sector: 'MIL' }] },
  { text: "L'armée de l'air israélienne a frappé le sud de Gaza.", want: [{ span: "armée de l'air", country: 'ISR', sector: 'MIL' }] },
  { text: 'La police kényane a dispersé les manifestants.', want: [{ span: 'police', kind: 'org', country: 'KEN', sector: 'COP' }] },
  { text: 'Le gouvernement israélien a approuvé le plan.', want: [{ span: 'gouvernement', kind: 'org', country: 'ISR', sector: 'GOV' }] },
  { text: 'Au Mali, les militaires ont promis une transition.', want: [{ span: 'militaires', kind: 'org', country: 'MLI', sector: 'MIL' }] },
  {
    text: 'Le Mali a annoncé le report des élections. Les militaires au pouvoir invoquent des raisons techniques.',
    want: [{ span: 'militaires au pouvoir', kind: 'org', country: 'MLI', sector: 'MIL' }],
  },
  {
    text: 'La junte malienne a expulsé un diplomate. Les militaires ont justifié leur décision.',
    want: [{ span: 'junte', country: 'MLI', sector: 'MIL' }, { span: 'militaires', country: 'MLI', sector: 'MIL' }],
  },
  {
    text: "Au Mali, la junte a expulsé l'ambassadeur de France. Les militaires ont promis des élections.",
    want: [{ span: 'militaires', kind: 'org', country: 'MLI', sector: 'MIL' }],
    todo: "a bare body takes the last state named before it ('France' in 'l'ambassadeur de France'), not the country the text is about",
  },
];

const ENGLISH: Row[] = [
  {
    text: 'The Sudanese army shelled the city overnight.',
    want: [{ span: 'army', kind: 'org', country: 'SDN', sector: 'MIL', via: 'body' }],
    listed: ['army'], unlisted: ['Sudan'],
  },
  { text: 'The Russian army withdrew from Kherson.', want: [{ span: 'army', country: 'RUS', sector: 'MIL' }] },
  { text: "Fighting between Sudan's army and the militia resumed.", want: [{ span: 'army', country: 'SDN', sector: 'MIL' }] },
  { text: 'The Israeli military said it struck Gaza.', want: [{ span: 'military', country: 'ISR', sector: 'MIL' }] },
  { text: 'Chinese police detained two activists.', want: [{ span: 'police', country: 'CHN', sector: 'COP' }] },
  {
    text: 'The Sudanese army shelled the city overnight.',
    want: [{ span: 'Sudanese', country: 'SDN', via: 'demonym' }],
    once: ['Sudanese'],
    todo: "a demonym before a body ('Sudanese army', 'Russian officials') is mentioned twice: once as a state hit, once as the body's place",
  },
];

describe('bodies of states (French)', () => table('fr', FRENCH));
describe('bodies of states (English)', () => table('en', ENGLISH));
