/** Indexes over the knowledge base: one gazetteer per language, entries by id, office-holders by office. */
import type { Lang } from '../../model/types.js';
import type { TokenRules } from '../../text/tokens.js';
import { fold } from '../../text/fold.js';
import { Gazetteer } from './gazetteer.js';
import type { GroupEntry, KnowledgeBase, OrgEntry, PersonEntry, StateEntry } from './kb-types.js';

export interface Holder {
  person: PersonEntry;
  from: string;
  to: string | null;
  sector: string | null;
}

export interface ActorIndex {
  kb: KnowledgeBase;
  gazetteers: Record<Lang, Gazetteer>;
  states: Map<string, StateEntry>;
  orgs: Map<string, OrgEntry>;
  groups: Map<string, GroupEntry>;
  people: Map<string, PersonEntry>;
  /** `${role}|${country or org}` → holders, for role-only mentions resolved by date. */
  offices: Map<string, Holder[]>;
  /** Folded compound prefix ('russo', 'sino') → state id. */
  prefixes: Map<string, string>;
  /** Folded demonym → state id, per language. */
  demonyms: Record<Lang, Map<string, string>>;
}

const LANGS: readonly Lang[] = ['fr', 'en'];
const bothLangs = <T>(v: Partial<Record<Lang, T[]>> | undefined): T[] => LANGS.flatMap((l) => v?.[l] ?? []);

export function indexKnowledgeBase(kb: KnowledgeBase, rules: Record<Lang, TokenRules>): ActorIndex {
  const gazetteers = { fr: new Gazetteer(rules.fr), en: new Gazetteer(rules.en) };
  const demonyms = { fr: new Map<string, string>(), en: new Map<string, string>() };
  const prefixes = new Map<string, string>();
  for (const lang of LANGS) {
    const g = gazetteers[lang];
    for (const s of kb.states) {
      const ref = `states#${s.id}`;
      for (const n of bothLangs(s.names)) g.add(n, { type: 'state', id: s.id, via: /^\p{Lu}[\p{Lu}.]+$/u.test(n) ? 'acronym' : 'name' }, ref);
      for (const n of bothLangs(s.capitals)) g.add(n, { type: 'state', id: s.id, via: 'capital' }, ref);
      for (const seat of s.seats ?? []) for (const n of bothLangs(seat)) g.add(n, { type: 'seat', state: s.id, sector: seat.sector }, `${ref}/seat`);
      for (const d of s.demonyms?.[lang] ?? []) {
        g.add(d, { type: 'state', id: s.id, via: 'demonym' }, ref);
        demonyms[lang].set(fold(d), s.id);
        // The people: 'les Russes', 'the Russians' (capitalised nouns of the same word).
      }
      for (const p of s.prefixes ?? []) prefixes.set(fold(p).replace(/-$/u, ''), s.id);
    }
    for (const o of kb.orgs) {
      for (const n of bothLangs(o.names)) g.add(n, { type: 'org', id: o.id, via: 'name' }, `organisations#${o.id}`);
      for (const n of bothLangs(o.acronyms)) g.add(n, { type: 'org', id: o.id, via: 'acronym' }, `organisations#${o.id}`);
    }
    for (const x of kb.groups) {
      for (const n of bothLangs(x.names)) g.add(n, { type: 'group', id: x.id, via: 'name' }, `groups#${x.id}`);
      for (const n of bothLangs(x.acronyms)) g.add(n, { type: 'group', id: x.id, via: 'acronym' }, `groups#${x.id}`);
    }
    for (const p of kb.people) {
      for (const n of bothLangs(p.names)) g.add(n, { type: 'person', id: p.id, via: 'name' }, `people#${p.id}`);
      for (const n of p.variants ?? []) g.add(n, { type: 'person', id: p.id, via: n.trim().includes(' ') ? 'variant' : 'surname' }, `people#${p.id}`);
    }
    for (const r of kb.roles[lang].roles) for (const t of r.terms) g.add(t, { type: 'role', entry: r }, `roles/${lang}#${r.id}`);
    for (const b of kb.roles[lang].bodies) for (const t of b.terms) g.add(t, { type: 'body', entry: b }, `roles/${lang}#${b.id}`);
    const pr = kb.pronouns[lang];
    for (const [gender, words] of Object.entries(pr.subject ?? {})) for (const w of words ?? []) g.add(w, { type: 'pronoun', gender: gender as 'm', form: 'subject' }, `pronouns/${lang}`);
    for (const [gender, words] of Object.entries(pr.object_stressed ?? {})) for (const w of words ?? []) g.add(w, { type: 'pronoun', gender: gender as 'm', form: 'stressed' }, `pronouns/${lang}`);
  }
  const offices = new Map<string, Holder[]>();
  for (const p of kb.people) {
    for (const o of p.offices ?? []) {
      const key = `${o.role}|${o.country ?? o.org ?? ''}`;
      const list = offices.get(key) ?? [];
      list.push({ person: p, from: String(o.from), to: o.to ? String(o.to) : null, sector: o.sector ?? null });
      offices.set(key, list);
    }
  }
  return {
    kb, gazetteers, demonyms, prefixes, offices,
    states: new Map(kb.states.map((s) => [s.id, s])),
    orgs: new Map(kb.orgs.map((o) => [o.id, o])),
    groups: new Map(kb.groups.map((x) => [x.id, x])),
    people: new Map(kb.people.map((p) => [p.id, p])),
  };
}

/** The holder of an office at a date (YYYY, YYYY-MM or YYYY-MM-DD; a partial date is taken at its middle). */
export function holderAt(index: ActorIndex, role: string, place: string, date: string | null): Holder | undefined {
  const list = index.offices.get(`${role}|${place}`);
  // an office of an organ is often filed under its organisation ('la présidente de la Commission européenne': EU)
  const parent = index.orgs.get(place)?.parent;
  if (!list) return parent ? holderAt(index, role, parent, date) : undefined;
  const d = !date ? new Date().toISOString().slice(0, 10) : date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date;
  const hits = list.filter((h) => h.from <= d && (h.to === null || d <= h.to));
  return hits.sort((x, y) => y.from.localeCompare(x.from))[0];
}
