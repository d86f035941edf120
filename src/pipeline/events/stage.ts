/**
 * The event stage: who did what to whom, when, coded in CAMEO. Triggers are the verb forms and
 * nouns of the patterns; arguments come from the clause; polarity from negation and modality.
 * No event without a resolved source and target of two different entities; no default code; the
 * same dyad, code and date stated twice is one event with all its evidence.
 */
import type { ActorRecord, EventRecord, Lang } from '../../model/types.js';
import type { Token } from '../../text/tokens.js';
import { fold } from '../../text/fold.js';
import type { Sentence } from '../../text/sentences.js';
import type { Analysis, Mention, Stage } from '../analysis.js';
import { tokenInQuote } from '../analysis.js';
import type { CameoOntology } from '../../cameo/ontology.js';
import { indexMentions, sentenceIndex, type MentionIndex } from '../clauses.js';
import type { EventPattern, PatternSet } from './patterns.js';
import { polarityAt, type Modality } from './polarity.js';
import { mentionsAfter, passiveSubject, sourcesOf } from './arguments.js';
import { impliedArguments, nominalArguments } from './nominal.js';
import { codeInfo, patternsAt, slotsEnd } from './slots.js';

export interface TimeExpressionLike { start: number; end: number; value: string }
export type DateFinder = (a: Analysis, s: Sentence) => TimeExpressionLike[];

const REFLEXIVE = new Set(['se', "s'", 'me', "m'", 'nous', 'vous']);
const AUXILIARIES = new Set(['est', 'sont', 'était', 'étaient', 'sera', 'seront', 'serait', 'seraient', 'fut', 'furent', 'soit', 'soient']);
const DETERMINERS = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'the', 'an', 'its', 'their', 'his', 'her']);

export function createEventStage(sets: Record<Lang, PatternSet>, modality: Record<Lang, Modality>, cameo: CameoOntology, findDates: DateFinder): Stage {
  return {
    name: 'events',
    needs: ['tokens', 'sentences', 'actors', 'mentions'],
    adds: ['events'],
    run(a: Analysis): void {
      const set = sets[a.doc.lang];
      const mod = modality[a.doc.lang];
      const idx = indexMentions(a, false, true);
      const all = indexMentions(a, true, true);
      const known = new Map(a.actors.map((x) => [x.id, x]));
      // organs a noun implies may be added on the way ('un coup d'État': the army, the government)
      const actors = { get: (id: string): ActorRecord | undefined => known.get(id) ?? a.actors.find((x) => x.id === id) };
      const inQuote = (t: Token): boolean => tokenInQuote(a, t);
      const found = new Map<string, EventRecord>();
      const emit = (p: EventPattern, s: Sentence, trigger: Token, src: Mention[], tgt: Mention[], negated: boolean): void => {
        const code = codeInfo(cameo, p.code, p.lenientCode === true);
        if (!code) return;
        const date = dateFor(a, s, trigger, findDates);
        for (const sm of src) for (const tm of tgt) {
          const sa = actors.get(sm.actor);
          const ta = actors.get(tm.actor);
          if (!sa || !ta || sameEntity(sa, ta)) continue;
          const key = `${sa.id}|${ta.id}|${p.code}|${date}|${negated}`;
          const prev = found.get(key);
          if (prev) { if (prev.start !== s.start) (prev.evidence ??= []).push({ start: s.start, end: s.end }); continue; }
          const event: EventRecord = { source: sa.id, target: ta.id, cameo: p.code, date, negated, start: s.start, end: s.end, goldstein: code.goldstein, quad: code.quad, plover: code.plover, rule: p.id };
          const where = placeOf(a, idx, s, trigger);
          if (where) event.location = where;
          found.set(key, event);
        }
      };
      for (const s of a.sentences) {
        if (a.doc.paragraphs[s.paragraph]?.role === 'caption') continue; // a photo caption describes a picture, not an event
        for (let v = s.tokenStart; v < s.tokenEnd; v++) {
          const tok = a.tokens[v];
          if (tok.kind !== 'word' || a.inQuote[v]) continue;
          const pats = patternsAt(set.byForm, set.slotIndex, a.tokens, v, s);
          if (pats.length) {
            // one reading of the clause per verb and object end, whatever the number of patterns
            const read = new Map<number, ReturnType<typeof sourcesOf>>();
            const sourcesAt = (end: number): ReturnType<typeof sourcesOf> => {
              let r = read.get(end);
              if (!r) { r = sourcesOf(a, idx, s, v, end, inQuote); read.set(end, r); }
              return r;
            };
            // an explicit target first; a judgement about the article's subject only when no pattern found one
            if (!pats.some((p) => verbal(a, idx, all, s, v, p, mod, inQuote, emit, sourcesAt, false)) && a.tokens[v + 1]?.kind === 'quote') {
              for (const p of pats) if (implicitTarget(p) && verbal(a, idx, all, s, v, p, mod, inQuote, emit, sourcesAt, true)) break;
            }
          }
          for (const p of set.byNoun.get(tok.norm) ?? []) {
            if (p.followed_by && !a.tokens.slice(v + 1, v + 4).some((t) => p.followed_by!.includes(t.lower) || p.followed_by!.includes(t.norm))) continue;
            const args = p.implied ? impliedArguments(a, all, s, v, p.implied) : nominalArguments(a, all, s, v, p);
            if (args) { emit(p, s, tok, args.sources, args.targets, polarityAt(a.tokens, v, v + 1, s.tokenStart, mod).negated); break; }
          }
        }
      }
      a.events.push(...found.values());
    },
  };
}

