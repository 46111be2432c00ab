import { createHash } from 'node:crypto';
import type { Policy } from '../config/policy.js';
import type { LockViolation } from '../config/policy.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DependencyLookups } from '../registry/lookups/lookups.js';
import { readerFor } from '../registry/manifests/read.js';
import type { ReadResult } from '../source/read-sources.js';
import { auditAgent, readAgentSources, type AgentAudit } from './audit-agent.js';
import { REPOSITORY_CHECKS } from './repository-entry.js';

/**
 * One agent's audit as a unit of work for the worker pool: plain, structured-clonable data in and
 * out. The files are read once; their digest decides whether the previous audit still holds.
 */
export interface AgentTask {
  root: string;
  relativePath: string;
  files: string[];
  entrypoints: string[];
  frameworks: string[];
  maxFileBytes: number;
  policy: Policy;
  lockViolations: LockViolation[];
  /** Digest of the inputs that are not files (tool version, policy, settings, registry answers). */
  configDigest: string;
  /** Registry answers for this agent's dependencies, looked up in the main thread before the audit. */
  dependencyLookups?: DependencyLookups;
  /** Set for the repository-level entry (files outside every agent): only the secret and PII checks run. */
  repository?: { id: string; name: string };
}

/** The audit and the digest the lake record keeps (the cache decision is the caller's, made earlier). */
export interface AgentTaskResult {
  contentHash: string;
  audit: AgentAudit;
}

/** Test-only fault injection: `COCKPIT_FAULT_INJECT=crash:PATH` or `hang:PATH` (agent path), comma-separated for several. */
function injectFault(relativePath: string): Promise<void> | undefined {
  const faults = process.env['COCKPIT_FAULT_INJECT']?.split(',').map((fault) => fault.trim());
  if (!faults) return undefined;
  if (faults.includes(`crash:${relativePath}`)) throw new Error(`injected crash while auditing ${relativePath}`);
  if (faults.includes(`hang:${relativePath}`)) return new Promise(() => undefined);
  return undefined;
}

function auditOptions(task: AgentTask) {
  return {
    root: task.root,
    relativePath: task.relativePath,
    files: task.files,
    entrypoints: task.entrypoints,
    frameworks: task.frameworks,
    maxFileBytes: task.maxFileBytes,
    excludeDirs: [],
    useGitignore: false,
    policy: task.policy,
    lockViolations: task.lockViolations,
    ...(task.dependencyLookups ? { dependencyLookups: task.dependencyLookups } : {}),
  };
}

/**
 * Reads the agent's files and digests them with everything else that decides the result. Manifests skipped as
 * sources (lock files) count too; their texts are returned so the audit does not read them again.
 */
export async function hashAgent(task: AgentTask): Promise<{ contentHash: string; sources: ReadResult; manifestTexts: Map<string, string> }> {
  const sources = await readAgentSources(auditOptions(task));
  const manifestTexts = new Map<string, string>();
  const hash = createHash('sha256').update(task.configDigest).update('\0');
  for (const file of sources.files) hash.update(file.path).update('\0').update(file.text).update('\0');
  for (const skipped of sources.skipped) {
    // `skipped2:`: reports cached before skips were listed and gated (exit 3) must not be reused.
    hash.update(`skipped2:${skipped.path}:${skipped.reason}\0`);
    if (!readerFor(skipped.path)) continue;
    const absolutePath = path.join(task.root, ...skipped.path.split('/'));
    const text = await readFile(absolutePath, 'utf8').catch(() => undefined);
    if (text !== undefined) manifestTexts.set(absolutePath, text);
    hash.update(text ?? '').update('\0');
  }
  return { contentHash: hash.digest('hex'), sources, manifestTexts };
}

export async function runAgentTask(task: AgentTask): Promise<AgentTaskResult> {
  await injectFault(task.relativePath);
  const { contentHash, sources, manifestTexts } = await hashAgent(task);
  if (task.repository) {
    // Loose files are no agent: the text rules only, and an identity that claims no entry point or framework.
    const audit = await auditAgent({ ...auditOptions(task), sources, checks: REPOSITORY_CHECKS });
    return { contentHash, audit: { ...audit, id: task.repository.id, name: task.repository.name, entrypoint: null, frameworks: [] } };
  }
  return { contentHash, audit: await auditAgent({ ...auditOptions(task), sources, manifestTexts }) };
}
