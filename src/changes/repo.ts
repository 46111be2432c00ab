import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { CockpitError } from '../util/errors.js';
import { GitCommandError, runGit } from './git.js';
import { leavesBase } from '../util/path-containment.js';

/** Where the audited root sits in its git repository. */
export interface RepoLocation {
  /** The work tree's top folder (absolute, as git reports it). */
  top: string;
  /** The audited root relative to the top, POSIX; '' when the root is the top. */
  prefix: string;
}

/** Finds the git work tree holding `root`; `flag` names the option that needs git in the error. */
export async function locateRepo(root: string, shown: string, flag: string): Promise<RepoLocation> {
  let top: string;
  try {
    top = (await runGit(root, ['rev-parse', '--show-toplevel'])).trim();
  } catch (error) {
    if (error instanceof GitCommandError && error.exitCode === undefined) throw new CockpitError(`${flag}: ${error.stderr}`);
    throw new CockpitError(`${flag}: ${shown} is not inside a git work tree`);
  }
  if (top === '') throw new CockpitError(`${flag}: ${shown} is not inside a git work tree`);
  // git reports the top with symlinks resolved; resolve the root the same way before comparing.
  const relative = path.relative(await realpath(top), await realpath(root));
  if (leavesBase(relative)) throw new CockpitError(`${flag}: ${shown} is not inside a git work tree`);
  return { top, prefix: relative.split(path.sep).join('/') };
}

/** The pathspec limiting git to the audited root (`:(top)` keeps it independent of the working folder). */
export function rootPathspec(location: RepoLocation): string[] {
  return ['--', location.prefix === '' ? ':(top)' : `:(top,literal)${location.prefix}`];
}
