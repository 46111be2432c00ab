import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { redactedLine } from '../audit/snippet.js';
import type { Finding } from '../findings/model.js';
import type { AgentReport } from '../report/model.js';
import type { SensitiveSpan } from '../findings/model.js';
import { sensitiveSpans } from '../secrets/sensitive-spans.js';
import { decodeText } from '../source/decode.js';
import { skipByName } from '../source/file-kinds.js';
import { LineIndex } from '../source/line-index.js';
import type { Excerpt, ExcerptGroup } from './api-schemas.js';
import { markedLine } from './marked-line.js';
import { pathInAgent } from '../util/agent-location.js';
import { resolveInside } from '../util/path-containment.js';
import { compareText } from '../util/compare-text.js';

/**
 * Code around each finding, for the agent page. The file is read again from the workspace (the lake
 * keeps one redacted line per finding), so every line goes through the audit's own snippet redaction:
 * the secret and PII scanners run over the whole file and each of their spans is masked wherever it
 * falls, exactly as report snippets are made.
 */

const CONTEXT_LINES = 3;
/** A finding spanning a long call shows its first lines only. */
const MAX_FINDING_LINES = 20;
/** Findings whose windows overlap share one excerpt, unless the merged one would grow beyond this. */
const MAX_GROUP_LINES = 40;

/** A report's file (POSIX, relative) resolved under `root`, or undefined when it would leave it (`..`, absolute paths, symlinks out). */
async function insideRoot(root: string, relative: string): Promise<string | undefined> {
  if (path.isAbsolute(relative)) return undefined;
  const found = await resolveInside(root, relative);
  return found.inside ? found.real : undefined;
}

async function readText(file: string, maxFileBytes: number): Promise<string | undefined> {
  if (skipByName(file)) return undefined;
  try {
    const info = await stat(file);
    if (!info.isFile() || info.size > maxFileBytes) return undefined;
    return decodeText(await readFile(file))?.text;
  } catch {
    return undefined;
  }
}

/** The lines shown around one finding: CONTEXT_LINES either side of its first MAX_FINDING_LINES lines. */
function windowOf(finding: Finding, lineCount: number): { first: number; last: number } | undefined {
  const { startLine, endLine } = finding.region;
  if (startLine > lineCount) return undefined; // the file changed since the audit
  return {
    first: Math.max(1, startLine - CONTEXT_LINES),
    last: Math.min(lineCount, Math.min(Math.max(endLine, startLine), startLine + MAX_FINDING_LINES - 1) + CONTEXT_LINES),
  };
}

/** Lines of the file as an editor counts them: a final line break does not start one more. */
function shownLineCount(text: string, lines: LineIndex): number {
  return text.endsWith('\n') && lines.lineCount > 1 ? lines.lineCount - 1 : lines.lineCount;
}

export interface ExcerptWindow {
  first: number;
  last: number;
  /** In order of position (line, column), then rule id. */
  findings: Finding[];
}

/**
 * One file's findings as excerpts to show once each: findings whose windows overlap or touch share
 * one (two findings on one line always do), as long as the merged excerpt stays within
 * MAX_GROUP_LINES; a finding past the end of the file (changed since the audit) has none.
 */
export function excerptWindows(findings: readonly Finding[], lineCount: number): ExcerptWindow[] {
  const placed = findings
    .map((finding) => ({ finding, window: windowOf(finding, lineCount) }))
    .filter((entry): entry is { finding: Finding; window: { first: number; last: number } } => entry.window !== undefined)
    .sort(
      (a, b) =>
        a.finding.region.startLine - b.finding.region.startLine ||
        a.finding.region.startColumn - b.finding.region.startColumn ||
        compareText(a.finding.ruleId, b.finding.ruleId) ||
        compareText(a.finding.fingerprint, b.finding.fingerprint),
    );
  const windows: ExcerptWindow[] = [];
  for (const { finding, window } of placed) {
    const current = windows.at(-1);
    const last = current ? Math.max(current.last, window.last) : 0;
    if (current && window.first <= current.last + 1 && last - current.first + 1 <= MAX_GROUP_LINES) {
      current.last = last;
      current.findings.push(finding);
    } else {
      windows.push({ first: window.first, last: window.last, findings: [finding] });
    }
  }
  return windows;
}

