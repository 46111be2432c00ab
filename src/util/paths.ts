import path from 'node:path';

/** POSIX path of `target` relative to `root`: the only path form that appears in reports. */
export function toPosixRelative(root: string, target: string): string {
  const relative = path.relative(root, target);
  return relative === '' ? '.' : relative.split(path.sep).join('/');
}
