// Data checks for the international organisations, the non-state groups and the role
// nouns (fr, en): schema, unique ids, no term in two entries, references that resolve,
// and spot checks a user of `vigie analyze` would notice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import ajv2020 from 'ajv/dist/2020.js';

// ajv is CommonJS: under NodeNext the default import is its module.exports, whose
// `default` property is the class (the same object at run time).
const Ajv2020 = ajv2020.default;

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (rel: string): string => readFileSync(root + rel, 'utf8');
const loadYaml = (rel: string): unknown => YAML.parse(read(rel));
const loadJson = (rel: string): object => JSON.parse(read(rel)) as object;

type Lang = 'fr' | 'en';
type ByLang = Partial<Record<Lang, string[]>>;
interface Org { id: string; names: ByLang; acronyms: ByLang; sector: string; parent: string | null }
interface Group {
  id: string; names: ByLang; acronyms: ByLang; country: string | null; sector: string; kind: string;
  parent?: string; periods?: { from: string; sector: string }[];
}
interface Role {
  id: string; terms: string[]; role: string | null; sector: string | null; gender: string | null;
  org_roles?: Record<string, string>; org?: string; country?: string;
}
interface Body { id: string; terms: string[]; sector: string; kind: string }
interface Roles { roles: Role[]; bodies: Body[] }

// Organisation codes of the output contract (shared/eval/FORMAT.md).
const FORMAT_ORG_CODES = ['NATO', 'EU', 'UN', 'UNSC', 'G7', 'G20', 'AU', 'ECOWAS', 'ASEAN', 'SCO', 'BRICS',
  'OSCE', 'IAEA', 'WHO', 'IMF', 'WB', 'ICC', 'ICJ', 'ARAB_LEAGUE', 'OPEC', 'GCC', 'CSTO', 'QUAD', 'AUKUS'];
const OFFICES = ['head_of_state', 'supreme_leader', 'vice_president', 'head_of_government', 'foreign_minister',
  'defence_minister', 'interior_minister', 'finance_minister', 'military_chief', 'spokesperson_foreign_ministry',
  'spokesperson_government', 'speaker_legislature', 'secretary_general', 'commission_president',
  'council_president', 'high_representative', 'director_general', 'managing_director', 'president', 'prosecutor'];
// The CAMEO sectors of FORMAT.md, and the few further CAMEO agent codes the data uses.
const SECTORS = ['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY', 'OPP', 'REB', 'PTY', 'MED', 'BUS', 'CVL', 'NGO', 'IGO',
  'CRM', 'REL', 'LAB', 'EDU', 'HLH', 'REF'];

const ajv = new Ajv2020({ allErrors: true, strict: true });
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
function validate(schemaFile: string, dataFile: string, data: unknown): void {
  const check = compiled.get(schemaFile) ?? ajv.compile(loadJson(schemaFile));
  compiled.set(schemaFile, check);
  if (check(data)) return;
  const at = (path: string): string => {
    const m = /^\/(\d+)/.exec(path);
    const entry = m && Array.isArray(data) ? (data[Number(m[1])] as { id?: string } | undefined) : undefined;
    return entry?.id ? ` (id ${entry.id})` : '';
  };
  const lines = (check.errors ?? []).map((e) => `${dataFile}${e.instancePath}${at(e.instancePath)}: ${e.message}`);
  assert.fail(lines.join('\n'));
}

const orgs = loadYaml('data/actors/organisations.yaml') as Org[];
const groups = loadYaml('data/actors/groups.yaml') as Group[];
const roles: Record<Lang, Roles> = {
  fr: loadYaml('data/lexicons/fr/roles.yaml') as Roles,
  en: loadYaml('data/lexicons/en/roles.yaml') as Roles,
};

/** The matcher's folding: NFD, no combining marks, lower case, one apostrophe. */
const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’ʼ]/gu, "'").toLowerCase();
const stripMarks = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');
/** Acronyms in capitals of at most 5 letters are matched case-sensitively. */
const caseSensitive = (acronym: string): boolean =>
  !/\p{Ll}/u.test(acronym) && (acronym.match(/\p{L}/gu) ?? []).length <= 5;

