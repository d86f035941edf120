/** Error reporting at the CLI edge: one clear line naming the input and the problem, never a stack trace. */
import { VigieError } from '../model/errors.js';

export function reportError(e: unknown): void {
  if (e instanceof VigieError) process.stderr.write(`vigie: ${e.message}\n`);
  else if (e instanceof Error) process.stderr.write(`vigie: ${e.message}${process.env.VIGIE_DEBUG ? `\n${e.stack}` : ''}\n`);
  else process.stderr.write(`vigie: ${String(e)}\n`);
}

/** The outcome a command reports to main(): 0, or 1 when some input could not be read or analysed. */
export interface CommandStatus { code: number }
