/** The `vigie` command line: a thin edge that parses arguments and calls the library. */
import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerIngest } from './commands/ingest.js';
import { registerQuery } from './commands/query.js';
import { registerSearch } from './commands/search.js';
import { registerExport } from './commands/export.js';
import { registerReanalyze } from './commands/reanalyze.js';
import { registerServe } from './commands/serve.js';
import { reportError, type CommandStatus } from './report.js';
import { VigieError } from '../model/errors.js';

export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('vigie')
    .description('Vigie reads international news and records its actors, quotations and CAMEO events')
    .version(VERSION)
    // A usage error is one line naming the problem, then a pointer to the help (not the whole help).
    .configureOutput({ outputError: (str, write) => write(`vigie: ${str.replace(/^error: /u, '')}`) })
    .showHelpAfterError("(run 'vigie --help' or 'vigie help analyze' for usage)")
    .exitOverride();
  // Commands report their outcome here rather than through the global process.exitCode.
  const status: CommandStatus = { code: 0 };
  registerAnalyze(program, status);
  registerIngest(program, status);
  registerQuery(program);
  registerSearch(program);
  registerExport(program);
  registerReanalyze(program, status);
  registerServe(program);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return status.code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    reportError(e);
    return e instanceof VigieError && e.code === 'E_USAGE' ? 2 : 1;
  }
}
