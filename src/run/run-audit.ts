import { existsSync } from 'node:fs';
import path from 'node:path';
import type { PreparedScope } from '../baseline/prepare.js';
import { loadFleetConfig } from '../config/root-config.js';
import { failsClosed, SKIP_FIX, type GatePolicy } from '../gate/gate.js';
import type { ConfigFileSetting } from '../config/settings.js';
import { DEFAULT_LAKE } from '../lake/default-path.js';
import type { DependencyResolver } from '../registry/lookups/dependency-resolver.js';
import type { BaselineState, Report } from '../report/model.js';
import { terminalSafe } from '../report/terminal-safe.js';
import { DEFAULT_TRIAGE } from '../triage/default-path.js';
import { displayRoot } from '../util/display-root.js';
import { auditTree, type AuditedTree, type AuditStep } from './audit-step.js';
import { healStep } from './heal-step.js';
import type { AuditRequest, AuditRun, HealOutcome } from './request.js';

// Only what every run needs is imported above: scope, triage, committee, registry and heal code load when asked for.

const DEFAULT_AGENT_TIMEOUT_MS = 300_000;

/**
 * The one audit pipeline (docs/ARCHITECTURE.md): committee files, scope (baseline, changes, staged snapshot,
 * triage), package lookups, the audit, owners, heal (plan, apply, audit again), the committee's votes, and one
 * gate over what is left. Front ends translate their inputs into an AuditRequest and format the AuditRun.
 */
export async function runAudit(request: AuditRequest): Promise<AuditRun> {
  const started = performance.now();
  const { root, settings, target } = request;
  const fleet = target.kind === 'fleet' || (target.kind === 'planned' && target.plan.agents.length > 1);
  const scopeFlags = request.scope ?? {};
  // Audit by committee (docs/COMMITTEE.md): its SARIF files are read before the audit, so a bad one fails at once.
  const committee = request.committee !== true && !request.importSarif?.length ? undefined : await (await import('../committee/run.js')).prepareCommittee({
    root,
    fleet,
    importFlags: request.importSarif ?? [],
    configFile: settings.configFile,
    cwd: request.cwd,
    maxFileBytes: settings.maxFileBytes,
    env: request.env,
    cacheDir: settings.cacheDir,
  });
  // A triage file in the root applies to every run that asks for it (a stat here: no triage code loads without one).
  const triaged = scopeFlags.triage !== undefined || (request.triage === true && existsSync(path.join(root, ...DEFAULT_TRIAGE.split('/'))));
  const scoped = scopeFlags.baseline !== undefined || scopeFlags.changedSince !== undefined || scopeFlags.staged === true || triaged;
  const scopeModule = scoped ? await import('../baseline/prepare.js') : undefined;
  const scope: PreparedScope = scopeModule
    ? await scopeModule.prepareScope(root, request.given, scopeFlags, { cwd: request.cwd, excludeDirs: settings.excludeDirs, defaultTriage: request.triage === true })
    : { auditRoot: root, dispose: async () => undefined };
  let dependencies: DependencyResolver | undefined;
  try {
    dependencies = await createDependencyResolver(request);
    const lakeDir = request.lake === false || target.kind !== 'fleet' || scopeFlags.staged
      ? undefined // a staged run audits a throwaway snapshot: nothing of it belongs in the lake
      : request.lake ?? path.join(root, DEFAULT_LAKE);
    const step: AuditStep = {
      root,
      given: request.given,
      cwd: request.cwd,
      env: request.env,
      settings,
      target,
      dependencies,
      // --staged audits the snapshot: one thread unless told otherwise, so a pre-commit hook starts no pool.
      jobs: request.jobs ?? (scopeFlags.staged ? 1 : undefined),
      agentTimeoutMs: request.agentTimeoutMs ?? DEFAULT_AGENT_TIMEOUT_MS,
      // Healing needs every agent's fixes, which only a fresh audit has.
      cache: request.cache !== false && !request.heal,
      warm: request.warm !== false,
      lakeDir,
      scope,
      hooks: request.hooks ?? {},
      signal: request.signal,
    };
    const audit = (): Promise<AuditedTree> => auditTree(step);
    let audited = await audit();
    let heal: HealOutcome | undefined;
    if (request.heal) ({ audited, heal } = await healStep(request, audited, fleet, audit));
    let report = audited.report;
    // Once, on the report that is returned; from the real root: a staged run audits a snapshot of it.
    if (request.owners) report = (await (await import('../owners/agent-owners.js')).withAgentOwners({ report }, root)).report;
    // Votes and quorum decide what the gate counts; baselines, changes and triage then narrow it. Both gate each
    // agent under the one gate its audit used (only agents the warm path answered have theirs read from cockpit.yaml).
    const narrowing = committee !== undefined || scopeModule?.scopeActive(scope) === true;
    const gates = narrowing ? await everyAgentsGate(report, audited.gates, scope.auditRoot, fleet, settings.configFile) : audited.gates;
    if (committee) report = await committee.apply(report, gates);
    let baselineStates: Map<string, BaselineState> | undefined;
    if (scopeModule?.scopeActive(scope)) {
      const narrowed = scopeModule.finishScope(report, scope, gates);
      report = narrowed.report;
      baselineStates = narrowed.states;
    }
    // The snapshot's temporary folder is no place to name in a report.
    if (scopeFlags.staged) report = { ...report, root: displayRoot(root, request.cwd) };
    if (dependencies) report = { ...report, registry: dependencies.summary() };
    warnUnreadFiles(report, request);
    return { report, fleet, ...(heal ? { heal } : {}), ...(baselineStates ? { baselineStates } : {}), durationMs: performance.now() - started };
  } catch (error) {
    // A run that failed (closed, on an index that could not answer) does not wait for lookups still in flight.
    await dependencies?.abort();
    dependencies = undefined;
    throw error;
  } finally {
    await dependencies?.close();
    await scope.dispose();
  }
}

