import { existsSync, readdirSync } from 'node:fs';
import { repositoryRoot } from '../util/repository-root.js';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { isManifest } from '../discovery/discover.js';
import { languageOf } from '../source/file-kinds.js';
import type { AgentAudit } from '../audit/audit-agent.js';
import { isRootAgent } from '../util/agent-location.js';
import { CockpitError } from '../util/errors.js';
import { leavesBase } from '../util/path-containment.js';

/**
 * `ops report` with several paths, or with a file (as ruff and eslint take them): each path becomes the agent folder
 * that owns it, audited as one agent; a file's agent is audited whole (cross-module rules need its other files) but
 * only that file's findings are reported and gated. One folder alone is the usual run and needs no plan.
 */

interface PlannedAgent {
  /** Absolute agent folder. */
  root: string;
  /** POSIX, relative to the plan's root (`.` when the plan is this one agent). */
  relativePath: string;
  /** Only these files' findings count (POSIX, relative to the plan's root); absent: the whole agent. */
  onlyFiles?: Set<string>;
}

export interface TargetPlan {
  /** The folder findings' paths are relative to: the one agent's, or the nearest folder holding every agent. */
  root: string;
  agents: PlannedAgent[];
}

/** undefined: a single folder, audited as ever. Missing paths and nested folders fail with one line (exit 3). */
export async function planTargets(targets: readonly string[], cwd: string): Promise<TargetPlan | undefined> {
  const resolved: Array<{ shown: string; folder: string; file?: string }> = [];
  for (const shown of targets) {
    const absolute = path.resolve(cwd, shown);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CockpitError(code === 'ENOENT' || code === 'ENOTDIR' ? `${shown}: no such file or directory` : `${shown}: cannot be read (${code ?? 'unknown error'})`);
    }
    if (info.isDirectory()) resolved.push({ shown, folder: absolute });
    else if (info.isFile() && isSourceFile(absolute)) resolved.push({ shown, folder: owningFolder(absolute, cwd), file: absolute });
    else throw new CockpitError(`${shown}: not a directory or a source file (Python, TypeScript, JavaScript or a notebook)`);
  }
  if (resolved.length === 1 && resolved[0]!.file === undefined) return undefined;

  const byFolder = new Map<string, { files: Set<string> | undefined; shown: string }>();
  for (const { shown, folder, file } of resolved) {
    const known = byFolder.get(folder);
    // A folder given whole wins over files of it given as well.
    const files = file === undefined || (known && known.files === undefined) ? undefined : new Set([...(known?.files ?? []), file]);
    byFolder.set(folder, { files, shown: known?.shown ?? shown });
  }
  const folders = [...byFolder.keys()].sort();
  for (const outer of folders) {
    const inner = folders.find((folder) => folder !== outer && !leavesBase(path.relative(outer, folder)));
    if (inner) throw new CockpitError(`${byFolder.get(inner)!.shown}: inside ${byFolder.get(outer)!.shown}, which is audited too; give one of them`);
  }
  const root = folders.length === 1 ? folders[0]! : commonAncestor(folders);
  return {
    root,
    agents: folders.map((folder) => {
      const relativePath = posix(path.relative(root, folder)) || '.';
      const files = byFolder.get(folder)!.files;
      return { root: folder, relativePath, ...(files ? { onlyFiles: new Set([...files].map((file) => posix(path.relative(root, file)))) } : {}) };
    }),
  };
}

/** Files the agent rules read (a manifest or a config file is not a target: its agent folder is). */
function isSourceFile(file: string): boolean {
  return languageOf(file) !== 'other' || file.toLowerCase().endsWith('.ipynb');
}

/**
 * The agent folder that owns a file, as discovery would choose it without walking the whole repository: the nearest
 * folder with a manifest below the repository's root (a monorepo's root manifest never swallows its agents), else
 * the top Python package folder around a .py file, else the file's folder. The repository's root is the git work
 * tree's, else the current folder when the file is inside it.
 */
function owningFolder(file: string, cwd: string): string {
  const start = path.dirname(file);
  const boundary = repositoryRoot(start) ?? (leavesBase(path.relative(cwd, start)) ? undefined : cwd);
  for (let folder = start; folder !== boundary && path.dirname(folder) !== folder; folder = path.dirname(folder)) {
    if (boundary !== undefined && leavesBase(path.relative(boundary, folder))) break;
    if (hasManifest(folder)) return folder;
  }
  if (file.endsWith('.py')) {
    let top = start;
    for (let current = start; current !== boundary && existsSync(path.join(current, '__init__.py')); current = path.dirname(current)) top = current;
    return top;
  }
  return start;
}

function hasManifest(folder: string): boolean {
  try {
    return readdirSync(folder).some(isManifest);
  } catch {
    return false;
  }
}

function commonAncestor(folders: readonly string[]): string {
  let common = folders[0]!;
  for (const folder of folders.slice(1)) {
    while (leavesBase(path.relative(common, folder))) common = path.dirname(common);
  }
  return common;
}

const posix = (relative: string): string => relative.split(path.sep).join('/');

/** An agent's audit narrowed to the files given (paths relative to the report's root, as findings carry them). */
export function onlyTheseFiles(audit: AgentAudit, files: ReadonlySet<string>): AgentAudit {
  const prefix = isRootAgent(audit.path) ? '' : `${audit.path}/`;
  return {
    ...audit,
    findings: audit.findings.filter((finding) => files.has(finding.file)),
    suppressed: audit.suppressed.filter((finding) => files.has(finding.file)),
    // Skipped paths are relative to the agent: an unreadable file elsewhere in it does not fail a run about this one.
    skipped: audit.skipped.filter((skipped) => files.has(prefix + skipped.path)),
    fixes: audit.fixes.filter((fix) => files.has(fix.file)),
  };
}
