import { annotation, runAction } from './run.js';

/** Entry point of the GitHub Action's audit step (action.yml): `node dist/action/main.js`. */
try {
  process.exitCode = await runAction({ env: process.env, cwd: process.cwd(), log: (text) => process.stdout.write(text) });
} catch (error) {
  // An internal error: say so on one line, with the stack only when the runner debugs (ACTIONS_STEP_DEBUG).
  const message = error instanceof Error ? error.message : String(error);
  process.stdout.write(annotation('error', `internal error: ${message}`));
  if (process.env['RUNNER_DEBUG'] === '1' && error instanceof Error && error.stack) process.stdout.write(`${error.stack}\n`);
  process.exitCode = 3;
}
