import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ReportSchema, type Report } from '../../src/report/model.js';
import { REPO_ROOT, runCli } from '../helpers/cli.js';

/** COCKPIT_TEST_BIN serves from another build (e.g. `.scratch/NAME/ops.mjs`), as for the CLI tests. */
const BIN = process.env['COCKPIT_TEST_BIN'] ?? path.join(REPO_ROOT, 'bin', 'ops.js');

/** The dashboard is served from dist/web: the Vite build must have run, like tsc for dist/cli. */
export function assertBuilt(): void {
  const missing = [path.join(REPO_ROOT, 'dist', 'cli', 'main.js'), path.join(REPO_ROOT, 'dist', 'web', 'index.html')].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(`not built: ${missing.map((file) => path.relative(REPO_ROOT, file)).join(', ')} (run npm run build)`);
  }
}

/**
 * A git-less copy of examples/ with a fresh lake, audited for real by the built CLI. The fleet has
 * planted secrets, so the audit exits 1 by design.
 */
export async function auditedExampleFleet(): Promise<{ root: string; workspace: string; report: Report }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'cockpit-e2e-'));
  const workspace = path.join(root, 'fleet');
  // Leave out any lake a local run left inside examples/: the test's lake must come from its own audit.
  await cp(path.join(REPO_ROOT, 'examples'), workspace, { recursive: true, filter: (source) => path.basename(source) !== '.cockpit' });
  const result = await runCli(['report', '--workspace', workspace, '--quiet', '--format', 'json']);
  if (result.code !== 1) throw new Error(`the example fleet audit exited ${result.code}, expected 1: ${result.stderr.trim()}`);
  return { root, workspace, report: ReportSchema.parse(JSON.parse(result.stdout)) };
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the real `ops serve` on a free loopback port and reads its address from the line it prints
 * on stderr. With `token`, every /api request needs it as a bearer token.
 */
export function startServer(workspace: string, options: { token?: string; timeoutMs?: number; env?: Record<string, string> } = {}): Promise<RunningServer> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const { OPS_SERVER_TOKEN: _inherited, ...env } = process.env;
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--workspace', workspace, '--port', '0', '--no-open'], {
    cwd: REPO_ROOT,
    env: { ...env, NO_COLOR: '1', ...options.env, ...(options.token !== undefined ? { OPS_SERVER_TOKEN: options.token } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    });
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`ops serve did not print its address within ${timeoutMs} ms; stderr: ${stderr.trim()}`));
    }, timeoutMs);
    child.stdout?.resume();
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderr += chunk;
      const match = /Serving the cockpit dashboard at (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`ops serve exited ${code} before serving; stderr: ${stderr.trim()}`));
    });
  });
}
