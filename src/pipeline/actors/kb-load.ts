/** Loads the actor knowledge base from the data directory; a missing optional file loads as empty. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readYaml } from '../../data/yaml.js';
import type { Lang } from '../../model/types.js';
import type { GroupEntry, KnowledgeBase, OrgEntry, PersonEntry, PronounsFile, RolesFile, StateEntry } from './kb-types.js';

function list<T>(path: string): T[] {
  if (!existsSync(path)) return [];
  const v = readYaml<T[] | null>(path);
  return Array.isArray(v) ? v : [];
}

function rolesOf(dataDir: string, lang: Lang): RolesFile {
  const p = join(dataDir, 'lexicons', lang, 'roles.yaml');
  if (!existsSync(p)) return { roles: [], bodies: [] };
  const v = readYaml<Partial<RolesFile> | null>(p);
  return { roles: v?.roles ?? [], bodies: v?.bodies ?? [], modified_nouns: v?.modified_nouns ?? [] };
}

function pronounsOf(dataDir: string, lang: Lang): PronounsFile {
  const p = join(dataDir, 'lexicons', lang, 'pronouns.yaml');
  return existsSync(p) ? readYaml<PronounsFile>(p) ?? {} : {};
}

export function loadKnowledgeBase(dataDir: string): KnowledgeBase {
  const actors = join(dataDir, 'actors');
  const peopleDir = join(actors, 'people');
  const people = existsSync(peopleDir)
    ? readdirSync(peopleDir).filter((f) => f.endsWith('.yaml')).sort().flatMap((f) => list<PersonEntry>(join(peopleDir, f)))
    : [];
  return {
    states: list<StateEntry>(join(actors, 'states.yaml')),
    orgs: list<OrgEntry>(join(actors, 'organisations.yaml')),
    groups: list<GroupEntry>(join(actors, 'groups.yaml')),
    people,
    roles: { fr: rolesOf(dataDir, 'fr'), en: rolesOf(dataDir, 'en') },
    pronouns: { fr: pronounsOf(dataDir, 'fr'), en: pronounsOf(dataDir, 'en') },
    familyNameFirst: existsSync(join(actors, 'naming.yaml')) ? readYaml<{ family_name_first?: string[] }>(join(actors, 'naming.yaml')).family_name_first ?? [] : [],
  };
}
