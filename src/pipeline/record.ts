/** Turns an analysis into the record of FORMAT.md: plain, deterministic JSON sorted by offsets. */
import type { AnalysisRecord } from '../model/types.js';
import type { Analysis } from './analysis.js';

const bySpan = <T extends { start: number; end: number }>(a: T, b: T): number => a.start - b.start || a.end - b.end;

export function toRecord(a: Analysis, version: string): AnalysisRecord {
  const { doc } = a;
  const record: AnalysisRecord = {
    document: { id: doc.id, lang: doc.lang, date: doc.date, title: doc.title },
    actors: keptActors(a).map((x) => ({ ...x, mentions: [...x.mentions].sort((p, q) => p[0] - q[0] || p[1] - q[1]) })),
    quotes: [...a.quotes].sort(bySpan),
    events: [...a.events].sort((x, y) => bySpan(x, y) || x.cameo.localeCompare(y.cameo) || x.source.localeCompare(y.source) || x.target.localeCompare(y.target)),
    analyzer: version,
  };
  if (doc.url) record.document.url = doc.url;
  if (a.diagnostics.length) record.diagnostics = a.diagnostics;
  return record;
}

/** Actors named only by a demonym ('un diplomate américain') stay out unless a quote or event uses them. */
function keptActors(a: Analysis): Analysis['actors'] {
  const weak = a.weakActors;
  if (!weak || weak.size === 0) return a.actors;
  const used = new Set<string>();
  for (const q of a.quotes) if (q.speaker) used.add(q.speaker);
  for (const e of a.events) { used.add(e.source); used.add(e.target); }
  return a.actors.filter((x) => !weak.has(x.id) || used.has(x.id));
}
