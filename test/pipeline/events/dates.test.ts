/**
 * Time expressions: tables of news-style sentences written for these tests (French, then
 * English), each with the document's date and the expressions a reader would resolve; then a
 * recall check against the dated events of the gold annotations.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDateResolver } from '../../../src/pipeline/events/dates/index.js';
import { defaultDataDir, packageRoot } from '../../../src/paths.js';
import type { Lang } from '../../../src/model/types.js';

const resolver = createDateResolver(defaultDataDir);

/** [sentence, docDate, expected [text, value] pairs in order]. */
type Row = [string, string | null, [string, string][]];

function check(lang: Lang, [sentence, doc, want]: Row): void {
  const found = resolver.find(sentence, { start: 0, end: sentence.length }, lang, doc);
  for (const e of found) assert.equal(sentence.slice(e.start, e.end), e.text, `offsets of ${e.text}`);
  assert.deepEqual(found.map((e) => [e.text, e.value]), want, `${sentence} (document of ${doc})`);
}

const WED = '2023-11-08'; // a Wednesday

const FRENCH: Record<string, Row[]> = {
  weekdays: [
    ['Le ministre a pris la parole mercredi devant les députés.', WED, [['mercredi', '2023-11-08']]],
    ['Plus tôt mercredi, le porte-parole avait démenti toute rencontre.', WED, [['Plus tôt mercredi', '2023-11-08']]],
    ['Les combats ont repris mardi soir dans le nord du pays.', WED, [['mardi soir', '2023-11-07']]],
    ['Les blindés sont entrés dans la ville jeudi.', WED, [['jeudi', '2023-11-02']]],
    ['Jeudi dernier, le Parlement avait adopté le texte.', WED, [['Jeudi dernier', '2023-11-02']]],
    ['Le texte voté mercredi dernier a été publié.', WED, [['mercredi dernier', '2023-11-01']]],
    ['Des frappes ont visé le port dans la nuit de mardi à mercredi.', WED, [['dans la nuit de mardi à mercredi', '2023-11-07']]],
    ['La délégation était arrivée vendredi de la semaine dernière.', WED, [['vendredi de la semaine dernière', '2023-11-03']]],
    ['Le vote aura lieu lundi prochain.', WED, [['lundi prochain', '2023-11-13']]],
    ['Les troupes ont franchi la frontière samedi matin.', '2017-01', [['samedi matin', '2017-01']]],
    ['Les troupes ont franchi la frontière samedi.', '2017', [['samedi', '2017']]],
    ['Les troupes ont franchi la frontière samedi.', null, []],
  ],
  'explicit dates': [
    ['Le chef de l\'État s\'est exprimé mercredi 8 novembre à Moscou.', WED, [['mercredi 8 novembre', '2023-11-08']]],
    ['Le traité a été signé le 8 novembre 2023 à Genève.', '2024-02-01', [['8 novembre 2023', '2023-11-08']]],
    ['Le traité a été signé le 8 novembre 2023 à Genève.', null, [['8 novembre 2023', '2023-11-08']]],
    ['Les frappes du 1er avril sur le consulat ont été condamnées.', '2024-04-14', [['1er avril', '2024-04-01']]],
    ['Une taxe s\'appliquera à partir du 10 juin.', '2019-06-08', [['10 juin', '2019-06-10']]],
    ['L\'exercice se poursuit jusqu\'au 7 novembre.', '2018-10-25', [['7 novembre', '2018-11-07']]],
    ['Le port avait été pris le 24 mars par les insurgés.', '2021-02-10', [['24 mars', '2020-03-24']]],
    ['Des tirs sont annoncés du 1er au 3 novembre en mer.', '2018-10-25', [['1er au 3 novembre', '2018-11']]],
    ['Des drones ont été abattus dans la nuit du 13 au 14 avril.', '2024-04-14', [['dans la nuit du 13 au 14 avril', '2024-04-13']]],
    ['Le scrutin du 29 février a été annulé.', '2023-03-10', [['29 février', '2020-02-29']]],
    ['La trêve a été signée le 8\u00a0novembre.', WED, [['8\u00a0novembre', '2023-11-08']]],
  ],
  months: [
    ['Le président s\'est rendu en Chine en octobre.', WED, [['en octobre', '2023-10']]],
    ['Le président s\'est rendu en Chine en octobre.', '2023-03', [['en octobre', '2022-10']]],
    ['Le président s\'est rendu en Chine en octobre.', '2023-10-20', [['en octobre', '2023-10']]],
    ['Depuis l\'offensive lancée en février 2022, les liens se sont resserrés.', WED, [['en février 2022', '2022-02']]],
    ['Depuis l\'offensive lancée en février 2022, les liens se sont resserrés.', null, [['en février 2022', '2022-02']]],
    ['L\'armée combat les insurgés depuis octobre 2017.', '2021-07-10', [['depuis octobre 2017', '2017-10']]],
    ['Les rebelles tiennent le port depuis août dernier.', '2021-07-10', [['depuis août dernier', '2020-08']]],
    ['Les rebelles tiennent le port depuis août dernier.', '2021-09-01', [['depuis août dernier', '2021-08']]],
    ['Le mouvement réclamait depuis juin la démission du président.', '2020-08-19', [['depuis juin', '2020-06']]],
    ['Il avait reçu son homologue à Kigali fin avril.', '2021-07-10', [['fin avril', '2021-04']]],
    ['La révolution d\'Octobre reste une référence.', WED, []],
  ],
  relative: [
    ['Le journaliste a été arrêté hier à l\'aéroport.', '2021-05-24', [['hier', '2021-05-23']]],
    ['Notre ambassadeur quitte Paris dès aujourd\'hui.', '2024-07-30', [['dès aujourd\'hui', '2024-07-30']]],
    ['Notre ambassadeur quitte Paris aujourd’hui.', '2024-07-30', [['aujourd’hui', '2024-07-30']]],
    ['La veille, le président avait rejeté ces critiques.', '2016-03-22', [['La veille', '2016-03-21']]],
    ['Les combats avaient cessé avant-hier.', '2016-03-22', [['avant-hier', '2016-03-20']]],
    ['Il a été reçu la veille de son départ pour Rome.', '2016-03-22', []],
    ['L\'accord a été conclu il y a deux jours.', WED, [['il y a deux jours', '2023-11-06']]],
    ['Depuis l\'attaque de ses forces il y a près de deux ans, Moscou reste isolé.', WED, [['il y a près de deux ans', '2021-11']]],
    ['La frontière a fermé il y a\u00a0trois semaines.', WED, [['il y a\u00a0trois semaines', '2023-10']]],
    ['Le blocus a commencé il y a 6 mois.', WED, [['il y a 6 mois', '2023-05']]],
    ['Les pourparlers ont échoué la semaine dernière.', WED, [['la semaine dernière', '2023-11']]],
    ['Les pourparlers ont échoué la semaine dernière.', '2023-11-03', [['la semaine dernière', '2023-10']]],
    ['Le roi avait visité Riyad le mois dernier.', '2017-06-06', [['le mois dernier', '2017-05']]],
    ['Deux accords ont été signés ce mois-ci.', '2017-06-06', [['ce mois-ci', '2017-06']]],
    ['Les manifestations de l\'été dernier ont été réprimées.', '2021-05-24', [['l\'été dernier', '2020']]],
    ['Les manifestations de l’été dernier ont été réprimées.', '2021-10-02', [['l’été dernier', '2021']]],
    ['Les coupures de l\'hiver dernier ont pesé.', '2023-03-10', [['l\'hiver dernier', '2023']]],
    ['Les coupures de l\'hiver dernier ont pesé.', '2023-01-10', [['l\'hiver dernier', '2022']]],
    ['Le budget de l\'an dernier était en baisse ; celui de l\'année dernière aussi.', WED, [['l\'an dernier', '2022'], ['l\'année dernière', '2022']]],
    ['Les élections auront lieu cette année.', WED, [['cette année', '2023']]],
  ],
  years: [
    ['La Crimée a été annexée en 2014.', WED, [['en 2014', '2014']]],
    ['Le conflit a fait plus de 260.000 morts depuis 1964.', '2016-11-24', [['depuis 1964', '1964']]],
    ['La guerre frontalière de 1998-2000 a fait des dizaines de milliers de morts.', '2018-07-09', [['1998-2000', '1998']]],
    ['Le conflit dure depuis 1964.', null, [['depuis 1964', '1964']]],
  ],
  'numbers that are not dates': [
    ['Kigali a envoyé 1 000 soldats au nord du pays.', WED, []],
    ['La quasi-totalité des engins, soit 99 %, ont été interceptés.', WED, []],
    ['Téhéran a violé la résolution 2231 du Conseil de sécurité.', WED, []],
    ['Un contingent de 2000 hommes a été déployé.', WED, []],
    ['Le conflit a fait plus de 3.000 morts et 800.000 déplacés.', WED, []],
    ['Les deux tiers des votants, soit 2/3, ont dit non.', WED, []],
    ['Le délai expire à midi ; ils ont parlé pendant trois jours.', WED, []],
  ],
};

