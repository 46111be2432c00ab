import type { Report } from '../report/model.js';
import { repositoryRoot } from '../util/repository-root.js';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE_NAMES } from '../config/file-names.js';
import { loadRootConfig } from '../config/root-config.js';
import { agentLocation } from '../util/agent-location.js';
import { CODEOWNERS_PATHS, parseCodeowners, type Codeowners } from './codeowners.js';

/** The repository's CODEOWNERS (the first of GitHub's and GitLab's places), or undefined. */
async function readCodeowners(repository: string): Promise<Codeowners | undefined> {
  for (const candidate of CODEOWNERS_PATHS) {
    // A stat first: a warm run that changed nothing reads no file that is not there (test/warm-cache.test.ts).
    if (!existsSync(path.join(repository, candidate))) continue;
    const text = await readFile(path.join(repository, candidate), 'utf8').catch(() => undefined);
    if (text !== undefined) return parseCodeowners(text);
  }
  return undefined;
}

/**
 * Who owns each agent under `root`: the `owners:` of the agent's own cockpit.yaml when it names any, else what
 * the repository's CODEOWNERS says about the agent's folder. Ownership is read now, not from the lake: it is
 * who to ask today, whoever owned the agent when it was audited.
 */
export async function agentOwners(root: string, agentPaths: readonly string[]): Promise<Map<string, string[]>> {
  // Outside a git work tree, the root stands for the repository.
  const repository = repositoryRoot(root) ?? path.resolve(root);
  const codeowners = await readCodeowners(repository);
  const owners = new Map<string, string[]>();
  for (const agentPath of agentPaths) {
    const folder = agentLocation(root, agentPath);
    // A broken agent file is reported by the audit itself; here it only means no owners from it.
    // A synchronous stat per agent: awaiting 400 lstats one by one cost a warm run 0.1 s of idle waiting.
    const hasOwnFile = CONFIG_FILE_NAMES.some((name) => existsSync(path.join(folder, name)));
    const declared = hasOwnFile ? (await loadRootConfig(folder).catch(() => undefined))?.config.owners : undefined;
    const relative = path.relative(repository, folder).split(path.sep).join('/');
    // Asked as a folder (`apps/chat/`): a folder-only pattern naming the agent's own folder owns it, and `docs/*`
    // (files directly in docs/) does not own an agent in docs/chat/.
    const found = declared && declared.length > 0 ? declared : (codeowners?.ownersOf(relative === '' ? '.' : `${relative}/`) ?? []);
    if (found.length > 0) owners.set(agentPath, found);
  }
  return owners;
}

/** The report with each agent's owners (only agents someone owns get the key). */
export async function withAgentOwners<T extends { report: Report }>(result: T, root: string): Promise<T> {
  const agents = result.report.agents;
  if (agents.length === 0) return result;
  const owners = await agentOwners(root, agents.map((agent) => agent.path));
  if (owners.size === 0) return result;
  return { ...result, report: { ...result.report, agents: agents.map((agent) => (owners.has(agent.path) ? { ...agent, owners: owners.get(agent.path)! } : agent)) } };
}
