import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import type { RemoveFlags } from './lake-remove-run.js';
import { LAKE_OR_STORE_HELP } from './option-help.js';

export function registerLakeRemove(lake: Command, io: CliIo, setExitCode: (code: number) => void): void {
  lake
    .command('remove')
    .description('remove an agent and all its runs from the lake or a postgres:// fleet store (by agent hash or path)')
    .argument('<agent>', 'agent hash or agent path')
    .option('--lake <dir|url>', LAKE_OR_STORE_HELP)
    .option('--repository <name>', 'the repository of the agent, when agents of several repositories share its path (owner/name)')
    .addHelpText(
      'after',
      `
A removed agent is gone from reports, the API and the dashboard; auditing or pushing it again brings it back.

Examples:
  ops lake remove agents/old-planner
  ops lake remove agents/planner --lake "$COCKPIT_STORE" --repository acme/support-bots
  ops lake remove 4a444cfc357afaf3 --lake "$COCKPIT_STORE"`,
    )
    .action(async (agent: string, flags: RemoveFlags) => {
      const { runLakeRemove } = await import('./lake-remove-run.js');
      setExitCode(await runLakeRemove(agent, flags, io));
    });
}