const THU = '2023-11-16'; // a Thursday

const ENGLISH: Record<string, Row[]> = {
  weekdays: [
    ['The two leaders agreed on Wednesday to resume military talks.', THU, [['Wednesday', '2023-11-15']]],
    ['The talks ended on Thursday.', THU, [['Thursday', '2023-11-16']]],
    ['Rebels fired rockets at the capital late on Saturday.', '2020-11-15', [['late on Saturday', '2020-11-14']]],
    ['That first round, announced on Friday of last week, hit exports.', '2025-04-10', [['Friday of last week', '2025-04-04']]],
    ['The envoy had arrived last Friday.', '2025-04-10', [['last Friday', '2025-04-04']]],
    ['The deal was signed last Thursday.', THU, [['last Thursday', '2023-11-09']]],
    ['Putin arrived on Thursday evening.', '2018-10-05', [['Thursday evening', '2018-10-04']]],
    ['Troops crossed the border on Sunday.', '2017-11', [['Sunday', '2017-11']]],
  ],
  'explicit dates': [
    ['The summit opened on November 15, 2023 near San Francisco.', null, [['November 15, 2023', '2023-11-15']]],
    ['The army took control on 15 November.', '2017-11-21', [['15 November', '2017-11-15']]],
    ['The tariffs unveiled on April 2 hit dozens of countries.', '2025-04-10', [['April 2', '2025-04-02']]],
    ['He ordered the offensive on November 4.', '2020-11-15', [['November 4', '2020-11-04']]],
  ],
  months: [
    ['India signed an initial agreement in October 2016.', '2018-10-05', [['in October 2016', '2016-10']]],
    ['The deal dates back to October 2016.', '2018-10-05', [['October 2016', '2016-10']]],
    ['Military channels were cut in August 2022.', THU, [['in August 2022', '2022-08']]],
    ['The downing in February of a balloon strained ties.', THU, [['in February', '2023-02']]],
    ['The group had threatened in July to strike the platform.', '2022-10-27', [['in July', '2022-07']]],
    ['Exports have fallen since last August.', THU, [['since last August', '2023-08']]],
    ['Exports have fallen since last August.', '2023-08-10', [['since last August', '2022-08']]],
    ['Officials say they may meet in may or later.', THU, []],
    ['Officials say they will meet in May.', THU, [['in May', '2023-05']]],
  ],
  relative: [
    ['The minister resigned yesterday.', THU, [['yesterday', '2023-11-15']]],
    ['Parliament meets today.', THU, [['today', '2023-11-16']]],
    ['The strike happened two days ago.', THU, [['two days ago', '2023-11-14']]],
    ['The war began nearly two years ago.', THU, [['nearly two years ago', '2021-11']]],
    ['The border closed a week ago.', THU, [['a week ago', '2023-11']]],
    ['Zuma sent two ministers to Harare last week.', '2017-11-21', [['last week', '2017-11']]],
    ['Last month, Washington imposed sanctions on the agency.', '2018-10-05', [['Last month', '2018-09']]],
    ['Prices rose this month.', THU, [['this month', '2023-11']]],
    ['The protests of last summer were crushed.', THU, [['last summer', '2023']]],
    ['The protests of last summer were crushed.', '2023-05-02', [['last summer', '2022']]],
    ['Trade fell by a third last year.', THU, [['last year', '2022']]],
  ],
  years: [
    ['The blasts occurred in 2014.', THU, [['in 2014', '2014']]],
    ['The cleric has lived in Pennsylvania since 1999.', '2016-07-18', [['since 1999', '1999']]],
  ],
  'numbers that are not dates': [
    ['China imposed 84 percent tariffs on 1,000 goods.', THU, []],
    ['Resolution 2231 was endorsed by the council.', THU, []],
    ['They will be paused for 90 days, a week after the vote.', THU, []],
  ],
};

