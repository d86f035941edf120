/** `vigie query quotes|events|actors`: reads the store with filters and prints rows. */
import { Command, Option } from 'commander';
import type { ActorKind, QuoteKind } from '../../model/types.js';
import { VigieError } from '../../model/errors.js';
import { loadCameoOntology } from '../../cameo/ontology.js';
import { defaultDataDir } from '../../paths.js';
import type { Store } from '../../store/store.js';
import { allVersionsOption, dbOption, dates, fromOption, limitOption, openExistingStore, positiveInt, toOption } from '../store-options.js';
import { dataOption } from '../options.js';
import { defaultFormat, formatOption, printRows, quietOnClosedPipe, type OutputFormat } from '../output.js';
import { actorPrinter, eventPrinter, quotePrinter } from '../printers.js';

interface Base { db: string; from?: string; to?: string; limit?: string; allVersions?: boolean; format?: OutputFormat }

function common(cmd: Command): Command {
  return cmd.addOption(dbOption()).addOption(fromOption()).addOption(toOption()).addOption(limitOption())
    .addOption(allVersionsOption()).addOption(formatOption());
}

async function withStore(db: string, f: (s: Store) => Promise<void>): Promise<void> {
  quietOnClosedPipe();
  const store = openExistingStore(db);
  try { await f(store); } finally { await store.close(); }
}

const base = (o: Base): { from?: string; to?: string; limit?: number; allVersions?: boolean } =>
  ({ ...dates(o), limit: positiveInt(o.limit, '--limit'), allVersions: o.allVersions });

function cameoCode(v: string | undefined, name: string, prefix: boolean): string | undefined {
  if (v === undefined) return undefined;
  if (!(prefix ? /^\d{1,4}\*?$/u : /^\d{1,2}$/u).test(v)) throw new VigieError('E_USAGE', name, `expected a CAMEO code (digits${prefix ? ", or a prefix ending in '*'" : ''}), got '${v}'`);
  return v;
}

export function registerQuery(program: Command): void {
  const query = program.command('query').description('list quotes, events or actors from the store');

  common(query.command('quotes').description('quotations with their speakers')
    .option('--speaker <name>', "the speaker's name or part of it, ignoring accents and case ('Poutine', 'choigou')")
    .addOption(new Option('--kind <kind>', 'direct, partial or indirect').choices(['direct', 'partial', 'indirect'])))
    .action(async (o: Base & { speaker?: string; kind?: QuoteKind }) => withStore(o.db, async (s) => {
      await printRows(s.quotes({ ...base(o), speaker: o.speaker, kind: o.kind }), defaultFormat(o.format), quotePrinter());
    }));

  common(query.command('events').description('CAMEO events with their actors')
    .option('--source <actor>', "source actor: an org or country code ('RUS', 'NATO') or part of a name")
    .option('--target <actor>', 'target actor, as --source')
    .option('--code <code>', "CAMEO code ('043'), or a prefix with '*' ('04*')")
    .option('--root <root>', "CAMEO root, two digits ('04')")
    .addOption(new Option('--quad <n>', 'quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict').choices(['1', '2', '3', '4']))
    .option('--negated', 'only negated events')
    .option('--no-negated', 'leave negated events out')
    .addOption(dataOption()))
    .action(async (o: Base & { source?: string; target?: string; code?: string; root?: string; quad?: string; negated?: boolean; data?: string }) => {
      const filter = {
        ...base(o), source: o.source, target: o.target, code: cameoCode(o.code, '--code', true), root: cameoCode(o.root, '--root', false),
        quad: o.quad === undefined ? undefined : Number(o.quad), negated: o.negated,
      };
      const cameo = loadCameoOntology(o.data ?? defaultDataDir);
      await withStore(o.db, async (s) => {
        await printRows(s.events(filter), defaultFormat(o.format), eventPrinter((c) => cameo.get(c)?.nameEn ?? null));
      });
    });

  common(query.command('actors').description('actors aggregated over documents: how many documents and mentions')
    .option('--name <name>', 'part of the name, ignoring accents and case')
    .addOption(new Option('--kind <kind>', 'person, state, org, group or place').choices(['person', 'state', 'org', 'group', 'place']))
    .option('--code <code>', "country or org code ('FRA', 'NATO')"))
    .action(async (o: Base & { name?: string; kind?: ActorKind; code?: string }) => withStore(o.db, async (s) => {
      await printRows(s.actors({ ...base(o), name: o.name, kind: o.kind, code: o.code }), defaultFormat(o.format), actorPrinter());
    }));
}
