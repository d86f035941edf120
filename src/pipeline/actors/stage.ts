/** The actor stage: finds, resolves and links the actors of a document, and fills `actors` and `mentions`. */
import type { Lang } from '../../model/types.js';
import type { TokenRules } from '../../text/tokens.js';
import type { Analysis, Stage } from '../analysis.js';
import { sentenceOfToken } from '../analysis.js';
import { ActorRegistry, type ActorInfo } from './registry.js';
import { indexKnowledgeBase, holderAt, type ActorIndex } from './kb-index.js';
import type { KnowledgeBase } from './kb-types.js';
import { scanTerms, type Hit } from './scan.js';
import { afterPhrase, placeOf, unknownNameAt } from './phrases.js';
import { groupInfo, inOfficeAt, orgInfo, personInfo, stateInfo } from './entities.js';
import { resolvePronouns, resolveSurnames } from './coref.js';
import { findNamedPeople, type GivenNames } from './named-people.js';
import { resolvePairs, type PairWords } from './pairs.js';
import { ADJECTIVE, appositionAfter, attributive, contextState, isLocative, lastWithRole, possessorCountry } from './context.js';

type Actor = ActorInfo & { id: string };

export function createActorStage(kb: KnowledgeBase, rules: Record<Lang, TokenRules>, given: GivenNames = { names: new Set(), familyFirst: new Set(), exclude: new Set() }, pairs?: Record<Lang, PairWords>): Stage & { index: ActorIndex } {
  const index = indexKnowledgeBase(kb, rules);
  const modifiedNouns = new Set(kb.roles.en.modified_nouns ?? []);
  const familyFirst = new Set(kb.familyNameFirst);
  return {
    name: 'actors',
    needs: ['tokens', 'sentences', 'quoteSpans'],
    adds: ['actors', 'mentions'],
    index,
    run(a: Analysis): void {
      const reg = new ActorRegistry(a);
      const hits = scanTerms(a, index.gazetteers[a.doc.lang], index);
      resolveHits(a, hits, reg, index, modifiedNouns);
      findNamedPeople(a, reg, given);
      resolveSurnames(a, reg, familyFirst);
      resolvePronouns(a, reg, hits);
      if (pairs) resolvePairs(a, reg, pairs[a.doc.lang]);
      reg.finish();
    },
  };
}

