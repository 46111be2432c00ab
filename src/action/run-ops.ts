import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReportSchema, type Report } from '../report/model.js';
import type { ActionInputs } from './inputs.js';
import type { ActionIo } from './io.js';

/** The CLI of this very checkout: the action audits with the code it was built from. */
const OPS_BIN = fileURLToPath(new URL('../../bin/ops.js', import.meta.url));

export interface OpsRun {
  /** The CLI's exit code. */
  exitCode: number;
  /** Where the JSON report was asked for (under the runner's temp folder). */
  jsonFile: string;
  /** The report, or undefined when the CLI stopped before auditing. */
  report: Report | undefined;
}

/**
 * Runs `ops report --workspace` once, writing the JSON report the step reads and the SARIF log (its locations
 * under `rootPrefix`, the audited folder in the checkout); HTML and the job summary are rendered from the JSON.
 */
export async function runOpsReport(inputs: ActionInputs, io: ActionIo, sarif: { sarifFile: string; rootPrefix: string }): Promise<OpsRun> {
  const scratch = await mkdtemp(path.join(io.env['RUNNER_TEMP'] || os.tmpdir(), 'agentops-cockpit-'));
  const jsonFile = path.join(scratch, 'report.json');
  // The lake goes to the runner's temp folder unless asked for: nothing is left in the checkout to be committed or uploaded.
  const lake = inputs.lake ?? path.join(scratch, 'lake');
  const args = [
    'report',
    inputs.path,
    '--workspace',
    '--format',
    'json',
    '--output',
    jsonFile,
    '--format',
    'sarif',
    '--output',
    sarif.sarifFile,
    ...(sarif.rootPrefix ? [`--sarif-path-prefix=${sarif.rootPrefix}`] : []),
    '--quiet',
    `--lake=${lake}`,
    ...(inputs.shard ? ['--shard', inputs.shard] : []),
    ...(inputs.baseline ? [`--baseline=${inputs.baseline}`] : []),
    ...(inputs.changedSince ? [`--changed-since=${inputs.changedSince}`] : []),
  ];
  io.log(`ops ${args.join(' ')}\n`);
  const exitCode = await runCli(args, io);
  let report: Report | undefined;
  try {
    report = ReportSchema.parse(JSON.parse(await readFile(jsonFile, 'utf8')));
  } catch {
    report = undefined;
  }
  return { exitCode, jsonFile, report };
}

/** The CLI's output can quote repository content, so workflow commands are off while it is echoed. */
function runCli(args: readonly string[], io: ActionIo): Promise<number> {
  const resume = randomBytes(16).toString('hex');
  io.log(`::stop-commands::${resume}\n`);
  // The resume command only counts at the start of a line.
  let atLineStart = true;
  return new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [io.opsBin ?? OPS_BIN, ...args], { cwd: io.cwd, env: { ...io.env, NO_COLOR: '1', FORCE_COLOR: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const forward = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      if (text) atLineStart = text.endsWith('\n');
      io.log(text);
    };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 3));
  }).finally(() => io.log(`${atLineStart ? '' : '\n'}::${resume}::\n`));
}
