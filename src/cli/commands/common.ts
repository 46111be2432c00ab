import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Settings } from '../../config/settings.js';
import { CockpitError } from '../../util/errors.js';
import { leavesBase } from '../../util/path-containment.js';
import type { CliIo } from '../io.js';

// Helpers the commands' run modules share (the registrations need only DEFAULT_LAKE, from defaults.ts).

export { DEFAULT_LAKE } from './defaults.js';

export async function requireDirectory(target: string, shown: string): Promise<void> {
  let info;
  try {
    info = await stat(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CockpitError(code === 'ENOENT' ? `${shown}: no such file or directory` : `${shown}: cannot be read (${code ?? 'unknown error'})`);
  }
  if (!info.isDirectory()) throw new CockpitError(`${shown}: not a directory`);
  // An unlistable folder is named as such, not blamed on the first file read from it (cockpit.yaml).
  try {
    await access(target, constants.R_OK | constants.X_OK);
  } catch (error) {
    throw new CockpitError(`${shown}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
}

/** The root as shown in reports: relative to the working directory when inside it, POSIX either way. */
export function displayRoot(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  const shown = relative === '' ? '.' : leavesBase(relative) ? absolute : relative;
  return shown.split(path.sep).join('/');
}

/** Colour on a TTY unless turned off; never in a file. */
export function useColor(settings: Settings, io: CliIo, toFile = false): boolean {
  if (toFile || settings.color === 'never') return false;
  return settings.color === 'always' || io.stdoutIsTty;
}
