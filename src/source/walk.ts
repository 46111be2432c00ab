import { readdir } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { CockpitError, errorMessage } from '../util/errors.js';
import { leavesBase } from '../util/path-containment.js';
import { toPosixRelative } from '../util/paths.js';
import { InputFileError, readRegularFile } from '../util/read-regular-file.js';

/**
 * Lists the files under a root the way git would see them: never entering excluded folder names,
 * honouring `.cockpitignore` (and `.gitignore`, unless turned off) in every folder with gitignore
 * semantics, each file applying to its own folder and below. Symbolic links are not followed, so a
 * link cannot pull files from outside the audited root. A folder that cannot be listed is returned
 * as an entry itself, so it is reported rather than silently dropped.
 */
export interface WalkOptions {
  excludeDirs: readonly string[];
  /** Respect `.gitignore` files as well as `.cockpitignore` files. */
  useGitignore: boolean;
  /** Extra gitignore-style patterns relative to the root (from `cockpit.yaml` `exclude`). */
  extraPatterns?: readonly string[];
  /** Told every folder the walk lists, with its entry names (the warm cache stats these folders). */
  onDirectory?(directory: string, names: ReadonlySet<string>): void;
}

interface ScopedMatcher {
  /** Folder the patterns are relative to, absolute. */
  base: string;
  matcher: Ignore;
  /** Where the patterns come from, for messages: the ignore file relative to the root, or `cockpit.yaml exclude`. */
  source: string;
}

const IGNORE_FILE = '.cockpitignore';

/** An ignore file is a page of patterns; a huge one is a mistake, and no path is longer than PATH_MAX. */
const MAX_IGNORE_FILE_BYTES = 1024 * 1024;
const MAX_PATTERN_CHARS = 4096;

/**
 * An ignore file's text, or undefined when it is gone or unreadable (skipped, as git does). A FIFO,
 * a device, a link leading out of the root or an oversized file is an error naming the file.
 */
async function readIgnoreFile(root: string, file: string): Promise<string | undefined> {
  try {
    return await readRegularFile(file, { shown: toPosixRelative(root, file), root, maxBytes: MAX_IGNORE_FILE_BYTES });
  } catch (error) {
    if (error instanceof InputFileError && (error.reason === 'missing' || error.reason === 'unreadable')) return undefined;
    throw error;
  }
}

/** Compiles one file's patterns; a pattern the matcher cannot take is an error naming file and line. */
function compilePatterns(content: string, source: string): Ignore {
  const lines = content.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.length > MAX_PATTERN_CHARS) throw new CockpitError(`${source}:${index + 1}: pattern longer than ${MAX_PATTERN_CHARS} characters; no path can be that long`);
  });
  try {
    const matcher = ignore().add(content);
    // Patterns compile lazily; match once now so a bad one is reported here, against its file.
    matcher.test('.cockpit-pattern-check');
    matcher.test('.cockpit-pattern-check/');
    return matcher;
  } catch (error) {
    throw patternError(source, error);
  }
}

/** The matcher's complaint without the compiled pattern it quotes (which may be huge). */
function patternError(source: string, error: unknown): CockpitError {
  const reason = errorMessage(error).split(': ').at(-1)?.slice(0, 80) ?? 'unknown error';
  return new CockpitError(`${source}: a pattern cannot be used (${reason})`);
}

/** Later (deeper) files override earlier ones, as in git: `!pattern` in a subfolder re-includes. */
function isIgnored(matchers: readonly ScopedMatcher[], absolute: string, isDirectory: boolean): boolean {
  let ignored = false;
  for (const { base, matcher, source } of matchers) {
    const relative = path.relative(base, absolute).split(path.sep).join('/');
    // `..foo` is a name inside the base, not a step out of it.
    if (relative === '' || leavesBase(relative)) continue;
    let verdict;
    try {
      verdict = matcher.test(isDirectory ? `${relative}/` : relative);
    } catch (error) {
      throw patternError(source, error);
    }
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
    rootMatchers.push({ base: root, matcher: compilePatterns(options.extraPatterns.join('\n'), 'cockpit.yaml exclude'), source: 'cockpit.yaml exclude' });
  }

  async function walk(directory: string, inherited: readonly ScopedMatcher[]): Promise<void> {
    let entries;
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch (error) {
      // git skips a folder it cannot list; here it may hold a secret, so the folder itself is listed
      // and the reader reports it unreadable (failing the run) unless an ignore pattern drops it.
      const code = (error as NodeJS.ErrnoException).code;
      if (directory !== root && code !== 'ENOENT' && code !== 'ENOTDIR') files.push(directory);
      return;
    }
    const names = new Set(entries.map((entry) => entry.name));
    options.onDirectory?.(directory, names);
    const matchers = [...inherited];
    for (const name of options.useGitignore ? ['.gitignore', IGNORE_FILE] : [IGNORE_FILE]) {
      if (!names.has(name)) continue;
      const file = path.join(directory, name);
      const content = await readIgnoreFile(root, file);
      const source = toPosixRelative(root, file);
      if (content !== undefined) matchers.push({ base: directory, matcher: compilePatterns(content, source), source });
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
