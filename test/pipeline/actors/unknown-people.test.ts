/**
 * Rule 6: people the base does not know, found by the shape of their name: a known given name
 * and capitalised words ('Sergueï Skripal'), or a family-first surname and a given name
 * ('Park Jin-woo'), with or without a role before them. A photo credit at the end of a caption
 * ('( AFP / Jean DUPONT )') names no actor, not even by a known surname.
 */
import { describe } from 'node:test';
import { table, type Row } from './helpers.js';

const GIVEN_NAMES_UNUSED = 'loadVigie() never passes data/actors/given-names.yaml to createActorStage (load.ts imports loadGivenNames but does not call it), so a bare unknown name is not found';

const FRENCH: Row[] = [
  {
    text: "L'ex-agent double Sergueï Skripal a été empoisonné à Salisbury.",
    want: [{ span: 'Sergueï Skripal', name: 'Sergueï Skripal', kind: 'person', sector: 'SPY' }],
    listed: ['Sergueï Skripal'],
  },
  {
    text: 'Le journaliste biélorusse Roman Protassevitch a été gracié.',
    want: [{ span: 'Roman Protassevitch', kind: 'person', country: 'BLR', sector: 'MED' }, { span: 'journaliste biélorusse', name: 'Roman Protassevitch', via: 'role' }],
  },
  {
    text: 'Le diplomate sud-coréen Park Jin-woo a démenti les informations. Park a ensuite quitté la salle.',
    want: [{ span: 'Park Jin-woo', name: 'Park Jin-woo', kind: 'person', country: 'KOR' }, { span: 'Park#2', name: 'Park Jin-woo', via: 'surname' }],
  },
  {
    text: 'Sergueï Skripal a été empoisonné à Salisbury en 2018.',
    want: [{ span: 'Sergueï Skripal', name: 'Sergueï Skripal', kind: 'person', via: 'name' }],
    todo: GIVEN_NAMES_UNUSED,
  },
  {
    text: 'Roman Protassevitch a été arrêté après le déroutement de son avion.',
    want: [{ span: 'Roman Protassevitch', name: 'Roman Protassevitch', kind: 'person' }],
    todo: GIVEN_NAMES_UNUSED,
  },
  {
    text: 'Selon Han Tae-song, la résolution est injuste.',
    want: [{ span: 'Han Tae-song', name: 'Han Tae-song', kind: 'person' }],
    todo: GIVEN_NAMES_UNUSED,
  },
  {
    text: 'Des manifestants défilent à Minsk, le 5 novembre 2023. ( AFP / Sergueï GAPON )\n\nLe rassemblement a été dispersé dans la soirée.',
    none: ['Sergueï GAPON', 'GAPON', 'Sergueï'],
    unlisted: ['Sergueï GAPON'],
  },
  {
    text: 'Le ministre russe de la Défense Sergueï Choïgou est arrivé à Pékin.\n\nUne délégation à l\'aéroport, le 7 novembre 2023. ( AFP / Pavel CHOÏGOU )\n\nChoïgou doit rencontrer son homologue.',
    want: [{ span: 'Choïgou#2', name: 'Sergueï Choïgou', via: 'surname' }],
    none: ['CHOÏGOU', 'Pavel CHOÏGOU'],
  },
];

const ENGLISH: Row[] = [
  {
    text: 'Former spy Sergei Skripal was poisoned in Salisbury.',
    want: [{ span: 'Sergei Skripal', name: 'Sergei Skripal', kind: 'person' }],
  },
  {
    text: 'Opposition activist Roman Protasevich was detained in Minsk.',
    want: [{ span: 'Roman Protasevich', name: 'Roman Protasevich', kind: 'person' }],
  },
  {
    text: 'South Korean diplomat Park Jin-woo denied the report. Park later left the room.',
    want: [{ span: 'Park Jin-woo', country: 'KOR' }, { span: 'Park#2', name: 'Park Jin-woo', via: 'surname' }],
  },
  {
    text: 'Joe Biden met the chancellor in Berlin.\n\nJoe Biden at the summit on Tuesday. (AFP / Mandel BIDEN)\n\nBiden praised the deal.',
    want: [{ span: 'Biden#3', name: 'Joe Biden', via: 'surname' }],
    none: ['BIDEN', 'Mandel BIDEN'],
  },
];

describe('unknown people and photo credits (French)', () => table('fr', FRENCH));
describe('unknown people and photo credits (English)', () => table('en', ENGLISH));
