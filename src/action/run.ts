import { writeOutputs, writeStepSummary } from './github-files.js';
import { ActionError, jobExitCode, readInputs, type ActionInputs } from './inputs.js';
import { annotation, type ActionIo } from './io.js';
import { checkPathInputs } from './path-inputs.js';
import { auditedFolderInCheckout, sarifFileIn, writeHtmlFile } from './report-files.js';
import { runOpsReport } from './run-ops.js';
import { blobUrlBase, formatJobSummary } from './summary.js';
import { ANNOTATIONS_PER_KIND, reportAnnotations } from '../report/github-annotations.js';

// The step's entry point (main.ts) and the tests take the annotation format from here, beside the run.
export { annotation } from './io.js';

/** The whole action: inputs → one audit → SARIF, HTML, job summary and outputs → the job's exit code. */
export async function runAction(io: ActionIo): Promise<number> {
  const { env, cwd } = io;
  let inputs: ActionInputs;
  try {
    inputs = readInputs(env);
    await checkPathInputs(inputs, cwd);
  } catch (error) {
    if (!(error instanceof ActionError)) throw error;
    io.log(annotation('error', error.message));
    await writeOutputs(env['GITHUB_OUTPUT'], { 'exit-code': 3 });
    return 3;
  }

  const rootPrefix = auditedFolderInCheckout(inputs, io);
  const sarifFile = await sarifFileIn(inputs, io);
  // One audit writes the JSON the step reads and the SARIF code scanning reads, as `ops report --format sarif` would.
  const { exitCode: cliExit, jsonFile, report } = await runOpsReport(inputs, io, { sarifFile, rootPrefix });
  // No report: the CLI stopped before auditing (invalid cockpit.yaml, bad flag). A report with exit 3 from a run whose
  // verdict is not 3: the CLI could not write an output after it (the SARIF file), so code scanning would get none.
  // Either way its one-line reason is in the log above.
  if (!report || (cliExit === 3 && report.exitCode !== 3)) {
    const code = cliExit === 0 ? 3 : cliExit;
    const what = report ? 'could not write its outputs' : 'could not be done';
    io.log(annotation('error', `the audit ${what} (ops exited ${cliExit}); see the message above`));
    await writeStepSummary(env['GITHUB_STEP_SUMMARY'], `## AgentOps Cockpit: the audit ${what}\n\n\`ops report\` exited ${cliExit}; the reason is in the step's log.\n`);
    await writeOutputs(env['GITHUB_OUTPUT'], { 'exit-code': code });
    return code;
  }

  const htmlFile = await writeHtmlFile(report, inputs, io);

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