/** Raw offsets of a finding's region on one line of the window (columns are 1-based, the end column exclusive). */
function regionOnLine(lines: LineIndex, finding: Finding, line: number): { start: number; end: number } | undefined {
  const { startLine, startColumn, endLine, endColumn } = finding.region;
  const last = Math.max(startLine, endLine);
  if (line < startLine || line > last) return undefined;
  const lineStart = lines.lineStart(line);
  const lineEnd = lineStart + lines.lineText(line).length;
  const start = line === startLine ? Math.min(lineEnd, lineStart + startColumn - 1) : lineStart;
  let end = line === last ? Math.min(lineEnd, lineStart + endColumn - 1) : lineEnd;
  // A point finding (one column, or a region ending where it starts) still marks the character it points at.
  if (end <= start && startLine === last) end = Math.min(lineEnd, start + 1);
  return end > start ? { start, end } : undefined;
}

function groupOf(file: string, text: string, lines: LineIndex, sensitive: readonly SensitiveSpan[], window: ExcerptWindow, lineCount: number): ExcerptGroup {
  const shown: string[] = [];
  const marks = new Map<string, ExcerptGroup['findings'][number]['marks']>(window.findings.map((finding) => [finding.fingerprint, []]));
  for (let line = window.first; line <= window.last; line++) {
    const start = lines.lineStart(line);
    const end = line < lines.lineCount ? lines.lineStart(line + 1) - 1 : text.length;
    const onLine = window.findings.flatMap((finding) => {
      const range = regionOnLine(lines, finding, line);
      return range ? [{ finding, range }] : [];
    });
    const marked = markedLine(text, start, end, sensitive, onLine.map((entry) => entry.range));
    shown.push(marked.text);
    onLine.forEach((entry, index) => {
      const range = marked.ranges[index];
      if (range) marks.get(entry.finding.fingerprint)!.push({ line, ...range });
    });
  }
  return {
    file,
    startLine: window.first,
    lines: shown,
    // Each finding's own window, so a page showing some of the group's findings can cut the excerpt to them.
    findings: window.findings.map((finding) => ({ fingerprint: finding.fingerprint, marks: marks.get(finding.fingerprint)!, ...windowOf(finding, lineCount)! })),
  };
}

function excerptOf(text: string, lines: LineIndex, sensitive: readonly SensitiveSpan[], finding: Finding): Excerpt | undefined {
  const window = windowOf(finding, shownLineCount(text, lines));
  if (!window) return undefined;
  const { first, last } = window;
  const shown: string[] = [];
  for (let line = first; line <= last; line++) {
    const start = lines.lineStart(line);
    const end = line < lines.lineCount ? lines.lineStart(line + 1) - 1 : text.length;
    shown.push(redactedLine(text, start, end, sensitive, start));
  }
  return { startLine: first, lines: shown };
}

export interface AgentExcerpts {
  /** Each finding's own window, by fingerprint (active and suppressed findings). */
  excerpts: Record<string, Excerpt>;
  /** The active findings' excerpts as the agent page shows them: overlapping windows merged, each finding's span marked. */
  groups: ExcerptGroup[];
}

/**
 * Excerpts for one agent's latest record; a finding whose file cannot be read (not on this machine,
 * outside the workspace, binary, too large) simply has none.
 */
export async function agentExcerpts(workspaceRoot: string, agent: AgentReport, maxFileBytes: number): Promise<AgentExcerpts> {
  const excerpts: Record<string, Excerpt> = {};
  const groups: ExcerptGroup[] = [];
  const active = new Set(agent.findings);
  const byFile = new Map<string, Finding[]>();
  for (const finding of [...agent.findings, ...agent.suppressed]) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  for (const [file, findings] of byFile) {
    const absolute = await insideRoot(workspaceRoot, file);
    if (!absolute) continue;
    const text = await readText(absolute, maxFileBytes);
    if (text === undefined) continue;
    // The scanners see the path the audit gave them: relative to the agent root.
    const sensitive = sensitiveSpans(text, pathInAgent(agent.path, file) ?? file);
    const lines = new LineIndex(text);
    for (const finding of findings) {
      const excerpt = excerptOf(text, lines, sensitive, finding);
      if (excerpt) excerpts[finding.fingerprint] = excerpt;
    }
    const lineCount = shownLineCount(text, lines);
    for (const window of excerptWindows(findings.filter((finding) => active.has(finding)), lineCount)) groups.push(groupOf(file, text, lines, sensitive, window, lineCount));
  }
  return { excerpts, groups };
}
