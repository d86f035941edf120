/** `vigie export events|records`: events as GDELT 2.0 event rows (CSV or JSON Lines), full records as JSON Lines. */
import { Command, Option } from 'commander';
import { once } from 'node:events';
import { GDELT_EVENT_COLUMNS, gdeltEventRow } from '../../store/gdelt.js';
import { dbOption, dates, fromOption, openExistingStore, toOption, allVersionsOption } from '../store-options.js';
import { csvLine } from '../csv.js';
import { quietOnClosedPipe } from '../output.js';

interface ExportOpts { db: string; from?: string; to?: string; allVersions?: boolean; format: 'csv' | 'jsonl' }

async function write(out: NodeJS.WritableStream, s: string): Promise<void> {
  if (!out.write(s)) await once(out, 'drain');
}

export function registerExport(program: Command): void {
  const exp = program.command('export').description('export the store: events as GDELT 2.0 rows, or the full analysis records');

  exp.command('events')
    .description("events with GDELT 2.0's event-table columns that Vigie fills, then Vigie's own (document, sentence offsets, negation)")
    .addOption(new Option('--format <format>', 'csv (with a header) or jsonl').choices(['csv', 'jsonl']).default('csv'))
    .addOption(dbOption()).addOption(fromOption()).addOption(toOption()).addOption(allVersionsOption())
    .action(async (o: ExportOpts) => {
      const filter = { ...dates(o), allVersions: o.allVersions };
      quietOnClosedPipe();
      const store = openExistingStore(o.db);
      try {
        if (o.format === 'csv') await write(process.stdout, csvLine(GDELT_EVENT_COLUMNS));
        for await (const e of store.events(filter)) {
          const row = gdeltEventRow(e);
          await write(process.stdout, o.format === 'csv' ? csvLine(row) : JSON.stringify(Object.fromEntries(GDELT_EVENT_COLUMNS.map((c, i) => [c, row[i]]))) + '\n');
        }
      } finally {
        await store.close();
      }
    });

  exp.command('records')
    .description('the analysis record of every stored article (FORMAT.md), one a line, with a "stored" field (id, version, url, source, ingested_at)')
    .addOption(new Option('--format <format>', 'jsonl').choices(['jsonl']).default('jsonl'))
    .addOption(dbOption()).addOption(allVersionsOption())
    .action(async (o: ExportOpts) => {
      quietOnClosedPipe();
      const store = openExistingStore(o.db);
      try {
        for (const id of await store.documentIds({ allVersions: o.allVersions })) {
          const [doc, record] = [await store.getDocument(id), await store.getRecord(id)];
          if (!doc || !record) continue;
          const stored = { id, version: doc.version, url: doc.url, source: doc.source, ingestedAt: doc.ingestedAt, hash: doc.hash };
          await write(process.stdout, JSON.stringify({ ...record, stored }) + '\n');
        }
      } finally {
        await store.close();
      }
    });
}
