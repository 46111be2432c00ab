import path from 'node:path';
import { AGENT_HASH } from '../../lake/record.js';
import { agentIds, readAllLatest, readLatest, removeAgent } from '../../lake/partitions.js';
import { withStore } from '../../store/postgres/connection.js';
import { findStoreAgents, removeStoreAgent } from '../../store/postgres/maintenance.js';
import { normaliseRepository } from '../../store/repository.js';
import { isStoreUrl } from '../../store/url.js';
import { CockpitError } from '../../util/errors.js';
import { terminalSafe } from '../../report/terminal-safe.js';
import type { CliIo } from '../io.js';
import { DEFAULT_LAKE, requireDirectory } from './common.js';
import { plural } from '../../util/plural.js';

export interface RemoveFlags {
  lake?: string;
  repository?: string;
}

interface Candidate {
  id: string;
  path: string;
  repository: string | null;
}

/** Exactly one agent, or a one-line error that says how to pick. */
function single(agent: string, where: string, candidates: readonly Candidate[], repository: string | undefined): Candidate {
  const shown = terminalSafe(agent);
  if (candidates.length === 0) throw new CockpitError(`${shown}: no such agent${repository ? ` of repository ${terminalSafe(repository)}` : ''} in ${where}`);
  if (candidates.length > 1) {
    const repositories = candidates.map((candidate) => candidate.repository ?? '(no repository)').join(', ');
    throw new CockpitError(`${shown}: ${candidates.length} agents in ${where} have this path (${terminalSafe(repositories)}); pick one with --repository NAME or give its agent hash`);
  }
  return candidates[0]!;
}

function described(candidate: Candidate): string {
  return `${terminalSafe(candidate.path)} (${candidate.repository ? `${terminalSafe(candidate.repository)}, ` : ''}${candidate.id})`;
}

async function removeFromStore(agent: string, flags: RemoveFlags, io: CliIo): Promise<string> {
  return withStore(flags.lake!, io.env, async ({ pool, label }) => {
    const chosen = single(agent, label, await findStoreAgents(pool, agent, flags.repository), flags.repository);
    const runs = await removeStoreAgent(pool, chosen.id);
    return `Removed agent ${described(chosen)} and its ${plural(runs, 'run')} from ${label}.\n`;
  });
}

async function removeFromLake(agent: string, flags: RemoveFlags, io: CliIo): Promise<string> {
  const shown = flags.lake ?? DEFAULT_LAKE.split(path.sep).join('/');
  const dir = path.resolve(io.cwd, flags.lake ?? DEFAULT_LAKE);
  await requireDirectory(dir, shown);
  const wanted = flags.repository === undefined ? undefined : normaliseRepository(flags.repository)?.toLowerCase();
  const ofRepository = (repository: string | undefined) => wanted === undefined || normaliseRepository(repository)?.toLowerCase() === wanted;
  let candidates: Candidate[];
  if (AGENT_HASH.test(agent)) {
    candidates = [];
    if ((await agentIds(dir)).includes(agent)) {
      // A partition without a readable latest.json (a torn write) can still be removed by its hash.
      const record = await readLatest(dir, agent).catch(() => undefined);
      candidates.push({ id: agent, path: record?.agent.path ?? agent, repository: record?.source?.repository ?? null });
    }
    candidates = candidates.filter((candidate) => ofRepository(candidate.repository ?? undefined));
  } else {
    candidates = (await readAllLatest(dir))
      .filter((record) => (record.agent.path === agent || record.agent.name === agent) && ofRepository(record.source?.repository))
      .map((record) => ({ id: record.agent.id, path: record.agent.path, repository: record.source?.repository ?? null }));
  }
  const chosen = single(agent, shown, candidates, flags.repository);
  const entries = await removeAgent(dir, chosen.id);
  return `Removed agent ${described(chosen)} and its ${plural(entries, 'history entry', 'history entries')} from ${shown}.\n`;
}

/** `ops lake remove AGENT`: an agent and all its runs out of a lake folder or the fleet store. */
export async function runLakeRemove(agent: string, flags: RemoveFlags, io: CliIo): Promise<number> {
  io.stdout(flags.lake !== undefined && isStoreUrl(flags.lake) ? await removeFromStore(agent, flags, io) : await removeFromLake(agent, flags, io));
  return 0;
}
