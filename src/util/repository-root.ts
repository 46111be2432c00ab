import { existsSync } from 'node:fs';
import path from 'node:path';

/** The git work tree holding `start`: the nearest folder at or above it with a `.git` entry; undefined outside one. */
export function repositoryRoot(start: string): string | undefined {
  for (let folder = path.resolve(start); ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, '.git'))) return folder;
    if (path.dirname(folder) === folder) return undefined;
  }
}
