/**
 * Rule 2: demonyms and compound prefixes ('russo-chinoises' names both states) are mentions; a
 * state named only by them, or only as the venue of something ('en visite en Australie'), is not
 * listed in the record unless an event or a quote uses it.
 */
import { describe } from 'node:test';
import { table, type Row } from './helpers.js';

const FRENCH: Row[] = [
  {
    text: 'Les relations russo-chinoises se sont encore renforcées.',
    want: [{ span: 'russo-chinoises', country: 'RUS', via: 'prefix' }, { span: 'russo-chinoises', country: 'CHN', via: 'prefix' }],
    unlisted: ['Russie', 'Chine'],
  },
  { text: 'Le partenariat franco-allemand est au cœur du sommet.', want: [{ span: 'franco-allemand', name: 'France' }, { span: 'franco-allemand', name: 'Allemagne' }], unlisted: ['France', 'Allemagne'] },
  { text: 'Le commerce sino-américain a reculé au troisième trimestre.', want: [{ span: 'sino-américain', country: 'CHN' }, { span: 'sino-américain', country: 'USA' }] },
  { text: 'Le conflit israélo-palestinien domine les débats.', want: [{ span: 'israélo-palestinien', country: 'ISR' }, { span: 'israélo-palestinien', country: 'PSE' }] },
  { text: 'Le président a effectué une visite en Australie.', want: [{ span: 'Australie', country: 'AUS', via: 'place' }], unlisted: ['Australie'] },
  { text: 'Le sommet régional s\'est tenu à Nairobi.', want: [{ span: 'Nairobi', country: 'KEN', via: 'place' }], unlisted: ['Kenya'] },
  { text: 'La France a signé un accord de défense avec l\'Australie.', want: [{ span: 'Australie', country: 'AUS', via: 'name' }], listed: ['France', 'Australie'] },
  { text: 'Un diplomate américain a estimé la situation préoccupante.', want: [{ span: 'américain', name: 'États-Unis', via: 'demonym' }], unlisted: ['États-Unis'] },
  { text: 'Les exportations américaines ont chuté en octobre.', want: [{ span: 'américaines', country: 'USA', via: 'demonym' }], unlisted: ['États-Unis'] },
  { text: 'Le pays a reçu des drones iraniens.', want: [{ span: 'iraniens', country: 'IRN' }], unlisted: ['Iran'] },
  // a venue an event uses is kept: the condemned attack took place in Syria
  { text: 'La Russie a condamné l\'attaque menée en Syrie.', want: [{ span: 'Syrie', country: 'SYR', via: 'place' }], listed: ['Russie', 'Syrie'] },
];

const ENGLISH: Row[] = [
  { text: 'Sino-Russian ties have deepened since the invasion.', want: [{ span: 'Sino-Russian', name: 'China', via: 'prefix' }, { span: 'Sino-Russian', name: 'Russia', via: 'prefix' }], unlisted: ['China', 'Russia'] },
  { text: 'The minister was on a visit to Australia.', want: [{ span: 'Australia', country: 'AUS', via: 'place' }], unlisted: ['Australia'] },
  { text: 'The president visited Australia on Tuesday.', want: [{ span: 'Australia', country: 'AUS', via: 'name' }], listed: ['Australia'] },
  { text: 'An American diplomat said the talks had failed.', want: [{ span: 'American', country: 'USA', via: 'demonym' }], unlisted: ['United States'] },
  { text: 'Russia condemned the strike in Syria.', want: [{ span: 'Syria', via: 'place' }, { span: 'Russia', via: 'name' }], listed: ['Russia'], unlisted: ['Syria'] },
  {
    text: 'Talks on the Israeli-Palestinian conflict resumed in Cairo.',
    want: [{ span: 'Israeli-Palestinian', country: 'ISR' }, { span: 'Israeli-Palestinian', country: 'PSE' }],
    todo: 'an English compound of two demonyms is not read: only prefixes (Sino-, Franco-) may come before the hyphen',
  },
];

describe('demonyms, prefixes and venues (French)', () => table('fr', FRENCH));
describe('demonyms, prefixes and venues (English)', () => table('en', ENGLISH));
