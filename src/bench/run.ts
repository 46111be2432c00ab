/**
 * `npm run bench`: generates an agent monorepo slice (default 20 MiB) in a temp dir and times the
 * real CLI on it, end to end, the way CI runs it: a fresh `node bin/ops.js report` process per run.
 *
 *   node dist/bench/run.js [--mb 20] [--runs 3] [--seed 1]
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateAgentTree } from './generate-tree.js';

// dist/bench/run.js (or src/bench/run.ts) → package root, so the bench works from any cwd.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'ops.js');
const MIB = 1024 * 1024;

interface RunResult {
  ms: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** Parsed JSON report, or undefined when the CLI wrote none (crashed, or not built yet). */
  report: unknown;
}

function positive(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, got "${raw}"`);
  return value;
}

function runCli(args: readonly string[]): Promise<Omit<RunResult, 'report'>> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 16_000) stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ ms: performance.now() - started, code, signal, stderr }));
  });
}

async function readReport(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Secret findings in a report, read loosely (any `findings` array, any depth) so the bench keeps
 * working while the report schema evolves.
 */
function countSecretFindings(report: unknown): number {
  let count = 0;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'findings' && Array.isArray(value)) {
        for (const finding of value) {
          const ruleId = (finding as { ruleId?: unknown } | null)?.ruleId;
          const suppressed = (finding as { suppressed?: unknown } | null)?.suppressed;
          if (typeof ruleId === 'string' && ruleId.startsWith('secret/') && !suppressed) count += 1;
        }
      } else visit(value);
    }
  };
  visit(report);
  return count;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      mb: { type: 'string', default: '20' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
    },
    strict: true,
  });
  const mb = positive('mb', values.mb);
  const runs = Math.round(positive('runs', values.runs));
  const seed = Math.round(Number(values.seed));

  const temp = await mkdtemp(path.join(os.tmpdir(), 'cockpit-bench-'));
  // Ctrl-C skips `finally`; remove the tree anyway so a killed bench does not leave 20 MB behind.
  const onSignal = (): void => {
    rmSync(temp, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const treeDir = path.join(temp, 'agents-monorepo');
    const generateStart = performance.now();
    const tree = await generateAgentTree(treeDir, { targetBytes: Math.round(mb * MIB), seed });
    const generateSeconds = (performance.now() - generateStart) / 1000;
    const mib = tree.bytes / MIB;

    const results: RunResult[] = [];
    for (let run = 1; run <= runs; run++) {
      // Reports go next to the tree, not inside it, so run 2 does not scan run 1's output.
      const output = path.join(temp, `report-${run}.json`);
      const result = await runCli(['report', treeDir, '--format', 'json', '--output', output]);
      results.push({ ...result, report: await readReport(output) });
      process.stderr.write(`run ${run}/${runs}: ${(result.ms / 1000).toFixed(2)} s, exit ${result.code ?? result.signal}\n`);
    }

    const seconds = results.map((result) => result.ms / 1000);
    const best = Math.min(...seconds);
    const typical = median(seconds);
    const exits = [...new Set(results.map((result) => String(result.code ?? result.signal)))].join(', ');
    const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';

    console.log(`AgentOps Cockpit benchmark, ${new Date().toISOString()}`);
    console.log(`machine: ${cpu}, ${os.cpus().length} cores, Node ${process.version}, ${os.platform()} ${os.arch()}`);
    console.log(
      `tree: seed ${seed}, ${tree.planted.length} planted secrets, ${tree.decoys} decoys (generated in ${generateSeconds.toFixed(1)} s)`,
    );
    console.log('');
    console.log('| files | MiB | runs | best (s) | median (s) | MiB/s | files/s | exit |');
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |');
    console.log(
      `| ${tree.files} | ${mib.toFixed(1)} | ${runs} | ${best.toFixed(2)} | ${typical.toFixed(2)} | ` +
        `${(mib / typical).toFixed(1)} | ${Math.round(tree.files / typical)} | ${exits} |`,
    );
    console.log('');
    console.log('MiB/s and files/s use the median wall time; each run is a fresh process (startup included).');

    const failed = results.filter((result) => result.report === undefined);
    if (failed.length > 0) {
      // No report means the CLI did not finish an audit (not built, crashed, exit 3): the timings mean nothing.
      const first = failed[0];
      const reason = first?.stderr.trim().split('\n').slice(0, 5).join('\n') || `exit ${first?.code ?? first?.signal}`;
      console.error(`\n${failed.length} of ${runs} runs wrote no report; is the CLI built (npm run build)?\n${reason}`);
      return 1;
    }
    const found = countSecretFindings(results[0]?.report);
    console.log(`secret findings in the report: ${found} (${tree.planted.length} planted)`);
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await rm(temp, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
