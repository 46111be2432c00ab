import type { ProgressEvent, Shard, WorkspacePhase } from '../audit/audit-workspace.js';
import type { ScopeFlags } from '../baseline/scope-flags.js';
import type { Settings } from '../config/settings.js';
import type { HealPlan } from '../heal/heal.js';
import type { BaselineState, Report } from '../report/model.js';
import type { TargetPlan } from './targets.js';

/**
 * One audit run as every front end asks for it (docs/ARCHITECTURE.md, "One run API"): the CLI, `ops baseline`,
 * the server and MCP translate their inputs into this and read an AuditRun back.
 */
export type AuditTarget =
  /** The folder is one agent, gated as the fleet run of the folder above would gate it. */
  | { kind: 'agent'; relativePath?: string }
  /** Discovery finds the agents (and the repository entry); `onlyAgents` keeps those paths. */
  | { kind: 'fleet'; shard?: Shard; onlyAgents?: readonly string[] }
  /** Several paths or files (run/targets.ts), each agent audited as one agent. */
  | { kind: 'planned'; plan: TargetPlan };

/** Fleet progress, agent by agent. */
export interface RunProgress {
  start(total: number): void;
  update(event: ProgressEvent): void;
  finish(): void;
}

/** Progress through one large agent's files on the worker pool. */
export interface FileProgress {
  add(files: number): void;
  done(files: number): void;
  finish(): void;
}

export interface RunHooks {
  progress?: RunProgress;
  /** What a fleet run is doing before agents finish (finding agents, checking which changed, auditing). */
  phase?(phase: WorkspacePhase): void;
  files?: FileProgress;
  /** A line for the person running it: `warning` always matters, `info` may be left out when quiet. */
  notice?(line: string, level: 'info' | 'warning'): void;
}

export interface AuditRequest {
  /** The folder audited (absolute): for a planned run, the folder holding every planned agent. */
  root: string;
  /** The root as the user named it (messages only). */
  given: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  settings: Settings;
  target: AuditTarget;
  jobs?: number;
  /** Per-agent limit; default five minutes. */
  agentTimeoutMs?: number;
  /** Reuse an unchanged agent's lake record (default true). */
  cache?: boolean;
  /** Answer a fleet that did not change from the lake by stats alone (default: whenever `cache` may). */
  warm?: boolean;
  /** Where a fleet's records go: a folder, false for none; default ROOT/.cockpit/evidence_lake. */
  lake?: string | false;
  /** --baseline, --changed-since, --staged, --triage; a triage file in the root applies without a flag. */
  scope?: ScopeFlags;
  /** --heal: plan the one-click fixes; apply them unless dryRun, then audit again. */
  heal?: { dryRun: boolean; force?: boolean; branch?: string };
  /** Package indexes named by flags for --resolve (settings.registryMode decides whether lookups run). */
  indexes?: { indexUrl?: string; extraIndexUrls?: readonly string[]; npmRegistry?: string };
  /** --import-sarif TOOL=FILE values (docs/COMMITTEE.md). */
  importSarif?: readonly string[];
  /**
   * The team's decisions about findings, as `ops report` applies them: the root's `.cockpit/triage.json` and the
   * cockpit.yaml `committee:` (SARIF files that may exist only in CI, model reviewers over the network). Off by
   * default: a read-only tool, a dashboard audit whose result must match the records it writes, or a baseline of
   * the code as it is asks for neither. --triage FILE and --import-sarif apply whatever these say.
   */
  triage?: boolean;
  committee?: boolean;
  /** Each agent's owners (its cockpit.yaml, else CODEOWNERS) on the report, for the JSON format; the server reads its own. */
  owners?: boolean;
  hooks?: RunHooks;
  /** Cancels a fleet run: nothing of it is written to the lake (audit/audit-workspace.ts). */
  signal?: AbortSignal;
}

export interface HealOutcome {
  plan: HealPlan;
  dryRun: boolean;
  /** Findings gone after the fixes were applied. */
  resolved?: number;
  branch?: string;
}

export interface AuditRun {
  /** Gated once: scope, triage and the committee applied. */
  report: Report;
  /** A fleet (table, fleet verdict) rather than one agent. */
  fleet: boolean;
  heal?: HealOutcome;
  /** new/unchanged per finding, when a baseline, changes or triage narrowed the gate. */
  baselineStates?: Map<string, BaselineState>;
  durationMs: number;
}
