import { execFileSync, spawn } from 'node:child_process';
import { chmod, chown, lstat, mkdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import { closeSync, constants, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTree, removeTree, REPO_ROOT, runCli, tokenLike, type CliResult } from './helpers/cli.js';

/**
 * Fail safe (issue: "no clobbered file, hang or crash under any input"), through the real CLI: what
 * `--output` names keeps its kind, a closed stdout ends quietly, and hostile files are one-line
 * errors (exit 3). COCKPIT_TEST_BIN runs another build of the CLI (default: bin/ops.js over dist/).
 */
const BIN = process.env['COCKPIT_TEST_BIN'] ?? path.join(REPO_ROOT, 'bin', 'ops.js');

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const AGENT = `from langchain.agents import AgentExecutor\n\nGITHUB_TOKEN = "${tokenLike('ghp_', 36, 91, ALPHABET)}"\n`;

/** One line on stderr, no stack trace, no Node crash banner. */
function expectOneLineError(result: CliResult, message: RegExp): void {
  expect(result.code).toBe(3);
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/^\s+at |Unhandled|node:internal/m);
}

async function kindOf(file: string): Promise<string> {
  const info = await lstat(file);
  if (info.isSymbolicLink()) return `symlink -> ${await readlink(file)}`;
  if (info.isFIFO()) return 'fifo';
  if (info.isCharacterDevice()) return 'character-device';
  if (info.isDirectory()) return 'directory';
  return info.isFile() ? 'file' : 'other';
}

let root = '';
beforeAll(async () => {
  root = await makeTree({ 'agent/agent.py': AGENT, 'out/.keep': '' });
});
afterAll(async () => {
  if (root) await removeTree(root);
});

