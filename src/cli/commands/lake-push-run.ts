import path from 'node:path';
import { withStore } from '../../store/postgres/connection.js';
import { pushLake, sourceFromEnvironment, type PushCounts } from '../../store/postgres/push.js';
import { pushRepository, type ChosenRepository } from '../../store/repository.js';
import { isStoreUrl, redactStoreUrl } from '../../store/url.js';
import { terminalSafe } from '../../report/terminal-safe.js';
import { CockpitError } from '../../util/errors.js';
import type { CliIo } from '../io.js';
import { DEFAULT_LAKE, requireDirectory } from './common.js';
import { plural } from '../../util/plural.js';

export interface PushFlags {
  lake?: string;
  to: string;
  repository?: string;
  commit?: string;
  ciRun?: string;
  format?: string;
}

/** `7 agents + repository`, as the report counts its entries (the repository entry is no agent). */
function entries(counts: PushCounts): string {
  const agents = plural(counts.agents, 'agent');
  if (counts.repositoryEntries === 0) return agents;
  return `${agents} + ${counts.repositoryEntries === 1 ? 'repository' : `${counts.repositoryEntries} repository entries`}`;
}

/** Which repositories keyed the pushed agents, and where the default one came from. */
function repositoryText(used: readonly string[], chosen: ChosenRepository | undefined): string {
  if (used.length === 0) return 'no repository known, agents keyed by path alone (name one with --repository)';
  const names = used.map((name) => (chosen && name === chosen.name ? `${name} (from ${chosen.from})` : `${name} (from the records)`));
  return `repositor${used.length === 1 ? 'y' : 'ies'} ${terminalSafe(names.join(', '))}`;
}

/** `ops lake push`: copies a lake into the PostgreSQL fleet store (docs/STORE.md). */
export async function runLakePush(flags: PushFlags, io: CliIo): Promise<number> {
  if (!isStoreUrl(flags.to)) throw new CockpitError(`--to: '${redactStoreUrl(flags.to)}' is not a PostgreSQL URL (postgres://user@host:port/database)`);
  const format = flags.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new CockpitError(`--format: unknown format '${format}' (expected text, json)`);
  if (flags.lake !== undefined && isStoreUrl(flags.lake)) throw new CockpitError(`--lake: '${redactStoreUrl(flags.lake)}' is a fleet store; push copies a lake folder into the store named by --to`);
  const shownLake = flags.lake ?? DEFAULT_LAKE.split(path.sep).join('/');
  const lake = path.resolve(io.cwd, flags.lake ?? DEFAULT_LAKE);
  await requireDirectory(lake, shownLake);
  // The repository keys the agents (store/identity.ts): --repository, else each record's own, else CI, else git.
  const { override, fallback } = await pushRepository({ flag: flags.repository, env: io.env, lakeDir: lake });
  // Flags name the pushing job where the environment cannot (other CI systems, a laptop).
  const environment = sourceFromEnvironment(io.env);
  const commit = flags.commit ?? environment?.commit;
  const ciRun = flags.ciRun ?? environment?.ciRun;
  const source = commit || ciRun ? { ...(commit ? { commit } : {}), ...(ciRun ? { ciRun } : {}) } : undefined;

  const { label, counts } = await withStore(flags.to, io.env, async ({ pool, label }) => ({
    label,
    counts: await pushLake(pool, lake, { source, repository: { override: override?.name, fallback: fallback?.name } }),
  }));
  const chosen: ChosenRepository | undefined = override ?? fallback;
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ store: label, lake: shownLake, ...counts, repository: chosen ?? null }, null, 2)}\n`);
  } else {
    io.stdout(
      `Pushed ${shownLake} to ${label}: ${entries(counts)}, ${plural(counts.records, 'record')} ` +
        `(${counts.inserted} new, ${counts.unchanged} unchanged); latest run updated for ${plural(counts.latestUpdated, 'agent')}; ` +
        `${repositoryText(counts.repositories, chosen)}.\n`,
    );
  }
  return 0;
}
