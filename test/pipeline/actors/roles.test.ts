/**
 * Rule 3: a role phrase before a name. A known name takes the base's person (country, sector and
 * office at the document's date); an unknown name becomes a person with the role's country and
 * sector; a name may come after a complement and a comma ('auprès des Nations unies, Han Tae-song').
 */
import { describe } from 'node:test';
import { table, type Row } from './helpers.js';

const FRENCH: Row[] = [
  {
    text: 'Le ministre russe de la Défense Sergueï Choïgou est arrivé à Pékin.',
    want: [{ span: 'Sergueï Choïgou', name: 'Sergueï Choïgou', kind: 'person', country: 'RUS', sector: 'MIL', role: 'defence_minister' }],
  },
  {
    text: 'Le Premier ministre indien Narendra Modi a reçu le président sud-africain Cyril Ramaphosa.',
    want: [{ span: 'Narendra Modi', country: 'IND', role: 'head_of_government' }, { span: 'Cyril Ramaphosa', country: 'ZAF', role: 'head_of_state' }],
  },
  {
    text: 'Le colonel malien Amadou Traoré a été arrêté à Kati.',
    want: [{ span: 'Amadou Traoré', name: 'Amadou Traoré', kind: 'person', country: 'MLI', sector: 'MIL' }, { span: 'colonel malien', name: 'Amadou Traoré', via: 'role' }],
    listed: ['Amadou Traoré'],
  },
  {
    text: 'Le commandant ukrainien Oleksandr Bilenko a été blessé près de Bakhmout.',
    want: [{ span: 'Oleksandr Bilenko', kind: 'person', country: 'UKR', sector: 'MIL' }],
  },
  {
    text: "L'ambassadeur nord-coréen auprès des Nations unies, Han Tae-song, a rejeté la résolution.",
    want: [
      { span: 'Han Tae-song', name: 'Han Tae-song', kind: 'person', country: 'PRK', sector: 'GOV' },
      { span: 'ambassadeur nord-coréen', name: 'Han Tae-song', via: 'role' },
      { span: 'Nations unies', org: 'UN' },
    ],
  },
  {
    text: 'Le chef de la diplomatie iranienne, Abbas Araghchi, est attendu à Moscou.',
    want: [{ span: 'Abbas Araghchi', country: 'IRN', role: 'foreign_minister' }],
  },
  {
    text: 'Le ministre malien des Affaires étrangères, Abdoulaye Diop, a convoqué l\'ambassadeur.',
    want: [{ span: 'Abdoulaye Diop', country: 'MLI', sector: 'GOV', role: 'foreign_minister' }],
  },
  {
    text: "Le secrétaire général de l'Otan, Jens Stoltenberg, a appelé à l'unité.",
    want: [{ span: 'Jens Stoltenberg', org: 'NATO', sector: 'IGO' }, { span: 'Otan', org: 'NATO' }],
  },
  {
    text: "Le porte-parole de l'armée nigérienne, le colonel Amadou Abdramane, a lu un communiqué.",
    want: [{ span: 'Amadou Abdramane', kind: 'person', country: 'NER', sector: 'MIL' }],
    todo: "a name behind 'le colonel' after the complement and the comma does not take the role phrase's country",
  },
  {
    text: 'Un diplomate américain a jugé la situation préoccupante.',
    want: [{ span: 'diplomate américain', kind: 'person', country: 'USA', via: 'anonymous' }],
    none: ['jugé'],
    todo: "the past participle 'jugé' is read as the role noun 'juge' (an anonymous JUD person)",
  },
];

const ENGLISH: Row[] = [
  {
    text: 'US President Joe Biden met Chinese leader Xi Jinping in California.',
    want: [{ span: 'Joe Biden', country: 'USA', role: 'head_of_state' }, { span: 'Xi Jinping', country: 'CHN', role: 'head_of_state' }, { span: 'US', country: 'USA' }],
  },
  {
    text: "Iran's foreign minister Abbas Araghchi arrived in Oman.",
    want: [{ span: 'Abbas Araghchi', name: 'Abbas Araghchi', country: 'IRN', sector: 'GOV', role: 'foreign_minister' }, { span: 'Iran', country: 'IRN' }],
  },
  {
    text: 'Russian Defence Minister Sergei Shoigu visited Beijing.',
    want: [{ span: 'Sergei Shoigu', name: 'Sergei Shoigu', country: 'RUS', sector: 'MIL' }],
  },
  {
    text: 'Israeli Prime Minister Benjamin Netanyahu rejected the plan.',
    want: [{ span: 'Benjamin Netanyahu', country: 'ISR', role: 'head_of_government' }],
  },
  {
    text: 'UN Secretary-General Antonio Guterres called for a ceasefire.',
    want: [{ span: 'Antonio Guterres', org: 'UN', sector: 'IGO' }],
  },
  {
    text: "Ukraine's defence minister Rustem Umerov visited Washington.",
    want: [{ span: 'Rustem Umerov', country: 'UKR', sector: 'MIL' }],
  },
  {
    text: 'Former spy Sergei Skripal was poisoned in Salisbury.',
    want: [{ span: 'Sergei Skripal', name: 'Sergei Skripal', kind: 'person', sector: 'SPY' }, { span: 'spy', name: 'Sergei Skripal', via: 'role' }],
  },
];

describe('role phrases with a name (French)', () => table('fr', FRENCH));
describe('role phrases with a name (English)', () => table('en', ENGLISH));
