import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import type { DiscoverFlags } from './discover-run.js';

export function registerDiscover(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('discover')
    .description('list the agents under a workspace: root, entry points, frameworks and why each was recognised')
    .argument('[path]', 'the workspace root', '.')
    .option('-f, --format <format>', 'text or json', 'text')
    .option('--no-gitignore', 'do not respect .gitignore files')
    .option('-c, --config <file>', 'the fleet\'s cockpit.yaml, instead of the one found at the root or above the agent (or $COCKPIT_CONFIG)')
    .option('--color', 'force colour')
    .option('--no-color', 'never use colour (NO_COLOR is honoured too)')
    .action(async (target: string, flags: DiscoverFlags) => {
      const { runDiscover } = await import('./discover-run.js');
      setExitCode(await runDiscover(target, flags, io));
    });
}