function verbal(a: Analysis, idx: MentionIndex, all: MentionIndex, s: Sentence, v: number, p: EventPattern, mod: Modality, inQuote: (t: Token) => boolean,
  emit: (p: EventPattern, s: Sentence, trigger: Token, src: Mention[], tgt: Mention[], negated: boolean) => void,
  sourcesAt: (end: number) => ReturnType<typeof sourcesOf>, implicit: boolean): boolean {
  const { tokens } = a;
  // 'se rend', 's'est rendu', 'se sont rendus', 's'était rendue'
  const refl = REFLEXIVE.has(tokens[v - 1]?.lower ?? '') || (REFLEXIVE.has(tokens[v - 2]?.lower ?? '') && (tokens[v - 2]?.elided === true || AUXILIARIES.has(tokens[v - 1]?.lower ?? '')));
  // a verb form right after a determiner is a noun ('l'attaque', 'les frappes')
  if (DETERMINERS.has(tokens[v - 1]?.lower ?? '') || (a.doc.lang === 'en' && (tokens[v - 1]?.lower === 'a' || tokens[v - 1]?.lower === 'an'))) return false;
  if (!!p.reflexive !== refl) return false;
  let end = v + 1;
  if (p.object) {
    let k = v + 1;
    const stop = Math.min(s.tokenEnd, v + 12);
    while (k < stop && !p.object.includes(tokens[k].lower) && !p.object.includes(tokens[k].norm)) k++;
    if (k >= stop) return false;
    end = k + 1;
  }
  if (p.before || p.after) {
    end = slotsEnd(tokens, s, v, end, p);
    if (end < 0) return false;
  }
  const pol = polarityAt(tokens, v, end, s.tokenStart, mod);
  if (pol.unreal) return true;
  // a planned act is no act ('se rendra à Pyongyang à l'automne'); a promise of support or a statement still is one
  if (a.doc.lang === 'fr' && p.verb && !STATED_ROOTS.has(p.code.slice(0, 2)) && frenchFuture(tokens[v].norm, fold(p.verb))) return true;
  // words written before the verb ('WILL NOT *') decide its polarity themselves
  if (p.before) pol.negated = false;
  const args = sourcesAt(end);
  let sources = withSameSpan(all, args.sources);
  let targets: Mention[];
  if (args.passive && (p.target === 'object' || p.target === 'any')) {
    targets = args.patient ?? passiveSubject(a, idx, s, v, inQuote);
  } else {
    for (let k = 0; k < (p.skip ?? 0); k++) end = all.bySentence.get(sentenceIndex(a, s))?.find((m) => m.tokenStart >= end)?.tokenEnd ?? end;
    targets = mentionsAfter(idx, tokens, end, s.tokenEnd, p.target === 'object' ? null : p.target === 'any' ? 'any' : new Set(p.target), all);
  }
  if (p.compound && sources.length < 2) return false;
  if (p.inverted) [sources, targets] = [targets, sources];
  // a compound subject acting together, with no other party ('% *': 'X and Y agree')
  if (p.mutual && !targets.length && sources.length > 1) targets = sources;
  if (p.then && targets.length) {
    const after = targets[targets.length - 1].tokenEnd;
    if (!tokens.slice(after, after + 3).some((t) => p.then!.includes(t.lower) || p.then!.includes(t.norm))) return false;
  }
  // 'Paris a condamné « un coup de force »': a judgement of a quoted phrase naming no actor is about the state the article is about
  if (implicit && !targets.length && sources.length && implicitTarget(p) && tokens[end]?.kind === 'quote') {
    const topic = topicState(a, sources, a.sentences.indexOf(s));
    if (topic) targets = [topic];
  }
  if (!sources.length || !targets.length) return false;
  targets = withSameSpan(all, targets);
  emit(p, s, tokens[v], sources, targets, pol.negated);
  if (p.mutual && sources.length > 1) emit(p, s, tokens[v], sources, sources, pol.negated);
  if (p.reverseCode) emit({ ...p, code: p.reverseCode }, s, tokens[v], targets, sources, pol.negated);
  return true;
}

