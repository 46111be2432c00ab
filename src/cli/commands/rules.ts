import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import type { RulesFlags } from './rules-run.js';

export function registerRules(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('rules')
    .description('list every rule (id, severity, category, summary), or explain one: what it finds, why, how to fix it')
    .argument('[id]', 'a rule id, as findings show it (e.g. secret/openai-project-key)')
    .option('-f, --format <format>', 'text or json', 'text')
    .addHelpText(
      'after',
      `
Examples:
  ops rules                                   # every rule, one line each
  ops rules secret/openai-project-key         # its full documentation (as docs/RULES.md shows it)
  ops rules --format json                     # the list as JSON, for scripts

An unknown id exits 3 and names the closest rule ids.`,
    )
    .action(async (id: string | undefined, flags: RulesFlags) => {
      const { runRules } = await import('./rules-run.js');
      setExitCode(await runRules(id, flags, io));
    });
}