interface Term { owner: string; raw: string; cs: boolean }
/** Pairs of entries that claim one term, as the matcher would see it. */
function collisions(terms: Term[]): string[] {
  const byKey = new Map<string, Term[]>();
  for (const t of terms) {
    const key = fold(t.raw);
    const list = byKey.get(key) ?? [];
    list.push(t);
    byKey.set(key, list);
  }
  const found: string[] = [];
  for (const [key, list] of byKey) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i], b = list[j];
        if (a.owner === b.owner) continue;
        const clash = !a.cs || !b.cs || stripMarks(a.raw) === stripMarks(b.raw);
        if (clash) found.push(`'${key}': ${a.owner} ('${a.raw}') and ${b.owner} ('${b.raw}')`);
      }
    }
  }
  return found;
}
function actorTerms(entries: (Org | Group)[], langs: Lang[] = ['fr', 'en']): Term[] {
  return entries.flatMap((e) => langs.flatMap((lang) => [
    ...(e.names[lang] ?? []).map((raw) => ({ owner: e.id, raw, cs: false })),
    ...(e.acronyms[lang] ?? []).map((raw) => ({ owner: e.id, raw, cs: caseSensitive(raw) })),
  ]));
}
function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}
/** The entry a term leads to, as a case- and accent-blind lookup would find it. */
function findActor<T extends Org | Group>(entries: T[], lang: Lang, term: string): T | undefined {
  return entries.find((e) => [...(e.names[lang] ?? []), ...(e.acronyms[lang] ?? [])]
    .some((t) => (caseSensitive(t) ? stripMarks(t) === stripMarks(term) : fold(t) === fold(term))));
}
function findRole(lang: Lang, term: string): Role | undefined {
  return roles[lang].roles.find((r) => r.terms.some((t) => fold(t) === fold(term)));
}
function findBody(lang: Lang, term: string): Body | undefined {
  return roles[lang].bodies.find((b) => b.terms.some((t) => fold(t) === fold(term)));
}

test('each file matches its schema', () => {
  validate('data/schema/organisations.schema.json', 'data/actors/organisations.yaml', orgs);
  validate('data/schema/groups.schema.json', 'data/actors/groups.yaml', groups);
  validate('data/schema/roles.schema.json', 'data/lexicons/fr/roles.yaml', roles.fr);
  validate('data/schema/roles.schema.json', 'data/lexicons/en/roles.yaml', roles.en);
});

test('ids are unique in each file', () => {
  assert.deepEqual(duplicates(orgs.map((o) => o.id)), []);
  assert.deepEqual(duplicates(groups.map((g) => g.id)), []);
  for (const lang of ['fr', 'en'] as const) {
    const r = roles[lang];
    assert.deepEqual(duplicates([...r.roles, ...r.bodies].map((e) => e.id)), [], lang);
  }
});

test('every organisation code of FORMAT.md is present', () => {
  const ids = new Set(orgs.map((o) => o.id));
  assert.deepEqual(FORMAT_ORG_CODES.filter((c) => !ids.has(c)), []);
});

test('each file starts with a header naming its sources', () => {
  for (const f of ['data/actors/organisations.yaml', 'data/actors/groups.yaml',
    'data/lexicons/fr/roles.yaml', 'data/lexicons/en/roles.yaml']) {
    const head = read(f).split('\n').filter((l) => l.startsWith('#')).join('\n');
    assert.match(head, /Sources:/, f);
    assert.match(head, /Hand-written by the project/i, f);
  }
});

test('the collision check folds case and accents, except for short capitals', () => {
  const t = (owner: string, raw: string, cs = false): Term => ({ owner, raw, cs });
  assert.equal(collisions([t('a', 'Cédéao'), t('b', 'CEDEAO', true)]).length, 1);
  assert.equal(collisions([t('a', 'Union européenne'), t('b', 'union europeenne')]).length, 1);
  assert.equal(collisions([t('a', 'UA', true), t('b', 'Ua', false)]).length, 1);
  assert.equal(collisions([t('a', 'AfD', false), t('b', 'AFD', true)]).length, 1);
  assert.equal(collisions([t('a', 'PAN', true), t('a', 'Pan')]).length, 0, 'one entry may repeat itself');
  assert.equal(caseSensitive('OTAN'), true);
  assert.equal(caseSensitive('Otan'), false);
  assert.equal(caseSensitive('G20'), true);
  assert.equal(caseSensitive('MONUSCO'), false);
});

test('no term belongs to two organisations', () => {
  assert.deepEqual(collisions(actorTerms(orgs)), []);
});

test('no term belongs to two groups', () => {
  assert.deepEqual(collisions(actorTerms(groups)), []);
});

test('no term is both an organisation and a group in the same language', () => {
  for (const lang of ['fr', 'en'] as const) {
    assert.deepEqual(collisions([...actorTerms(orgs, [lang]), ...actorTerms(groups, [lang])]), [], lang);
  }
});

test('no role or body term is in two entries of one roles file', () => {
  for (const lang of ['fr', 'en'] as const) {
    const r = roles[lang];
    const terms = [...r.roles, ...r.bodies].flatMap((e) => e.terms.map((raw) => ({ owner: e.id, raw, cs: false })));
    assert.deepEqual(collisions(terms), [], lang);
  }
});

