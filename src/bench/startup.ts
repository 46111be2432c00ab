/**
 * Start-up bench (issue 16, "Lazy everything"): how long a fresh `node bin/ops.js …` process takes for the
 * commands people run most often, next to `node -e 0` on the same machine in the same loop. Each round runs
 * every command once, in turn, so a busy machine slows all of them alike; the table shows medians.
 *
 *   node dist-dev/bench/startup.js [--runs 11] [--agent examples/docs-qa] [--bin bin/ops.js]
 *
 * `--bin` times another build's entry (e.g. a scratch build), to compare before and after.
 *
 * Targets (docs/BENCHMARKS.md, Start-up): --version and --help at most 1.5x `node -e 0`, a one-agent report
 * at most 4x, `report --staged` with nothing staged at most 3x. Exit 1 when a command fails, not when a
 * target is missed: the table says that.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runMain } from './run-main.js';
import { median } from './summary.js';

// dist-dev/bench/startup.js (or src/bench/startup.ts) → package root.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'ops.js');
const GIT_ENV = { GIT_CONFIG_GLOBAL: os.devNull, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid' };

interface Case {
  label: string;
  args: readonly string[];
  cwd: string;
  /** Most a median may be, as a multiple of `node -e 0`; undefined for the reference itself. */
  target?: number;
}

/** Milliseconds from spawn to exit; rejects when the command fails (exit 3, a signal) so a broken build never passes as fast. */
function timeRun(args: readonly string[], cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...GIT_ENV, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      // 0-2 are verdicts; 3 means the command could not do its job.
      if (signal !== null || code === null || code > 2) reject(new Error(`node ${args.join(' ')}: exit ${code ?? signal}\n${stderr.trim().split('\n').slice(0, 5).join('\n')}`));
      else resolve(ms);
    });
  });
}

/** A git repository holding one committed agent and nothing staged: what a pre-commit hook sees on a clean commit. */
async function cleanRepository(agent: string): Promise<string> {
  const repo = await mkdtemp(path.join(os.tmpdir(), 'cockpit-startup-'));
  await cp(agent, repo, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore', env: { ...process.env, ...GIT_ENV } });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'agent');
  return repo;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '11' }, agent: { type: 'string', default: 'examples/docs-qa' }, bin: { type: 'string', default: BIN } },
    strict: true,
  });
  const bin = path.resolve(ROOT, values.bin);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number, got "${values.runs}"`);
  const agent = path.resolve(ROOT, values.agent);
  const repo = await cleanRepository(agent);
  try {
    const cases: Case[] = [
      { label: 'node -e 0', args: ['-e', '0'], cwd: ROOT },
      { label: 'ops --version', args: [bin, '--version'], cwd: ROOT, target: 1.5 },
      { label: 'ops --help', args: [bin, '--help'], cwd: ROOT, target: 1.5 },
      { label: `ops report ${values.agent}`, args: [bin, 'report', agent], cwd: ROOT, target: 4 },
      { label: 'ops report --staged (nothing staged)', args: [bin, 'report', '--staged', '--quiet'], cwd: repo, target: 3 },
    ];
    // One warm-up round: the first process after a build pays for cold file caches.
    for (const entry of cases) await timeRun(entry.args, entry.cwd);
    const samples = cases.map(() => [] as number[]);
    for (let round = 0; round < runs; round++) {
      for (const [index, entry] of cases.entries()) samples[index]!.push(await timeRun(entry.args, entry.cwd));
    }
    const reference = median(samples[0]!);
    const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
    console.log(`Start-up: medians of ${runs} interleaved runs · ${cpu}, ${os.cpus().length} cores, Node ${process.version}, load ${os.loadavg()[0]!.toFixed(2)}`);
    console.log(`${'command'.padEnd(42)} ${'ms'.padStart(7)} ${'ratio'.padStart(7)}  target`);
    for (const [index, entry] of cases.entries()) {
      const ms = median(samples[index]!);
      const ratio = ms / reference;
      const verdict = entry.target === undefined ? '' : `≤ ${entry.target}x ${ratio <= entry.target ? 'met' : 'MISSED'}`;
      console.log(`${entry.label.padEnd(42)} ${ms.toFixed(0).padStart(7)} ${`${ratio.toFixed(2)}x`.padStart(7)}  ${verdict}`);
    }
    return 0;
  } finally {
    await rm(repo, { recursive: true, force: true });
  }
}

runMain(main);
