import type { Command } from 'commander';
import { DEFAULT_BASELINE } from '../../baseline/default-path.js';
import type { CliIo } from '../io.js';
import type { BaselineCreateFlags } from './baseline-run.js';
import { CONFIG_HELP } from './option-help.js';

export function registerBaseline(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  const baseline = program.command('baseline').description('accept today\'s findings so the gate blocks only on new ones');
  baseline
    .command('create')
    .description('audit PATH and write the fingerprints of its findings to a baseline file')
    .argument('[path]', 'the agent folder, or the workspace root with --workspace', '.')
    .option('-o, --output <file>', `where to write the baseline (default: PATH/${DEFAULT_BASELINE})`)
    .option('-w, --workspace', 'discover and audit every agent under PATH')
    .option('-j, --jobs <n>', 'worker threads (default: the machine\'s cores)')
    .option('-c, --config <file>', CONFIG_HELP)
    .option('--max-file-size <size>', 'skip files larger than this, e.g. 512KB or 2MB (default: 2MB)')
    .option('--no-gitignore', 'do not respect .gitignore files (.cockpitignore still applies)')
    .option('-q, --quiet', 'no progress output')
    .addHelpText(
      'after',
      `
The file holds fingerprints (rule, file, a digest of the matched content), never a secret or a snippet.
Commit it; then gate on new findings only, and see stale entries to remove:
  ops baseline create --workspace .
  ops report --workspace . --baseline .cockpit/baseline.json
Use the same PATH and --workspace for both: finding paths are relative to the audited root.`,
    )
    .action(async (target: string | undefined, flags: BaselineCreateFlags) => {
      const { runBaselineCreate } = await import('./baseline-run.js');
      setExitCode(await runBaselineCreate(target, flags, io));
    });
}
