import type { Command } from 'commander';
import { DEFAULT_TRIAGE } from '../../triage/default-path.js';
import type { CliIo } from '../io.js';
import type { TriageDecideFlags, TriageListFlags, TriageRevokeFlags } from './triage-run.js';

const ROOT_HELP = 'the audited root whose triage file and lake to use (default: the current folder)';
const FILE_HELP = `the triage file (default: ROOT/${DEFAULT_TRIAGE})`;

export function registerTriage(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  const triage = program
    .command('triage')
    .description('decide about single findings: accept a risk or mark a false positive, with a reason, an author and an expiry')
    .addHelpText(
      'after',
      `
A decision takes its finding out of the gate on every later run (listed as suppressed, with the decision in
JSON and SARIF) until it expires or is revoked; then the finding gates again. Decisions and their history are
kept in ${DEFAULT_TRIAGE}: commit it, so they are reviewed like code.

Examples:
  ops report --workspace . --format json | jq -r '.agents[].findings[] | "\\(.fingerprint) \\(.ruleId) \\(.file)"'
  ops triage accept 3f9c2a1b --reason "internal host, reviewed by security" --expires 2027-03-31
  ops triage false-positive 77d01e4a --reason "test fixture key, never deployed"
  ops triage revoke 3f9c2a1b --reason "host now reachable from the internet"
  ops triage list`,
    );
  for (const [name, status, description] of [
    ['accept', 'accepted-risk', 'accept the risk of one finding (by fingerprint, or a unique prefix of at least 6 characters)'],
    ['false-positive', 'false-positive', 'mark one finding as a false positive (by fingerprint, or a unique prefix of at least 6 characters)'],
  ] as const) {
    triage
      .command(name)
      .description(description)
      .argument('<fingerprint>', 'the finding\'s fingerprint (see --format json), or a unique prefix found in the lake')
      .requiredOption('-r, --reason <text>', 'why: what makes this acceptable or wrong (required)')
      .option('--expires <date>', 'the last day (YYYY-MM-DD, UTC) the decision holds; then the finding gates again')
      .option('--author <name>', 'who decides (default: git config user.name and user.email, else the login name)')
      .option('--root <dir>', ROOT_HELP)
      .option('--file <file>', FILE_HELP)
      .option('--lake <dir>', 'the lake to find the finding in (default: ROOT/.cockpit/evidence_lake)')
      .action(async (fingerprint: string, flags: TriageDecideFlags) => {
        const { runTriageDecide } = await import('./triage-run.js');
        setExitCode(await runTriageDecide(status, fingerprint, flags, io));
      });
  }
  triage
    .command('revoke')
    .description('withdraw the decision about one finding: it gates again')
    .argument('<fingerprint>', 'the fingerprint, or a unique prefix among the decisions')
    .requiredOption('-r, --reason <text>', 'why the decision no longer holds (required)')
    .option('--author <name>', 'who decides (default: git config user.name and user.email, else the login name)')
    .option('--root <dir>', ROOT_HELP)
    .option('--file <file>', FILE_HELP)
    .action(async (fingerprint: string, flags: TriageRevokeFlags) => {
      const { runTriageRevoke } = await import('./triage-run.js');
      setExitCode(await runTriageRevoke(fingerprint, flags, io));
    });
  triage
    .command('list')
    .description('list the decisions in force (expired ones marked), or with --history every decision and revocation')
    .option('--history', 'every decision and revocation, oldest first')
    .option('-f, --format <format>', 'text or json', 'text')
    .option('--root <dir>', ROOT_HELP)
    .option('--file <file>', FILE_HELP)
    .action(async (flags: TriageListFlags) => {
      const { runTriageList } = await import('./triage-run.js');
      setExitCode(await runTriageList(flags, io));
    });
}
