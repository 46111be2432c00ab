import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import type { PushFlags } from './lake-push-run.js';
import { LAKE_FOLDER_HELP } from './option-help.js';

export function registerLakePush(lake: Command, io: CliIo, setExitCode: (code: number) => void): void {
  lake
    .command('push')
    .description('copy the lake into a PostgreSQL fleet store (idempotent; safe from many CI jobs at once)')
    .requiredOption('--to <url>', 'the store: postgres://user@host:port/database (PG* variables fill in the rest)')
    .option('--lake <dir>', LAKE_FOLDER_HELP)
    .option('--repository <name>', 'the repository the agents belong to (owner/name; a remote URL is cut to that); default: each record\'s own, then GITHUB_REPOSITORY or CI_PROJECT_PATH, then the git remote origin of the lake\'s checkout')
    .option('--commit <sha>', 'the commit the records were audited at, when the CI environment does not say')
    .option('--ci-run <id>', 'the CI run that produced the records, when the CI environment does not say')
    .option('-f, --format <format>', 'text or json')
    .addHelpText(
      'after',
      `
The schema is created and migrated on first use. Pushing the same lake twice changes nothing; records
already in the store are never rewritten, and each agent's latest run only moves to a newer one.
In the store an agent is (repository, agent path): two repositories' agents/planner stay two agents.
The repository is written as owner/name, without host, credentials or .git, so CI and laptops agree.
Keep the password out of the URL in CI: set PGPASSWORD (or use ~/.pgpass). TLS: ?sslmode=require or
verify-full (with sslrootcert=FILE or PGSSLROOTCERT). See docs/STORE.md.

Examples:
  ops lake push --to postgres://cockpit@db.example:5432/fleet?sslmode=verify-full
  ops report --workspace . --shard 2/4 --lake shard-2 && ops lake push --lake shard-2 --to "$COCKPIT_STORE"
  ops report --from-lake "$COCKPIT_STORE" --format sarif --output fleet.sarif`,
    )
    .action(async (flags: PushFlags) => {
      const { runLakePush } = await import('./lake-push-run.js');
      setExitCode(await runLakePush(flags, io));
    });
}
