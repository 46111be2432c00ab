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
import type { Excerpt } from './api-schemas.js';
import { pathInAgent } from '../util/agent-location.js';
import { resolveInside } from '../util/path-containment.js';

/**
 * Code around each finding, for the agent page. The file is read again from the workspace (the lake
 * keeps one redacted line per finding), so every line goes through the audit's own snippet redaction:
 * the secret and PII scanners run over the whole file and each of their spans is masked wherever it
 * falls, exactly as report snippets are made.
 */

const CONTEXT_LINES = 3;
/** A finding spanning a long call shows its first lines only. */
const MAX_FINDING_LINES = 20;


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

function excerptOf(text: string, lines: LineIndex, sensitive: readonly SensitiveSpan[], finding: Finding): Excerpt | undefined {
  const { startLine, endLine } = finding.region;
  if (startLine > lines.lineCount) return undefined; // the file changed since the audit
  const first = Math.max(1, startLine - CONTEXT_LINES);
  const last = Math.min(lines.lineCount, Math.min(endLine, startLine + MAX_FINDING_LINES - 1) + CONTEXT_LINES);
  const shown: string[] = [];
  for (let line = first; line <= last; line++) {
    const start = lines.lineStart(line);
    const end = line < lines.lineCount ? lines.lineStart(line + 1) - 1 : text.length;
    shown.push(redactedLine(text, start, end, sensitive, start));
  }
  return { startLine: first, lines: shown };
}

/**
 * Excerpts by finding fingerprint for one agent's latest record; a finding whose file cannot be read
 * (not on this machine, outside the workspace, binary, too large) simply has none.
 */
export async function agentExcerpts(workspaceRoot: string, agent: AgentReport, maxFileBytes: number): Promise<Record<string, Excerpt>> {
  const excerpts: Record<string, Excerpt> = {};
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
  }
  return excerpts;
}
