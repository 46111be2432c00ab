import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import type { LakeFlags } from './lake-run.js';
import { registerLakePush } from './lake-push.js';
import { registerLakeRemove } from './lake-remove.js';
import { LAKE_FOLDER_HELP, LAKE_OR_STORE_HELP } from './option-help.js';

export function registerLake(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  const lake = program.command('lake').description('inspect and maintain the partitioned evidence lake');

  lake
    .command('ls')
    .description('list the agents in the lake with their latest verdict')
    .option('--lake <dir>', LAKE_FOLDER_HELP)
    .option('-f, --format <format>', 'text or json')
    .action(async (flags: LakeFlags) => {
      const { runLakeLs } = await import('./lake-run.js');
      setExitCode(await runLakeLs(flags, io));
    });

  lake
    .command('show')
    .description('print an agent\'s latest record (by agent hash or path), optionally with its history')
    .argument('<agent>', 'agent hash or agent path')
    .option('--lake <dir>', LAKE_FOLDER_HELP)
    .option('--history', 'print every history entry instead of the latest')
    .action(async (agent: string, flags: LakeFlags & { history?: boolean }) => {
      const { runLakeShow } = await import('./lake-run.js');
      setExitCode(await runLakeShow(agent, flags, io));
    });

  lake
    .command('prune')
    .description('keep only the newest N runs of every agent, in the lake or a postgres:// fleet store')
    .requiredOption('--keep <n>', 'runs to keep per agent (the latest run always stays)')
    .option('--lake <dir|url>', LAKE_OR_STORE_HELP)
    .action(async (flags: LakeFlags & { keep: string }) => {
      const { runLakePrune } = await import('./lake-run.js');
      setExitCode(await runLakePrune(flags, io));
    });

  lake
    .command('merge')
    .description('join shard lakes into one: the union of every history, each agent\'s newest run as latest')
    .argument('<dirs...>', 'shard lake folders')
    .requiredOption('--into <dir>', 'the merged lake (created if missing)')
    .action(async (dirs: string[], flags: { into: string }) => {
      const { runLakeMerge } = await import('./lake-run.js');
      setExitCode(await runLakeMerge(dirs, flags, io));
    });

  registerLakePush(lake, io, setExitCode);
  registerLakeRemove(lake, io, setExitCode);
}