test('names carry no leading article', () => {
  const article = /^(l['’]|la |le |les |the )/iu;
  const bad = [...orgs, ...groups].flatMap((e) => (['fr', 'en'] as const)
    .flatMap((lang) => (e.names[lang] ?? []).filter((n) => article.test(n)).map((n) => `${e.id}: ${n}`)));
  assert.deepEqual(bad, []);
});

test('sectors, offices and references resolve', () => {
  const orgIds = new Set(orgs.map((o) => o.id));
  const groupIds = new Set(groups.map((g) => g.id));
  const problems: string[] = [];
  for (const o of orgs) {
    if (!['IGO', 'NGO'].includes(o.sector)) problems.push(`${o.id}: sector ${o.sector}`);
    if (o.parent !== null && !orgIds.has(o.parent)) problems.push(`${o.id}: parent ${o.parent}`);
  }
  for (const g of groups) {
    if (!SECTORS.includes(g.sector)) problems.push(`${g.id}: sector ${g.sector}`);
    if (g.parent !== undefined && !groupIds.has(g.parent)) problems.push(`${g.id}: parent ${g.parent}`);
    for (const p of g.periods ?? []) if (!SECTORS.includes(p.sector)) problems.push(`${g.id}: period sector ${p.sector}`);
  }
  for (const lang of ['fr', 'en'] as const) {
    for (const r of roles[lang].roles) {
      if (r.role !== null && !OFFICES.includes(r.role)) problems.push(`${r.id}: role ${r.role}`);
      if (r.sector !== null && !SECTORS.includes(r.sector)) problems.push(`${r.id}: sector ${r.sector}`);
      if (r.org !== undefined && !orgIds.has(r.org)) problems.push(`${r.id}: org ${r.org}`);
      for (const [code, office] of Object.entries(r.org_roles ?? {})) {
        if (!orgIds.has(code)) problems.push(`${r.id}: org_roles key ${code}`);
        if (!OFFICES.includes(office)) problems.push(`${r.id}: org_roles office ${office}`);
      }
    }
    for (const b of roles[lang].bodies) if (!SECTORS.includes(b.sector)) problems.push(`${b.id}: sector ${b.sector}`);
  }
  assert.deepEqual(problems, []);
});

test('spot checks: organisations', () => {
  assert.equal(findActor(orgs, 'fr', 'Otan')?.id, 'NATO');
  assert.equal(findActor(orgs, 'fr', 'OTAN')?.id, 'NATO');
  assert.equal(findActor(orgs, 'fr', 'Cédéao')?.id, 'ECOWAS');
  assert.equal(findActor(orgs, 'fr', 'cedeao')?.id, 'ECOWAS');
  assert.equal(findActor(orgs, 'fr', 'ONU')?.id, 'UN');
  assert.equal(findActor(orgs, 'fr', "Conseil de sécurité de l'ONU")?.id, 'UNSC');
  assert.equal(findActor(orgs, 'fr', 'Opep+')?.id, 'OPEC');
  assert.equal(findActor(orgs, 'en', 'World Bank')?.id, 'WB');
  assert.equal(findActor(orgs, 'en', 'Security Council')?.parent, 'UN');
  assert.equal(findActor(orgs, 'fr', 'Bruxelles'), undefined, 'Bruxelles is a capital, not the EU');
  assert.equal(findActor(orgs, 'fr', 'ua'), undefined, 'short capitals match case-sensitively');
});

test('spot checks: groups', () => {
  const fsr = findActor(groups, 'fr', 'FSR');
  assert.equal(fsr?.country, 'SDN');
  assert.equal(fsr?.sector, 'REB');
  assert.equal(findActor(groups, 'en', 'RSF')?.id, fsr?.id);
  assert.equal(findActor(groups, 'fr', 'Daech')?.id, 'islamic-state');
  assert.equal(findActor(groups, 'fr', 'Gardiens de la Révolution')?.country, 'IRN');
  assert.equal(findActor(groups, 'fr', 'Front Polisario')?.country, 'ESH');
  assert.equal(findActor(groups, 'fr', 'Comité national pour le salut du peuple')?.id, 'cnsp-mali');
  assert.equal(findActor(groups, 'fr', 'CNSP'), undefined, 'CNSP names two juntas');
  assert.equal(findActor(groups, 'en', 'ZANU-PF')?.sector, 'PTY');
  assert.equal(findActor(groups, 'en', 'Hezbollah')?.country, 'LBN');
});

test('spot checks: roles and bodies', () => {
  assert.equal(findRole('fr', 'chef de la diplomatie')?.role, 'foreign_minister');
  assert.equal(findRole('fr', 'Premier ministre')?.role, 'head_of_government');
  assert.equal(findRole('fr', 'chancelière')?.gender, 'f');
  assert.equal(findRole('fr', 'président')?.gender, 'm');
  assert.equal(findRole('fr', 'secrétaire général')?.org_roles?.UN, 'secretary_general');
  assert.equal(findRole('fr', 'porte-parole')?.sector, null);
  assert.equal(findRole('fr', 'colonel-major')?.sector, 'MIL');
  assert.equal(findRole('en', 'secretary of state')?.role, 'foreign_minister');
  assert.equal(findRole('en', 'secretary of state')?.country, 'USA');
  assert.equal(findRole('en', 'secretary-general')?.role, 'secretary_general');
  assert.equal(findRole('en', 'spokeswoman')?.gender, 'f');
  assert.equal(findRole('en', 'chief of staff'), undefined, 'ambiguous, left out');
  assert.equal(findBody('fr', 'armée')?.sector, 'MIL');
  assert.equal(findBody('fr', 'ministère de la Défense')?.sector, 'MIL');
  assert.equal(findBody('fr', 'autorités')?.sector, 'GOV');
  assert.equal(findBody('en', 'army')?.sector, 'MIL');
  assert.equal(findBody('en', 'protesters')?.sector, 'CVL');
});
