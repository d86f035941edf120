/** `vigie search "alliance militaire"`: full-text search over articles and quotes, with snippets. */
import { Command, Option } from 'commander';
import { allVersionsOption, dbOption, dates, fromOption, limitOption, openExistingStore, positiveInt, toOption } from '../store-options.js';
import { defaultFormat, formatOption, printRows, quietOnClosedPipe, type OutputFormat } from '../output.js';
import { searchPrinter } from '../printers.js';

interface SearchOpts { db: string; from?: string; to?: string; limit: string; allVersions?: boolean; format?: OutputFormat; in: 'all' | 'articles' | 'quotes' }

export function registerSearch(program: Command): void {
  program.command('search')
    .description('search the stored articles and quotes; accents and case do not matter (defense finds défense); words are ANDed, "quoted words" are a phrase, a trailing * a prefix')
    .argument('<words...>', 'what to look for')
    .addOption(new Option('--in <what>', 'articles, quotes or all').choices(['all', 'articles', 'quotes']).default('all'))
    .addOption(dbOption()).addOption(fromOption()).addOption(toOption()).addOption(limitOption().default('20'))
    .addOption(allVersionsOption()).addOption(formatOption())
    .action(async (words: string[], o: SearchOpts) => {
      const filter = { ...dates(o), limit: positiveInt(o.limit, '--limit'), allVersions: o.allVersions, in: o.in };
      quietOnClosedPipe();
      const store = openExistingStore(o.db);
      try {
        await printRows(store.search(words.join(' '), filter), defaultFormat(o.format), searchPrinter());
      } finally {
        await store.close();
      }
    });
}