for (const [lang, tables] of [['fr', FRENCH], ['en', ENGLISH]] as const) {
  for (const [name, rows] of Object.entries(tables)) {
    test(`${lang} ${name}`, () => {
      for (const row of rows) check(lang, row);
    });
  }
}

test('the expression carries its rule id and the span stays inside the sentence', () => {
  const text = 'Titre. Jeudi dernier, le Parlement a voté. Mercredi, le G7 a réagi.';
  const span = { start: 7, end: 42 };
  const found = resolver.find(text, span, 'fr', WED);
  assert.deepEqual(found.map((e) => [e.text, e.rule, e.start]), [['Jeudi dernier', 'fr.weekday-last', 7]]);
  const all = resolver.find(text, { start: 0, end: text.length }, 'fr', WED);
  assert.deepEqual(all.map((e) => e.rule), ['fr.weekday-last', 'fr.weekday']);
  assert.deepEqual(JSON.parse(JSON.stringify(all)), all);
});

test('a bad time lexicon fails at load with its file and key', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-dates-'));
  for (const lang of ['fr', 'en']) {
    mkdirSync(join(dir, 'lexicons', lang), { recursive: true });
    for (const f of ['calendar.yaml', 'time.yaml']) copyFileSync(join(defaultDataDir, 'lexicons', lang, f), join(dir, 'lexicons', lang, f));
  }
  const path = join(dir, 'lexicons', 'en', 'time.yaml');
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^numbers: .*$/mu, 'numbers: {two: deux}'));
  assert.throws(() => createDateResolver(dir), (e: Error & { code?: string }) => e.code === 'E_DATA' && /time\.yaml#numbers\.two/u.test(e.message));
});