/** The audit's gates, completed for agents answered from the lake without an audit (the warm path). */
async function everyAgentsGate(
  report: Report,
  audited: ReadonlyMap<string, GatePolicy>,
  auditRoot: string,
  fleet: boolean,
  configFile: ConfigFileSetting | undefined,
): Promise<ReadonlyMap<string, GatePolicy>> {
  const unknown = report.agents.map((agent) => agent.path).filter((agentPath) => !audited.has(agentPath));
  if (unknown.length === 0) return audited;
  const { loadAgentGates } = await import('../baseline/gates.js');
  return new Map([...audited, ...(await loadAgentGates(auditRoot, unknown, fleet, configFile))]);
}

async function createDependencyResolver(request: AuditRequest): Promise<DependencyResolver | undefined> {
  const { settings, root } = request;
  if (settings.registryMode === 'off') return undefined;
  const registries = (await loadFleetConfig(root, settings.configFile))?.config.registries;
  const { DependencyResolver } = await import('../registry/lookups/dependency-resolver.js');
  const indexes = request.indexes ?? {};
  const flags = {
    ...(indexes.indexUrl ? { indexUrl: indexes.indexUrl } : {}),
    ...(indexes.extraIndexUrls?.length ? { extraIndexUrls: [...indexes.extraIndexUrls] } : {}),
    ...(indexes.npmRegistry ? { npmRegistry: indexes.npmRegistry } : {}),
  };
  return new DependencyResolver({ cwd: root, env: request.env, settings, flags, ...(registries ? { cockpitRegistries: registries } : {}) });
}

/** Files that could not be read fail the run closed (they may hold a secret): say which, once. */
function warnUnreadFiles(report: Report, request: AuditRequest): void {
  const unread = report.agents.flatMap((agent) => (agent.skipped ?? []).filter(failsClosed));
  if (unread.length === 0) return;
  const [first] = unread;
  const more = unread.length > 1 ? ` (and ${unread.length - 1} more, listed in the report)` : '';
  request.hooks?.notice?.(`ops: error: ${terminalSafe(first!.path)}: not scanned (${first!.reason})${more}; it may hold a secret: make it readable, or ${SKIP_FIX}`, 'warning');
}
