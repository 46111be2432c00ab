import { fdir } from 'fdir';

/**
 * Lists every file below `root` (absolute paths), never descending into excluded folder names.
 * Symbolic links are not followed, so a link cannot pull files from outside the audited root.
 */
export async function listFiles(root: string, excludeDirs: readonly string[]): Promise<string[]> {
  const excluded = new Set(excludeDirs);
  const files = await new fdir()
    .withFullPaths()
    .exclude((directoryName) => excluded.has(directoryName))
    .crawl(root)
    .withPromise();
  return files.sort();
}