test('time lexicons say they are hand-written by the project', () => {
  for (const lang of ['fr', 'en']) {
    const head = readFileSync(join(defaultDataDir, 'lexicons', lang, 'time.yaml'), 'utf8').split('\n').slice(0, 3).join(' ');
    assert.match(head, /^#.*Hand-written by the project/u);
  }
});

interface Gold { lang: Lang; docDate: string; events: { date?: string | null }[] }

test('gold recall: dated events have an expression resolving to their date', (t) => {
  const corpus = join(packageRoot, '..', 'shared', 'corpus');
  let wanted = 0;
  let found = 0;
  let otherDay = 0;
  let otherDayFound = 0;
  let expressions = 0;
  let ms = 0;
  const missed: string[] = [];
  const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
  for (const file of files) {
    const id = file.replace(/\.txt$/u, '');
    const gold = JSON.parse(readFileSync(join(packageRoot, '..', 'shared', 'eval', 'gold', `${id}.json`), 'utf8')) as Gold;
    const text = readFileSync(join(corpus, file), 'utf8');
    const t0 = performance.now();
    const exprs = resolver.find(text, { start: 0, end: text.length }, gold.lang, gold.docDate);
    ms += performance.now() - t0;
    expressions += exprs.length;
    const values = new Set(exprs.map((e) => e.value));
    for (const e of gold.events) {
      // Events dated only by the document's month are what a coder gives when the text says nothing.
      if (!e.date || e.date === gold.docDate.slice(0, 7)) continue;
      wanted++;
      const hit = values.has(e.date);
      if (hit) found++;
      else missed.push(`${id}:${e.date}`);
      if (e.date !== gold.docDate) {
        otherDay++;
        if (hit) otherDayFound++;
      }
    }
  }
  const recall = found / wanted;
  t.diagnostic(`gold recall ${found}/${wanted} = ${(100 * recall).toFixed(1)}%; missed: ${missed.join(' ') || 'none'}`);
  t.diagnostic(`of which dated otherwise than the document's day: ${otherDayFound}/${otherDay}`);
  t.diagnostic(`${expressions} expressions in ${files.length} documents, ${(ms / files.length).toFixed(2)} ms per document`);
  assert.ok(wanted > 100, 'the gold has dated events');
  assert.ok(recall >= 0.85, `recall ${(100 * recall).toFixed(1)}% is under 85%`);
});
