/** A readable summary of a record: title, date, actors, quotes with speakers, events. */
import type { AnalysisRecord } from '../model/types.js';

export function summarise(r: AnalysisRecord, codeName: (code: string) => string | undefined): string {
  const name = (id: string | null): string => r.actors.find((a) => a.id === id)?.name ?? '(unknown)';
  const lines: string[] = [];
  lines.push(`# ${r.document.id} [${r.document.lang}] ${r.document.date ?? 'no date'}`);
  if (r.document.title) lines.push(r.document.title);
  lines.push('', `Actors (${r.actors.length})`);
  for (const a of r.actors) {
    const codes = [a.kind, a.country, a.org, a.sector].filter(Boolean).join(' ');
    lines.push(`  ${a.name} — ${codes} — ${a.mentions.length} mention(s)`);
  }
  lines.push('', `Quotes (${r.quotes.length})`);
  for (const q of r.quotes) lines.push(`  [${q.kind}] ${q.speaker ? name(q.speaker) : '(no speaker)'}${q.cue ? ` (${q.cue})` : ''}: « ${q.text} »`);
  lines.push('', `Events (${r.events.length})`);
  for (const e of r.events) {
    const label = codeName(e.cameo) ?? '';
    lines.push(`  ${e.date ?? '????'} ${name(e.source)} → ${name(e.target)} ${e.cameo} ${label} (${e.goldstein >= 0 ? '+' : ''}${e.goldstein})${e.negated ? ' [negated]' : ''}`);
  }
  return lines.join('\n') + '\n';
}
