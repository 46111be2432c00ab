import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import type { DiagnoseFlags } from './diagnose-run.js';
import { CONFIG_HELP, NO_COLOR_HELP } from './option-help.js';

export function registerDiagnose(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('diagnose')
    .description('check every configured package index and mirror: where it was configured, DNS, TCP/TLS, HTTP, auth, proxy and CA settings')
    .argument('[path]', 'the project whose pip, uv, npm and cockpit.yaml configuration applies', '.')
    .option('-f, --format <format>', 'text or json', 'text')
    .option('-c, --config <file>', CONFIG_HELP)
    .option('--timeout <seconds>', 'per step (default: 10)')
    .option('--public', 'check the public mirrors only')
    .option('--index-url <url>', 'PyPI index to check instead of the configured one')
    .option('--extra-index-url <url>', 'another PyPI index to check (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
    .option('--npm-registry <url>', 'npm registry to check instead of the configured one')
    .option('--color', 'force colour')
    .option('--no-color', NO_COLOR_HELP)
    .addHelpText(
      'after',
      '\nA working path is the one `ops report --resolve` takes: every configured index answers (found or 404), or the first\nmirror that answers stands in for those that refuse, fail or answer a broken document; names in registries.private\nnever go to a mirror.\n\nExit codes:\n  0  every ecosystem has a working path\n  3  some ecosystem has none, or bad arguments\n',
    )
    .action(async (target: string, flags: DiagnoseFlags) => {
      const { runDiagnose } = await import('./diagnose-run.js');
      setExitCode(await runDiagnose(target, flags, io));
    });
}
