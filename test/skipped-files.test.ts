import { spawn } from 'node:child_process';
import { chmod, chown, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../src/report/model.js';
import { makeTree, removeTree, REPO_ROOT, runCli, tokenLike, type CliResult } from './helpers/cli.js';

/**
 * Fail closed on skipped files (issue: "a file that cannot be read or starts with a NUL byte is
 * skipped and the run passes"): every skip is reported with its reason, and one that may hide a
 * secret (unreadable file or folder, NUL-prefixed text) exits 3 unless it is excluded on purpose.
 */
const BIN = process.env['COCKPIT_TEST_BIN'] ?? path.join(REPO_ROOT, 'bin', 'ops.js');
const AGENT = 'from langchain.agents import AgentExecutor\n';
const KEY_LINE = `GITHUB_TOKEN = "${tokenLike('ghp_', 36, 77, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}"\n`;
const NOBODY = 65534;

/** Root reads anything, so as root the CLI runs as `nobody` (who owns the tree) for permissions to bite. */
const asRoot = process.getuid?.() === 0;

function runCliAsUser(args: readonly string[], cwd: string): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', COCKPIT_FORMAT: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? 99, stdout, stderr }));
  });
}

/** A tree the unprivileged user can walk, with the named entries locked (mode 0000). */
async function lockedTree(files: Record<string, string>, locked: readonly string[]): Promise<string> {
  const tree = await makeTree(files);
  trees.push({ tree, locked });
  if (asRoot) {
    await chown(tree, NOBODY, NOBODY);
    for (const relative of Object.keys(files)) await chown(path.join(tree, relative), NOBODY, NOBODY);
  }
  for (const relative of locked) await chmod(path.join(tree, relative), 0o000);
  return tree;
}

const trees: Array<{ tree: string; locked: readonly string[] }> = [];
afterEach(async () => {
  for (const { tree, locked } of trees.splice(0)) {
    for (const relative of locked) await chmod(path.join(tree, relative), 0o755).catch(() => undefined);
    await removeTree(tree);
  }
});

function jsonReport(result: CliResult): Report {
  return ReportSchema.parse(JSON.parse(result.stdout));
}

describe('skipped files', () => {
  it('fails closed (exit 3) on an unreadable file that holds a key, naming it and the fix in one line', async () => {
    const tree = await lockedTree({ 'agent.py': AGENT, 'settings.py': KEY_LINE }, ['settings.py']);
    const result = await runCliAsUser(['report', '.', '--format', 'json', '--no-cache'], tree);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(
      'ops: error: settings.py: not scanned (unreadable); it may hold a secret: make it readable, or add it to .cockpitignore to skip it on purpose\n',
    );
    const report = jsonReport(result);
    expect(report.verdict).toBe('failed');
    expect(report.agents[0]?.skipped).toEqual([{ path: 'settings.py', reason: 'unreadable' }]);
    expect(report.agents[0]?.stats.filesSkipped).toBe(1);
  });

  it('lists the unreadable file as an error notification in SARIF and as a line in text', async () => {
    const tree = await lockedTree({ 'agent.py': AGENT, 'settings.py': KEY_LINE }, ['settings.py']);
    const sarif = await runCliAsUser(['report', '.', '--format', 'sarif', '--no-cache'], tree);
    expect(sarif.code).toBe(3);
    const [invocation] = JSON.parse(sarif.stdout).runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([
      expect.objectContaining({
        level: 'error',
        descriptor: { id: 'skipped/unreadable' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'settings.py', uriBaseId: '%SRCROOT%' } } }],
      }),
    ]);
    const text = await runCliAsUser(['report', '.', '--no-cache'], tree);
    expect(text.code).toBe(3);
    expect(text.stdout).toContain('1 skipped (1 unreadable)');
    expect(text.stdout).toMatch(/✖ settings\.py {2}skipped\/unreadable\n {6}not scanned, so it may hold a secret/);
    expect(text.stdout).not.toContain('no findings');
  });

  it('does not touch an unreadable file excluded in .cockpitignore, and passes', async () => {
    const tree = await lockedTree({ 'agent.py': AGENT, 'settings.py': KEY_LINE, '.cockpitignore': 'settings.py\n' }, ['settings.py']);
    const result = await runCliAsUser(['report', '.', '--format', 'json', '--no-cache'], tree);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(jsonReport(result).agents[0]?.skipped).toEqual([]);
  });

  it('reports a folder it cannot list instead of dropping it, and fails closed', async () => {
    const tree = await lockedTree({ 'agent.py': AGENT, 'private/keys.py': KEY_LINE }, ['private']);
    const result = await runCliAsUser(['report', '.', '--format', 'json', '--no-cache'], tree);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^ops: error: private: not scanned \(unreadable-folder\);.*\.cockpitignore/);
    expect(jsonReport(result).agents[0]?.skipped).toEqual([{ path: 'private', reason: 'unreadable-folder' }]);

    await writeFile(path.join(tree, '.cockpitignore'), 'private/\n');
    const excluded = await runCliAsUser(['report', '.', '--format', 'json', '--no-cache'], tree);
    expect(excluded.code).toBe(0);
    expect(jsonReport(excluded).agents[0]?.skipped).toEqual([]);
  });

  it('fails closed on a key file hidden behind leading NUL bytes (not scanned: exit 3, not 0)', async () => {
    const tree = await makeTree({ 'agent.py': AGENT, 'settings.py': Buffer.concat([Buffer.from([0, 0, 0, 0]), Buffer.from(KEY_LINE)]) });
    trees.push({ tree, locked: [] });
    const result = await runCli(['report', tree, '--format', 'json', '--no-cache']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^ops: error: settings\.py: not scanned \(nul-prefixed\);/);
    expect(jsonReport(result).agents[0]?.skipped).toEqual([{ path: 'settings.py', reason: 'nul-prefixed' }]);
  });

  it('lists images and real binaries as skipped without failing the run', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from('IHDR'), Buffer.alloc(64)]);
    // Model weights without a known extension: NULs all through, not just in front.
    const weights = Buffer.concat([Buffer.from([0, 0, 0, 1]), Buffer.from('layer'), Buffer.from([0, 0, 2, 0, 0x7f, 0])]);
    const tree = await makeTree({ 'agent.py': AGENT, 'logo.png': png, 'model.weights': weights, 'poetry.lock': KEY_LINE });
    trees.push({ tree, locked: [] });
    const result = await runCli(['report', tree, '--format', 'json', '--no-cache']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(jsonReport(result).agents[0]?.skipped).toEqual([
      { path: 'logo.png', reason: 'binary-extension' },
      { path: 'model.weights', reason: 'binary-content' },
      { path: 'poetry.lock', reason: 'lockfile' },
    ]);
    const text = await runCli(['report', tree, '--no-cache']);
    expect(text.stdout).toContain('3 skipped (1 binary-content, 1 binary-extension, 1 lockfile)');
    expect(text.stdout).toContain('no findings');
  });
});
