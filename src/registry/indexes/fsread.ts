import { statSync } from 'node:fs';
import { InputFileError, readRegularFileSync } from '../../util/read-regular-file.js';

/** A package-manager config file is a few lines; a FIFO or a device in its place is never read. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** Contents of a config file, or undefined when absent. Unreadable files become a warning, never an exception. */
export function readConfig(path: string, warnings: string[]): string | undefined {
  try {
    return readRegularFileSync(path, { shown: path, maxBytes: MAX_CONFIG_BYTES });
  } catch (err) {
    const code = err instanceof InputFileError ? err.code : undefined;
    if (err instanceof InputFileError && code === undefined) warnings.push(`${err.message.replace(/; not read$/, '')}; ignored`);
    else if (code !== 'ENOENT' && code !== 'ENOTDIR') warnings.push(`${path}: could not be read (${code ?? 'error'}); ignored`);
    return undefined;
  }
}

export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
