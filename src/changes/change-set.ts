import path from 'node:path';
import { CONFIG_FILE_NAMES } from '../config/file-names.js';
import type { Finding } from '../findings/model.js';
import { agentContains, agentDepth } from '../util/agent-location.js';
import { intersects, type LineRange } from './hunks.js';

/** How one file changed: added or untracked (every line is new), edited (these lines), or deleted. */
export type FileChange = { kind: 'whole' } | { kind: 'lines'; lines: LineRange[] } | { kind: 'deleted' };

/** What changed under the audited root, relative to it (POSIX paths). */
export interface ChangeSet {
  /** `since`: work tree (committed and uncommitted) against a git ref; `staged`: the index against HEAD. */
  mode: 'since' | 'staged';
  /** The ref as given (mode `since`). */
  ref?: string;
  /** The commit compared against: the merge base of the ref and HEAD (mode `since`). */
  base?: string;
  files: ReadonlyMap<string, FileChange>;
}

/** Whether a finding lies in the changes: anywhere in a new file, or on a changed line of an edited one. */
export function findingInChanges(changes: ChangeSet, finding: Finding): boolean {
  const change = changes.files.get(finding.file);
  if (!change) return false;
  if (change.kind === 'whole') return true;
  if (change.kind === 'deleted') return false;
  return intersects(change.lines, finding.region.startLine, finding.region.endLine);
}

/**
 * The agents (by path relative to the root) that hold a changed or deleted file. A file belongs to
 * the deepest agent that contains it, as in discovery. A changed root cockpit.yaml is the fleet
 * policy of every agent, so it selects them all.
 */
export function agentsWithChanges(changes: ChangeSet, agentPaths: readonly string[]): Set<string> {
  const rootConfigChanged = [...changes.files.keys()].some((file) => (CONFIG_FILE_NAMES as readonly string[]).includes(file));
  if (rootConfigChanged) return new Set(agentPaths);
  const byDepth = [...agentPaths].sort((a, b) => agentDepth(b) - agentDepth(a));
  const selected = new Set<string>();
  for (const file of changes.files.keys()) {
    const owner = byDepth.find((agentPath) => agentContains(agentPath, file));
    if (owner !== undefined) selected.add(owner);
  }
  return selected;
}

/** Converts a path relative to the repository top to one relative to the audited root; undefined outside it. */
export function relativeToRoot(prefix: string, fromTop: string): string | undefined {
  if (prefix === '') return fromTop;
  if (!fromTop.startsWith(`${prefix}/`)) return undefined;
  return path.posix.relative(prefix, fromTop);
}

/** Drops changes in folders the audit never walks (`.git`, `node_modules`, the cockpit's own `.cockpit/`, …). */
export function withoutExcludedDirs(changes: ChangeSet, excludeDirs: readonly string[]): ChangeSet {
  const excluded = new Set(excludeDirs);
  const files = [...changes.files].filter(([file]) => !file.split('/').slice(0, -1).some((segment) => excluded.has(segment)));
  return { ...changes, files: new Map(files) };
}
