import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitRepo, type GitRepo } from '../src/changes/testing/git-repo.js';
import { BIN, REPO_ROOT, removeTree, runCli } from './helpers/cli.js';

// Start-up stays fast only while each command loads what it uses (issue 16; docs/BENCHMARKS.md, Start-up).
// A resolve hook records every module the CLI process resolves; these tests name what must not be among them.

const SLOW_MACHINE_TIMEOUT = 60_000;
const GIT_ENV = { GIT_CONFIG_GLOBAL: os.devNull, GIT_CONFIG_NOSYSTEM: '1' };

/** npm packages only some commands or flags need: the HTTP client, PostgreSQL, the server, MCP, zod, the worker pool. */
const HEAVY_PACKAGES = ['zod', 'undici', 'pg', 'hono', '@hono/node-server', '@modelcontextprotocol/sdk', 'piscina', 'htmlparser2', 'diff'];

let hookDir: string;
let repo: GitRepo;
/**
 * tsc's output (dist/cli/main.js), whose module URLs name what loaded. bin/ops.js runs the bundle of the same
 * sources (dist/ops.js, scripts/bundle.mjs), whose chunks keep these boundaries under other names.
 */
let compiledBin: string;
const RUNS_BIN_OPS = BIN.endsWith(path.join('bin', 'ops.js'));

beforeAll(async () => {
  hookDir = await mkdtemp(path.join(os.tmpdir(), 'cockpit-imports-'));
  await writeFile(
    path.join(hookDir, 'hooks.mjs'),
    "import { appendFileSync } from 'node:fs';\nexport async function resolve(specifier, context, next) {\n  const result = await next(specifier, context);\n  appendFileSync(process.env.COCKPIT_IMPORT_LOG, `${result.url}\\n`);\n  return result;\n}\n",
  );
  await writeFile(path.join(hookDir, 'register.mjs'), "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n");
  // A COCKPIT_TEST_BIN other than a bin/ops.js (.scratch/NAME/ops.mjs) runs tsc's output itself.
  compiledBin = RUNS_BIN_OPS ? path.join(hookDir, 'compiled.mjs') : BIN;
  const main = pathToFileURL(path.join(path.dirname(path.dirname(BIN)), 'dist', 'cli', 'main.js')).href;
  await writeFile(path.join(hookDir, 'compiled.mjs'), `import { main } from ${JSON.stringify(main)};\nprocess.exitCode = await main(process.argv);\n`);
  repo = await createGitRepo({ 'agent.py': 'from google.adk.agents import Agent\n\nroot_agent = Agent(name="helper", model="gemini-2.5-flash", instruction="Help.")\n' });
});

afterAll(async () => {
  await removeTree(hookDir);
  await repo.remove();
});

/** Runs the CLI and returns its exit code and the npm packages and our modules it resolved. */
async function resolvedBy(name: string, args: readonly string[], cwd: string = REPO_ROOT, bin: string = compiledBin): Promise<{ code: number; packages: Set<string>; modules: string[] }> {
  const log = path.join(hookDir, `${name}.log`);
  await writeFile(log, '');
  const result = await runCli(args, { cwd, bin, env: { ...GIT_ENV, COCKPIT_IMPORT_LOG: log, NODE_OPTIONS: `--import=${pathToFileURL(path.join(hookDir, 'register.mjs')).href}` } });
  const urls = (await readFile(log, 'utf8')).split('\n').filter((url) => url.startsWith('file:'));
  const packages = new Set(urls.map((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1]).filter((name): name is string => name !== undefined));
  return { code: result.code, packages, modules: urls.filter((url) => !url.includes('/node_modules/')) };
}

describe('what each command loads', { timeout: SLOW_MACHINE_TIMEOUT }, () => {
  it('ops --version loads no npm package and no command', async () => {
    const { code, packages, modules } = await resolvedBy('version', ['--version']);
    expect(code).toBe(0);
    expect([...packages]).toEqual([]);
    expect(modules.filter((url) => url.includes('/cli/commands/'))).toEqual([]);
  });

  it('ops --help loads the registrations only, none of the code that runs a command', async () => {
    const { code, packages, modules } = await resolvedBy('help', ['--help']);
    expect(code).toBe(0);
    // commander itself is required as CommonJS, which an ESM resolve hook does not see.
    expect([...packages]).toEqual([]);
    expect(modules.filter((url) => /\/cli\/commands\/[a-z-]+-run\.js$/.test(url) || /\/(audit|rules|report|mcp|store|registry|secrets)\/|\/server\/(?!token-length\.js$)/.test(url))).toEqual([]);
  });

  it('ops report --staged with nothing staged ends before the audit engine loads', async () => {
    const { code, packages, modules } = await resolvedBy('staged', ['report', '--staged', '--quiet'], repo.root);
    expect(code).toBe(0);
    expect([...packages].filter((name) => HEAVY_PACKAGES.includes(name) || name === 'web-tree-sitter')).toEqual([]);
    expect(modules.filter((url) => /\/(audit|rules|secrets|discovery)\//.test(url))).toEqual([]);
  });

  it('ops report of one small agent loads the engine but none of what other flags need', async () => {
    const { code, packages } = await resolvedBy('report', ['report', repo.root]);
    expect(code).toBe(0);
    expect(packages.has('web-tree-sitter')).toBe(true);
    expect([...packages].filter((name) => HEAVY_PACKAGES.includes(name))).toEqual([]);
  });

  it('bin/ops.js runs the bundle in dist/, as lazy: no npm package for --version, none of the heavy ones for a report', async () => {
    const version = await resolvedBy('bundle-version', ['--version'], REPO_ROOT, BIN);
    expect(version.code).toBe(0);
    expect([...version.packages]).toEqual([]);
    if (RUNS_BIN_OPS) {
      expect(version.modules.filter((url) => url.endsWith('/dist/ops.js'))).toHaveLength(1);
      expect(version.modules.filter((url) => url.includes('/dist/cli/'))).toEqual([]);
    }
    const report = await resolvedBy('bundle-report', ['report', repo.root], REPO_ROOT, BIN);
    expect(report.code).toBe(0);
    expect(report.packages.has('web-tree-sitter')).toBe(true);
    expect([...report.packages].filter((name) => HEAVY_PACKAGES.includes(name))).toEqual([]);
  });
});
