/**
 * PETRARCH actor and agent dictionaries → Vigie knowledge-base entries. A code is a country (or
 * international) code of three letters followed by sector codes ('ARNGOV': ARN, sector GOV).
 * An entry with one undated three-letter code is a state; one with a longer code a group with that
 * country and sector; one with dated codes a person whose offices are those codes with their
 * dates, so the actor stage gives it the code valid at the document's date, as `codeAt` does.
 * Agents become body nouns ('soldiers', 'foreign ministry') with the sector of their code;
 * a body from an agent takes its country from its own phrase only ('Arnor's army'), never from
 * context. Every entry keeps its origin (`file:line`) as its id.
 */
import { basename } from 'node:path';
import type { BodyEntry, GroupEntry, Office, PersonEntry, StateEntry } from '../../pipeline/actors/kb-types.js';
import type { ActorCode, ActorDictionary, AgentDictionary, Diagnostic, NounPhrase } from './types.js';

export interface ConvertedActors {
  states: StateEntry[];
  groups: GroupEntry[];
  people: PersonEntry[];
  /** Entries left out (no usable code: `[---]`, `[+++]`). */
  skipped: Diagnostic[];
}

/** The `kind` given to bodies made from agents. */
export const AGENT_BODY_KIND = 'agent';

const CODE = /^[A-Z]{3}(?:[A-Z0-9]{3})*$/u;
const FAR_PAST = '0001-01-01';

/** Country (first three letters) and sector (next three) of a PETRARCH code; null when it is not one. */
export function splitCode(raw: string): { country: string; sector: string | null } | null {
  const code = raw.toUpperCase();
  if (!CODE.test(code)) return null;
  return { country: code.slice(0, 3), sector: code.length > 3 ? code.slice(3, 6) : null };
}

/**
 * A name as Vigie's gazetteer reads it: a short all-capital name stays an acronym ('IMF', matched
 * exactly); otherwise the first word is capitalised and the rest lower-cased, so that the name
 * matches when its first word is capitalised in the text ('Minas Tirith', 'Bay of Belfalas').
 */
export function surfaceOf(p: NounPhrase): string {
  if (p.words.length === 1 && p.words[0].replace(/[^\p{L}]/gu, '').length <= 3) return p.words[0].toUpperCase();
  return p.words.map((w, i) => (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1).toLowerCase() : w.toLowerCase())).join(' ');
}

const refOf = (file: string, line: number): string => `${basename(file)}:${line}`;

function officeOf(c: ActorCode): Office | null {
  const sc = splitCode(c.code);
  if (!sc) return null;
  const r = c.restriction;
  const [from, to] = r.kind === 'before' ? [FAR_PAST, r.date] : r.kind === 'after' ? [r.date, null] : r.kind === 'between' ? [r.from, r.to] : [FAR_PAST, null];
  return { role: c.code.toUpperCase(), country: sc.country, sector: sc.sector ?? undefined, from, to };
}

export function convertActorDictionary(d: ActorDictionary): ConvertedActors {
  const states = new Map<string, StateEntry>();
  const groups: GroupEntry[] = [];
  const people: PersonEntry[] = [];
  const skipped: Diagnostic[] = [];
  for (const e of d.actors) {
    const id = refOf(e.origin.file, e.origin.line);
    const names = [...new Set(e.names.map(surfaceOf))];
    const dated = e.codes.filter((c) => c.restriction.kind !== 'none');
    const plain = e.codes.find((c) => c.restriction.kind === 'none');
    if (dated.length) {
      // dated codes first: the latest-starting one in force wins, the undated one is the fallback
      const offices = [...dated, ...(plain ? [plain] : [])].map(officeOf).filter((o): o is Office => o !== null);
      if (!offices.length) { skipped.push({ file: e.origin.file, line: e.origin.line, message: 'no usable code' }); continue; }
      people.push({ id, names: { en: names }, country: null, offices });
      continue;
    }
    const sc = plain ? splitCode(plain.code) : null;
    if (!sc) { skipped.push({ file: e.origin.file, line: e.origin.line, message: `no usable code (${plain?.code ?? 'none'})` }); continue; }
    if (!sc.sector) {
      const st = states.get(sc.country) ?? states.set(sc.country, { id: sc.country, names: { en: [] } }).get(sc.country)!;
      for (const n of names) if (!st.names.en!.includes(n)) st.names.en!.push(n);
      continue;
    }
    groups.push({ id, names: { en: names }, country: sc.country, sector: sc.sector });
  }
  return { states: [...states.values()], groups, people, skipped };
}

const lowerPhrase = (p: NounPhrase): string => p.words.map((w) => w.toLowerCase()).join(' ');

/** Agents as body nouns, plurals included, with the sector of their code. */
export function convertAgentDictionary(d: AgentDictionary): BodyEntry[] {
  const bodies = new Map<string, BodyEntry>();
  for (const a of d.agents) {
    const sector = a.code.toUpperCase().slice(0, 3);
    if (!/^[A-Z]{3}$/u.test(sector)) continue;
    const id = refOf(a.origin.file, a.origin.line) + (a.substitution ? `/${a.substitution.value.toLowerCase()}` : '');
    const terms = [lowerPhrase(a), ...a.plurals.map(lowerPhrase)];
    const b = bodies.get(id) ?? bodies.set(id, { id, terms: [], sector, kind: AGENT_BODY_KIND }).get(id)!;
    for (const t of terms) if (!b.terms.includes(t)) b.terms.push(t);
  }
  return [...bodies.values()];
}
