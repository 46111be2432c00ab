// First: the engine's V8 tuning, before the rest of it loads (optimise-later.ts).
import './optimise-later.js';
import { randomUUID } from 'node:crypto';
import type { SyntaxTree } from '../source/syntax-tree.js';
import ignore from 'ignore';
import { DEFAULT_POLICY, ruleLevel, type LockViolation, type Policy } from '../config/policy.js';
import type { Finding, SensitiveSpan } from '../findings/model.js';
import { compareFindings } from '../findings/order.js';
import { identifyAgent, type AgentIdentity } from '../discovery/agent-identity.js';
import { CHECKS, ruleById } from '../rules/index.js';
import { LOCKED_SETTING_RULE } from '../rules/policy/locked-setting.js';
import type { AgentFiles, Check, RawFinding } from '../rules/types.js';
import { agentFilesOf, type AgentFileIndex } from './agent-files.js';
import { LineIndex } from '../source/line-index.js';
import { parseSource, recoverFromParserTrap } from '../source/parse.js';
import { readSources, type ReadResult, type SkippedFile, type SourceFile } from '../source/read-sources.js';
import { listFiles } from '../source/walk.js';
import { toPosixRelative } from '../util/paths.js';
import { fingerprint } from './fingerprint.js';
import { redactedLine } from './snippet.js';
import { ruleFinding } from './rule-finding.js';
import { honouredSuppression } from './suppressions.js';
import { diagnoseSuppressions } from './suppression-diagnostics.js';
import type { PlannedFix } from '../heal/types.js';
import { readAgentManifests } from '../registry/lookups/manifests.js';
import type { DependencyLookups } from '../registry/lookups/lookups.js';
import { dependencyFindings } from './dependency-findings.js';
import path from 'node:path';
import { codeKindsOf } from '../source/code-kind.js';
import { isTextCheck } from './repository-entry.js';
import { isRootAgent } from '../util/agent-location.js';

/** A fix found during the audit, keyed to its finding; applied only by `--heal`. */
export interface AgentAudit extends AgentIdentity {
  /** Findings that count for the gate, sorted by file, line, column, rule. */
  findings: Finding[];
  /** Findings silenced inline with a reason; listed, never counted. */
  suppressed: Finding[];
  stats: { filesScanned: number; bytesScanned: number; filesSkipped: number };
  skipped: SkippedFile[];
  /** One-click fixes of active findings. */
  fixes: PlannedFix[];
}

export interface AuditOptions {
  /** Absolute path of the agent root. */
  root: string;
  /** The agent root relative to the workspace root (`.` when the agent is the whole audit). */
  relativePath?: string;
  maxFileBytes: number;
  excludeDirs: readonly string[];
  useGitignore: boolean;
  /** The agent's files (absolute), when a workspace walk already listed them; else the root is walked. */
  files?: readonly string[];
  /** Entry points found by discovery (relative to the agent root), strongest first. */
  entrypoints?: readonly string[];
  /** Frameworks found by discovery, merged with what the agent's own files show. */
  frameworks?: readonly string[];
  /** Rule levels and excludes from cockpit.yaml; defaults to every rule at its default severity. */
  policy?: Policy;
  /** Attempts of the agent's cockpit.yaml to loosen locked settings, reported as policy findings. */
  lockViolations?: readonly LockViolation[];
  checks?: readonly Check[];
  /** Files already read (by a caller that hashed them); else they are read here. */
  sources?: ReadResult;
  /** Manifests the caller read that are not sources (lock files), by absolute path. */
  manifestTexts?: ReadonlyMap<string, string>;
  /** Audits a batch of files elsewhere (worker threads); used for agents with many files. */
  runBatch?: (batch: SourceBatch) => Promise<BatchResult>;
  /** Registry answers for the agent's dependencies (`--resolve`); without them only the static dependency rules run. */
  dependencyLookups?: DependencyLookups;
}

/** A slice of one agent's files, sent to a worker thread with everything needed to check it. */
export interface SourceBatch {
  files: SourceFile[];
  /** Prefix that turns agent-relative paths into report paths. */
  prefix: string;
  policy: Policy;
  /** Where the agent's other files are, when this batch is a slice of them (worker threads). */
  agentIndex?: AgentFileIndex;
}

export interface BatchResult {
  findings: Finding[];
  fixes: PlannedFix[];
}

/** Below this many files, shipping batches to workers costs more than it saves. */
const PARALLEL_MIN_FILES = 96;
const BATCHES = 16;

