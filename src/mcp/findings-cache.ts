import { mkdtempSync, rmSync } from 'node:fs';
import { agentContains } from '../util/agent-location.js';
import os from 'node:os';
import path from 'node:path';
import { auditWorkspace } from '../audit/audit-workspace.js';
import { rootPolicy } from '../config/policy.js';
import { loadFleetConfig } from '../config/root-config.js';
import { discoverAgents } from '../discovery/discover.js';
import { codeKindsOf } from '../source/code-kind.js';
import { listFiles } from '../source/walk.js';
import { signatureOf, warmFleetReports, type Signature } from '../audit/warm-cache.js';
import { CONFIG_FILE_NAMES } from '../config/file-names.js';
import type { Settings } from '../config/settings.js';
import type { DiscoveredAgent } from '../discovery/discover.js';
import type { AgentReport } from '../report/model.js';
import { isRootAgent } from '../util/agent-location.js';
import { toPosixRelative } from '../util/paths.js';
import type { RootedPath } from './paths.js';
import { auditOneAgent } from './engine.js';

/**
 * What `list_findings` answers from: the agents under (or around) the folder asked about, never the whole
 * tree as one agent. Cheapest first:
 *
 * 1. A memo per folder, valid while every file of its agents, every folder above them and the root's
 *    cockpit.yaml keep their stat signatures (the warm cache's racy rule: a change in the same tick as the
 *    audit never matches). Nothing is read.
 * 2. A folder that discovery finds to be exactly one agent is audited as one agent, as `ops report PATH`
 *    (and audit_agent) does: discovery of that folder alone, so the first call costs what it always did.
 * 3. The warm cache of a whole-fleet run (`list_findings` on the root writes it): stats only.
 * 4. `auditWorkspace` of the root with only the relevant agents selected and a lake of its own, so an agent
 *    whose content hash did not change is taken from its lake record instead of being audited again.
 *
 * The lake lives in a private temporary folder, never in the tree the tools inspect, and is removed when
 * the process exits.
 */

export interface TargetFindings {
  /** The agents (and the repository entry) whose findings answer for the folder. */
  agents: AgentReport[];
  /** Only findings in files under this folder count (an agent that contains the folder); undefined: all. */
  within?: string;
  /** How the answer was found, for measurements and tests. */
  source: 'memo' | 'warm' | 'audit';
}

interface Memo {
  checks: Array<[string, Signature]>;
  walkedAtMs: number;
  result: Omit<TargetFindings, 'source'>;
}

/** Whether an entry's folder holds the target (the root entry holds everything). */
function contains(entryPath: string, target: string): boolean {
  return isRootAgent(entryPath) || target.startsWith(`${entryPath}/`);
}

/**
 * The entries a folder's findings come from: for the root, all of them; else the agents inside it plus the
 * repository entry (its loose files under the folder count), else the deepest agent around it, narrowed to
 * the folder. Empty when only the repository entry covers it (a folder in no agent): the caller audits such
 * a folder as one agent, as before.
 */
export function relevantEntries<T extends { path: string }>(entries: readonly T[], target: string, isRepository: (entry: T) => boolean): { entries: T[]; within?: string } {
  if (target === '.') return { entries: [...entries] };
  const agentsInside = entries.filter((entry) => !isRootAgent(entry.path) && agentContains(target, entry.path));
  if (agentsInside.length > 0) {
    const repository = entries.find(isRepository);
    return repository ? { entries: [repository, ...agentsInside], within: target } : { entries: agentsInside };
  }
  const around = entries.filter((entry) => !isRepository(entry) && contains(entry.path, target)).sort((a, b) => b.path.length - a.path.length)[0];
  return around ? { entries: [around], within: target } : { entries: [] };
}

/** The repository entry of loose files, as discovery hands it over: the root entry with no framework and no entry point. */
function isRepositoryEntry(entry: DiscoveredAgent): boolean {
  return isRootAgent(entry.path) && entry.frameworks.length === 0 && entry.entrypoints.length === 0;
}

export class FindingsCache {
  private lakeDir: string | undefined;
  private readonly memos = new Map<string, Memo>();

  constructor(
    private readonly root: string,
    private readonly settings: Settings,
    /** Worker threads for a fleet audit (default: the machine's parallelism; 1 audits in this thread). */
    private readonly jobs?: number,
  ) {}

