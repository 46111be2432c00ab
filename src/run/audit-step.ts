import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { BatchResult, SourceBatch } from '../audit/audit-agent.js';
import type { batchRunner, Shard } from '../audit/audit-workspace.js';
import type { PreparedScope } from '../baseline/prepare.js';
import type { Settings } from '../config/settings.js';
import type { DiscoveredAgent } from '../discovery/discover.js';
import type { GatePolicy } from '../gate/gate.js';
import type { HealSource } from '../heal/heal.js';
import type { DependencyResolver } from '../registry/lookups/dependency-resolver.js';
import type { AgentReport, Report } from '../report/model.js';
import { singleAgentPolicy } from '../config/single-agent-policy.js';
import { displayRoot } from '../util/display-root.js';
import type { AuditRequest, RunHooks } from './request.js';
import type { TargetPlan } from './targets.js';

// Only what every run needs is imported above; the engine, the lake and the pool load when a run asks for them.

/** What one pass of the audit gives the rest of the run. */
export interface AuditedTree {
  report: Report;
  heal: HealSource[];
  /** Each audited agent's gate, from the policy its audit used; undefined for agents answered from the lake. */
  gates: Map<string, GatePolicy>;
}

/** The request's own fields, with its defaults settled and the run's scope and resolver made. */
export interface AuditStep extends Pick<AuditRequest, 'root' | 'given' | 'cwd' | 'env' | 'settings' | 'target'> {
  dependencies: DependencyResolver | undefined;
  jobs: number | undefined;
  agentTimeoutMs: number;
  cache: boolean;
  warm: boolean;
  lakeDir: string | undefined;
  scope: PreparedScope;
  hooks: RunHooks;
  signal: AbortSignal | undefined;
}

/** The audit itself: planned agents one by one, a fleet through discovery, or one agent folder. */
export function auditTree(step: AuditStep): Promise<AuditedTree> {
  const { target } = step;
  if (target.kind === 'planned') return auditPlanned(target.plan, step);
  if (target.kind === 'fleet') return auditFleet(step, target.shard, target.onlyAgents);
  return auditOneAgent(step, step.scope.auditRoot, target.relativePath);
}

async function auditPlanned(plan: TargetPlan, step: AuditStep): Promise<AuditedTree> {
  const { assembleReport } = await import('../report/build.js');
  const agents: AgentReport[] = [];
  const heal: HealSource[] = [];
  const gates = new Map<string, GatePolicy>();
  // One pool for every planned agent, started only if one of them is large enough to need it.
  const batches = workerBatches(step);
  try {
    for (const agent of plan.agents) {
      const audited = await auditOneAgent(step, agent.root, agent.relativePath, agent.onlyFiles, batches);
      agents.push(...audited.report.agents);
      heal.push(...audited.heal);
      for (const [agentPath, gate] of audited.gates) gates.set(agentPath, gate);
    }
  } finally {
    await batches?.close();
  }
  return { report: assembleReport(displayRoot(plan.root, step.cwd), agents), heal, gates };
}

async function auditFleet(step: AuditStep, shard: Shard | undefined, onlyAgents: readonly string[] | undefined): Promise<AuditedTree> {
  const { settings, hooks, given, cwd } = step;
  const changes = step.scope.changes;
  const root = step.scope.auditRoot;
  const [{ assembleReport }, { isRepositoryEntry }] = await Promise.all([import('../report/build.js'), import('../report/summary.js')]);
  let result: { agents: AgentReport[]; heal: HealSource[]; gates: Map<string, GatePolicy> };
  if (changes?.mode === 'staged' && changes.files.size === 0) {
    // Nothing staged: no agent can be selected, so the fleet engine (discovery, rules, workers) is never loaded.
    hooks.progress?.start(0);
    result = { agents: [], heal: [], gates: new Map() };
  } else {
    // The repository entry is named after the folder given, also when a staged snapshot is audited.
    const rootName = path.basename(path.resolve(cwd, given));
    const canWarm = step.warm && step.lakeDir !== undefined && step.cache && !shard && !onlyAgents && !changes && !step.dependencies;
    const warm = canWarm && !step.env['COCKPIT_FAULT_INJECT'] && !process.env['COCKPIT_FAULT_INJECT'] ? await warmFleet(root, rootName, step.lakeDir!, settings, hooks) : undefined;
    if (warm) result = { ...warm, gates: new Map() };
    else {
      const [{ auditWorkspace }, { selectChangedAgents }] = await Promise.all([import('../audit/audit-workspace.js'), import('../baseline/scope.js')]);
      const wanted = onlyAgents ? new Set(onlyAgents) : undefined;
      const select = (agents: readonly DiscoveredAgent[]): DiscoveredAgent[] => {
        const changed = changes ? selectChangedAgents(changes, agents) : [...agents];
        return wanted ? changed.filter((agent) => wanted.has(agent.path)) : changed;
      };
      result = await auditWorkspace({
        root,
        rootName,
        settings,
        ...(step.jobs !== undefined ? { jobs: step.jobs } : {}),
        ...(shard ? { shard } : {}),
        ...(step.lakeDir ? { lakeDir: step.lakeDir } : {}),
        ...(changes || wanted ? { selectAgents: select } : {}),
        cache: step.cache,
        agentTimeoutMs: step.agentTimeoutMs,
        ...(step.dependencies ? { dependencies: step.dependencies } : {}),
        ...(hooks.progress ? { onStart: (total: number) => hooks.progress!.start(total), onProgress: hooks.progress.update.bind(hooks.progress) } : {}),
        ...(hooks.phase ? { onPhase: hooks.phase } : {}),
        ...(step.signal ? { signal: step.signal } : {}),
      });
    }
  }
  hooks.progress?.finish();
  if (result.agents.length === 0 && changes) hooks.notice?.(`No agent under ${given} has ${changes.mode === 'staged' ? 'staged changes' : `changes since ${changes.ref ?? ''}`}: nothing was audited.`, 'info');
  else if (result.agents.length === 0 && !changes && !onlyAgents) hooks.notice?.(`No agents found under ${given}: nothing was audited (see \`ops discover ${given}\`).`, 'warning');
  else if (!changes && !shard && !onlyAgents && result.agents.every(isRepositoryEntry)) {
    hooks.notice?.(`No agents found under ${given}: its files were scanned for secrets and personal data only (see \`ops discover ${given}\`).`, 'info');
  }
  return {
    report: assembleReport(displayRoot(root, cwd), result.agents, shard ? `${shard.index}/${shard.count}` : undefined),
    heal: result.heal,
    gates: result.gates,
  };
}

