import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import YAML from 'yaml';

type Lang = 'fr' | 'en';
type Terms = Partial<Record<Lang, string[]>>;
interface Seat extends Terms {
  sector: string;
}
interface State {
  id: string;
  iso2: string;
  status: 'member' | 'observer' | 'other';
  names: Terms;
  articles?: { fr?: string };
  demonyms?: Terms;
  prefixes?: string[];
  capitals?: Terms;
  seats?: Seat[];
}

const FILE = new URL('../../data/actors/states.yaml', import.meta.url);
const states = YAML.parse(readFileSync(FILE, 'utf8')) as State[];
const byId = new Map(states.map((s) => [s.id, s]));
const LANGS: Lang[] = ['fr', 'en'];
const SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY']);
const ARTICLES = new Set(['le', 'la', 'les', "l'", 'none']);

/** Case- and accent-folded form, as the matcher compares terms. */
const fold = (term: string): string => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Every term of a state in one language: names, demonyms, capitals and seats. */
function termsOf(state: State, lang: Lang): string[] {
  const out = [...(state.names[lang] ?? []), ...(state.demonyms?.[lang] ?? []), ...(state.capitals?.[lang] ?? [])];
  for (const seat of state.seats ?? []) out.push(...(seat[lang] ?? []));
  return out;
}

function get(id: string): State {
  const state = byId.get(id);
  assert.ok(state, `no entry ${id}`);
  return state;
}

test('covers every UN member, the observers and the other states', () => {
  assert.ok(states.length >= 198, `only ${states.length} entries`);
  assert.equal(states.filter((s) => s.status === 'member').length, 193);
  for (const id of ['VAT', 'PSE']) assert.equal(get(id).status, 'observer');
  for (const id of ['TWN', 'XKX', 'ESH']) assert.equal(get(id).status, 'other');
});

test('ids and iso2 codes are well formed, unique and sorted', () => {
  const ids = states.map((s) => s.id);
  const iso2 = states.map((s) => s.iso2);
  for (const id of ids) assert.match(id, /^[A-Z]{3}$/);
  for (const code of iso2) assert.match(code, /^[A-Z]{2}$/);
  assert.equal(new Set(ids).size, ids.length, 'duplicate id');
  assert.equal(new Set(iso2).size, iso2.length, 'duplicate iso2');
  assert.deepEqual(ids, [...ids].sort(), 'entries not sorted by id');
});

test('every member has names and demonyms in both languages', () => {
  for (const s of states) {
    assert.ok(['member', 'observer', 'other'].includes(s.status), `${s.id}: status ${s.status}`);
    for (const lang of LANGS) assert.ok((s.names[lang] ?? []).length > 0, `${s.id}: no ${lang} name`);
    if (s.status !== 'member') continue;
    assert.ok((s.demonyms?.fr ?? []).length > 0, `${s.id}: no fr demonym`);
    // Dominica's only English demonym, 'Dominican', is given to DOM; COG's 'Congolese' to COD.
    if (s.id === 'DMA') continue;
    assert.ok((s.demonyms?.en ?? []).length > 0, `${s.id}: no en demonym`);
  }
});

test('French articles are from the closed list', () => {
  for (const s of states) {
    const article = s.articles?.fr;
    assert.ok(article !== undefined && ARTICLES.has(article), `${s.id}: article ${String(article)}`);
  }
});

test('no empty list, no blank term, French demonyms in lowercase', () => {
  const lists: Array<[string, unknown]> = [];
  for (const s of states) {
    for (const key of ['names', 'demonyms', 'capitals'] as const) {
      const terms = s[key];
      if (terms === undefined) continue;
      for (const [lang, list] of Object.entries(terms)) lists.push([`${s.id}.${key}.${lang}`, list]);
    }
    if (s.prefixes !== undefined) lists.push([`${s.id}.prefixes`, s.prefixes]);
    for (const [i, seat] of (s.seats ?? []).entries()) {
      assert.ok(SECTORS.has(seat.sector), `${s.id}.seats[${i}]: sector ${seat.sector}`);
      assert.ok(seat.fr !== undefined || seat.en !== undefined, `${s.id}.seats[${i}]: no term`);
      for (const lang of LANGS) if (seat[lang] !== undefined) lists.push([`${s.id}.seats[${i}].${lang}`, seat[lang]]);
    }
    for (const term of s.demonyms?.fr ?? []) assert.equal(term, term.toLowerCase(), `${s.id}: demonym ${term}`);
  }
  for (const [where, list] of lists) {
    assert.ok(Array.isArray(list) && list.length > 0, `${where}: empty or not a list`);
    for (const term of list as unknown[]) {
      assert.ok(typeof term === 'string' && term.trim() === term && term !== '', `${where}: bad term ${String(term)}`);
    }
  }
});

test('no term belongs to two states within a language', () => {
  for (const lang of LANGS) {
    const owner = new Map<string, string>();
    for (const s of states) {
      for (const term of new Set(termsOf(s, lang).map(fold))) {
        const other = owner.get(term);
        assert.ok(other === undefined, `${lang} '${term}' in ${other} and ${s.id}`);
        owner.set(term, s.id);
      }
    }
  }
  const prefixOwner = new Map<string, string>();
  for (const s of states) {
    for (const prefix of s.prefixes ?? []) {
      assert.doesNotMatch(prefix, /-/, `${s.id}: prefix '${prefix}' has a hyphen`);
      const other = prefixOwner.get(fold(prefix));
      assert.ok(other === undefined || other === s.id, `prefix '${prefix}' in ${other} and ${s.id}`);
      prefixOwner.set(fold(prefix), s.id);
    }
  }
});

test('spot checks', () => {
  const rus = get('RUS');
  assert.ok(rus.capitals?.fr?.includes('Moscou'));
  assert.ok(rus.seats?.some((seat) => seat.fr?.includes('Kremlin') && seat.sector === 'GOV'));

  const pentagone = get('USA').seats?.find((seat) => seat.fr?.includes('Pentagone'));
  assert.equal(pentagone?.sector, 'MIL');

  const chn = get('CHN');
  assert.ok(chn.demonyms?.fr?.includes('chinoise'));
  assert.ok(chn.demonyms?.fr?.includes('chinoises'));
  assert.ok(chn.prefixes?.includes('sino'));

  assert.ok(get('PRK').demonyms?.fr?.includes('nord-coréenne'));

  const gbr = get('GBR');
  assert.ok(gbr.names.en?.includes('UK'));
  assert.ok(gbr.names.en?.includes('Britain'));

  assert.ok(get('EGY').capitals?.fr?.includes('Le Caire'));
  assert.ok(get('NLD').seats?.some((seat) => seat.fr?.includes('La Haye')));
  assert.ok(get('ISR').seats?.some((seat) => seat.fr?.includes('Tsahal') && seat.sector === 'MIL'));
  assert.ok(get('COD').demonyms?.fr?.includes('congolais'));
  assert.equal(get('ISR').articles?.fr, 'none');
});