  private lake(): string {
    if (!this.lakeDir) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'agentops-cockpit-mcp-'));
      this.lakeDir = dir;
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    }
    return this.lakeDir;
  }

  /** Removes the private lake now (tests, and a server that closes before its process exits). */
  dispose(): void {
    if (this.lakeDir) rmSync(this.lakeDir, { recursive: true, force: true });
    this.lakeDir = undefined;
    this.memos.clear();
  }

  private rootConfigFiles(): string[] {
    return this.settings.configFile ? [this.settings.configFile.path] : CONFIG_FILE_NAMES.map((name) => path.join(this.root, name));
  }

  /** The findings' sources for a folder, or undefined when no agent covers it (the caller audits it as one agent). */
  async findingsFor(target: RootedPath): Promise<TargetFindings | undefined> {
    const memo = this.memos.get(target.relative);
    if (memo && memo.checks.every(([file, signature]) => signature !== 'racy' && signatureOf(file, memo.walkedAtMs) === signature)) {
      return { ...memo.result, source: 'memo' };
    }
    if (target.relative !== '.') {
      const single = await this.singleAgent(target);
      if (single) return single;
    }
    const lakeDir = this.lake();
    const rootName = path.basename(this.root);
    const warm = warmFleetReports({
      root: this.root,
      rootName,
      lakeDir,
      maxFileBytes: this.settings.maxFileBytes,
      excludeDirs: this.settings.excludeDirs,
      useGitignore: this.settings.useGitignore,
      configFile: this.settings.configFile?.path,
    });
    if (warm) {
      const picked = relevantEntries(warm.reports, target.relative, (agent) => agent.kind === 'repository');
      if (picked.entries.length > 0) return { agents: picked.entries, ...(picked.within ? { within: picked.within } : {}), source: 'warm' };
    }

    const walkedAtMs = Date.now();
    let picked: { entries: DiscoveredAgent[]; within?: string } = { entries: [] };
    const result = await auditWorkspace({
      root: this.root,
      rootName,
      settings: this.settings,
      lakeDir,
      cache: true,
      agentTimeoutMs: 300_000,
      ...(this.jobs !== undefined ? { jobs: this.jobs } : {}),
      // The whole root is a full fleet run, which leaves the warm cache for the next call.
      ...(target.relative === '.'
        ? {}
        : {
            selectAgents: (discovered: readonly DiscoveredAgent[]) => {
              picked = relevantEntries(discovered, target.relative, isRepositoryEntry);
              return picked.entries;
            },
          }),
    });
    if (result.agents.length === 0 || result.agents.every((agent) => agent.kind === 'repository')) return undefined;
    const answer = { agents: result.agents, ...(picked.within ? { within: picked.within } : {}) };
    this.memos.set(target.relative, { checks: this.checksFor(result.discovered, target, walkedAtMs), walkedAtMs, result: answer });
    return { ...answer, source: 'audit' };
  }

  /**
   * A folder that is one agent (no agent nested in it), audited as audit_agent audits it; undefined otherwise.
   * Discovery sees the folder's own files only, placed under its parent: its manifest then makes it an agent
   * the way it does in a fleet run (discovery never takes the manifest of its root for an agent's), without
   * walking and reading the rest of the tree.
   */
  private async singleAgent(target: RootedPath): Promise<TargetFindings | undefined> {
    const walkedAtMs = Date.now();
    const fleetConfig = (await loadFleetConfig(this.root, this.settings.configFile))?.config;
    const files = await listFiles(target.absolute, { excludeDirs: this.settings.excludeDirs, useGitignore: fleetConfig?.gitignore ?? this.settings.useGitignore });
    const agents = await discoverAgents({ root: path.dirname(target.absolute), files, codeKinds: codeKindsOf(rootPolicy(fleetConfig).codeKinds) });
    const [only] = agents;
    if (agents.length !== 1 || !only || only.path !== path.basename(target.absolute)) return undefined;
    const { agent } = await auditOneAgent(target, this.settings);
    const result = { agents: [agent] };
    this.memos.set(target.relative, { checks: this.checksFor([only], target, walkedAtMs), walkedAtMs, result });
    return { ...result, source: 'audit' };
  }

  /** The paths whose stats must hold for a folder's answer to stand: its agents' files and every folder above them. */
  private checksFor(entries: readonly DiscoveredAgent[], target: RootedPath, walkedAtMs: number): Array<[string, Signature]> {
    const paths = new Set<string>(this.rootConfigFiles());
    const addFolders = (from: string) => {
      for (let dir = from; ; dir = path.dirname(dir)) {
        paths.add(dir);
        for (const name of ['.gitignore', '.cockpitignore', ...CONFIG_FILE_NAMES]) paths.add(path.join(dir, name));
        if (toPosixRelative(this.root, dir) === '.' || dir === path.dirname(dir)) break;
      }
    };
    addFolders(target.absolute);
    for (const entry of entries) {
      for (const file of entry.files) {
        paths.add(file);
        addFolders(path.dirname(file));
      }
    }
    // Racy against the moment the audit started: a path changed since (or just before) never matches.
    return [...paths].map((file) => [file, signatureOf(file, walkedAtMs)]);
  }
}
