import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import type { DiscoverFlags } from './discover-run.js';
import { CONFIG_HELP, NO_COLOR_HELP } from './option-help.js';

export function registerDiscover(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('discover')
    .description('list the agents under a workspace: root, entry points, frameworks and why each was recognised')
    .argument('[path]', 'the workspace root', '.')
    .option('-f, --format <format>', 'text or json', 'text')
    .option('--no-gitignore', 'do not respect .gitignore files')
    .option('-c, --config <file>', CONFIG_HELP)
    .option('--color', 'force colour')
    .option('--no-color', NO_COLOR_HELP)
    .action(async (target: string, flags: DiscoverFlags) => {
      const { runDiscover } = await import('./discover-run.js');
      setExitCode(await runDiscover(target, flags, io));
    });
}