/** One agent folder, gated as the fleet run of the folder above would gate it (config/single-agent-policy.ts). */
async function auditOneAgent(
  step: AuditStep,
  root: string,
  relativePath: string | undefined,
  onlyFiles?: ReadonlySet<string>,
  sharedBatches?: BatchRunner,
): Promise<AuditedTree> {
  const { settings, hooks, cwd } = step;
  const changes = step.scope.changes;
  const { assembleReport, buildReport } = await import('../report/build.js');
  // One agent without changes: nothing to audit or gate.
  if (changes && changes.files.size === 0) return { report: assembleReport(displayRoot(root, cwd), []), heal: [], gates: new Map() };
  const { policy, violations, settings: agentSettings } = await singleAgentPolicy(root, settings.configFile);
  const [{ auditAgent }, { listFiles }] = await Promise.all([import('../audit/audit-agent.js'), import('../source/walk.js')]);
  const batches = sharedBatches ?? workerBatches(step);
  const files = hooks.files;
  const runBatch = batches
    ? async (batch: SourceBatch): Promise<BatchResult> => {
        files?.add(batch.files.length);
        const result = await batches.run(batch);
        files?.done(batch.files.length);
        return result;
      }
    : undefined;
  const useGitignore = agentSettings.gitignore ?? settings.useGitignore;
  const dependencyLookups = step.dependencies
    ? await step.dependencies.lookupsFor(root, await listFiles(root, { excludeDirs: settings.excludeDirs, useGitignore }))
    : undefined;
  let audit;
  try {
    audit = await auditAgent({
      root,
      maxFileBytes: settings.maxFileBytes,
      excludeDirs: settings.excludeDirs,
      useGitignore,
      policy,
      ...(violations.length > 0 ? { lockViolations: violations } : {}),
      ...(relativePath !== undefined ? { relativePath } : {}),
      ...(runBatch ? { runBatch } : {}),
      ...(dependencyLookups ? { dependencyLookups } : {}),
    });
  } finally {
    files?.finish();
    if (!sharedBatches) await batches?.close();
  }
  if (onlyFiles) audit = (await import('./targets.js')).onlyTheseFiles(audit, onlyFiles);
  const gate: GatePolicy = { blockOn: policy.blockOn, secretsGate: policy.secretsGate };
  return {
    report: buildReport(displayRoot(root, cwd), [{ audit, gate }]),
    heal: [{ agentRoot: root, agentPath: relativePath ?? '.', fixes: audit.fixes }],
    gates: new Map([[audit.path, gate]]),
  };
}

/**
 * A fleet whose tree did not change since the last full run (audit/warm-cache.ts): its reports from the lake,
 * found by stats alone, without loading the audit engine; undefined when anything changed.
 */
async function warmFleet(root: string, rootName: string, lakeDir: string, settings: Settings, hooks: RunHooks): Promise<{ agents: AgentReport[]; heal: HealSource[] } | undefined> {
  const started = performance.now();
  const { warmFleetReports } = await import('../audit/warm-cache.js');
  const warm = warmFleetReports({
    root,
    rootName,
    lakeDir,
    maxFileBytes: settings.maxFileBytes,
    excludeDirs: settings.excludeDirs,
    useGitignore: settings.useGitignore,
    configFile: settings.configFile?.path,
  });
  if (!warm) return undefined;
  hooks.progress?.start(warm.reports.length);
  warm.reports.forEach((agent, index) => hooks.progress?.update({ done: index + 1, total: warm.reports.length, agent: agent.path, verdict: agent.verdict, cached: true, elapsedMs: performance.now() - started }));
  if (settings.debug) hooks.notice?.(`ops: warm path: ${warm.reports.length} agents from the lake; ${warm.files} files and ${warm.dirs} folders statted, none read`, 'warning');
  return { agents: warm.reports, heal: [] };
}

type BatchRunner = { run: (batch: SourceBatch) => Promise<BatchResult>; close: () => Promise<void> };

/** The worker pool for large agents' files (its module loads only when the first batch is sent); none with one job. */
function workerBatches(step: AuditStep): BatchRunner | undefined {
  const threads = step.jobs ?? availableParallelism();
  return threads > 1 ? lazyBatchRunner(threads) : undefined;
}

/** batchRunner without loading the fleet engine (piscina, the lake) until the first batch is sent. */
function lazyBatchRunner(threads: number): BatchRunner {
  let runner: Promise<ReturnType<typeof batchRunner>> | undefined;
  return {
    run: async (batch) => {
      runner ??= import('../audit/audit-workspace.js').then((module) => module.batchRunner(threads));
      return (await runner).run(batch);
    },
    close: async () => {
      await (await runner)?.close();
    },
  };
}
