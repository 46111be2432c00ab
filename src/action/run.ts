import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, realpath, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE_NAMES } from '../config/file-schema.js';
import { formatHtml } from '../report/html.js';
import { ReportSchema, type Report } from '../report/model.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { writeOutputs, writeStepSummary } from './github-files.js';
import { ActionError, jobExitCode, readInputs, type ActionInputs } from './inputs.js';
import { sarifForRepository } from './sarif.js';
import { blobUrlBase, formatJobSummary } from './summary.js';
import { ANNOTATIONS_PER_KIND, reportAnnotations, workflowAnnotation } from '../report/github-annotations.js';
import { leavesBase } from '../util/path-containment.js';

/** The CLI of this very checkout: the action audits with the code it was built from. */
const OPS_BIN = fileURLToPath(new URL('../../bin/ops.js', import.meta.url));

export interface ActionIo {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Log lines (the step's log); the CLI's own stdout and stderr are forwarded here too. */
  log: (text: string) => void;
  /** The CLI script to run (default bin/ops.js); the action's bundle runs its own copy beside it. */
  opsBin?: string;
}

/** A workflow-command annotation; the message is escaped the way the runner decodes it, so it stays one command. */
export function annotation(kind: 'error' | 'warning', message: string): string {
  return workflowAnnotation(kind, message, { title: 'AgentOps Cockpit' });
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * The CLI has no --config flag: it reads cockpit.yaml (else cockpit.yml) in the audited folder. So
 * `config` is a check, not a redirect: the file must exist and be the one the CLI will read, so a
 * misplaced policy fails the job instead of the audit silently running on defaults.
 */
async function checkConfig(config: string, root: string, inputs: ActionInputs, cwd: string): Promise<void> {
  const given = path.resolve(cwd, config);
  if (!(await isFile(given))) throw new ActionError(`config: '${config}' does not exist or is not a file`);
  let effective: string | undefined;
  for (const name of CONFIG_FILE_NAMES) {
    if (await isFile(path.join(root, name))) {
      effective = path.join(root, name);
      break;
    }
  }
  if (!effective || (await realpath(effective)) !== (await realpath(given))) {
    const read = effective ? `reads ${path.relative(cwd, effective) || effective}` : `would read ${inputs.path}/cockpit.yaml`;
    throw new ActionError(
      `config: '${config}' is not the policy the audit uses: the cockpit ${read} (the audited folder's cockpit.yaml, else cockpit.yml). ` +
        `Move the file there, or set path to its folder.`,
    );
  }
}

/**
 * Runs `ops report --workspace --format json` once; every other format is rendered from that report.
 * The CLI's output can quote repository content, so workflow commands are off while it is echoed.
 */
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

function posixRelative(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/');
}

async function writeReportFile(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, content);
}

/** The whole action: inputs → one audit → SARIF, HTML, job summary and outputs → the job's exit code. */
export async function runAction(io: ActionIo): Promise<number> {
  const { env, cwd } = io;
  let inputs: ActionInputs;
  try {
    inputs = readInputs(env);
    const root = path.resolve(cwd, inputs.path);
    if (!(await stat(root).catch(() => undefined))?.isDirectory()) throw new ActionError(`path: '${inputs.path}' is not a directory`);
    if (inputs.config) await checkConfig(inputs.config, root, inputs, cwd);
  } catch (error) {
    if (!(error instanceof ActionError)) throw error;
    io.log(annotation('error', error.message));
    await writeOutputs(env['GITHUB_OUTPUT'], { 'exit-code': 3 });
    return 3;
  }

  const scratch = await mkdtemp(path.join(env['RUNNER_TEMP'] || os.tmpdir(), 'agentops-cockpit-'));
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
    '--quiet',
    `--lake=${lake}`,
    ...(inputs.shard ? ['--shard', inputs.shard] : []),
    ...(inputs.baseline ? [`--baseline=${inputs.baseline}`] : []),
    ...(inputs.changedSince ? [`--changed-since=${inputs.changedSince}`] : []),
  ];
  io.log(`ops ${args.join(' ')}\n`);
  const cliExit = await runCli(args, io);

  let report: Report;
  try {
    report = ReportSchema.parse(JSON.parse(await readFile(jsonFile, 'utf8')));
  } catch {
    // No report: the CLI stopped before auditing (invalid cockpit.yaml, bad flag). Its one-line reason is in the log above.
    const code = cliExit === 0 ? 3 : cliExit;
    io.log(annotation('error', `the audit could not be done (ops exited ${cliExit}); see the message above`));
    await writeStepSummary(env['GITHUB_STEP_SUMMARY'], `## AgentOps Cockpit: the audit could not be done\n\n\`ops report\` exited ${cliExit} without a report; the reason is in the step's log.\n`);
    await writeOutputs(env['GITHUB_OUTPUT'], { 'exit-code': code });
    return code;
  }

  const checkout = path.resolve(cwd, env['GITHUB_WORKSPACE'] || cwd);
  let rootPrefix = posixRelative(checkout, path.resolve(cwd, inputs.path));
  if (leavesBase(rootPrefix)) {
    io.log(annotation('warning', `path '${inputs.path}' is outside the checkout; SARIF locations stay relative to it`));
    rootPrefix = '';
  }
  const sarifFile = path.resolve(cwd, inputs.sarifFile);
  await writeReportFile(sarifFile, sarifForRepository(report, rootPrefix));
  const htmlFile = inputs.htmlFile ? path.resolve(cwd, inputs.htmlFile) : undefined;
  if (htmlFile) await writeReportFile(htmlFile, formatHtml(report, { fleet: true }));

  if (inputs.annotations) {
    // One error annotation is kept for the verdict line below, so GitHub's 10 per step never hides it.
    const { lines, omitted } = reportAnnotations(report, rootPrefix, { error: ANNOTATIONS_PER_KIND - 1 });
    for (const line of lines) io.log(line);
    if (omitted > 0) io.log(`AgentOps Cockpit: ${omitted} more findings were not annotated (GitHub shows ${ANNOTATIONS_PER_KIND} per kind and step); they are in the job summary and the SARIF log\n`);
  }

  const jobExit = jobExitCode(report.exitCode, inputs.failOn);
  const blobBase = blobUrlBase(env);
  await writeStepSummary(
    env['GITHUB_STEP_SUMMARY'],
    formatJobSummary(report, {
      failOn: inputs.failOn,
      jobExitCode: jobExit,
      sarifFile: inputs.sarifFile,
      uploadSarif: inputs.uploadSarif,
      rootPrefix,
      ...(blobBase ? { blobBase } : {}),
      ...(inputs.htmlFile ? { htmlFile: inputs.htmlFile } : {}),
    }),
  );
  await writeOutputs(env['GITHUB_OUTPUT'], {
    'exit-code': report.exitCode,
    verdict: report.verdict,
    findings: report.summary.findings,
    'sarif-file': sarifFile,
    'html-file': htmlFile ?? '',
    'json-file': jsonFile,
  });
  const verdictLine = `verdict ${report.verdict}, gate exit ${report.exitCode}, fail-on ${inputs.failOn}`;
  io.log(jobExit === 0 ? `AgentOps Cockpit: ${verdictLine}: the job passes\n` : annotation('error', `${verdictLine}: the job fails (exit ${jobExit})`));
  return jobExit;
}
