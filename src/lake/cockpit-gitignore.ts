import { writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The folder the cockpit keeps per repository: the evidence lake (local) beside the baseline and triage files (committed). */
const COCKPIT_FOLDER = '.cockpit';

/** What `.cockpit/.gitignore` says: the lake (and the warm cache inside it) stays local; everything else there is committed. */
function cockpitGitignore(lakeName: string): string {
  return [
    '# Written by AgentOps Cockpit when it made the evidence lake here (docs/BASELINES.md). Yours to edit: it is never rewritten.',
    '# The lake and its caches are local to each checkout; baseline.json and triage.json are committed.',
    `/${lakeName}/`,
    '',
  ].join('\n');
}

/**
 * Called when a lake folder was just created: when it sits in `.cockpit/`, a `.gitignore` there keeps it out of
 * commits. An existing file (or link) of that name is the user's and is never replaced. Best effort: a folder
 * that cannot take the file still holds a usable lake, so a failure here does not fail the run.
 */
export async function ignoreNewLake(lakeDir: string): Promise<void> {
  const parent = path.dirname(lakeDir);
  if (path.basename(parent) !== COCKPIT_FOLDER) return;
  try {
    await writeFile(path.join(parent, '.gitignore'), cockpitGitignore(path.basename(lakeDir)), { flag: 'wx' });
  } catch {
    // EEXIST: the user's own file. Anything else: the lake works without it.
  }
}
