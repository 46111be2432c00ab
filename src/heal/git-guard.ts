import { execFile } from 'node:child_process';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/**
 * Whether a file has changes git has not committed, asked before heal edits it. When git cannot
 * answer (dubious ownership as root in CI, a broken index, git missing inside a checkout) the answer
 * is `unknown`, never "clean": heal then refuses unless `--force`.
 */
export type GitAnswer = { state: 'clean' | 'dirty' | 'not-a-repository' } | { state: 'unknown'; problem: string };

/** A `.git` entry in the file's folder or above it: the file is in a checkout. */
async function insideCheckout(folder: string): Promise<boolean> {
  for (let current = folder; ; current = path.dirname(current)) {
    try {
      await access(path.join(current, '.git'));
      return true;
    } catch {
      if (path.dirname(current) === current) return false;
    }
  }
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line !== '') ?? ''
  );
}

export async function gitStatusOf(file: string): Promise<GitAnswer> {
  const folder = path.dirname(file);
  try {
    const { stdout } = await execFileAsync('git', ['status', '--porcelain', '--', path.basename(file)], { cwd: folder });
    return { state: stdout.trim() === '' ? 'clean' : 'dirty' };
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') {
      // No git program: nothing to ask, which matters only when the file is in a checkout.
      return (await insideCheckout(folder)) ? { state: 'unknown', problem: 'git is not installed' } : { state: 'not-a-repository' };
    }
    const stderr = String(failure.stderr ?? '');
    if (/not a git repository/i.test(stderr)) return { state: 'not-a-repository' };
    return { state: 'unknown', problem: firstLine(stderr.replace(/^fatal:\s*/im, '')) || firstLine(failure.message) };
  }
}
