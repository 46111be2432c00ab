import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/**
 * Lists the files under a root the way git would see them: never entering excluded folder names,
 * honouring `.cockpitignore` (and `.gitignore`, unless turned off) in every folder with gitignore
 * semantics, each file applying to its own folder and below. Symbolic links are not followed, so a
 * link cannot pull files from outside the audited root.
 */
export interface WalkOptions {
  excludeDirs: readonly string[];
  /** Respect `.gitignore` files as well as `.cockpitignore` files. */
  useGitignore: boolean;
  /** Extra gitignore-style patterns relative to the root (from `cockpit.yaml` `exclude`). */
  extraPatterns?: readonly string[];
}

interface ScopedMatcher {
  /** Folder the patterns are relative to, absolute. */
  base: string;
  matcher: Ignore;
}

export const IGNORE_FILE = '.cockpitignore';

async function readIgnoreFile(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Later (deeper) files override earlier ones, as in git: `!pattern` in a subfolder re-includes. */
function isIgnored(matchers: readonly ScopedMatcher[], absolute: string, isDirectory: boolean): boolean {
  let ignored = false;
  for (const { base, matcher } of matchers) {
    const relative = path.relative(base, absolute).split(path.sep).join('/');
    if (relative === '' || relative.startsWith('..')) continue;
    const verdict = matcher.test(isDirectory ? `${relative}/` : relative);
    if (verdict.ignored) ignored = true;
    else if (verdict.unignored) ignored = false;
  }
  return ignored;
}

export async function listFiles(root: string, options: WalkOptions): Promise<string[]> {
  const excluded = new Set(options.excludeDirs);
  const files: string[] = [];
  const rootMatchers: ScopedMatcher[] = [];
  if (options.extraPatterns && options.extraPatterns.length > 0) {
    rootMatchers.push({ base: root, matcher: ignore().add([...options.extraPatterns]) });
  }

  async function walk(directory: string, inherited: readonly ScopedMatcher[]): Promise<void> {
    let entries;
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch {
      return; // unreadable folders are skipped, like git does
    }
    const names = new Set(entries.map((entry) => entry.name));
    const matchers = [...inherited];
    for (const name of options.useGitignore ? ['.gitignore', IGNORE_FILE] : [IGNORE_FILE]) {
      if (!names.has(name)) continue;
      const content = await readIgnoreFile(path.join(directory, name));
      if (content !== undefined) matchers.push({ base: directory, matcher: ignore().add(content) });
    }
    const subfolders: string[] = [];
    for (const entry of entries) {
      const absolute = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        if (excluded.has(entry.name) || isIgnored(matchers, absolute, true)) continue;
        subfolders.push(absolute);
      } else if (entry.isFile()) {
        if (!isIgnored(matchers, absolute, false)) files.push(absolute);
      }
    }
    await Promise.all(subfolders.map((folder) => walk(folder, matchers)));
  }

  await walk(root, rootMatchers);
  return files.sort();
}
