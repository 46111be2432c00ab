import path from 'node:path';

/** POSIX path of `target` relative to `root`: the only path form that appears in reports. */
export function toPosixRelative(root: string, target: string): string {
  const relative = path.relative(root, target);
  return relative === '' ? '.' : relative.split(path.sep).join('/');
}

/**
 * Whether a relative path (native or POSIX separators) climbs out of where it is relative to:
 * `..` and `../x` do, `..foo` and `x/..bar` are ordinary names and do not; an absolute path does too.
 */
export function leavesBase(relative: string): boolean {
  return relative === '..' || relative.startsWith('../') || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}

/** Whether `target` is `base` itself or somewhere below it (both absolute, symlinks not resolved). */
export function isInsideOrSame(base: string, target: string): boolean {
  return !leavesBase(path.relative(base, target));
}
