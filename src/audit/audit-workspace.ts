import { randomBytes } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { mkdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import path from 'node:path';
import { Piscina } from 'piscina';
import { CONFIG_FILE_NAMES, type CockpitFile } from '../config/file-schema.js';
import { loadCockpitFile, type LoadedCockpitFile } from '../config/load-file.js';
import { agentPolicy, rootPolicy, type Policy } from '../config/policy.js';
import { loadFleetConfig, loadRootConfig } from '../config/root-config.js';
import type { Settings } from '../config/settings.js';
import { agentHash } from '../discovery/agent-identity.js';
import { discoverAgents, type CodeFactsCache, type CodeFileFacts, type DiscoveredAgent } from '../discovery/discover.js';
import { codeKindsOf } from '../source/code-kind.js';
import { ignoreNewLake } from '../lake/cockpit-gitignore.js';
import { readLatest, writeRecord } from '../lake/partitions.js';
import { runSource } from '../lake/source.js';
import type { LakeRecord } from '../lake/record.js';
import { agentReport, type FailedAgent } from '../report/build.js';
import type { AgentReport } from '../report/model.js';
import { RULES } from '../rules/index.js';
import { listFiles } from '../source/walk.js';
import { sha256Hex } from '../util/hash.js';
import { toPosixRelative } from '../util/paths.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { BatchResult, SourceBatch } from './audit-agent.js';
import type { PlannedFix } from '../heal/types.js';
import type { GatePolicy } from '../gate/gate.js';
import { hashAgent, type AgentTask } from './agent-task.js';
import { checkAgentTimeout, inThreadRunner, runOnPool } from './agent-deadline.js';
import { REPOSITORY_KIND, repositoryEntry, repositoryHash } from './repository-entry.js';
import type { WorkerTask } from './worker.js';
import { fleetKey, latestPath, previousRun, trustedLatest, unchangedFile, type TreeSnapshot, WARM_CACHE_FILE, reusableAgent, signatureOf, takeSnapshot, walkRecorder, writeWarmCache, type CachedAgent } from './warm-cache.js';
import type { DependencyLookups } from '../registry/lookups/lookups.js';
import { agentIdSource, agentLocation, isRootAgent } from '../util/agent-location.js';

/** What the cache decision needs of an agent's latest record. */
type KnownRecord = Pick<LakeRecord, 'contentHash' | 'configDigest' | 'agent'> & { tool: { version: string } };

const WORKER_URL = new URL('./worker.js', import.meta.url).href;

/**
 * A lazily started pool that checks batches of one large agent's files on worker threads; the
 * caller must `close()` it. Small agents never start it.
 */
export function batchRunner(jobs: number): { run: (batch: SourceBatch) => Promise<BatchResult>; close: () => Promise<void> } {
  let pool: Piscina<WorkerTask, BatchResult> | undefined;
  return {
    run(batch) {
      pool ??= newAuditPool<BatchResult>(jobs);
      return pool.run({ kind: 'batch', batch });
    },
    close: async () => {
      await pool?.destroy();
    },
  };
}

/**
 * The fleet audit: discover agents, audit each on a worker pool, keep one lake partition per agent.
 * One agent that crashes or times out is reported as failed; the others finish.
 */
export interface Shard {
  index: number; // 1-based
  count: number;
}

/** What a fleet run is doing besides finishing agents: finding agents, checking which changed, auditing, writing held records. */
export type WorkspacePhase = 'discovering' | 'checking' | 'auditing' | 'writing';

export interface ProgressEvent {
  done: number;
  total: number;
  agent: string;
  verdict: AgentReport['verdict'];
  cached: boolean;
  elapsedMs: number;
}

export interface WorkspaceOptions {
  root: string;
  /** Names the repository entry and its partition; default: the root's folder name (a staged snapshot's differs). */
  rootName?: string;
  settings: Settings;
  /** Worker threads; 1 audits in this thread, one agent at a time. Default: the machine's parallelism. */
  jobs?: number;
  shard?: Shard;
  /** Narrows the discovered agents and the repository entry (path `.`), e.g. to those with git changes, before sharding. */
  selectAgents?(agents: readonly DiscoveredAgent[]): DiscoveredAgent[];
  /** Where partitions are written; undefined writes no lake. */
  lakeDir?: string;
  /** Reuse an agent's latest record when nothing changed (default true). */
  cache?: boolean;
  /**
   * Per-agent time limit (1 to 2^31 - 1 ms), counted from when the agent starts. On worker threads a late
   * agent's worker is stopped; with one job agents run one at a time here and a late one is abandoned.
   */
  agentTimeoutMs?: number;
  /** Looks up each agent's dependencies in its package indexes before the audit (`--resolve`). */
  dependencies?: { lookupsFor(agentRoot: string, files: readonly string[]): Promise<DependencyLookups> };
  onStart?(total: number): void;
  onProgress?(event: ProgressEvent): void;
  onPhase?(phase: WorkspacePhase): void;
  /**
   * Cancels the run (`ops serve`'s Cancel): queued agents are dropped, a running one's worker is stopped, and
   * the run rejects with the signal's reason. With a signal, records are written only after every agent is
   * done and the signal is still quiet, so a cancelled run leaves the lake as it was.
   */
  signal?: AbortSignal;
}

export interface WorkspaceResult {
  agents: AgentReport[];
  /** One-click fixes of freshly audited agents, with where each agent lives (for --heal). */
  heal: Array<{ agentRoot: string; agentPath: string; fixes: PlannedFix[] }>;
  /** The audited entries as discovered, the repository entry (files outside every agent) included. */
  discovered: DiscoveredAgent[];
  cachedAgents: number;
  runId: string;
  /** Each selected agent's gate, from the policy its audit (or its reused record) was made under. */
  gates: Map<string, GatePolicy>;
}

/** Records held back by a cancellable run, written a few at a time once it is certain to finish. */
async function writeHeldRecords(lakeDir: string, records: readonly LakeRecord[]): Promise<void> {
  const WRITERS = 16;
  for (let index = 0; index < records.length; index += WRITERS) {
    await Promise.all(records.slice(index, index + WRITERS).map((record) => writeRecord(lakeDir, record)));
  }
}

export function inShard(relativePath: string, shard: Shard | undefined): boolean {
  if (!shard) return true;
  return Number.parseInt(agentHash(relativePath).slice(0, 8), 16) % shard.count === shard.index - 1;
}

export function parseShard(value: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index >= 1 && count >= 1 && index <= count ? { index, count } : undefined;
}

/** A stable digest of everything besides the files that decides an audit's result. */
function configDigest(policy: Policy, settings: Settings, lookups?: DependencyLookups, kind?: typeof REPOSITORY_KIND): string {
  const normalised = {
    tool: TOOL_VERSION,
    ...(kind ? { kind } : {}),
    rules: RULES.map((rule) => rule.id),
    levels: [...policy.ruleLevels].sort(),
    options: [...policy.ruleOptions].sort(),
    blockOn: [...policy.blockOn].sort(),
    secretsGate: policy.secretsGate,
    exclude: policy.exclude,
    entryPoints: policy.entryPoints,
    heal: policy.heal,
    maxFileBytes: settings.maxFileBytes,
    registry: lookups ?? null,
  };
  return sha256Hex(JSON.stringify(normalised));
}

// Lives in config/ so the CLI can read a root cockpit.yaml without loading the fleet engine.
export { loadRootConfig };

/** For the warm cache: see each folder the walk lists, and once the walk is done, offer discovery the code file facts still valid. */
export interface DiscoveryHooks {
  onDirectory(directory: string, names: ReadonlySet<string>): void;
  afterWalk(files: readonly string[]): CodeFactsCache | undefined;
}

export async function discoverWorkspace(root: string, settings: Settings, hooks?: DiscoveryHooks, onListed?: (files: readonly string[]) => void): Promise<{
  rootConfig: CockpitFile | undefined;
  agentConfigs: Map<string, LoadedCockpitFile>;
  agents: DiscoveredAgent[];
  /** Every walked file (absolute): the agents' and those outside every agent. */
  files: string[];
}> {
  const rootConfig = (await loadFleetConfig(root, settings.configFile))?.config;
  const files = await listFiles(root, {
    excludeDirs: settings.excludeDirs,
    useGitignore: rootConfig?.gitignore ?? settings.useGitignore,
    extraPatterns: rootConfig?.exclude ?? [],
    ...(hooks ? { onDirectory: hooks.onDirectory } : {}),
  });
  onListed?.(files);
  const codeFacts = hooks?.afterWalk(files);
  const agentConfigs = new Map<string, LoadedCockpitFile>();
  const declaredEntries = new Map<string, string[]>();
  for (const file of files) {
    const relative = toPosixRelative(root, file);
    const base = path.posix.basename(relative);
    if (!(CONFIG_FILE_NAMES as readonly string[]).includes(base) || !relative.includes('/')) continue;
    // `.github/workflows/cockpit.yml` is a workflow (the name docs/CI.md uses), never an agent's policy.
    if (relative.startsWith('.github/')) continue;
    const loaded = await loadCockpitFile(file, relative);
    const folder = path.posix.dirname(relative);
    agentConfigs.set(folder, loaded);
    const entries = [...(loaded.config.entry_point ? [loaded.config.entry_point] : []), ...(loaded.config.targets ?? [])];
    if (entries.length > 0) declaredEntries.set(folder, entries);
  }
  if (rootConfig && (rootConfig.entry_point || rootConfig.targets)) {
    declaredEntries.set('.', [...(rootConfig.entry_point ? [rootConfig.entry_point] : []), ...(rootConfig.targets ?? [])]);
  }
  const agents = await discoverAgents({ root, files, declaredEntries, codeKinds: codeKindsOf(rootPolicy(rootConfig).codeKinds), ...(codeFacts ? { codeFacts } : {}) });
  return { rootConfig, agentConfigs, agents, files };
}

export async function auditWorkspace(options: WorkspaceOptions): Promise<WorkspaceResult> {
  checkAgentTimeout(options.agentTimeoutMs);
  const early: EarlyPool = {};
  try {
    return await auditWithPool(options, early);
  } finally {
    await early.pool?.destroy();
  }
}

/**
 * A cold run (no warm cache to answer from) of a tree big enough to need workers starts them as soon as the walk
 * has listed the files: they load the checks and the grammars while this thread reads the code for discovery
 * (0.3-0.5 s of a 400-agent fleet's first agents, issue 16). A run that may be answered from the lake, or that
 * audits only some agents, starts none until it knows how many agents it audits.
 */
interface EarlyPool {
  pool?: Piscina<WorkerTask, unknown>;
}

/** About a dozen small agents: fewer files are audited before workers would have loaded. */
const EARLY_POOL_MIN_FILES = 200;

/**
 * A tree this large is a big fleet (2,000 generated agents walk 12,000 files; 400 agents 2,400). Its run holds every
 * agent's report and lets each thread's garbage grow with it: V8 lets an old generation grow to several times what
 * it holds, and the main thread, waiting on the workers, holds 60-80 MB but grew to 190-290 MB. Such a run bounds
 * both, for more collections: 2,000 agents peak at 370-375 MiB instead of 530-580, and take 5-10 % longer
 * (docs/BENCHMARKS.md, seventh session). Smaller trees keep V8's defaults: bounding cost the 400-agent fleet about
 * 7 % of its time for memory it does not miss.
 */
const LARGE_TREE_FILES = 5_000;

/** A heap grows to 1.25 times what it held after its last full collection (V8 picks up to 4 times). */
const BOUNDED_HEAP_GROWING_PERCENT = 25;
/** Each worker's young generation: its garbage is short-lived, and V8 would take up to 48 MB for it. */
const BOUNDED_WORKER_YOUNG_MB = 16;

/** The flag is process-wide and read at each collection, so it also holds for the threads already running. */
function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${BOUNDED_HEAP_GROWING_PERCENT}`);
}

/** The audit's worker pool: every thread started at once (they load the checks before the first task). */
function newAuditPool<Result = unknown>(jobs: number, bounded = false): Piscina<WorkerTask, Result> {
  return new Piscina<WorkerTask, Result>({
    filename: WORKER_URL,
    maxThreads: jobs,
    minThreads: jobs,
    idleTimeout: 1000,
    ...(bounded ? { resourceLimits: { maxYoungGenerationSizeMb: BOUNDED_WORKER_YOUNG_MB } } : {}),
  });
}

async function auditWithPool(options: WorkspaceOptions, early: EarlyPool): Promise<WorkspaceResult> {
  const { root, settings, signal } = options;
  signal?.throwIfAborted();
  // Every queued agent listens for the cancel until it settles: hundreds at once is expected, not a leak.
  if (signal) setMaxListeners(0, signal);
  const runId = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  const startedAt = new Date().toISOString();
  // The lake exists after every run, even a shard that drew no agents, so `lake merge` can take it; made
  // before the walk so that a lake inside the root does not change the root folder the warm cache stats.
  // A lake made now in `.cockpit/` gets a .gitignore there, so it is never committed beside the baseline.
  if (options.lakeDir && (await mkdir(options.lakeDir, { recursive: true })) !== undefined) await ignoreNewLake(options.lakeDir);
  // Stats of the walked tree (docs/BENCHMARKS.md, warm path): racy relative to when the walk started.
  const walkedAtMs = Date.now();
  const walked = options.lakeDir ? walkRecorder() : undefined;
  const lastRun = options.lakeDir && options.cache !== false ? previousRun(options.lakeDir) : undefined;
  let snapshot: TreeSnapshot | undefined;
  // Discovery's facts of each code file, kept for the next run; taken from the last run for files whose stats still match.
  const codeFacts = new Map<string, CodeFileFacts>();
  const hooks: DiscoveryHooks | undefined = walked && {
    onDirectory: walked.onDirectory,
    afterWalk(walkedFiles) {
      const taken = takeSnapshot(root, walkedAtMs, walked.dirs, [...walkedFiles, ...walked.ignoreFiles]);
      snapshot = taken;
      return {
        get: (relative) => {
          const facts = lastRun && unchangedFile(lastRun, relative, taken) ? lastRun.codeFacts.get(relative) : undefined;
          if (facts) codeFacts.set(relative, facts);
          return facts;
        },
        set: (relative, facts) => void codeFacts.set(relative, facts),
      };
    },
  };
  options.onPhase?.('discovering');
  // A run narrowed to some agents (changed since a commit, named agents) may audit one of them in this thread.
  const cold = lastRun === undefined && !options.selectAgents;
  const threads = options.jobs ?? availableParallelism();
  // Decided once the walk has listed the files, for the early pool and the one made after discovery alike.
  let bounded = false;
  const listed = (walkedFiles: readonly string[]): void => {
    bounded = walkedFiles.length >= LARGE_TREE_FILES;
    if (bounded) boundHeapGrowth();
    if (cold && threads > 1 && walkedFiles.length >= EARLY_POOL_MIN_FILES) early.pool ??= newAuditPool(threads, bounded);
  };
  const { rootConfig, agentConfigs, agents, files } = await discoverWorkspace(root, settings, hooks, listed);
  signal?.throwIfAborted();
  const rootName = options.rootName ?? path.basename(root);
  // Files outside every agent form one more entry, so a secret in scripts/ or infra/ gates the run too.
  const repository = repositoryEntry(root, files, agents, options.lakeDir ? [path.resolve(options.lakeDir)] : []);
  const discovered = repository ? [repository, ...agents] : agents;
  const candidates = options.selectAgents ? options.selectAgents(discovered) : discovered;
  const selected = candidates.filter((agent) => inShard(agent.path, options.shard));
  options.onStart?.(selected.length);
  options.onPhase?.('checking');

  const tasks = await Promise.all(
    selected.map(async (agent) => {
      const isRepository = agent === repository;
      const { policy, violations } = isRootAgent(agent.path) ? { policy: rootPolicy(rootConfig), violations: [] } : agentPolicy(rootConfig, agentConfigs.get(agent.path));
      const id = isRepository ? repositoryHash(rootName) : agentHash(agentIdSource(root, agent.path));
      // A record the last run noted and that did not change since is taken without validating it again.
      const known = lastRun?.agents.get(id);
      const previous: KnownRecord | undefined =
        options.lakeDir && options.cache !== false
          ? ((known && trustedLatest(options.lakeDir, known)) ?? (await readLatest(options.lakeDir, id).catch(() => undefined)))
          : undefined;
      const agentRoot = agentLocation(root, agent.path);
      // No dependency rules run on the repository entry, so its manifests are not looked up.
      const dependencyLookups = options.dependencies && !isRepository ? await options.dependencies.lookupsFor(agentRoot, agent.files) : undefined;
      // Registry answers decide findings too: a changed answer (a new yank) must not reuse the old record.
      const digest = configDigest(policy, settings, dependencyLookups, isRepository ? REPOSITORY_KIND : undefined);
      const task: AgentTask = {
        root: agentRoot,
        relativePath: agent.path,
        files: agent.files,
        entrypoints: agent.entrypoints,
        frameworks: agent.frameworks,
        maxFileBytes: settings.maxFileBytes,
        policy,
        lockViolations: violations,
        configDigest: digest,
        ...(dependencyLookups ? { dependencyLookups } : {}),
        ...(isRepository ? { repository: { id, name: rootName } } : {}),
      };
      // Only a record made by this version under the same policy can stand for a new audit.
      const candidate = previous && previous.tool.version === TOOL_VERSION && previous.configDigest === digest ? previous : undefined;
      return { agent, task, candidate, reuse: undefined as KnownRecord | undefined, contentHash: undefined as string | undefined, id, kind: isRepository ? REPOSITORY_KIND : undefined };
    }),
  );

  // Unchanged agents are recognised here, by their files' stats or else by digest, so a warm run never starts a worker.
  await Promise.all(
    tasks.map(async (entry) => {
      if (!entry.candidate) return;
      const relativeFiles = entry.task.files.map((file) => toPosixRelative(root, file));
      const unchanged = snapshot && reusableAgent(lastRun, entry.id, relativeFiles, snapshot);
      if (unchanged && unchanged.contentHash === entry.candidate.contentHash && unchanged.configDigest === entry.task.configDigest) {
        entry.reuse = entry.candidate;
        return;
      }
      const { contentHash } = await hashAgent(entry.task);
      if (contentHash === entry.candidate.contentHash) entry.reuse = entry.candidate;
    }),
  );
  signal?.throwIfAborted();
  options.onPhase?.('auditing');
  const toAudit = tasks.filter((entry) => !entry.reuse).length;
  const jobs = Math.max(1, Math.min(threads, toAudit));
  const pool = jobs > 1 ? (early.pool ?? newAuditPool(jobs, bounded)) : undefined;
  const runInThread = inThreadRunner(options.agentTimeoutMs, signal);
  const started = performance.now();
  const source = runSource(process.env, root);
  const reports: AgentReport[] = [];
  const heal: WorkspaceResult['heal'] = [];
  let done = 0;
  let cachedAgents = 0;
  let failures = 0;
  // A run that can be cancelled keeps its records until the end (see `signal`).
  const held: LakeRecord[] = [];

  try {
    await Promise.all(
      tasks.map(async (entry) => {
        const { agent, task, reuse, id, kind } = entry;
        let report: AgentReport;
        const cached = reuse !== undefined;
        try {
          if (reuse) {
            report = reuse.agent;
            cachedAgents++;
          } else {
            const result = pool ? await runOnPool(pool, task, options.agentTimeoutMs, signal) : await runInThread(task);
            entry.contentHash = result.contentHash;
            const { policy } = task;
            report = agentReport({ audit: result.audit, gate: { blockOn: policy.blockOn, secretsGate: policy.secretsGate }, ...(kind ? { kind } : {}) });
            if (result.audit.fixes.length > 0) heal.push({ agentRoot: task.root, agentPath: agent.path, fixes: result.audit.fixes });
            if (options.lakeDir) {
              const record: LakeRecord = {
                schemaVersion: 1,
                tool: { name: TOOL_NAME, version: TOOL_VERSION },
                runId,
                startedAt,
                finishedAt: new Date().toISOString(),
                configDigest: task.configDigest,
                contentHash: result.contentHash,
                ...(source ? { source } : {}),
                agent: report,
              };
              if (signal) held.push(record);
              else await writeRecord(options.lakeDir, record);
            }
          }
        } catch (error) {
          // Cancelled: not this agent's failure; the whole run rejects.
          if (signal?.aborted) throw signal.reason;
          failures++;
          const failed: FailedAgent = {
            failed: true,
            id,
            name: kind ? rootName : path.posix.basename(isRootAgent(agent.path) ? root : agent.path),
            path: agent.path,
            ...(kind ? { kind } : {}),
            error: error instanceof Error ? error.message.split('\n')[0]! : String(error),
          };
          report = agentReport(failed);
        }
        reports.push(report);
        done++;
        options.onProgress?.({ done, total: tasks.length, agent: agent.path, verdict: report.verdict, cached, elapsedMs: performance.now() - started });
      }),
    );
  } finally {
    if (pool !== early.pool) await pool?.destroy();
  }
  signal?.throwIfAborted();
  // Past this point a cancel comes too late: the run's records are written whole.
  if (options.lakeDir && held.length > 0) {
    options.onPhase?.('writing');
    await writeHeldRecords(options.lakeDir, held);
  }
  // Only a whole fleet, every agent in the lake, with nothing looked up at run time can be answered from stats next time.
  if (options.lakeDir && snapshot && walked && failures === 0 && !options.shard && !options.selectAgents && !options.dependencies) {
    const cachedAgentsList: CachedAgent[] = tasks.map((entry) => ({
      id: entry.id,
      files: entry.task.files.map((file) => toPosixRelative(root, file)),
      contentHash: entry.reuse?.contentHash ?? entry.contentHash ?? '',
      configDigest: entry.task.configDigest,
      latest: signatureOf(latestPath(options.lakeDir!, entry.id), undefined),
    }));
    await writeWarmCache(options.lakeDir, {
      key: fleetKey({ root, rootName, lakeDir: options.lakeDir, maxFileBytes: settings.maxFileBytes, excludeDirs: settings.excludeDirs, useGitignore: settings.useGitignore, configFile: settings.configFile?.path }, walkedAtMs),
      walkedAtMs,
      dirs: snapshot.dirs,
      files: [...snapshot.files],
      codeFacts: [...codeFacts],
      agents: cachedAgentsList,
    }).catch(() => undefined);
  } else if (options.lakeDir && failures > 0) {
    // A failed agent has no record to stand for it: no later run may answer from this lake's stats alone.
    await rm(path.join(options.lakeDir, WARM_CACHE_FILE), { force: true });
  }
  const gates = new Map(tasks.map(({ agent, task }): [string, GatePolicy] => [agent.path, { blockOn: task.policy.blockOn, secretsGate: task.policy.secretsGate }]));
  return { agents: reports, heal, discovered: selected, cachedAgents, runId, gates };
}
