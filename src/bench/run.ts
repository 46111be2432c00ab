/**
 * `npm run bench`: generates an agent monorepo slice (default 20 MiB) in a temp dir and times the
 * real CLI on it, end to end, the way CI runs it: a fresh `node bin/ops.js report` process per run.
 * Then the fleet section: for each fleet size, a generated fleet of agents (generate-fleet.ts) and
 * `ops report --workspace` on it, cold (`--no-cache`, fresh lake) and warm (same lake, cache on,
 * nothing changed), with the child's peak RSS from GNU time when it is there.
 *
 *   node dist-dev/bench/run.js [--mb 20] [--runs 3] [--seed 1] [--fleet-sizes 100,400,2000] [--quick] [--bin PATH]
 *
 * `--quick` is a 5 MiB tree and a 100-agent fleet; `--fleet-sizes ""` skips the fleet section.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateFleet } from './generate-fleet.js';
import { generateAgentTree } from './generate-tree.js';
import { runMain } from './run-main.js';
import { machineLine, median } from './summary.js';

// dist-dev/bench/run.js (or src/bench/run.ts) → package root, so the bench works from any cwd.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The CLI under test; `--bin` points the bench at another build (A/B comparisons). */
let BIN = path.join(ROOT, 'bin', 'ops.js');
const MIB = 1024 * 1024;
/** GNU time: `-f %M -o FILE` writes the child's peak RSS in KiB (BSD/macOS time has neither flag). */
const GNU_TIME = '/usr/bin/time';
const DEFAULT_FLEET_SIZES = '100,400,2000';

interface RunResult {
  ms: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** Peak resident set of the CLI process in bytes, when measured. */
  peakRss?: number | undefined;
  /** Parsed JSON report, or undefined when the CLI wrote none (crashed, or not built yet). */
  report: unknown;
}