function sameEntity(x: ActorRecord, y: ActorRecord): boolean {
  const ex = x.org ?? x.country;
  const ey = y.org ?? y.country;
  if (!ex || !ey) return x.id === y.id;
  if (ex !== ey) return false;
  const sx = x.sector ?? (x.kind === 'state' ? 'GOV' : '');
  const sy = y.sector ?? (y.kind === 'state' ? 'GOV' : '');
  return sx === sy;
}

/** The time expression nearest the trigger in its sentence, else the document's date. */
function dateFor(a: Analysis, s: Sentence, trigger: Token, findDates: DateFinder): string | null {
  const exprs = findDates(a, s);
  if (!exprs.length) return a.doc.date;
  // An expression in another clause dates something else ('X, qui réclamait depuis juin …, a salué'):
  // only one in the trigger's clause, or opening the sentence ('Mercredi, le G7 a appelé'), dates it.
  const separated = (e: { start: number; end: number }): boolean => {
    if (e.start === s.start || a.doc.text.slice(s.start, e.start).trim() === '') return false;
    const [from, to] = e.start < trigger.start ? [e.end, trigger.start] : [trigger.end, e.start];
    return /,/u.test(a.doc.text.slice(from, to).trim().replace(/^,|,$/gu, ''));
  };
  let best: { start: number; value: string } | undefined;
  for (const e of exprs) if (!separated(e) && (!best || Math.abs(e.start - trigger.start) < Math.abs(best.start - trigger.start))) best = e;
  return best ? best.value : a.doc.date;
}

/** Where the event happened when the text says it: the place named nearest the trigger in its sentence ('à Moscou', 'in Bali'). */
function placeOf(a: Analysis, idx: MentionIndex, s: Sentence, trigger: Token): string | null {
  let best: { start: number; end: number } | null = null;
  for (const m of idx.bySentence.get(sentenceIndex(a, s)) ?? []) {
    if (m.via !== 'place') continue;
    if (!best || Math.abs(m.start - trigger.start) < Math.abs(best.start - trigger.start)) best = m;
  }
  return best ? a.doc.text.slice(best.start, best.end) : null;
}

/** A phrase that names two actors at once ('les deux pays') stands for both. */
function withSameSpan(idx: MentionIndex, ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) {
    for (const o of idx.at.get(m.tokenStart) ?? [m]) if (o.tokenEnd === m.tokenEnd && !out.some((x) => x.actor === o.actor)) out.push(o);
    if (!out.some((x) => x.actor === m.actor)) out.push(m);
  }
  return out;
}

const IMPLICIT_ROOTS = new Set(['05', '11', '12']);
/** Roots whose future tense is the act itself: statements, intents, support, demands, threats. */
const STATED_ROOTS = new Set(['01', '02', '03', '05', '10', '13']);

/** The state the article names most, other than the sources' own: what a judgement without an object is about. */
function topicState(a: Analysis, sources: readonly Mention[], sentence: number): Mention | undefined {
  const own = new Set(sources.map((m) => a.actors.find((x) => x.id === m.actor)?.country).filter(Boolean));
  let best: { id: string; n: number } | undefined;
  for (const x of a.actors) {
    if (x.kind !== 'state' || !x.country || own.has(x.country)) continue;
    if (!best || x.mentions.length > best.n) best = { id: x.id, n: x.mentions.length };
  }
  // a state the sentence itself names in another role ('condemned the strike in Syria') is not the object
  if (!best || a.mentions.some((m) => m.sentence === sentence && m.actor === best!.id)) return undefined;
  return a.mentions.find((m) => m.actor === best!.id);
}

/**
 * A French future or conditional form ('se rendra', 'signeront', 'frapperait'): a plan or a hypothesis,
 * not an act. '-ra' is also the simple past of '-rer' verbs ('déclara'), told apart by the lemma.
 */
function frenchFuture(form: string, lemma: string): boolean {
  if (/(?:ront|rait|raient)$/u.test(form)) return true;
  if (!form.endsWith('ra') || form.length <= 3) return false;
  const simplePast = lemma.endsWith('er') ? `${lemma.slice(0, -2)}a` : '';
  return form !== simplePast;
}

/** Patterns whose object may be left to the article's subject: praise, criticism, rejection of something quoted. */
function implicitTarget(p: EventPattern): boolean {
  return IMPLICIT_ROOTS.has(p.code.slice(0, 2)) && !p.object && !p.then && !!p.verb;
}
