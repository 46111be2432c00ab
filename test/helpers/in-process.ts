import { main } from '../../src/cli/main.js';
import { REPO_ROOT, type CliResult } from './cli.js';

/**
 * The CLI called in this process (`main(argv, io)`): no process start-up per call, no colour, no
 * inherited COCKPIT_FORMAT. One thread: there is no worker pool outside a build.
 */
export async function runInProcess(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main([process.execPath, 'ops', ...args], {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdoutIsTty: false,
    stderrIsTty: false,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', COCKPIT_FORMAT: '', ...options.env },
    cwd: options.cwd ?? REPO_ROOT,
  });
  return { code, stdout, stderr };
}
