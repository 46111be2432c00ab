import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CockpitError } from '../util/errors.js';
import { relativeToRoot, withoutExcludedDirs, type ChangeSet } from './change-set.js';
import { collectDiff } from './collect.js';
import { GitCommandError, runGit, splitNul } from './git.js';
import { locateRepo, rootPathspec, type RepoLocation } from './repo.js';

const FLAG = '--staged';
const REGULAR_FILE_MODES = new Set(['100644', '100755']);

/** The staged snapshot of the root: what `git commit` would record, written to a throwaway folder. */
export interface StagedSnapshot {
  changes: ChangeSet;
  /** The audited root inside the snapshot (same relative layout as in the work tree). */
  root: string;
  /** Removes the snapshot; safe to call twice. */
  dispose(): Promise<void>;
}

/**
 * The staged changes under `root`: the index against HEAD (an unborn HEAD makes every staged file new).
 * `git commit -a` and `git commit PATH` run hooks with GIT_INDEX_FILE set; git reads it from the environment.
 */
async function stagedChanges(location: RepoLocation): Promise<ChangeSet> {
  return { mode: 'staged', files: await collectDiff(location, ['--cached']) };
}

/** Index entries under the root that the audit would read: regular files at stage 0, outside never-walked folders. */
async function indexedFiles(location: RepoLocation, excludeDirs: readonly string[]): Promise<string[]> {
  const excluded = new Set(excludeDirs);
  const output = await runGit(location.top, ['ls-files', '--stage', '-z', ...rootPathspec(location)]);
  const files: string[] = [];
  for (const entry of splitNul(output)) {
    // `<mode> <object> <stage>\t<path>`: symlinks and submodules are skipped as the walk skips them.
    const tab = entry.indexOf('\t');
    const [mode, , stage] = entry.slice(0, tab).split(' ');
    const fromTop = entry.slice(tab + 1);
    if (!REGULAR_FILE_MODES.has(mode ?? '') || stage !== '0') continue;
    const relative = relativeToRoot(location.prefix, fromTop);
    if (relative === undefined || relative.split('/').slice(0, -1).some((segment) => excluded.has(segment))) continue;
    files.push(fromTop);
  }
  return files;
}

/**
 * Writes the staged content of the root into a temporary folder and describes the staged changes.
 * The whole indexed tree under the root is written, not just the changed files, so discovery, the
 * root and agent cockpit.yaml and rules that read neighbouring files see exactly what will be
 * committed; only agents with staged changes are then audited. `git checkout-index --prefix`
 * reads blobs straight from the object store and leaves the index and work tree untouched.
 */
export async function stageSnapshot(root: string, shown: string, excludeDirs: readonly string[]): Promise<StagedSnapshot> {
  const location = await locateRepo(root, shown, FLAG);
  const changes = withoutExcludedDirs(await stagedChanges(location), excludeDirs);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'cockpit-staged-'));
  const dispose = () => rm(folder, { recursive: true, force: true });
  try {
    const snapshotRoot = location.prefix === '' ? folder : path.join(folder, ...location.prefix.split('/'));
    await mkdir(snapshotRoot, { recursive: true });
    // Nothing staged: nothing will be audited, so skip writing the tree.
    if (changes.files.size > 0) {
      const files = await indexedFiles(location, excludeDirs);
      if (files.length > 0) {
        await runGit(location.top, ['checkout-index', '--force', '-z', '--stdin', `--prefix=${folder}${path.sep}`], { input: `${files.join('\0')}\0` });
      }
    }
    return { changes, root: snapshotRoot, dispose };
  } catch (error) {
    await dispose();
    if (error instanceof GitCommandError) throw new CockpitError(`${FLAG}: cannot read the staged files (${error.message})`);
    throw error;
  }
}
