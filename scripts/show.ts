/** Debug view of one analysed file: actors with mentions, quotes with speakers and rules, events. Usage: node --import tsx scripts/show.ts FILE [quotes|events|actors] */
import { loadVigie } from '../src/pipeline/load.js';
import { readInputs } from '../src/sources/inputs.js';

const [file, what = 'all'] = process.argv.slice(2);
process.stdout.on('error', () => process.exit(0)); // '| head' closing the pipe is not an error
const vigie = loadVigie();
for await (const r of readInputs([file], { calendars: vigie.calendars })) {
  if ('error' in r) { console.error(r.error.message); continue; }
  const rec = vigie.pipeline.analyze(r.doc);
  const name = (id: string | null): string => rec.actors.find((a) => a.id === id)?.name ?? 'null';
  const t = r.doc.text;
  if (what === 'all' || what === 'actors') for (const a of rec.actors) console.log(`A ${a.id} ${a.name} [${a.kind} ${a.country ?? ''} ${a.org ?? ''} ${a.sector ?? ''}] ${a.mentions.map(([s, e]) => t.slice(s, e)).join(' | ')}`);
  if (what === 'all' || what === 'quotes') for (const q of rec.quotes) console.log(`Q ${q.kind} ${name(q.speaker)} (${q.cue ?? '-'}; ${q.rule}): ${q.text.slice(0, 80)}`);
  if (what === 'all' || what === 'events') for (const e of rec.events) console.log(`E ${name(e.source)} -> ${name(e.target)} ${e.cameo} ${e.date} ${e.negated ? 'NEG ' : ''}(${e.rule}): ${t.slice(e.start, e.end).slice(0, 90)}`);
}
