// Traps: headline quotes, nested marks, a quote nobody is credited with (a placard), two speakers in
// one paragraph, words in marks that are no quotation (scare quotes, slogans, operation names), and a
// second clause ('tandis que X appelait à « … »') whose quote is X's, not the first clause's speaker's.
import { loadVigie } from '../../../src/pipeline/load.js';
import { notQuoteTable, quoteTable, type NotQuoteRow, type QuoteRow } from './table.js';

const vigie = loadVigie();

const HEADLINES: QuoteRow[] = [
  { name: 'a headline quote with its inverted cue', title: '« Nous tiendrons », promet Volodymyr Zelensky',
    body: '« Nous tiendrons aussi longtemps qu\'il le faudra », a déclaré Volodymyr Zelensky devant le Parlement.',
    quote: 'Nous tiendrons', inTitle: true, kind: 'direct', speaker: 'Volodymyr Zelensky', cue: 'promettre' },
  { name: 'the body quote after a headline quote keeps its own cue', title: '« Nous tiendrons », promet Volodymyr Zelensky',
    body: '« Nous tiendrons aussi longtemps qu\'il le faudra », a déclaré Volodymyr Zelensky devant le Parlement.',
    quote: 'Nous tiendrons aussi longtemps qu\'il le faudra', kind: 'direct', speaker: 'Volodymyr Zelensky', cue: 'déclarer' },
  { name: "a-t-il in the body: il is the body's subject, not the headline's speaker", title: '« Aucune trêve », tranche Vladimir Poutine',
    body: 'Le président ukrainien Volodymyr Zelensky s\'est exprimé mardi devant le Parlement. « Nous tiendrons aussi longtemps qu\'il le faudra », a-t-il déclaré.',
    quote: 'Nous tiendrons aussi longtemps qu\'il le faudra', kind: 'direct', speaker: 'Volodymyr Zelensky', cue: 'déclarer' },
  { name: 'a headline "Name: « … »"', title: 'Zelensky : « Nous tiendrons »',
    body: '« Nous tiendrons aussi longtemps qu\'il le faudra », a déclaré Volodymyr Zelensky devant le Parlement.',
    quote: 'Nous tiendrons', inTitle: true, kind: 'direct', speaker: 'Volodymyr Zelensky',
    todo: "the colon cue 'X : « … »' (quote-cues.yaml fr.cue.colon) is not read: a headline 'Name : « … »' gets no quote" },
];

const NESTED: QuoteRow[] = [
  { name: 'the inner quote is part of the outer one, not a quote of its own', body: '« Ce qu\'ils appellent une “opération spéciale” est une guerre », a lancé Josep Borrell.',
    quote: 'Ce qu\'ils appellent une “opération spéciale” est une guerre', kind: 'direct', speaker: 'Josep Borrell' },
];

const NO_SPEAKER: QuoteRow[] = [
  { name: 'a placard: pouvait-on lire sur une pancarte → no speaker',
    body: '« Halte aux bombardements sur les civils de Gaza », pouvait-on lire sur une pancarte brandie par des manifestants.',
    quote: 'Halte aux bombardements sur les civils de Gaza', kind: 'direct', speaker: null },
  { name: 'a banner → no speaker', lang: 'en',
    body: '"Stop the bombing of civilians in Gaza now," read a banner carried by the protesters.',
    quote: 'Stop the bombing of civilians in Gaza now,', kind: 'direct', speaker: null },
];

const TWO_SPEAKERS = '« Nous ne laisserons pas faire », a prévenu Emmanuel Macron. « Cette menace est sans fondement », a répliqué Vladimir Poutine.';
const CLAUSES: QuoteRow[] = [
  { name: 'two speakers in one paragraph: the first', body: TWO_SPEAKERS,
    quote: 'Nous ne laisserons pas faire', kind: 'direct', speaker: 'Emmanuel Macron', cue: 'prévenir' },
  { name: 'two speakers in one paragraph: the second', body: TWO_SPEAKERS,
    quote: 'Cette menace est sans fondement', kind: 'direct', speaker: 'Vladimir Poutine', cue: 'répliquer' },
  { name: "tandis que X appelait à « … » → X",
    body: 'Emmanuel Macron a jugé la situation « très préoccupante », tandis que le chancelier Olaf Scholz appelait à « la retenue de toutes les parties ».',
    quote: 'la retenue de toutes les parties', kind: 'partial', speaker: 'Olaf Scholz', cue: 'appeler' },
  { name: 'the first clause before tandis que keeps its speaker',
    body: 'Emmanuel Macron a jugé la situation « très préoccupante », tandis que le chancelier Olaf Scholz appelait à « la retenue de toutes les parties ».',
    quote: 'très préoccupante', kind: 'partial', speaker: 'Emmanuel Macron', cue: 'juger' },
  { name: 'while X urged "…" → X', lang: 'en',
    body: 'Joe Biden called the strike "a grave mistake", while Rishi Sunak urged "restraint on all sides".',
    quote: 'restraint on all sides', kind: 'partial', speaker: 'Rishi Sunak', cue: 'urge' },
  { name: 'alors que X jugeait … « … » → X, not the inverted cue before',
    body: '« Nous ne laisserons pas faire », a prévenu Emmanuel Macron, alors que Vladimir Poutine jugeait ces menaces « sans fondement ».',
    quote: 'sans fondement', kind: 'partial', speaker: 'Vladimir Poutine' },
  { name: "a noun that looks like a verb ('ces menaces') is not the cue",
    body: '« Nous ne laisserons pas faire », a prévenu Emmanuel Macron, alors que Vladimir Poutine jugeait ces menaces « sans fondement ».',
    quote: 'sans fondement', kind: 'partial', speaker: 'Vladimir Poutine', cue: 'juger',
    todo: "the noun 'menaces' is read as a form of the speech verb menacer; the cue should be juger" },
];

const NOT_QUOTES: NotQuoteRow[] = [
  { name: 'the inner marks of a nested quote', body: '« Le mot “crise” est bien trop faible pour décrire la situation », a jugé Emmanuel Macron.', words: 'crise' },
  { name: 'an operation name: baptisée « … »', body: 'L\'armée israélienne a lancé une opération baptisée « Bouclier du Nord » à la frontière libanaise.',
    words: 'Bouclier du Nord', todo: "'lancer' (ambiguous) is taken as the cue of a name after 'baptisée'" },
  { name: 'an operation name: dubbed "…"', lang: 'en', body: 'Israel launched an operation dubbed "Northern Shield" along the Lebanese border.', words: 'Northern Shield' },
  { name: 'a slogan chanted by a crowd', body: 'Des milliers de manifestants ont défilé aux cris de « Liberté, liberté » dans les rues de Téhéran.', words: 'Liberté, liberté' },
  { name: 'a scare quote on a policy name', body: 'Le gouvernement a présenté jeudi son « bouclier tarifaire » pour l\'hiver prochain.', words: 'bouclier tarifaire' },
  { name: 'a scare quote with no speech verb', lang: 'en', body: 'The so-called "peace plan" was presented in Riyadh on Thursday.', words: 'peace plan' },
  { name: 'the title of a report', body: 'Le rapport, intitulé « Une décennie perdue », sera présenté jeudi à Genève.', words: 'Une décennie perdue' },
];

quoteTable(vigie, 'headlines', HEADLINES);
quoteTable(vigie, 'nested', NESTED);
quoteTable(vigie, 'no speaker', NO_SPEAKER);
quoteTable(vigie, 'clauses and speakers', CLAUSES);
notQuoteTable(vigie, 'not a quotation', NOT_QUOTES);
