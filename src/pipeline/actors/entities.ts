/** Actor descriptions for knowledge-base entries, in the document's language, at the document's date. */
import type { Lang } from '../../model/types.js';
import type { ActorInfo } from './registry.js';
import type { ActorIndex } from './kb-index.js';
import type { PersonEntry } from './kb-types.js';

const first = (v: Partial<Record<Lang, string[]>> | undefined, lang: Lang): string | undefined =>
  v?.[lang]?.[0] ?? v?.[lang === 'fr' ? 'en' : 'fr']?.[0];

export function stateInfo(index: ActorIndex, id: string, lang: Lang, weak = false): ActorInfo {
  const s = index.states.get(id);
  return { key: `state:${id}`, name: first(s?.names, lang) ?? id, kind: 'state', country: id, org: null, sector: null, ref: `states#${id}`, weak };
}

export function orgInfo(index: ActorIndex, id: string, lang: Lang): ActorInfo {
  const o = index.orgs.get(id);
  return { key: `org:${id}`, name: first(o?.acronyms, lang) && !first(o?.names, lang) ? first(o?.acronyms, lang)! : first(o?.names, lang) ?? id, kind: 'org', country: null, org: id, sector: o?.sector ?? 'IGO', ref: `organisations#${id}`, weak: false };
}

export function groupInfo(index: ActorIndex, id: string, lang: Lang): ActorInfo {
  const x = index.groups.get(id);
  return { key: `group:${id}`, name: first(x?.names, lang) ?? first(x?.acronyms, lang) ?? id, kind: 'group', country: x?.country ?? null, org: null, sector: x?.sector ?? null, ref: `groups#${id}`, weak: false };
}

const atDate = (date: string | null): string => (!date ? '9999' : date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date);

/** The office a person holds at the date, else their latest one. */
export function officeAt(p: PersonEntry, date: string | null): NonNullable<PersonEntry['offices']>[number] | undefined {
  const d = atDate(date);
  const offices = p.offices ?? [];
  const current = offices.filter((o) => String(o.from) <= d && (!o.to || d <= String(o.to)));
  const pool = current.length ? current : offices;
  return [...pool].sort((x, y) => String(y.from).localeCompare(String(x.from)))[0];
}

export function personInfo(p: PersonEntry, lang: Lang, date: string | null): ActorInfo {
  const office = officeAt(p, date);
  return {
    key: `person:${p.id}`,
    name: first(p.names, lang) ?? p.variants?.[0] ?? p.id,
    kind: 'person',
    country: p.country ?? office?.country ?? null,
    org: office?.org ?? null,
    sector: office?.sector ?? p.sector ?? null,
    ref: `people#${p.id}`,
    role: office?.role ?? null,
    gender: p.gender ?? null,
    weak: false,
  };
}

/** True when the person holds an office of the base at the date ('the opposition leader' Netanyahu in 2022 holds none). */
export function inOfficeAt(p: PersonEntry, date: string | null): boolean {
  const d = atDate(date);
  return (p.offices ?? []).some((o) => String(o.from) <= d && (!o.to || d <= String(o.to)));
}
