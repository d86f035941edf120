/** `vigie ingest SOURCE...`: reads, analyses and stores articles from files, directories, pages and feeds. */
import { Command } from 'commander';
import { loadVigie } from '../../pipeline/load.js';
import { openStore } from '../../store/open.js';
import { emptyCounts, ingest } from '../../store/ingest.js';
import { readSources, webReaders, type SourceOptions } from '../../sources/urls.js';
import type { VigieError } from '../../model/errors.js';
import { dataOption, langOf, langOption, maxBytes, maxSizeOption } from '../options.js';
import { dbOption } from '../store-options.js';
import { fetchOptions, noFetchItemsOption, redirectsOption, timeoutOption } from '../fetch-options.js';
import { Progress } from '../progress.js';
import { countInputs } from '../count-inputs.js';

interface IngestOpts {
  db: string; lang?: string; maxSize: string; data?: string; timeout: string; maxRedirects: string; fetchItems: boolean; progress: boolean;
}

/** `status` is main()'s outcome: 1 when any article failed. */
export function registerIngest(program: Command, status: { code: number }): void {
  program.command('ingest')
    .description('analyse articles and store them with their records: files, directories, JSON Lines, HTML pages and RSS/Atom feeds (files or URLs)')
    .argument('<sources...>', 'files, directories, or http(s) URLs of pages and feeds')
    .addOption(dbOption())
    .addOption(langOption())
    .addOption(maxSizeOption())
    .addOption(dataOption())
    .addOption(timeoutOption())
    .addOption(redirectsOption())
    .addOption(noFetchItemsOption())
    .option('--no-progress', 'no progress bar or progress lines, only the summary')
    .action(async (sources: string[], o: IngestOpts) => {
      const bytes = maxBytes(o.maxSize);
      const vigie = loadVigie(o.data);
      const store = openStore(o.db);
      const progress = new Progress('vigie ingest');
      const counts = emptyCounts();
      const fail = (source: string, e: VigieError): void => {
        progress.message(`vigie: ${e.where ? e.message : `${source}: ${e.message}`}`);
      };
      const opts: SourceOptions = {
        lang: langOf(o.lang), maxBytes: bytes, calendars: vigie.calendars, fetch: fetchOptions(o, bytes), fetchItems: o.fetchItems,
        onWarning: (source, message) => progress.message(`vigie: warning: ${source}: ${message}`),
        onNestedError: (source, e) => { counts.read++; counts.failed++; fail(source, e); },
      };
      try {
        if (o.progress) progress.start(await countInputs(sources, { ...opts, extra: webReaders(opts) }));
        await ingest(readSources(sources, opts), store, (doc) => vigie.pipeline.analyze(doc), {
          onFailure: fail,
          onArticle: (c) => { if (o.progress) progress.update(c); },
        }, counts);
      } finally {
        await store.close();
      }
      progress.stop(counts);
      if (counts.failed) status.code = 1;
    });
}