function resolveHits(a: Analysis, hits: Hit[], reg: ActorRegistry, index: ActorIndex, modifiedNouns: ReadonlySet<string>): void {
  const { lang, date } = a.doc;
  const { tokens } = a;
  const used = new Set<number>();
  const coveredTokens = new Set<number>();
  for (const h of hits) for (let t = h.tokenStart; t < h.tokenEnd; t++) coveredTokens.add(t);
  const mention = (actor: Actor, h: Hit | { tokenStart: number; tokenEnd: number }, via: Parameters<ActorRegistry['mention']>[4], ref?: string): void => {
    reg.mention(actor, h.tokenStart, h.tokenEnd, sentenceOfToken(a, h.tokenStart), via, ref);
  };
  const placeActor = (p: { kind: 'state' | 'org'; id: string }): Actor =>
    reg.ensure(p.kind === 'org' ? orgInfo(index, p.id, lang) : stateInfo(index, p.id, lang, true));

  hits.forEach((h, i) => {
    if (used.has(i)) return;
    const t = h.target;
    switch (t.type) {
      case 'person': {
        const p = index.people.get(t.id);
        if (p) mention(reg.ensure(personInfo(p, lang, date)), h, t.via === 'surname' ? 'surname' : 'name', t.via === 'variant' ? `${h.term.ref}/variant` : h.term.ref);
        return;
      }
      case 'state': {
        const place = (t.via === 'name' || t.via === 'capital') && isLocative(tokens, h.tokenStart);
        mention(reg.ensure(stateInfo(index, t.id, lang, place || t.via === 'demonym' || t.via === 'prefix')), h, place ? 'place' : t.via === 'name' ? 'name' : t.via, h.term.ref);
        return;
      }
      case 'seat': {
        const actor = reg.ensure({ key: `seat:${t.state}:${t.sector}:${h.term.surface}`, name: h.term.surface, kind: 'org', country: t.state, org: null, sector: t.sector, ref: h.term.ref, weak: false });
        mention(actor, h, 'seat', h.term.ref);
        return;
      }
      case 'org': mention(reg.ensure(orgInfo(index, t.id, lang)), h, t.via, h.term.ref); return;
      case 'group': mention(reg.ensure(groupInfo(index, t.id, lang)), h, t.via, h.term.ref); return;
      case 'pronoun': return;
      case 'body': {
        if (attributive(tokens, h, lang, modifiedNouns, true)) return; // 'military equipment', 'la coopération militaire', 'et presse M. Jammeh'
        const { place, used: u } = placeOf(hits, i, tokens);
        u.forEach((x) => used.add(x));
        // a body read from another coder's agents ('soldiers') names a country only in its own phrase
        const country = place?.kind === 'state' ? place.id : place || t.entry.kind === 'agent' ? null
          : possessorCountry(a, reg, h.tokenStart) ?? contextState(a, reg, h.tokenStart, t.entry.sector);
        // a place after the body is mentioned here; one before it ('the Sudanese army') was already mentioned
        if (place?.hit && place.hit.tokenStart >= h.tokenStart) mention(placeActor(place), place.hit, place.hit.target.type === 'state' && place.hit.target.via === 'demonym' ? 'demonym' : 'name');
        if (!country && place?.kind !== 'org') return;
        const sector = t.entry.sector;
        const key = place?.kind === 'org' ? `body:${place.id}:${sector}` : `body:${country}:${sector}`;
        const actor = reg.ensure({ key, name: a.doc.text.slice(tokens[h.tokenStart].start, tokens[h.tokenEnd - 1].end), kind: 'org', country, org: place?.kind === 'org' ? place.id : null, sector, ref: h.term.ref, weak: false });
        mention(actor, h, 'body', h.term.ref);
        return;
      }
      case 'role': {
        if (lang === 'fr' && attributive(tokens, h, lang, modifiedNouns)) return; // 'le camp militaire de Kati'
        const found = placeOf(hits, i, tokens);
        const { end, used: u } = found;
        const place = found.place ?? (t.entry.org ? { kind: 'org' as const, id: t.entry.org } : t.entry.country ? { kind: 'state' as const, id: t.entry.country } : null);
        u.forEach((x) => used.add(x));
        if (place?.hit && place.hit.tokenStart >= h.tokenStart) mention(placeActor(place), place.hit, place.hit.target.type === 'state' && place.hit.target.via === 'demonym' ? 'demonym' : 'name');
        const entry = t.entry;
        const orgRole = place?.kind === 'org' ? entry.org_roles?.[place.id] ?? entry.role ?? null : entry.role ?? null;
        const start = afterPhrase(tokens, end);
        let nextIdx = i + 1;
        while (nextIdx < hits.length && hits[nextIdx].tokenStart < start) nextIdx++;
        const next = hits[nextIdx];
        const span = { tokenStart: h.tokenStart, tokenEnd: end };
        if (next && next.tokenStart === start && next.target.type === 'person') {
          // the person's own mention follows; out of office, the role says what they are now ('opposition leader Netanyahu')
          const p = index.people.get(next.target.id);
          if (p) {
            const person = reg.ensure(personInfo(p, lang, date));
            if (entry.sector && !inOfficeAt(p, date)) person.sector = entry.sector;
            mention(person, span, 'role', h.term.ref); // 'du président Mohamed Bazoum': the phrase starts at the role
          }
          return;
        }
        const sent = a.sentences[sentenceOfToken(a, h.tokenStart)];
        const limit = sent?.tokenEnd ?? tokens.length;
        // 'l'ambassadeur nord-coréen auprès des Nations unies, Han Tae-song': a complement, a comma, the name
        const apposed = appositionAfter(tokens, start, limit);
        const known = apposed >= 0 ? hits.find((x) => x.tokenStart === apposed && x.target.type === 'person') : undefined;
        if (known && known.target.type === 'person') {
          const p = index.people.get(known.target.id);
          if (p) mention(reg.ensure(personInfo(p, lang, date)), span, 'role', h.term.ref);
          return;
        }
        const unknown = unknownNameAt(tokens, start, limit, (k) => coveredTokens.has(k)) ?? (apposed >= 0 ? unknownNameAt(tokens, apposed, limit, (k) => coveredTokens.has(k)) : null);
        if (unknown) {
          const name = a.doc.text.slice(tokens[unknown[0]].start, tokens[unknown[1] - 1].end);
          const actor = reg.ensure({ key: `person:unk:${name.toLowerCase()}`, name, kind: 'person', country: place?.kind === 'state' ? place.id : null, org: place?.kind === 'org' ? place.id : null, sector: entry.sector ?? null, role: orgRole, gender: entry.gender ?? null, weak: false });
          mention(actor, { tokenStart: unknown[0], tokenEnd: unknown[1] }, 'name');
          mention(actor, span, 'role', h.term.ref);
          for (let k = unknown[0]; k < unknown[1]; k++) coveredTokens.add(k);
          return;
        }
        // the text's own holder of the office comes first ('le président Keïta' … 'le chef de l'État malien' on the day he fell)
        const introduced = orgRole && place ? reg.all().find((x) => x.kind === 'person' && x.role === orgRole && (x.country === place.id || x.org === place.id)) : undefined;
        if (introduced) { mention(introduced, span, 'role', h.term.ref); return; }
        const holder = orgRole && place ? holderAt(index, orgRole, place.id, a.doc.date) : undefined;
        if (holder) { mention(reg.ensure(personInfo(holder.person, lang, date)), span, 'role', h.term.ref); return; }
        const earlier = !place ? lastWithRole(reg, a, orgRole, h.term.ref, h.tokenStart, entry.refers_to) : undefined;
        if (earlier) { mention(earlier, span, 'role', h.term.ref); return; }
        if (place && orgRole) {
          const name = a.doc.text.slice(tokens[h.tokenStart].start, tokens[end - 1].end);
          const actor = reg.ensure({ key: `person:role:${orgRole}|${place.id}`, name, kind: 'person', country: place.kind === 'state' ? place.id : null, org: place.kind === 'org' ? place.id : null, sector: entry.sector ?? null, role: orgRole, gender: entry.gender ?? null, weak: false });
          mention(actor, span, 'role', h.term.ref);
          return;
        }
        // an unnamed person ('selon un diplomate ouest-africain', 'a-t-on appris de source militaire'): kept if a quote or event uses it
        const last = ADJECTIVE.test(tokens[end]?.lower ?? '') && !tokens[end].cap ? end + 1 : end;
        const name = a.doc.text.slice(tokens[h.tokenStart].start, tokens[last - 1].end);
        const anon = reg.ensure({ key: `person:anon:${name.toLowerCase()}`, name, kind: 'person', country: place?.kind === 'state' ? place.id : null, org: place?.kind === 'org' ? place.id : null, sector: entry.sector ?? null, role: orgRole, gender: entry.gender ?? null, weak: true });
        mention(anon, { tokenStart: h.tokenStart, tokenEnd: last }, 'anonymous', h.term.ref);
        return;
      }
    }
  });
}