describe('--output writes through what is not a regular file', () => {
  it('updates the target of a symbolic link and keeps the link', async () => {
    await writeFile(path.join(root, 'out', 'real.json'), 'old');
    await symlink('real.json', path.join(root, 'out', 'link.json'));
    const result = await runCli(['report', 'agent', '--format', 'json', '--output', 'out/link.json'], { cwd: root });
    expect(result.code).toBe(1);
    expect(await kindOf(path.join(root, 'out', 'link.json'))).toBe('symlink -> real.json');
    expect(JSON.parse(await readFile(path.join(root, 'out', 'real.json'), 'utf8'))).toMatchObject({ exitCode: 1 });
  });

  it('writes into a FIFO that is being read, and it stays a FIFO', async () => {
    const fifo = path.join(root, 'out', 'report.pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      // The text report fits the pipe's buffer, so it can be read after the CLI has finished.
      const result = await runCli(['report', 'agent', '--output', 'out/report.pipe'], { cwd: root });
      expect(result.code).toBe(1);
      const buffer = Buffer.alloc(64 * 1024);
      const read = readSync(reader, buffer, 0, buffer.length, null);
      expect(buffer.subarray(0, read).toString()).toMatch(/Verdict: .*\(exit 1\)\n$/);
    } finally {
      closeSync(reader);
    }
    expect(await kindOf(fifo)).toBe('fifo');
  });

  it('refuses a FIFO nobody reads in one line instead of hanging', async () => {
    const fifo = path.join(root, 'out', 'nobody.pipe');
    execFileSync('mkfifo', [fifo]);
    const result = await runCli(['report', 'agent', '--output', 'out/nobody.pipe'], { cwd: root });
    expectOneLineError(result, /^ops: error: out\/nobody\.pipe: cannot write the report \(a FIFO that no process is reading\)\n$/);
    expect(await kindOf(fifo)).toBe('fifo');
  });

  it('writes through a link to /dev/null: the link stays, /dev/null stays a character device', async () => {
    await symlink('/dev/null', path.join(root, 'out', 'discard'));
    const result = await runCli(['report', 'agent', '--output', 'out/discard'], { cwd: root });
    expect(result.code).toBe(1);
    expect(await kindOf(path.join(root, 'out', 'discard'))).toBe('symlink -> /dev/null');
    expect(await kindOf('/dev/null')).toBe('character-device');
  });

  it('fails with ENOSPC (exit 3, one line, no "Report written") on a link to /dev/full', async () => {
    await symlink('/dev/full', path.join(root, 'out', 'full'));
    const result = await runCli(['report', 'agent', '--output', 'out/full'], { cwd: root });
    expectOneLineError(result, /^ops: error: out\/full: cannot write the report \(ENOSPC: no space left on the device\)\n$/);
    expect(await kindOf(path.join(root, 'out', 'full'))).toBe('symlink -> /dev/full');
    expect(await kindOf('/dev/full')).toBe('character-device');
  });

  it('writes through a link to its own stdout (as /dev/stdout is) when that is a pipe', async () => {
    // Links in the temp folder stand in for /dev/stdout, so a broken writer could only replace the link.
    await symlink('/proc/self/fd/1', path.join(root, 'out', 'stdout'));
    // A shell pipe (`| cat`).
    let piped = '';
    let status = 0;
    try {
      execFileSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" report agent --output out/stdout 2>/dev/null | cat`], { cwd: root });
    } catch (error) {
      status = (error as { status: number }).status;
      piped = String((error as { stdout: Buffer }).stdout);
    }
    expect(status).toBe(1);
    expect(piped).toMatch(/Verdict: .*\(exit 1\)\n$/);
    expect(await kindOf(path.join(root, 'out', 'stdout'))).toBe('symlink -> /proc/self/fd/1');
  });

  it('refuses its own stdout when that is a socket (a Node parent\'s pipe), in one line', async () => {
    await symlink('/proc/self/fd/1', path.join(root, 'out', 'socket-stdout'));
    const result = await runCli(['report', 'agent', '--output', 'out/socket-stdout'], { cwd: root });
    expectOneLineError(result, /^ops: error: out\/socket-stdout: cannot write the report \(a socket, which cannot be opened as a file; to print the report, leave out --output\)\n$/);
    expect(await kindOf(path.join(root, 'out', 'socket-stdout'))).toBe('symlink -> /proc/self/fd/1');
  });

  it('adds to the file its own stdout is redirected to, never renaming over it', async () => {
    await symlink('/proc/self/fd/1', path.join(root, 'out', 'file-stdout'));
    // Redirected to a file (`> report.txt`): added to what the file holds, never renamed over.
    const redirected = path.join(root, 'out', 'redirected.txt');
    await writeFile(redirected, 'earlier line\n');
    const descriptor = openSync(redirected, 'a');
    try {
      execFileSync(process.execPath, [BIN, 'report', 'agent', '--output', 'out/file-stdout'], { cwd: root, stdio: ['ignore', descriptor, 'ignore'] });
    } catch (error) {
      expect((error as { status: number }).status).toBe(1);
    } finally {
      closeSync(descriptor);
    }
    expect(await kindOf(path.join(root, 'out', 'file-stdout'))).toBe('symlink -> /proc/self/fd/1');
    expect(await readFile(redirected, 'utf8')).toMatch(/^earlier line\nAgentOps Cockpit [\s\S]*Verdict: .*\(exit 1\)\n$/);
  });

  it('refuses a directory', async () => {
    const result = await runCli(['report', 'agent', '--output', 'out'], { cwd: root });
    expectOneLineError(result, /^ops: error: out: cannot write the report \(a directory\)\n$/);
  });
});

