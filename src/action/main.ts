import { fileURLToPath } from 'node:url';
import { annotation, runAction } from './run.js';

/**
 * Entry point of the GitHub Action's audit step. action.yml runs the committed bundle (`bundle/main.js`,
 * built from this file by `npm run bundle`); `node dist/action/main.js` runs the same code from a build.
 * Either way the CLI is the `ops.js` beside this file, so the bundle needs nothing from dist/.
 */
const opsBin = fileURLToPath(new URL('./ops.js', import.meta.url));

try {
  process.exitCode = await runAction({ env: process.env, cwd: process.cwd(), log: (text) => process.stdout.write(text), opsBin });
} catch (error) {
  // An internal error: say so on one line, with the stack only when the runner debugs (ACTIONS_STEP_DEBUG).
  const message = error instanceof Error ? error.message : String(error);
  process.stdout.write(annotation('error', `internal error: ${message}`));
  if (process.env['RUNNER_DEBUG'] === '1' && error instanceof Error && error.stack) process.stdout.write(`${error.stack}\n`);
  process.exitCode = 3;
}
