import { main } from '../cli/main.js';

/** The CLI as its own process for the action's audit step (bin/ops.js does the same over dist/cli). */
process.exitCode = await main(process.argv);
