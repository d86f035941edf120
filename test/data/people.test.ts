// Checks the hand-written office-holder files in data/actors/people/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import ajv2020 from 'ajv/dist/2020.js';

// ajv is CommonJS: under NodeNext the default import is its module.exports; the class is on .default.
const Ajv = ajv2020.default;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const peopleDir = join(root, 'data', 'actors', 'people');
const schema = JSON.parse(readFileSync(join(root, 'data', 'schema', 'people.schema.json'), 'utf8'));

interface Office {
  role: string; country?: string; org?: string; from: string; to: string | null; sector: string; shared?: boolean;
}
interface Person {
  id: string; names: { fr: string[]; en: string[] }; variants?: string[]; gender: 'm' | 'f';
  country: string | null; sector?: string; offices: Office[];
}

const ROLES = new Set(schema.$defs.role.enum as string[]);
const files = readdirSync(peopleDir).filter((f) => f.endsWith('.yaml')).sort();
const byFile = new Map<string, Person[]>();
for (const f of files) byFile.set(f, YAML.parse(readFileSync(join(peopleDir, f), 'utf8')) as Person[]);
const people: Person[] = [...byFile.values()].flat();

const DAY = 86_400_000;
const FAR = Date.UTC(9999, 11, 31);
const t = (d: string) => Date.parse(d + 'T00:00:00Z');
const validDate = (d: string) => {
  const ms = t(d);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === d;
};

function holder(role: string, where: string, date: string): Person[] {
  const at = t(date);
  return people.filter((p) => p.offices.some((o) =>
    o.role === role && (o.country ?? o.org) === where && t(o.from) <= at && (o.to === null || at <= t(o.to))));
}

test('expected files exist', () => {
  for (const f of ['europe', 'americas', 'asia-pacific', 'middle-east-north-africa', 'africa', 'international']) {
    assert.ok(files.includes(`${f}.yaml`), `missing ${f}.yaml`);
  }
});

test('every file validates against people.schema.json', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  for (const [f, data] of byFile) {
    const ok = validate(data);
    assert.ok(ok, `${f}: ${ajv.errorsText(validate.errors, { separator: '\n' })}`);
  }
});

test('ids are unique across files', () => {
  const seen = new Map<string, string>();
  for (const [f, data] of byFile) {
    for (const p of data) {
      assert.ok(!seen.has(p.id), `duplicate id ${p.id} in ${f} and ${seen.get(p.id)}`);
      seen.set(p.id, f);
    }
  }
});

test('dates are valid and from <= to; roles from the vocabulary', () => {
  for (const p of people) {
    for (const o of p.offices) {
      assert.ok(ROLES.has(o.role), `${p.id}: unknown role ${o.role}`);
      assert.ok(validDate(o.from), `${p.id}: bad from ${o.from}`);
      if (o.to !== null) {
        assert.ok(validDate(o.to), `${p.id}: bad to ${o.to}`);
        assert.ok(t(o.from) <= t(o.to), `${p.id}: ${o.role} from ${o.from} after to ${o.to}`);
      }
      assert.ok(o.to === null || o.to <= '2026-12-31', `${p.id}: end date in the future`);
    }
  }
});

test('one holder per office at a time (one-day overlap allowed at handover)', () => {
  const groups = new Map<string, { id: string; from: number; to: number }[]>();
  for (const p of people) {
    for (const o of p.offices) {
      if (o.shared) continue;
      const key = `${o.role}|${o.country ?? o.org}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push({ id: p.id, from: t(o.from), to: o.to === null ? FAR : t(o.to) });
    }
  }
  const problems: string[] = [];
  for (const [key, terms] of groups) {
    terms.sort((a, b) => a.from - b.from);
    for (let i = 0; i < terms.length; i++) {
      for (let j = i + 1; j < terms.length; j++) {
        const a = terms[i], b = terms[j];
        if (b.from > a.to) break;
        const overlap = Math.min(a.to, b.to) - Math.max(a.from, b.from);
        if (overlap > DAY) {
          problems.push(`${key}: ${a.id} and ${b.id} overlap (${new Date(b.from).toISOString().slice(0, 10)})`);
        }
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('every person has names in both languages and a gender', () => {
  for (const p of people) {
    assert.ok(p.names.fr.length > 0 && p.names.en.length > 0, p.id);
    assert.ok(p.gender === 'm' || p.gender === 'f', p.id);
  }
});

test('spot checks: office-holders by date', () => {
  const one = (role: string, where: string, date: string) => {
    const h = holder(role, where, date);
    assert.equal(h.length, 1, `${role} ${where} ${date}: ${h.map((p) => p.id).join(', ') || 'nobody'}`);
    return h[0];
  };
  assert.equal(one('head_of_state', 'USA', '2023-06-01').names.en[0], 'Joe Biden');
  assert.equal(one('head_of_state', 'USA', '2025-06-01').names.en[0], 'Donald Trump');
  assert.equal(one('head_of_state', 'MEX', '2018-11-30').names.en[0], 'Enrique Peña Nieto');
  assert.equal(one('defence_minister', 'RUS', '2023-11-08').names.fr[0], 'Sergueï Choïgou');
  assert.equal(one('defence_minister', 'RUS', '2025-01-01').names.fr[0], 'Andreï Belooussov');
  assert.equal(one('secretary_general', 'NATO', '2018-10-25').names.en[0], 'Jens Stoltenberg');
  assert.equal(one('head_of_state', 'RUS', '2023-11-08').names.fr[0], 'Vladimir Poutine');
  assert.equal(one('head_of_state', 'MEX', '2018-12-01').names.en[0], 'Andrés Manuel López Obrador');
  assert.equal(one('secretary_general', 'UN', '2016-11-24').names.en[0], 'Ban Ki-moon');
});
