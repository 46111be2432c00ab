import { execFile } from 'node:child_process';

/**
 * git as a child process (no shell), with the settings that change its output pinned so parsing
 * does not depend on the user's configuration. Read-only commands only: nothing here changes a
 * repository, its index or its work tree.
 */
const PINNED_CONFIG = ['-c', 'core.quotePath=false', '-c', 'color.ui=never', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false'];

export class GitCommandError extends Error {
  override readonly name = 'GitCommandError';
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | undefined,
    readonly stderr: string,
  ) {
    super(`git ${args[0] ?? ''} failed${exitCode !== undefined ? ` (exit ${exitCode})` : ''}: ${stderr.trim().split('\n')[0] ?? ''}`);
  }
}

export interface GitOptions {
  /** Written to git's stdin (e.g. a NUL-separated path list for `--stdin`). */
  input?: string;
}

export function runGit(cwd: string, args: readonly string[], options: GitOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      [...PINNED_CONFIG, ...args],
      // LC_ALL=C: stable messages; no optional locks: a read must never refresh (write) the index.
      { cwd, env: { ...process.env, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' }, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const code = typeof error.code === 'number' ? error.code : undefined;
        // ENOENT: git is not installed; keep that distinguishable from a failing command.
        reject(error.code === 'ENOENT' ? new GitCommandError(args, undefined, 'git is not installed or not on PATH') : new GitCommandError(args, code, stderr));
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}

/** Splits `-z` output: NUL-terminated entries, the last one empty. */
export function splitNul(output: string): string[] {
  return output.split('\0').filter((entry) => entry !== '');
}
