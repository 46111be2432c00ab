import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';

/**
 * "Is this path inside the root": the one answer for everything that takes a path from outside (an
 * MCP client, an HTTP request, a report read back from a lake) or writes into the tree (heal). A path
 * is inside only when it is so twice: as written, after `..` is normalised away, and for real, once
 * every symbolic link on the way (the root's own included) is followed. Comparison is by
 * `path.relative`, so separators, drive letters and the platform's case rules are the platform's.
 */

/**
 * Whether a relative path (native or POSIX separators) climbs out of where it is relative to:
 * `..` and `../x` do, `..foo` and `x/..bar` are ordinary names and do not; an absolute path does too
 * (on Windows, `path.relative` gives one for another drive).
 */
export function leavesBase(relative: string): boolean {
  return relative === '..' || relative.startsWith('../') || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}

/** Whether `target` is `base` itself or somewhere below it (both absolute, symlinks not resolved). */
export function isInsideOrSame(base: string, target: string): boolean {
  return !leavesBase(path.relative(base, target));
}

/** Whether `target` lies below `base`, `base` itself excluded (both absolute, symlinks not resolved). */
export function isStrictlyInside(base: string, target: string): boolean {
  const relative = path.relative(base, target);
  return relative !== '' && !leavesBase(relative);
}

export interface ContainmentOptions {
  /** The root itself counts as inside (a folder argument); by default only what lies below it does (a file). */
  allowRoot?: boolean;
  /**
   * A target that does not exist (not even as a dangling link) is placed by its parent folder's real
   * path: for a file about to be created. By default a missing target is `unreadable`.
   */
  allowMissing?: boolean;
}

export type Containment =
  /** `absolute`: the target as written, resolved against the root; `real`: with every link followed. */
  | { inside: true; absolute: string; real: string }
  /**
   * `outside`: as written (after `..` is normalised) it is not under the root, or it holds a NUL;
   * `link-outside`: it is, but a symbolic link leads out; `unreadable`: the target or the root cannot
   * be resolved (`code` says why: ENOENT, EACCES, ELOOP, …).
   */
  | { inside: false; why: 'outside' | 'link-outside' | 'unreadable'; code?: string };

async function realLocation(absolute: string, allowMissing: boolean): Promise<string> {
  try {
    return await realpath(absolute);
  } catch (error) {
    if (!allowMissing || (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    // A dangling link is not a missing file: lstat finds it, and this rethrows the original ENOENT.
    const exists = await lstat(absolute).then(
      () => true,
      () => false,
    );
    if (exists) throw error;
    return path.join(await realpath(path.dirname(absolute)), path.basename(absolute));
  }
}

/**
 * Where `target` (absolute, or relative to `root`) is on disk, provided it lies inside `root` both as
 * written and for real. The caller then opens `real`, never `target`, so a link swapped in later
 * changes nothing it already decided.
 */
export async function resolveInside(root: string, target: string, options: ContainmentOptions = {}): Promise<Containment> {
  if (target.includes('\0') || root.includes('\0')) return { inside: false, why: 'outside' };
  const within = options.allowRoot === true ? isInsideOrSame : isStrictlyInside;
  const absolute = path.resolve(root, target);
  if (!within(path.resolve(root), absolute)) return { inside: false, why: 'outside' };
  let real: string;
  let realRoot: string;
  try {
    [realRoot, real] = await Promise.all([realpath(root), realLocation(absolute, options.allowMissing === true)]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { inside: false, why: 'unreadable', ...(code !== undefined ? { code } : {}) };
  }
  if (!within(realRoot, real)) return { inside: false, why: 'link-outside' };
  return { inside: true, absolute, real };
}
