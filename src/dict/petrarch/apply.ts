/**
 * Puts converted PETRARCH dictionaries into Vigie's English knowledge: in place of Vigie's own
 * actors and patterns ('replace', as a test suite wants) or beside them ('merge': Vigie's entries
 * first, a state known to both gets the names of both).
 */
import type { KnowledgeBase, StateEntry } from '../../pipeline/actors/kb-types.js';
import type { EventPattern, PatternSet } from '../../pipeline/events/patterns.js';
import type { Stage } from '../../pipeline/analysis.js';
import { indexSlots } from '../../pipeline/events/slots.js';
import { convertActorDictionary, convertAgentDictionary } from './convert-actors.js';
import { createDiscardStage } from './convert-discards.js';
import { convertVerbDictionary } from './convert-verbs.js';
import type { Diagnostic } from './types.js';
import type { PetrarchDictionaries } from './index.js';

export type DictionaryMode = 'replace' | 'merge';

export interface AppliedDictionaries {
  kb: KnowledgeBase;
  en: PatternSet;
  /** The discard stage, to run after the events; null without discard lists. */
  discards: Stage | null;
  /** Pattern lines left out and actor entries without a usable code. */
  notes: Diagnostic[];
  counts: { patterns: number; verbForms: number; states: number; groups: number; people: number; agents: number; discards: number };
}

function mergeStates(own: readonly StateEntry[], more: readonly StateEntry[]): StateEntry[] {
  const out = own.map((s) => ({ ...s, names: { ...s.names } }));
  const byId = new Map(out.map((s) => [s.id, s]));
  for (const s of more) {
    const have = byId.get(s.id);
    if (!have) { out.push(s); byId.set(s.id, s); continue; }
    const names = [...(have.names.en ?? [])];
    for (const n of s.names.en ?? []) if (!names.includes(n)) names.push(n);
    have.names.en = names;
  }
  return out;
}

function mergeForms(own: PatternSet | null, more: Map<string, EventPattern[]>): Map<string, EventPattern[]> {
  const out = new Map<string, EventPattern[]>(own ? [...own.byForm].map(([k, v]) => [k, [...v]]) : []);
  for (const [k, v] of more) out.set(k, [...(out.get(k) ?? []), ...v]);
  return out;
}

export function applyDictionaries(kb: KnowledgeBase, en: PatternSet, d: PetrarchDictionaries, mode: DictionaryMode): AppliedDictionaries {
  const notes: Diagnostic[] = [];
  const states: StateEntry[] = [];
  const groups: KnowledgeBase['groups'] = [];
  const people: KnowledgeBase['people'] = [];
  for (const a of d.actors) {
    const c = convertActorDictionary(a);
    states.push(...c.states);
    groups.push(...c.groups);
    people.push(...c.people);
    notes.push(...c.skipped);
  }
  const bodies = d.agents.flatMap(convertAgentDictionary);
  const patterns: EventPattern[] = [];
  const byForm = new Map<string, EventPattern[]>();
  const lemmaOf = new Map<string, string>();
  for (const v of d.verbs) {
    const c = convertVerbDictionary(v);
    patterns.push(...c.patterns);
    for (const [k, list] of c.byForm) byForm.set(k, [...(byForm.get(k) ?? []), ...list]);
    for (const [k, l] of c.lemmaOf) lemmaOf.set(k, l);
    notes.push(...c.unsupported);
  }
  const replace = mode === 'replace';
  const enRoles = kb.roles.en;
  const newKb: KnowledgeBase = {
    ...kb,
    states: replace ? mergeStates([], states) : mergeStates(kb.states, states),
    orgs: replace ? [] : kb.orgs,
    groups: replace ? groups : [...kb.groups, ...groups],
    people: replace ? people : [...kb.people, ...people],
    roles: { ...kb.roles, en: replace ? { roles: [], bodies } : { roles: enRoles.roles, bodies: [...enRoles.bodies, ...bodies] } },
  };
  const newEn: PatternSet = replace
    ? { lang: 'en', patterns, byForm, byNoun: new Map(), lemmaOf }
    : { lang: 'en', patterns: [...en.patterns, ...patterns], byForm: mergeForms(en, byForm), byNoun: en.byNoun, lemmaOf: new Map([...lemmaOf, ...en.lemmaOf]) };
  newEn.slotIndex = indexSlots(newEn.byForm);
  const discards = d.discards.length ? createDiscardStage(d.discards) : null;
  return {
    kb: newKb, en: newEn, discards, notes,
    counts: { patterns: patterns.length, verbForms: byForm.size, states: states.length, groups: groups.length, people: people.length, agents: bodies.length, discards: d.discards.reduce((n, l) => n + l.discards.length, 0) },
  };
}
