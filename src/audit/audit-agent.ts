import type { Tree } from 'web-tree-sitter';
import type { Finding } from '../findings/model.js';
import { identifyAgent, type AgentIdentity } from '../discovery/agent-identity.js';
import { CHECKS, ruleById } from '../rules/index.js';
import type { Check, RawFinding, SensitiveSpan } from '../rules/types.js';
import { LineIndex } from '../source/line-index.js';
import { parseSource } from '../source/parse.js';
import { readSources, type SkippedFile, type SourceFile } from '../source/read-sources.js';
import { listFiles } from '../source/walk.js';
import { fingerprint } from './fingerprint.js';
import { redactedLine } from './snippet.js';
import { parseSuppression, suppressionCovers } from './suppressions.js';

export interface AgentAudit extends AgentIdentity {
  /** Findings that count for the gate, sorted by file, line, column, rule. */
  findings: Finding[];
  /** Findings silenced inline with a reason; listed, never counted. */
  suppressed: Finding[];
  stats: { filesScanned: number; bytesScanned: number; filesSkipped: number };
  skipped: SkippedFile[];
}

export interface AuditOptions {
  /** Absolute path of the agent root. */
  root: string;
  /** The agent root relative to the workspace root (`.` when the agent is the whole audit). */
  relativePath?: string;
  maxFileBytes: number;
  excludeDirs: readonly string[];
  checks?: readonly Check[];
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.region.startLine - b.region.startLine ||
    a.region.startColumn - b.region.startColumn ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/** Runs every applicable check over one file and turns raw reports into findings (paths as `reportPath`). */
export async function auditSource(file: SourceFile, checks: readonly Check[], reportPath: string): Promise<Finding[]> {
  const raw: RawFinding[] = [];
  let parsed: Promise<Tree | undefined> | undefined;
  const context = {
    file,
    report: (finding: RawFinding) => raw.push(finding),
    tree: () => (parsed ??= parseSource(file.language, file.path, file.text)),
  };
  for (const check of checks) {
    if (check.appliesTo && !check.appliesTo(file)) continue;
    await check.run(context);
  }
  if (raw.length === 0) return [];

  const lines = new LineIndex(file.text);
  const sensitive: SensitiveSpan[] = raw
    .flatMap((finding) => (finding.sensitive ? [finding.sensitive] : []))
    .sort((a, b) => a.start - b.start);
  const ordinals = new Map<string, number>();
  const findings: Finding[] = [];

  for (const finding of raw.sort((a, b) => a.start - b.start)) {
    const rule = ruleById(finding.ruleId);
    if (!rule) throw new Error(`check reported unknown rule ${finding.ruleId}`);
    const start = lines.position(finding.start);
    const end = lines.position(Math.max(finding.start, finding.end - 1));
    const ordinalKey = `${finding.ruleId}\0${finding.fingerprintContent}`;
    const ordinal = ordinals.get(ordinalKey) ?? 0;
    ordinals.set(ordinalKey, ordinal + 1);
    const lineStart = lines.lineStart(start.line);
    const nextLineStart = lines.lineStart(start.line + 1);
    const lineEnd = start.line < lines.lineCount ? nextLineStart - 1 : file.text.length;

    const suppression =
      parseSuppression(lines.lineText(start.line)) ?? (start.line > 1 ? parseSuppression(lines.lineText(start.line - 1)) : undefined);
    const honoured = suppression && suppressionCovers(suppression, rule.id) ? suppression : undefined;

    findings.push({
      ruleId: rule.id,
      title: rule.title,
      message: finding.message,
      file: reportPath,
      region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column + 1 },
      severity: rule.severity,
      category: rule.category,
      persona: rule.persona,
      fixability: finding.fixability ?? rule.fixability,
      remediation: rule.remediation,
      fingerprint: fingerprint(rule.id, reportPath, finding.fingerprintContent, ordinal),
      snippet: redactedLine(file.text, lineStart, lineEnd, sensitive, finding.start),
      tags: [...rule.tags],
      ...(honoured ? { suppression: { kind: 'inline' as const, reason: honoured.reason } } : {}),
    });
  }
  return findings;
}

/** Audits one agent folder: walk, read, run the checks, and describe the agent. */
export async function auditAgent(options: AuditOptions): Promise<AgentAudit> {
  const checks = options.checks ?? CHECKS;
  const paths = await listFiles(options.root, options.excludeDirs);
  const { files, skipped } = await readSources(options.root, paths, options.maxFileBytes);
  const identity = identifyAgent({ root: options.root, relativePath: options.relativePath ?? '.', files });

  const all: Finding[] = [];
  let bytesScanned = 0;
  const prefix = identity.path === '.' ? '' : `${identity.path}/`;
  for (const file of files) {
    bytesScanned += file.bytes;
    // Report paths are relative to the audited (workspace) root, not to the agent.
    all.push(...(await auditSource(file, checks, prefix + file.path)));
  }
  all.sort(compareFindings);
  return {
    ...identity,
    findings: all.filter((finding) => !finding.suppression),
    suppressed: all.filter((finding) => finding.suppression),
    stats: { filesScanned: files.length, bytesScanned, filesSkipped: skipped.length },
    skipped,
  };
}
