/**
 * A child process for the kill test: ingests N generated articles with rich records (many actors,
 * mentions, quotes and events each) into the store at argv[2], printing a line after each commit.
 */
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { ingest } from '../../src/store/ingest.js';
import type { ReadResult } from '../../src/sources/inputs.js';
import { makeDoc, record } from './fixtures.js';
import type { AnalysisRecord, Document } from '../../src/model/types.js';

const [path, nArg] = process.argv.slice(2);
const n = Number(nArg);

export function generated(i: number): Document {
  const body = Array.from({ length: 30 }, (_, k) => `Le ministre ${k} de l'État ${i} a rencontré son homologue à Genève, selon le communiqué ${i}-${k}.`).join('\n\n');
  return makeDoc(`gen-${i}`, `Dépêche ${i}\n\n${body}`, { date: '2024-03-01', url: `https://example.org/gen/${i}` });
}

function analyze(doc: Document): AnalysisRecord {
  const sentences = doc.paragraphs.filter((p) => p.role !== 'title');
  const actors = sentences.map((p, k) => ({
    id: `a${k}`, name: `Ministre ${k}`, kind: 'person' as const, country: 'FRA', org: null, sector: 'GOV',
    mentions: [[p.start, p.start + 10], [p.start + 11, p.start + 15]] as [number, number][],
  }));
  const quotes = sentences.map((p, k) => ({ text: doc.text.slice(p.start, p.end), start: p.start, end: p.end, kind: 'indirect' as const, speaker: `a${k}`, cue: 'selon' }));
  const events = sentences.map((p, k) => ({ source: `a${k}`, target: `a${(k + 1) % sentences.length}`, cameo: '040', goldstein: 1, date: '2024-03-01', negated: false, start: p.start, end: p.end }));
  // Some CPU work per article, so that a kill lands at any point of the loop.
  let x = 0;
  for (let j = 0; j < 200_000; j++) x += Math.sqrt(j);
  return { ...record(doc, actors, quotes, events), diagnostics: x < 0 ? [] : undefined };
}

async function* inputs(): AsyncGenerator<ReadResult> {
  for (let i = 0; i < n; i++) yield { doc: generated(i) };
}

if (path) {
  const store = new SqliteStore(path);
  const counts = await ingest(inputs(), store, analyze, { onArticle: (c) => process.stdout.write(`${c.stored} ${c.unchanged}\n`) });
  await store.close();
  process.stdout.write(`done ${counts.stored} ${counts.unchanged} ${counts.failed}\n`);
}
