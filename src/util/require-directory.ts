import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { CockpitError } from './errors.js';

/** A folder the user named, or a one-line error (exit 3) saying why it cannot be audited. */
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