describe('standard output that goes away or fills up', () => {
  let big = '';
  let fullRun: CliResult;
  beforeAll(async () => {
    // Enough findings for megabytes of JSON: far more than a pipe holds, so writes are still pending when the reader leaves.
    const calls = Array.from({ length: 1500 }, (_, index) => `reply_${index} = requests.get("https://api.example.com/items/${index}")`);
    big = await makeTree({ 'agent.py': ['import requests', 'from langchain.agents import AgentExecutor', `TOKEN = "${tokenLike('ghp_', 36, 92, ALPHABET)}"`, ...calls, ''].join('\n') });
    fullRun = await runCli(['report', big, '--format', 'json', '--quiet']);
    expect(fullRun.stdout.length).toBeGreaterThan(1024 * 1024);
  });
  afterAll(async () => {
    if (big) await removeTree(big);
  });

  it('ends quietly with the run\'s exit code when the reader closes early (| head -c 10)', async () => {
    const child = spawn(process.execPath, [BIN, 'report', big, '--format', 'json', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Like `head -c 10`: take the first bytes, then close the pipe while the CLI is still writing.
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.subarray(0, 10).toString())));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(first).toBe('{\n  "schem');
    expect(stderr).toBe('');
    expect(code).toBe(fullRun.code);
    expect(code).toBe(1);
  });

  it('behaves the same in a real shell pipeline', () => {
    const script = `set -o pipefail; "${process.execPath}" "${BIN}" report "${big}" --format json --quiet | head -c 10 > /dev/null`;
    let status = 0;
    let stderr = '';
    try {
      execFileSync('bash', ['-c', script], { stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (error) {
      status = (error as { status: number }).status;
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    expect(stderr).toBe('');
    expect(status).toBe(1);
  });

  it('fails with one line and exit 3 when stdout is full (> /dev/full)', () => {
    const full = openSync('/dev/full', 'w');
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, [BIN, 'report', big, '--format', 'json', '--quiet'], { stdio: ['ignore', full, 'pipe'] });
    } catch (error) {
      status = (error as { status: number }).status;
      stderr = String((error as { stderr: Buffer }).stderr);
    } finally {
      closeSync(full);
    }
    expect(status).toBe(3);
    expect(stderr).toBe('ops: error: cannot write to standard output (ENOSPC)\n');
  });
});

describe('hostile input files are one-line errors, never a hang', () => {
  it('refuses a FIFO named cockpit.yaml at once', async () => {
    const tree = await makeTree({ 'agent.py': AGENT });
    try {
      execFileSync('mkfifo', [path.join(tree, 'cockpit.yaml')]);
      expectOneLineError(await runCli(['report', tree, '--quiet']), /^ops: error: cockpit\.yaml: a FIFO, not a regular file; not read\n$/);
    } finally {
      await removeTree(tree);
    }
  });

  it('refuses a FIFO named .cockpitignore at once', async () => {
    const tree = await makeTree({ 'agents/a/agent.py': AGENT });
    try {
      execFileSync('mkfifo', [path.join(tree, 'agents', '.cockpitignore')]);
      expectOneLineError(await runCli(['report', tree, '--workspace', '--quiet', '--no-cache']), /^ops: error: agents\/\.cockpitignore: a FIFO, not a regular file; not read\n$/);
    } finally {
      await removeTree(tree);
    }
  });

  it('does not follow cockpit.yaml out of the root (a link to /dev/zero)', async () => {
    const tree = await makeTree({ 'agent.py': AGENT });
    try {
      await symlink('/dev/zero', path.join(tree, 'cockpit.yaml'));
      expectOneLineError(await runCli(['report', tree, '--quiet']), /^ops: error: cockpit\.yaml: a symbolic link that leads outside the audited folder; not read\n$/);
    } finally {
      await removeTree(tree);
    }
  });

  it('names the root, not cockpit.yaml, when the root cannot be read', async () => {
    const tree = await makeTree({ 'locked/agent.py': AGENT });
    try {
      await chmod(path.join(tree, 'locked'), 0o000);
      // root reads anything; as root, run the CLI as an unprivileged user so the folder is really unreadable.
      const asRoot = process.getuid?.() === 0;
      if (asRoot) await chown(tree, 65534, 65534);
      const args = [BIN, 'report', path.join(tree, 'locked'), '--quiet'];
      const result = await new Promise<CliResult>((resolve) => {
        const child = spawn(process.execPath, args, { cwd: tree, stdio: ['ignore', 'pipe', 'pipe'], ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('close', (code) => resolve({ code: code ?? 99, stdout, stderr }));
      });
      expectOneLineError(result, /^ops: error: \S*locked: cannot be read \(EACCES\)\n$/);
    } finally {
      await chmod(path.join(tree, 'locked'), 0o755);
      await removeTree(tree);
    }
  });

  it('shows file names with ANSI escapes, U+202E or newlines escaped, so they cannot forge report lines', async () => {
    const name = 'evil\u001b[2J\u202Etxt.py\n    ✖ forged.py:1:1  secret-fake';
    const tree = await makeTree({ 'agent.py': 'from langchain.agents import AgentExecutor\n' });
    try {
      await writeFile(path.join(tree, name), AGENT);
      const result = await runCli(['report', tree, '--quiet']);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('evil\\x1b[2J\\u202etxt.py\\n    ✖ forged.py:1:1  secret-fake:3:');
      expect(result.stdout).not.toMatch(/[\u001b\u202e]/);
      expect(result.stdout.split('\n').filter((line) => line.trimStart().startsWith('✖ forged.py'))).toEqual([]);
      // JSON keeps the exact name: it is data, not a terminal.
      const json = await runCli(['report', tree, '--quiet', '--format', 'json']);
      expect(json.stdout).toContain(JSON.stringify(name).slice(1, -1));
    } finally {
      await removeTree(tree);
    }
  });

  it('audits a 3 MB single-line requirements.txt in under 5 s', async () => {
    const tree = await makeTree({ 'agent.py': 'from langchain.agents import AgentExecutor\n', 'requirements.txt': `langchain>=0.1 ; ${'a'.repeat(3_000_000)}\n` });
    try {
      const started = performance.now();
      const result = await runCli(['report', tree, '--quiet', '--format', 'json']);
      expect(performance.now() - started).toBeLessThan(5000);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout).agents[0].findings.map((finding: { ruleId: string }) => finding.ruleId)).toContain('deps/unpinned-agent-package');
    } finally {
      await removeTree(tree);
    }
  });
});

describe('a folder named ..foo', () => {
  it('is a name inside the root: audited, named relative, and covered by the root ignore file', async () => {
    const tree = await makeTree({ '..foo/agent.py': AGENT, '.cockpitignore': 'ignored.py\n', '..foo/ignored.py': AGENT });
    try {
      const whole = await runCli(['report', '.', '--quiet', '--format', 'json'], { cwd: tree });
      const findings = (JSON.parse(whole.stdout) as { agents: Array<{ findings: Array<{ file: string }> }> }).agents.flatMap((agent) => agent.findings.map((finding) => finding.file));
      expect(findings).toEqual(['..foo/agent.py']);
      const alone = await runCli(['report', '..foo', '--quiet', '--format', 'json'], { cwd: tree });
      expect(alone.stderr).toBe('');
      expect((JSON.parse(alone.stdout) as { root: string }).root).toBe('..foo');
    } finally {
      await removeTree(tree);
    }
  });
});

describe('ops lake push when PostgreSQL dies mid-push', () => {
  it('exits 3 with one line, never 1 with an unhandled error event', async () => {
    const { startTestPostgres } = await import('./helpers/postgres.js');
    const server = await startTestPostgres();
    const tree = await makeTree({ 'agents/a/agent.py': AGENT });
    let stopped = false;
    try {
      await mkdir(path.join(tree, 'lake'));
      const audit = await runCli(['report', '--workspace', tree, '--lake', path.join(tree, 'lake'), '--quiet', '--format', 'json']);
      expect(audit.code).toBe(1);
      const url = await server.createDatabase('push_dies');
      // Hold the schema's migration lock: the push then waits inside a transaction on a checked-out client.
      const holder = server.psql("SELECT pg_advisory_lock(x'636f636b706974'::bigint); SELECT pg_sleep(60);", 'push_dies').catch(() => '');
      const push = runCli(['lake', 'push', '--lake', path.join(tree, 'lake'), '--to', url]);
      for (let attempt = 0; attempt < 100; attempt++) {
        const waiting = await server.psql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%pg_advisory_xact_lock%'");
        if (waiting.trim() === '1') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await server.stop();
      stopped = true;
      await holder;
      const result = await push;
      expectOneLineError(result, /^ops: error: postgres:\/\/\S+: lost the connection to the database \(.+\)\n$/);
    } finally {
      if (!stopped) await server.stop();
      await removeTree(tree);
    }
  }, 60_000);
});
