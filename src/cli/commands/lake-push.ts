import path from 'node:path';
import type { Command } from 'commander';
import { withStore } from '../../store/postgres/connection.js';
import { pushLake, sourceFromEnvironment } from '../../store/postgres/push.js';
import { isStoreUrl, redactStoreUrl } from '../../store/url.js';
import { CockpitError } from '../../util/errors.js';
import type { CliIo } from '../io.js';
import { DEFAULT_LAKE, requireDirectory } from './report.js';

interface PushFlags {
  lake?: string;
  to: string;
  repository?: string;
  commit?: string;
  ciRun?: string;
  format?: string;
}

/** `ops lake push`: copies a lake into the PostgreSQL fleet store (docs/STORE.md). */
export async function runLakePush(flags: PushFlags, io: CliIo): Promise<number> {
  if (!isStoreUrl(flags.to)) throw new CockpitError(`--to: '${redactStoreUrl(flags.to)}' is not a PostgreSQL URL (postgres://user@host:port/database)`);
  const format = flags.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new CockpitError(`--format: unknown format '${format}' (expected text, json)`);
  const shownLake = flags.lake ?? DEFAULT_LAKE.split(path.sep).join('/');
  const lake = path.resolve(io.cwd, flags.lake ?? DEFAULT_LAKE);
  await requireDirectory(lake, shownLake);
  // Flags name the pushing job where the environment cannot (other CI systems, a laptop).
  const environment = sourceFromEnvironment(io.env);
  const repository = flags.repository ?? environment?.repository;
  const commit = flags.commit ?? environment?.commit;
  const ciRun = flags.ciRun ?? environment?.ciRun;
  const source = repository || commit || ciRun ? { ...(repository ? { repository } : {}), ...(commit ? { commit } : {}), ...(ciRun ? { ciRun } : {}) } : undefined;

  const { label, counts } = await withStore(flags.to, io.env, async ({ pool, label }) => ({ label, counts: await pushLake(pool, lake, { source }) }));
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ store: label, lake: shownLake, ...counts }, null, 2)}\n`);
  } else {
    io.stdout(
      `Pushed ${shownLake} to ${label}: ${counts.agents} agent${counts.agents === 1 ? '' : 's'}, ${counts.records} record${counts.records === 1 ? '' : 's'} ` +
        `(${counts.inserted} new, ${counts.unchanged} unchanged); latest run updated for ${counts.latestUpdated} agent${counts.latestUpdated === 1 ? '' : 's'}.\n`,
    );
  }
  return 0;
}

export function registerLakePush(lake: Command, io: CliIo, setExitCode: (code: number) => void): void {
  lake
    .command('push')
    .description('copy the lake into a PostgreSQL fleet store (idempotent; safe from many CI jobs at once)')
    .requiredOption('--to <url>', 'the store: postgres://user@host:port/database (PG* variables fill in the rest)')
    .option('--lake <dir>', `lake folder (default: ${DEFAULT_LAKE.split(path.sep).join('/')})`)
    .option('--repository <name>', 'where the records came from, when the CI environment does not say (owner/repo)')
    .option('--commit <sha>', 'the commit the records were audited at, when the CI environment does not say')
    .option('--ci-run <id>', 'the CI run that produced the records, when the CI environment does not say')
    .option('-f, --format <format>', 'text or json')
    .addHelpText(
      'after',
      `
The schema is created and migrated on first use. Pushing the same lake twice changes nothing; records
already in the store are never rewritten, and each agent's latest run only moves to a newer one.
Keep the password out of the URL in CI: set PGPASSWORD (or use ~/.pgpass). TLS: ?sslmode=require or
verify-full (with sslrootcert=FILE or PGSSLROOTCERT). See docs/STORE.md.

Examples:
  ops lake push --to postgres://cockpit@db.example:5432/fleet?sslmode=verify-full
  ops report --workspace . --shard 2/4 --lake shard-2 && ops lake push --lake shard-2 --to "$COCKPIT_STORE"
  ops report --from-lake "$COCKPIT_STORE" --format sarif --output fleet.sarif`,
    )
    .action(async (flags: PushFlags) => {
      setExitCode(await runLakePush(flags, io));
    });
}
