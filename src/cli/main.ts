/** The `vigie` command line: a thin edge that parses arguments and calls the library. */
import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { registerAnalyze } from './commands/analyze.js';
import { reportError } from './report.js';

export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('vigie')
    .description('Vigie reads international news and records its actors, quotations and CAMEO events')
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride();
  registerAnalyze(program);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    reportError(e);
    return 1;
  }
}