/** Checks a batch of files in this thread: the unit of work of both paths. */
export async function auditBatch(batch: SourceBatch, checks: readonly Check[] = CHECKS): Promise<BatchResult> {
  const result: BatchResult = { findings: [], fixes: [] };
  const agentFiles = agentFilesOf(batch.files, batch.agentIndex);
  for (const file of batch.files) result.findings.push(...(await auditSource(file, checks, batch.prefix + file.path, batch.policy, result.fixes, agentFiles)));
  return result;
}

/** Splits files into batches of similar size (largest first, each to the lightest batch). */
function balancedBatches(files: readonly SourceFile[], count: number): SourceFile[][] {
  const batches: Array<{ files: SourceFile[]; bytes: number }> = Array.from({ length: count }, () => ({ files: [], bytes: 0 }));
  for (const file of [...files].sort((a, b) => b.bytes - a.bytes)) {
    const lightest = batches.reduce((best, batch) => (batch.bytes < best.bytes ? batch : best));
    lightest.files.push(file);
    lightest.bytes += file.bytes;
  }
  return batches.filter((batch) => batch.files.length > 0).map((batch) => batch.files);
}

/** Runs every applicable check over one file and turns raw reports into findings (paths as `reportPath`). */
export async function auditSource(
  file: SourceFile,
  checks: readonly Check[],
  reportPath: string,
  policy: Policy = DEFAULT_POLICY,
  fixes?: PlannedFix[],
  agentFiles?: AgentFiles,
): Promise<Finding[]> {
  const raw: RawFinding[] = [];
  let parsed: Promise<SyntaxTree | undefined> | undefined;
  const kinds = codeKindsOf(policy.codeKinds);
  const codeKind = kinds.kindOf(reportPath);
  const context = {
    file,
    codeKind,
    heal: policy.heal,
    ...(policy.ruleOptions.size > 0 ? { ruleOptions: policy.ruleOptions } : {}),
    report: (finding: RawFinding) => raw.push(finding),
    tree: () => (parsed ??= agentFiles?.tree ? agentFiles.tree(file) : parseSource(file.language, file.path, file.text)),
    ...(agentFiles ? { agentFiles } : {}),
  };
  // Test code never ships: only secrets and personal data matter there (the scanners ask for real-looking ones).
  const secretsAndPiiOnly = kinds.isTestCode(reportPath) && policy.codeKinds.rules !== 'all';
  for (const check of checks) {
    if (secretsAndPiiOnly && !isTextCheck(check)) continue;
    if (check.appliesTo && !check.appliesTo(file)) continue;
    const reported = raw.length;
    try {
      await check.run(context);
    } catch (error) {
      if (!recoverFromParserTrap(error)) throw error;
      // Generated code nested past what a walk or the parser can take: this check knows nothing about this
      // file (its partial reports are dropped); the other checks, and the other files and agents, go on.
      raw.length = reported;
    }
  }
  if (raw.length === 0) return [];

  const lines = new LineIndex(file.text);
  // Every sensitive span is masked in every snippet of the file, whichever rule found it.
  const sensitive: SensitiveSpan[] = raw
    .flatMap((finding) => (finding.sensitive ? [finding.sensitive] : []))
    .sort((a, b) => a.start - b.start);
  const ordinals = new Map<string, number>();
  const findings: Finding[] = [];

  for (const finding of raw.sort((a, b) => a.start - b.start || (a.ruleId < b.ruleId ? -1 : 1))) {
    const rule = ruleById(finding.ruleId);
    if (!rule) throw new Error(`check reported unknown rule ${finding.ruleId}`);
    const level = ruleLevel(policy, rule.id) ?? rule.severity;
    if (level === 'off') continue;
    const start = lines.position(finding.start);
    const end = lines.position(Math.max(finding.start, finding.end - 1));
    const ordinalKey = `${finding.ruleId}\0${finding.fingerprintContent}`;
    const ordinal = ordinals.get(ordinalKey) ?? 0;
    ordinals.set(ordinalKey, ordinal + 1);
    const lineStart = lines.lineStart(start.line);
    const lineEnd = start.line < lines.lineCount ? lines.lineStart(start.line + 1) - 1 : file.text.length;

    const honoured = honouredSuppression(lines.lineText(start.line), start.line > 1 ? lines.lineText(start.line - 1) : undefined, rule.id);

    findings.push(
      ruleFinding(rule, {
        message: finding.message,
        file: reportPath,
        region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column + 1 },
        severity: level,
        ...(finding.fixability ? { fixability: finding.fixability } : {}),
        fingerprint: fingerprint(rule.id, reportPath, finding.fingerprintContent, ordinal),
        snippet: redactedLine(file.text, lineStart, lineEnd, sensitive, finding.start),
        ...(finding.fix ? { fix: finding.fix.description } : {}),
        ...(honoured ? { suppression: honoured } : {}),
      }),
    );
    if (finding.fix && !honoured && fixes) {
      fixes.push({ fingerprint: findings.at(-1)!.fingerprint, ruleId: rule.id, file: reportPath, absolutePath: file.absolutePath, language: file.language, fix: finding.fix });
    }
  }
  return findings;
}

