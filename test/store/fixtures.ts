/** Articles and hand-made records for the store tests (the pipeline's own output is not needed here). */
import type { AnalysisRecord, Document, EventRecord, QuoteRecord, ActorRecord, Lang } from '../../src/model/types.js';
import { assignRoles, splitParagraphs } from '../../src/sources/paragraphs.js';

export function makeDoc(id: string, text: string, o: { url?: string; date?: string | null; title?: string; lang?: Lang; source?: string } = {}): Document {
  const first = text.split('\n')[0];
  const doc: Document = {
    id, text, title: o.title ?? first, date: o.date ?? null, lang: o.lang ?? 'fr',
    paragraphs: [{ start: 0, end: first.length, role: 'title' }, ...assignRoles(text, splitParagraphs(text, first.length), true)],
    source: o.source ?? `${id}.txt`,
  };
  if (o.url) doc.url = o.url;
  return doc;
}

/** The span of the first occurrence of `part` in `text`. */
export function span(text: string, part: string, from = 0): [number, number] {
  const i = text.indexOf(part, from);
  if (i < 0) throw new Error(`'${part}' not in text`);
  return [i, i + part.length];
}

export function actor(text: string, id: string, name: string, kind: ActorRecord['kind'], codes: Partial<ActorRecord>, ...words: string[]): ActorRecord {
  return { id, name, kind, country: null, org: null, sector: null, ...codes, mentions: words.map((w) => span(text, w)) };
}

export function quote(text: string, words: string, speaker: string | null, cue: string | null, kind: QuoteRecord['kind'] = 'direct'): QuoteRecord {
  const [start, end] = span(text, words);
  return { text: words, start, end, kind, speaker, cue };
}

export function event(text: string, sentence: string, source: string, target: string, cameo: string, goldstein: number, date: string | null, negated = false): EventRecord {
  const [start, end] = span(text, sentence);
  return { source, target, cameo, goldstein, date, negated, start, end };
}

export function record(doc: Document, actors: ActorRecord[], quotes: QuoteRecord[], events: EventRecord[], analyzer = 'test/1'): AnalysisRecord {
  return { document: { id: doc.id, lang: doc.lang, date: doc.date, title: doc.title }, actors, quotes, events, analyzer };
}

const MOSCOW_TEXT = `Poutine reçoit un général chinois à Moscou

Vladimir Poutine a reçu mercredi à Moscou le général Zhang Youxia, venu de Pékin.

"Nos contacts dans le domaine de la défense deviennent de plus en plus importants", a affirmé Vladimir Poutine.

Le ministre Sergueï Choïgou a assuré que la coopération n'était pas "dirigée contre des pays tiers".`;

export function moscow(): { doc: Document; record: AnalysisRecord } {
  const t = MOSCOW_TEXT;
  const doc = makeDoc('moscou', t, { url: 'https://example.org/moscou', date: '2023-11-08' });
  const actors = [
    actor(t, 'a1', 'Vladimir Poutine', 'person', { country: 'RUS', sector: 'GOV', ref: 'people#putin' }, 'Vladimir Poutine'),
    actor(t, 'a2', 'Zhang Youxia', 'person', { country: 'CHN', sector: 'MIL' }, 'Zhang Youxia'),
    actor(t, 'a3', 'Sergueï Choïgou', 'person', { country: 'RUS', sector: 'MIL' }, 'Sergueï Choïgou'),
    actor(t, 'a4', 'Chine', 'state', { country: 'CHN' }, 'Pékin'),
  ];
  const quotes = [
    quote(t, 'Nos contacts dans le domaine de la défense deviennent de plus en plus importants', 'a1', 'affirmer'),
    quote(t, 'dirigée contre des pays tiers', 'a3', 'assurer', 'partial'),
  ];
  const events = [
    event(t, 'Vladimir Poutine a reçu mercredi à Moscou le général Zhang Youxia, venu de Pékin.', 'a1', 'a2', '043', 2.8, '2023-11-08'),
    event(t, 'Vladimir Poutine a reçu mercredi à Moscou le général Zhang Youxia, venu de Pékin.', 'a2', 'a1', '042', 1.9, '2023-11-08'),
  ];
  return { doc, record: record(doc, actors, quotes, events) };
}

const DMZ_TEXT = `Trump meets Kim at the border

Donald Trump stepped into North Korea on Sunday and met Kim Jong Un, a first for a sitting US president.

"Stepping across that line was a great honor," Donald Trump said.

Vladimir Putin, asked about the meeting, said it was "a good thing".`;

export function dmz(): { doc: Document; record: AnalysisRecord } {
  const t = DMZ_TEXT;
  const doc = makeDoc('dmz', t, { url: 'https://example.org/dmz', date: '2019-06-30', lang: 'en' });
  const actors = [
    actor(t, 'a1', 'Donald Trump', 'person', { country: 'USA', sector: 'GOV' }, 'Donald Trump'),
    actor(t, 'a2', 'Kim Jong Un', 'person', { country: 'PRK', sector: 'GOV' }, 'Kim Jong Un'),
    actor(t, 'a3', 'Vladimir Putin', 'person', { country: 'RUS', sector: 'GOV', ref: 'people#putin' }, 'Vladimir Putin'),
  ];
  const quotes = [
    quote(t, 'Stepping across that line was a great honor,', 'a1', 'say'),
    quote(t, 'a good thing', 'a3', 'say', 'partial'),
  ];
  const events = [
    event(t, 'Donald Trump stepped into North Korea on Sunday and met Kim Jong Un, a first for a sitting US president.', 'a1', 'a2', '042', 1.9, '2019-06-30'),
    event(t, 'Vladimir Putin, asked about the meeting, said it was "a good thing".', 'a3', 'a1', '051', 3.4, '2019-06', true),
  ];
  return { doc, record: record(doc, actors, quotes, events) };
}

/** A document with no analysis at all, in a year of its own. */
export function alliance(): { doc: Document; record: AnalysisRecord } {
  const t = `Une alliance militaire franco-allemande ?

Paris et Berlin discutent d'une alliance militaire renforcée; la défense européenne est au menu.`;
  const doc = makeDoc('alliance', t, { date: '2021', source: 'alliance.txt' });
  return { doc, record: record(doc, [], [], []) };
}
