import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

import { PortInUseError } from './ports.js';

/**
 * Runs a server in a process group of its own, led by a tiny Node supervisor that
 * 1. starts the server with stdout and stderr going to a log file (never the test output),
 * 2. kills the whole group (e.g. Verdaccio and its children) when the test process disappears without cleaning up.
 * The second point is why a supervisor exists at all: vitest runs test files in worker threads, and a thread's
 * `process.on('exit')` handlers do not run when vitest terminates the thread or exits, so an exit hook alone would
 * leave servers behind after a crash.
 */
const SUPERVISOR_SOURCE = `
const { spawn } = require('node:child_process');
const { readFileSync } = require('node:fs');
const [watchedPid, command, ...args] = process.argv.slice(1);
const killGroup = () => { try { process.kill(-process.pid, 'SIGKILL'); } catch {} };
// A killed test runner stays a zombie until its parent reaps it, and signal 0 still reaches a zombie.
const watchedIsGone = () => {
  try { return /^\\d+ \\(.*\\) Z/s.test(readFileSync('/proc/' + watchedPid + '/stat', 'utf8')); }
  catch (error) { if (error.code !== 'ENOENT' && error.code !== 'ESRCH') return false; }
  try { process.kill(Number(watchedPid), 0); return false; } catch (error) { return error.code === 'ESRCH'; }
};
const child = spawn(command, args, { stdio: 'inherit' });
child.on('error', (error) => { console.error('cannot start ' + command + ': ' + error.message); process.exit(127); });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
// The group gets stop()'s SIGTERM as a whole; stay alive until the server has finished shutting down.
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => {});
setInterval(() => { if (watchedIsGone()) killGroup(); }, 200);
`;

/** Process groups still running, killed synchronously if this (main) thread exits before stop(). */
const liveGroups = new Set<number>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const group of liveGroups) killGroupQuietly(group, 'SIGKILL');
  });
}

function killGroupQuietly(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-group, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

function groupIsAlive(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface SupervisedProcess {
  readonly pid: number;
  /** Settles when the supervisor (and so the server) has exited. */
  readonly exited: Promise<ExitInfo>;
  /** SIGTERM to the group, SIGKILL after a grace period; resolves once no process of the group is left. Idempotent. */
  stop(): Promise<void>;
}

export interface SpawnOptions {
  command: string;
  args: readonly string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** stdout and stderr of the server are appended here. */
  logFile: string;
}

export function spawnSupervised(options: SpawnOptions): SupervisedProcess {
  const logFd = openSync(options.logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(process.execPath, ['-e', SUPERVISOR_SOURCE, '--', String(process.pid), options.command, ...options.args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: true,
      stdio: ['ignore', logFd, logFd],
    });
  } finally {
    closeSync(logFd);
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not spawn the supervisor for ${options.command}`);
  child.unref();
  liveGroups.add(pid);
  installExitHook();

  const exited = new Promise<ExitInfo>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', () => resolve({ code: null, signal: null }));
  });

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      killGroupQuietly(pid, 'SIGTERM');
      const graceful = await Promise.race([exited.then(() => true), sleep(5_000, false)]);
      // Workers may outlive their master for a moment; wait for the whole group, then force it.
      const deadline = Date.now() + (graceful ? 2_000 : 0);
      while (groupIsAlive(pid) && Date.now() < deadline) await sleep(25);
      if (groupIsAlive(pid)) {
        killGroupQuietly(pid, 'SIGKILL');
        while (groupIsAlive(pid)) await sleep(25);
      }
      liveGroups.delete(pid);
    })();
    return stopping;
  };

  return { pid, exited, stop };
}

/** The last lines of the given logs, with every secret masked: used in errors, which end up in test output. */
export async function logTail(files: readonly string[], secrets: readonly string[], lines = 30): Promise<string> {
  const parts: string[] = [];
  for (const file of files) {
    const text = await readFile(file, 'utf8').catch(() => '');
    if (text.trim() === '') continue;
    const tail = text.trimEnd().split('\n').slice(-lines).join('\n');
    parts.push(`--- ${file} ---\n${maskSecrets(tail, secrets)}`);
  }
  return parts.length > 0 ? parts.join('\n') : '(the logs are empty)';
}

function maskSecrets(text: string, secrets: readonly string[]): string {
  let masked = text;
  for (const secret of secrets) {
    if (secret.length > 0) masked = masked.split(secret).join('***');
  }
  return masked;
}

const PORT_IN_USE = /EADDRINUSE|Address already in use/;

export interface ReadinessOptions {
  name: string;
  process: SupervisedProcess;
  /** Polled until it answers with `expectedStatus`. */
  url: string;
  expectedStatus?: number;
  port: number;
  logFiles: readonly string[];
  secrets: readonly string[];
  timeoutMs?: number;
}

/**
 * Polls `url` until the server answers. Fails fast when the server exits first (with PortInUseError when it could
 * not bind, so the caller can retry on another port), and after the timeout with the tail of its logs.
 */
export async function waitUntilServing(options: ReadinessOptions): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const expectedStatus = options.expectedStatus ?? 200;
  const deadline = Date.now() + timeoutMs;
  let exitInfo: ExitInfo | undefined;
  void options.process.exited.then((info) => (exitInfo = info));
  let lastStatus = 'no answer yet';

  while (Date.now() < deadline) {
    if (exitInfo !== undefined) {
      const tail = await logTail(options.logFiles, options.secrets);
      if (PORT_IN_USE.test(tail)) throw new PortInUseError(options.port, `${options.name} could not bind`);
      throw new Error(`${options.name} exited before it answered (code ${exitInfo.code}, signal ${exitInfo.signal})\n${tail}`);
    }
    try {
      const response = await fetch(options.url, { signal: AbortSignal.timeout(1_000) });
      await response.arrayBuffer();
      if (response.status === expectedStatus) return;
      lastStatus = `HTTP ${response.status}`;
    } catch (error) {
      lastStatus = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    }
    await sleep(50);
  }
  const tail = await logTail(options.logFiles, options.secrets);
  throw new Error(`${options.name} did not answer ${options.url} within ${timeoutMs / 1000} s (${lastStatus})\n${tail}`);
}