function lockViolationFinding(violation: LockViolation): Finding {
  return ruleFinding(LOCKED_SETTING_RULE, {
    message: `${violation.file} ${violation.message}; the fleet setting still applies.`,
    file: violation.file,
    region: { startLine: violation.line, startColumn: violation.column, endLine: violation.line, endColumn: violation.column + 1 },
    fingerprint: fingerprint(LOCKED_SETTING_RULE.id, violation.file, violation.setting, 0),
  });
}

/** The agent's files after its own cockpit.yaml excludes, read and decoded. */
export async function readAgentSources(options: AuditOptions): Promise<ReadResult> {
  const policy = options.policy ?? DEFAULT_POLICY;
  let paths = options.files ?? (await listFiles(options.root, { excludeDirs: options.excludeDirs, useGitignore: options.useGitignore }));
  if (policy.exclude.length > 0) {
    const excluded = ignore().add([...policy.exclude]);
    paths = paths.filter((file) => !excluded.ignores(toPosixRelative(options.root, file)));
  }
  return readSources(options.root, paths, options.maxFileBytes);
}

/** Audits one agent folder: read its files, run the checks, and describe the agent. */
export async function auditAgent(options: AuditOptions): Promise<AgentAudit> {
  const checks = options.checks ?? CHECKS;
  const policy = options.policy ?? DEFAULT_POLICY;
  const { files, skipped } = options.sources ?? (await readAgentSources(options));
  const identified = identifyAgent({ root: options.root, relativePath: options.relativePath ?? '.', files });
  const identity = {
    ...identified,
    entrypoint: policy.entryPoints[0] ?? options.entrypoints?.[0] ?? identified.entrypoint,
    frameworks: [...new Set([...identified.frameworks, ...(options.frameworks ?? [])])].sort(),
  };

  const all: Finding[] = (options.lockViolations ?? []).map(lockViolationFinding);
  const bytesScanned = files.reduce((total, file) => total + file.bytes, 0);
  // Report paths are relative to the audited (workspace) root, not to the agent.
  const prefix = isRootAgent(identity.path) ? '' : `${identity.path}/`;
  const fixes: PlannedFix[] = [];
  // A batch on a worker holds a slice of the files; cross-module checks read the others from disk by this index.
  const agentIndex: AgentFileIndex = { auditId: randomUUID(), root: options.root, maxFileBytes: options.maxFileBytes, paths: files.map((file) => file.path) };
  const results =
    options.runBatch && !options.checks && files.length >= PARALLEL_MIN_FILES
      ? await Promise.all(balancedBatches(files, BATCHES).map((batch) => options.runBatch!({ files: batch, prefix, policy, agentIndex })))
      : [await auditBatch({ files, prefix, policy }, checks)];
  for (const result of results) {
    all.push(...result.findings);
    fixes.push(...result.fixes);
  }
  if (!options.checks) {
    // Lock files are skipped as sources (no secrets scan) but are exactly what the dependency rules read;
    // the sources already read are handed over so no manifest is read twice.
    const texts = new Map([...(options.manifestTexts ?? []), ...files.map((file): [string, string] => [file.absolutePath, file.text])]);
    const paths = [...files.map((file) => file.absolutePath), ...skipped.map((file) => path.join(options.root, ...file.path.split('/')))];
    all.push(
      ...dependencyFindings({
        root: options.root,
        prefix,
        manifests: readAgentManifests(options.root, paths, texts),
        policy,
        texts,
        ...(options.dependencyLookups ? { lookups: options.dependencyLookups } : {}),
      }),
    );
  }
  // Suppressions that name no rule, give no reason or silence nothing, judged against every finding above.
  const checked = options.checks ? all : diagnoseSuppressions(files.map((file) => ({ reportPath: prefix + file.path, text: file.text })), all, policy);
  checked.sort(compareFindings);
  return {
    ...identity,
    findings: checked.filter((finding) => !finding.suppression),
    suppressed: checked.filter((finding) => finding.suppression),
    stats: { filesScanned: files.length, bytesScanned, filesSkipped: skipped.length },
    skipped,
    fixes,
  };
}
