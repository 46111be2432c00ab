import path from 'node:path';
import { leavesBase } from './path-containment.js';

/** The root as shown in reports: relative to the working directory when inside it, POSIX either way. */
export function displayRoot(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  const shown = relative === '' ? '.' : leavesBase(relative) ? absolute : relative;
  return shown.split(path.sep).join('/');
}
