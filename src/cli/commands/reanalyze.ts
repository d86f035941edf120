/** `vigie reanalyze`: runs the pipeline again on stored articles (all, some ids, or those analysed by another version). */
import { Command } from 'commander';
import { loadVigie } from '../../pipeline/load.js';
import { reanalyze } from '../../store/ingest.js';
import { VERSION } from '../../version.js';
import { VigieError } from '../../model/errors.js';
import { dataOption } from '../options.js';
import { allVersionsOption, dbOption, openExistingStore } from '../store-options.js';
import { Progress } from '../progress.js';

interface ReanalyzeOpts { db: string; id?: string[]; stale?: boolean; allVersions?: boolean; data?: string; progress: boolean }

function ids(v: string[] | undefined): number[] | undefined {
  if (!v) return undefined;
  return v.flatMap((s) => s.split(',')).filter(Boolean).map((s) => {
    const n = Number(s);
    if (!Number.isInteger(n) || n <= 0) throw new VigieError('E_USAGE', '--id', `expected document ids (whole numbers), got '${s}'`);
    return n;
  });
}

export function registerReanalyze(program: Command, status: { code: number }): void {
  program.command('reanalyze')
    .description('analyse stored articles again with the current rules, each in its own transaction')
    .option('--id <ids...>', 'only these documents (store ids, as query and export print them)')
    .option('--stale', `only articles analysed by another version than this one (vigie/${VERSION})`)
    .addOption(allVersionsOption())
    .addOption(dbOption()).addOption(dataOption())
    .option('--no-progress', 'no progress bar or progress lines, only the summary')
    .action(async (o: ReanalyzeOpts) => {
      const selection = { ids: ids(o.id), allVersions: o.allVersions, analyzerNot: o.stale ? `vigie/${VERSION}` : undefined };
      const vigie = loadVigie(o.data);
      const store = openExistingStore(o.db);
      const progress = new Progress('vigie reanalyze', { stored: 're-analysed', unchanged: false });
      let last = { read: 0, stored: 0, unchanged: 0, failed: 0 };
      try {
        if (o.progress) progress.start((await store.documentIds(selection)).length);
        await reanalyze(store, selection, (doc) => vigie.pipeline.analyze(doc), {
          onFailure: (_source, e) => progress.message(`vigie: ${e.message}`),
          onArticle: (c) => {
            last = { read: c.done + c.failed, stored: c.done, unchanged: 0, failed: c.failed };
            if (o.progress) progress.update(last);
          },
        });
      } finally {
        await store.close();
      }
      progress.stop(last);
      if (last.failed) status.code = 1;
    });
}
