import path from 'node:path';

/** POSIX path of `target` relative to `root`: the only path form that appears in reports. */
export function toPosixRelative(root: string, target: string): string {
  const relative = path.relative(root, target);
  return relative === '' ? '.' : relative.split(path.sep).join('/');
}

// The containment checks live in path-containment.ts; re-exported until cli/commands/common.ts and
// audit/repository-entry.ts import them from there.
export { isInsideOrSame, leavesBase } from './path-containment.js';
