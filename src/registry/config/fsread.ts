import { readFileSync, statSync } from 'node:fs';

/** Contents of a config file, or undefined when absent. Unreadable files become a warning, never an exception. */
export function readConfig(path: string, warnings: string[]): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') warnings.push(`${path}: could not be read (${code ?? 'error'}); ignored`);
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
