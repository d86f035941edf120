/** The shapes of the actor data files (data/actors/, data/lexicons/LANG/roles.yaml). Schemas in data/schema/. */
import type { Lang } from '../../model/types.js';

export type PerLang<T> = Partial<Record<Lang, T>>;

export interface StateEntry {
  id: string;
  iso2?: string;
  status?: string;
  names: PerLang<string[]>;
  articles?: PerLang<string>;
  demonyms?: PerLang<string[]>;
  prefixes?: string[];
  capitals?: PerLang<string[]>;
  seats?: (PerLang<string[]> & { sector: string })[];
}

export interface OrgEntry {
  id: string;
  names: PerLang<string[]>;
  acronyms?: PerLang<string[]>;
  sector?: string;
  parent?: string | null;
}

export interface GroupEntry {
  id: string;
  names: PerLang<string[]>;
  acronyms?: PerLang<string[]>;
  country?: string | null;
  sector?: string;
  kind?: string;
}

export interface Office {
  role: string;
  country?: string | null;
  org?: string | null;
  from: string;
  to: string | null;
  sector?: string;
}

export interface PersonEntry {
  id: string;
  names: PerLang<string[]>;
  variants?: string[];
  gender?: 'm' | 'f';
  country?: string | null;
  sector?: string;
  offices?: Office[];
}

export interface RoleEntry {
  id: string;
  terms: string[];
  role?: string | null;
  sector?: string | null;
  gender?: 'm' | 'f' | null;
  complement?: string[];
  org_roles?: Record<string, string>;
  /** The organisation or state the role belongs to when the phrase names none ('secrétaire d'État' → USA). */
  org?: string;
  country?: string;
  /** Offices a bare generic noun refers back to ('le ministre' → the minister last named). */
  refers_to?: string[];
}

export interface BodyEntry {
  id: string;
  terms: string[];
  sector: string;
  kind?: string;
}

export interface RolesFile {
  roles: RoleEntry[];
  bodies: BodyEntry[];
  /** Nouns that a body word before them qualifies, so that it names no organ ('military equipment'). */
  modified_nouns?: string[];
}

export interface PronounsFile {
  subject?: { m?: string[]; f?: string[]; pl?: string[]; any?: string[] };
  inverted?: string[];
  object_stressed?: { m?: string[]; f?: string[]; pl?: string[] };
  possessive?: string[];
}

export interface KnowledgeBase {
  states: StateEntry[];
  orgs: OrgEntry[];
  groups: GroupEntry[];
  people: PersonEntry[];
  roles: Record<Lang, RolesFile>;
  pronouns: Record<Lang, PronounsFile>;
  /** Countries whose names put the family name first ('Xi Jinping'). */
  familyNameFirst: string[];
}
