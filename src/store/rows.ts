/**
 * Flattens a document and its analysis record into the rows a relational backend stores, with the
 * derived columns every backend needs (folded names, day ranges, CAMEO root and quad, lead flag).
 */
import type { AnalysisRecord, Document, Paragraph, QuoteKind, ActorKind } from '../model/types.js';
import { fold } from '../text/fold.js';
import { dayRange } from './dates.js';

export interface ActorRow {
  actorId: string; name: string; nameFold: string; kind: ActorKind;
  country: string | null; org: string | null; sector: string | null; ref: string | null; role: string | null;
  mentions: [number, number][];
}
export interface QuoteRowIn {
  n: number; text: string; start: number; end: number; kind: QuoteKind;
  speaker: string | null; cue: string | null; rule: string | null;
}
export interface EventRowIn {
  n: number; source: string; target: string; cameo: string; root: string; quad: number; goldstein: number;
  date: string | null; dayLo: string | null; dayHi: string | null; negated: boolean; start: number; end: number;
  rule: string | null; plover: string | null; location: string | null; evidence: string | null; mentions: number; inLead: boolean;
}
export interface AnalysisRows { actors: ActorRow[]; quotes: QuoteRowIn[]; events: EventRowIn[] }

/** GDELT's quad classes by CAMEO root: 01–05 verbal cooperation … 14–20 material conflict. */
export function quadOfRoot(root: string): number {
  const r = Number(root);
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13) return 3;
  return 4;
}

function inLead(paragraphs: readonly Paragraph[], start: number, end: number): boolean {
  return paragraphs.some((p) => (p.role === 'title' || p.role === 'lead') && start >= p.start && end <= p.end);
}

export function analysisRows(doc: Pick<Document, 'date' | 'paragraphs'>, record: AnalysisRecord): AnalysisRows {
  const actors: ActorRow[] = record.actors.map((a) => ({
    actorId: a.id, name: a.name, nameFold: fold(a.name), kind: a.kind,
    country: a.country ?? null, org: a.org ?? null, sector: a.sector ?? null, ref: a.ref ?? null, role: a.role ?? null,
    mentions: a.mentions ?? [],
  }));
  const quotes: QuoteRowIn[] = record.quotes.map((q, n) => ({
    n, text: q.text, start: q.start, end: q.end, kind: q.kind, speaker: q.speaker ?? null, cue: q.cue ?? null, rule: q.rule ?? null,
  }));
  const events: EventRowIn[] = record.events.map((e, n) => {
    const root = e.cameo.slice(0, 2);
    const days = dayRange(e.date) ?? dayRange(doc.date);
    return {
      n, source: e.source, target: e.target, cameo: e.cameo, root, quad: e.quad ?? quadOfRoot(root), goldstein: e.goldstein,
      date: e.date ?? null, dayLo: days?.lo ?? null, dayHi: days?.hi ?? null, negated: !!e.negated, start: e.start, end: e.end,
      rule: e.rule ?? null, plover: e.plover ?? null, location: e.location ?? null,
      evidence: e.evidence?.length ? JSON.stringify(e.evidence) : null, mentions: 1 + (e.evidence?.length ?? 0),
      inLead: inLead(doc.paragraphs, e.start, e.end),
    };
  });
  return { actors, quotes, events };
}
