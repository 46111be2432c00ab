import type { Command } from 'commander';
import type { CliIo } from '../io.js';

export function registerInit(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('init')
    .description('write starter files: cockpit.yaml, .cockpitignore, a pre-commit hook and a GitHub workflow (never overwrites)')
    .argument('[path]', 'the repository root', '.')
    .addHelpText(
      'after',
      `
Writes, each only when it does not exist (an existing file is left alone and named):
  cockpit.yaml                            the fleet policy, commented (docs/CONFIG.md)
  .cockpitignore                          paths never audited
  .pre-commit-config.yaml                 the staged-changes hook (when the file exists, the entry to add is printed)
  .github/workflows/agentops-cockpit.yml  the GitHub Action: SARIF to code scanning, the gate fails the job (docs/CI.md)

Example (at the repository's root):
  ops init`,
    )
    .action(async (target: string, _flags: unknown) => {
      const { runInit } = await import('./init-run.js');
      setExitCode(await runInit(target, io));
    });
}