function positive(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, got "${raw}"`);
  return value;
}

/**
 * Runs `node bin/ops.js ARGS` in a fresh process. With `rssFile`, the process runs under GNU time,
 * which writes its peak RSS there (read back by `readPeakRss`).
 */
function runCli(args: readonly string[], rssFile?: string): Promise<Omit<RunResult, 'report'>> {
  const [command, commandArgs] =
    rssFile === undefined ? [process.execPath, [BIN, ...args]] : [GNU_TIME, ['-f', '%M', '-o', rssFile, process.execPath, BIN, ...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, {
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

/** `100,400,2000` → [100, 400, 2000]; an empty value means no fleet section. */
function fleetSizes(raw: string): number[] {
  if (raw.trim() === '') return [];
  return raw.split(',').map((part) => {
    const value = Number(part.trim());
    if (!Number.isInteger(value) || value <= 0) throw new Error(`--fleet-sizes takes positive whole numbers separated by commas, got "${raw}"`);
    return value;
  });
}

/** Whether GNU time is there and works (`-f`, `-o`): one throwaway run of `node -e ""`. */
async function canMeasureRss(temp: string): Promise<boolean> {
  if (!existsSync(GNU_TIME)) return false;
  const probe = path.join(temp, 'rss-probe.txt');
  const ok = await new Promise<boolean>((resolve) => {
    const child = spawn(GNU_TIME, ['-f', '%M', '-o', probe, process.execPath, '-e', ''], { stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
  return ok && (await readPeakRss(probe)) !== undefined;
}

/** GNU time's `%M` (KiB) as bytes; its file may start with a "Command exited with non-zero status" line. */
async function readPeakRss(file: string): Promise<number | undefined> {
  try {
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    const kib = Number(lines[lines.length - 1]?.trim());
    return Number.isFinite(kib) && kib > 0 ? kib * 1024 : undefined;
  } catch {
    return undefined;
  }
}

function firstLines(result: RunResult): string {
  return result.stderr.trim().split('\n').slice(0, 5).join('\n') || `exit ${result.code ?? result.signal}`;
}

/** Temp dirs to remove if the bench is killed: Ctrl-C skips `finally`. */
const liveTemps = new Set<string>();

async function makeTemp(prefix: string): Promise<string> {
  const temp = await mkdtemp(path.join(os.tmpdir(), prefix));
  liveTemps.add(temp);
  return temp;
}

async function removeTemp(temp: string): Promise<void> {
  await rm(temp, { recursive: true, force: true });
  liveTemps.delete(temp);
}

/** The single-agent section: one generated tree, `ops report <dir>` per run. */
async function singleTreeSection(mb: number, runs: number, seed: number): Promise<number> {
  const temp = await makeTemp('cockpit-bench-');
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

    console.log(`AgentOps Cockpit benchmark, ${new Date().toISOString()}`);
    console.log(machineLine());
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
      const reason = first ? firstLines(first) : '';
      console.error(`\n${failed.length} of ${runs} runs wrote no report; is the CLI built (npm run build)?\n${reason}`);
      return 1;
    }
    const found = countSecretFindings(results[0]?.report);
    console.log(`secret findings in the report: ${found} (${tree.planted.length} planted)`);
    return 0;
  } finally {
    await removeTemp(temp);
  }
}

interface FleetRow {
  agents: number;
  files: number;
  mib: number;
  generateSeconds: number;
  cold: RunResult[];
  warm: RunResult[];
  planted: number;
}

/**
 * Agents listed in a workspace report, read loosely: the `agents` array without the repository entry (files
 * outside every agent, `kind: 'repository'`), else `summary.agents`.
 */
function reportedAgents(report: unknown): number | undefined {
  const agents = (report as { agents?: unknown } | null)?.agents;
  if (Array.isArray(agents)) return agents.filter((agent) => (agent as { kind?: unknown } | null)?.kind !== 'repository').length;
  const summary = (report as { summary?: { agents?: unknown } } | null)?.summary;
  return typeof summary?.agents === 'number' ? summary.agents : undefined;
}

/**
 * The fleet section: per size, generate a fleet, then per run a cold audit (`--no-cache`, fresh
 * lake) followed by a warm one (same lake, cache on, nothing changed). Each fleet is removed
 * before the next is generated, so at most one is on disk.
 */
async function fleetSection(sizes: readonly number[], runs: number, seed: number): Promise<number> {
  const rows: FleetRow[] = [];
  const probeTemp = await makeTemp('cockpit-fleet-probe-');
  const measureRss = await canMeasureRss(probeTemp).finally(() => removeTemp(probeTemp));
  const problems: string[] = [];

  for (const size of sizes) {
    const temp = await makeTemp(`cockpit-fleet-${size}-`);
    try {
      const fleetDir = path.join(temp, 'fleet');
      const generateStart = performance.now();
      const fleet = await generateFleet(fleetDir, { agents: size, seed });
      const generateSeconds = (performance.now() - generateStart) / 1000;
      process.stderr.write(
        `fleet ${size}: ${fleet.files} files, ${(fleet.bytes / MIB).toFixed(1)} MiB, generated in ${generateSeconds.toFixed(1)} s\n`,
      );
      const row: FleetRow = { agents: size, files: fleet.files, mib: fleet.bytes / MIB, generateSeconds, cold: [], warm: [], planted: fleet.planted.length };
      for (let run = 1; run <= runs; run++) {
        // Lake, reports and RSS files live next to the fleet, never inside it, so the warm run sees no change.
        const lake = path.join(temp, `lake-${run}`);
        for (const mode of ['cold', 'warm'] as const) {
          const output = path.join(temp, `report-${mode}-${run}.json`);
          const rssFile = measureRss ? path.join(temp, `rss-${mode}-${run}.txt`) : undefined;
          const args = ['report', '--workspace', fleetDir, '--format', 'json', '--output', output, '--quiet', '--lake', lake];
          const result = await runCli(mode === 'cold' ? [...args, '--no-cache'] : args, rssFile);
          const peakRss = rssFile === undefined ? undefined : await readPeakRss(rssFile);
          row[mode].push({ ...result, peakRss, report: await readReport(output) });
          process.stderr.write(
            `fleet ${size} run ${run}/${runs} ${mode}: ${(result.ms / 1000).toFixed(2)} s, ` +
              `peak RSS ${peakRss === undefined ? 'n/a' : `${(peakRss / MIB).toFixed(0)} MiB`}, exit ${result.code ?? result.signal}\n`,
          );
        }
      }
      rows.push(row);
    } finally {
      await removeTemp(temp);
    }
  }

  console.log('');
  console.log(`AgentOps Cockpit fleet benchmark (ops report --workspace), ${new Date().toISOString()}`);
  console.log(machineLine());
  console.log(
    `fleets: seed ${seed}, ${runs} run${runs === 1 ? '' : 's'} per size, jobs = ${os.availableParallelism()} (the CLI default); ` +
      'cold = --no-cache and a fresh lake, warm = the same lake, cache on, nothing changed',
  );
  console.log('');
  console.log('| agents | files | MiB | cold (s) | warm (s) | agents/s (cold) | MiB/s (cold) | peak RSS (MiB) | exit |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |');
  for (const row of rows) {
    const cold = median(row.cold.map((result) => result.ms / 1000));
    const warm = median(row.warm.map((result) => result.ms / 1000));
    const all = [...row.cold, ...row.warm];
    const rss = all.map((result) => result.peakRss).filter((value): value is number => value !== undefined);
    const peak = rss.length === all.length && rss.length > 0 ? (Math.max(...rss) / MIB).toFixed(0) : 'n/a';
    const exits = [...new Set(all.map((result) => String(result.code ?? result.signal)))].join(', ');
    console.log(
      `| ${row.agents} | ${row.files} | ${row.mib.toFixed(1)} | ${cold.toFixed(2)} | ${warm.toFixed(2)} | ` +
        `${(row.agents / cold).toFixed(1)} | ${(row.mib / cold).toFixed(2)} | ${peak} | ${exits} |`,
    );
  }
  console.log('');
  console.log(
    'Times are medians of wall clock per fresh process (startup included); peak RSS is the largest of the runs ' +
      `(GNU time %M${measureRss ? '' : ', not available here'}). Exit 1 is expected: every fleet carries planted secrets.`,
  );
  if (rows.length >= 2) {
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (first && last) {
      const ratio = median(last.cold.map((result) => result.ms)) / median(first.cold.map((result) => result.ms));
      console.log(
        `scaling ${first.agents} → ${last.agents} agents (×${(last.agents / first.agents).toFixed(0)}): cold time ×${ratio.toFixed(2)}`,
      );
    }
  }
  for (const row of rows) {
    const cold = row.cold[0];
    const warmReport = row.warm[0]?.report;
    const listed = reportedAgents(cold?.report);
    console.log(
      `${row.agents} agents: generated in ${row.generateSeconds.toFixed(1)} s; report lists ${listed ?? 'no'} agents ` +
        `(warm ${reportedAgents(warmReport) ?? 'no'}), ${countSecretFindings(cold?.report)} secret findings (${row.planted} planted)`,
    );
    const failed = [...row.cold, ...row.warm].filter((result) => result.report === undefined);
    if (failed[0]) problems.push(`${row.agents} agents: ${failed.length} runs wrote no report\n${firstLines(failed[0])}`);
    else if (listed !== row.agents) problems.push(`${row.agents} agents: the report lists ${listed ?? 'no'} agents`);
  }
  if (problems.length > 0) {
    console.error(`\nfleet runs went wrong; is the CLI built (npm run build)?\n${problems.join('\n')}`);
    return 1;
  }
  return 0;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      mb: { type: 'string' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      'fleet-sizes': { type: 'string' },
      quick: { type: 'boolean', default: false },
      bin: { type: 'string' },
    },
    strict: true,
  });
  const quick = values.quick === true;
  if (values.bin !== undefined) BIN = path.resolve(values.bin);
  const mb = positive('mb', values.mb ?? (quick ? '5' : '20'));
  const runs = Math.round(positive('runs', values.runs));
  const seed = Math.round(Number(values.seed));
  const sizes = fleetSizes(values['fleet-sizes'] ?? (quick ? '100' : DEFAULT_FLEET_SIZES));

  // Ctrl-C skips `finally`; remove the temp dirs anyway so a killed bench does not leave megabytes behind.
  const onSignal = (): void => {
    for (const temp of liveTemps) rmSync(temp, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const single = await singleTreeSection(mb, runs, seed);
    const fleet = sizes.length > 0 ? await fleetSection(sizes, runs, seed) : 0;
    return Math.max(single, fleet);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

runMain(main);
