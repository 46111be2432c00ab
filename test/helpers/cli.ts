import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** COCKPIT_TEST_BIN runs the tests against another build (e.g. `.scratch/NAME/ops.mjs`) instead of dist/. */
export const BIN = process.env['COCKPIT_TEST_BIN'] ?? path.join(REPO_ROOT, 'bin', 'ops.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a real process, the way CI runs it. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; bin?: string } = {}): Promise<CliResult> {
  const env = { ...process.env, NO_COLOR: '', FORCE_COLOR: '', COCKPIT_FORMAT: '', ...options.env };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [options.bin ?? BIN, ...args],
      { cwd: options.cwd ?? REPO_ROOT, env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 99) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A throwaway folder tree: `{ 'agent.py': '...', 'sub/x.yaml': '...' }`. */
export async function makeTree(files: Record<string, string | Buffer>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'cockpit-test-'));
  for (const [relative, content] of Object.entries(files)) {
    const target = path.join(root, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return root;
}

export async function removeTree(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true });
}

/**
 * Deterministic token-shaped strings for tests: the shape of a real credential, the content of none.
 * A seeded generator keeps fixtures stable without committing key-looking literals.
 */
export function tokenLike(prefix: string, length: number, seed: number, alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'): string {
  let state = seed >>> 0 || 1;
  let body = '';
  for (let index = 0; index < length; index++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    body += alphabet[state % alphabet.length];
  }
  return prefix + body;
}
