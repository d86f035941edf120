/** Runs the CLI from the TypeScript sources (tests, `node --import tsx src/cli/run.ts`); bin/vigie.js runs the compiled one. */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
