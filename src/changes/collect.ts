import { relativeToRoot, type FileChange } from './change-set.js';
import { runGit, splitNul } from './git.js';
import { parseChangedLines } from './hunks.js';
import { rootPathspec, type RepoLocation } from './repo.js';

/** Output-shaping diff flags: no colour, no external or text-conversion drivers, renames as delete + add. */
const DIFF_FLAGS = ['--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', '--src-prefix=a/', '--dst-prefix=b/'];

/**
 * The changed files under the root for one `git diff` comparison (`against`: e.g. `[commit]` for the
 * work tree against a commit, `['--cached']` for the index against HEAD), keyed relative to the root.
 * A renamed file counts as new: its findings have new fingerprints and its path is new to reviewers.
 */
export async function collectDiff(location: RepoLocation, against: readonly string[]): Promise<Map<string, FileChange>> {
  const spec = rootPathspec(location);
  const [status, patch] = await Promise.all([
    runGit(location.top, ['diff', ...DIFF_FLAGS, '--name-status', '-z', ...against, ...spec]),
    runGit(location.top, ['diff', ...DIFF_FLAGS, '--unified=0', ...against, ...spec]),
  ]);
  const lines = parseChangedLines(patch);
  const files = new Map<string, FileChange>();
  const entries = splitNul(status);
  for (let index = 0; index + 1 < entries.length; index += 2) {
    const code = entries[index]!.charAt(0);
    const fromTop = entries[index + 1]!;
    const relative = relativeToRoot(location.prefix, fromTop);
    if (relative === undefined) continue;
    // Binary files and mode-only changes have no hunks: the file changed, no line did.
    files.set(relative, code === 'A' ? { kind: 'whole' } : code === 'D' ? { kind: 'deleted' } : { kind: 'lines', lines: lines.get(fromTop) ?? [] });
  }
  return files;
}

/** Untracked files that are not ignored, as new files. */
export async function collectUntracked(location: RepoLocation): Promise<Map<string, FileChange>> {
  const output = await runGit(location.top, ['ls-files', '--others', '--exclude-standard', '-z', ...rootPathspec(location)]);
  const files = new Map<string, FileChange>();
  for (const fromTop of splitNul(output)) {
    const relative = relativeToRoot(location.prefix, fromTop);
    if (relative !== undefined) files.set(relative, { kind: 'whole' });
  }
  return files;
}
