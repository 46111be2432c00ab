import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { FAIL_ON, INPUT_ENV, jobExitCode, readInputs, ActionError, type InputName } from '../src/action/inputs.js';
import { annotation, runAction } from '../src/action/run.js';
import { blobUrlBase, formatJobSummary, markdownText, SUMMARY_LIMITS } from '../src/action/summary.js';
import { escapeProperty, workflowAnnotation } from '../src/report/github-annotations.js';
import { ReportSchema, type AgentReport, type Report } from '../src/report/model.js';
import { makeTree, removeTree, REPO_ROOT, runCli, tokenLike } from './helpers/cli.js';
import { createGitRepo } from '../src/changes/testing/git-repo.js';
import { sarifSchemaErrors } from './helpers/sarif-schema.js';

interface ActionStep {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

interface ActionManifest {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

interface SarifLog {
  runs: Array<{
    automationDetails: { id: string };
    results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
  }>;
}

const manifest = YAML.parse(await readFile(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionManifest;
const auditStep = manifest.runs.steps.find((step) => step.id === 'cockpit');

/** The runner's multiline output format: `name<<DELIMITER`, the value, the delimiter. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const match = /^([\w-]+)<<(.+)$/.exec(lines[index]!);
    if (!match) continue;
    const end = lines.indexOf(match[2]!, index + 1);
    outputs[match[1]!] = lines.slice(index + 1, end).join('\n');
    index = end;
  }
  return outputs;
}

/** The environment of a runner step, without anything from the machine running the tests that could leak in. */
function stepEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(INPUT_|GITHUB_|COCKPIT_|RUNNER_)/.test(name)));
  return { ...base, NO_COLOR: '', FORCE_COLOR: '', ...extra };
}

let scratch = '';
let fixture = '';
let run = 0;

interface ActionRun {
  code: number;
  log: string;
  outputs: Record<string, string>;
  summary: string;
}

/** One step run: fresh GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, inputs as action.yml passes them. */
async function runStep(inputs: Partial<Record<InputName, string>>, options: { cwd?: string; process?: boolean } = {}): Promise<ActionRun> {
  run++;
  const outputFile = path.join(scratch, `output-${run}.txt`);
  const summaryFile = path.join(scratch, `summary-${run}.md`);
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const cwd = options.cwd ?? fixture;
  const env = stepEnv({
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: cwd,
    RUNNER_TEMP: scratch,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [INPUT_ENV[name as InputName], value])),
  });
  let code: number;
  let log = '';
  if (options.process) {
    // Exactly what the composite step runs: `node $GITHUB_ACTION_PATH/bundle/main.js`, the committed bundle
    // (test/bundle.test.ts keeps it current).
    ({ code, log } = await new Promise<{ code: number; log: string }>((resolve) => {
      execFile(process.execPath, [path.join(REPO_ROOT, 'bundle', 'main.js')], { cwd, env }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 99) : 0, log: stdout + stderr });
      });
    }));
  } else {
    code = await runAction({ env, cwd, log: (text) => (log += text) });
  }
  return { code, log, outputs: parseOutputs(await readFile(outputFile, 'utf8')), summary: await readFile(summaryFile, 'utf8') };
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'cockpit-action-'));
  // A repository to audit: a copy of the example fleet (its planted keys and PII included), without any lake.
  fixture = path.join(scratch, 'repo');
  await cp(path.join(REPO_ROOT, 'examples'), fixture, { recursive: true, filter: (source) => path.basename(source) !== '.cockpit' });
});

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('action.yml', () => {
  it('is a composite action that installs only runtime dependencies and runs its committed bundle', () => {
    expect(manifest.name).toBe('AgentOps Cockpit');
    expect(manifest.description.length).toBeGreaterThan(20);
    expect(manifest.runs.using).toBe('composite');
    expect(auditStep?.run).toBe('node "$GITHUB_ACTION_PATH/bundle/main.js"');
    const install = manifest.runs.steps.find((step) => step.name === "Install the cockpit's runtime dependencies");
    expect(install?.run).toContain('npm ci --omit=dev --ignore-scripts');
    // Nothing is compiled on the runner: no dev dependency, no tsc, no dist/.
    for (const step of manifest.runs.steps) expect(step.run ?? '', step.name).not.toMatch(/tsc|dist\/|npm run/);
    for (const step of manifest.runs.steps) if (step.run) expect(step.shell, step.name).toBe('bash');
  });

  it('passes every input it declares to the script, and the script reads each one', () => {
    const declared = Object.keys(manifest.inputs).sort();
    expect(declared).toEqual(Object.keys(INPUT_ENV).sort());
    for (const name of declared) {
      expect(auditStep?.env?.[INPUT_ENV[name as InputName]], name).toBe(`\${{ inputs.${name} }}`);
      expect(manifest.inputs[name]!.description.length, name).toBeGreaterThan(10);
    }
    // The defaults in action.yml are the script's own defaults.
    const fromManifest = Object.fromEntries(declared.map((name) => [INPUT_ENV[name as InputName], manifest.inputs[name]!.default ?? '']));
    const defaults = readInputs({});
    expect(readInputs(fromManifest)).toEqual(defaults);
    // Each input, set alone, changes what the script does.
    const samples: Record<InputName, string> = {
      path: 'agents',
      config: 'agents/cockpit.yaml',
      'fail-on': 'never',
      shard: '2/4',
      'sarif-file': 'out/cockpit.sarif',
      'upload-sarif': 'false',
      'html-file': 'out/cockpit.html',
      baseline: '.cockpit/baseline.json',
      'changed-since': 'origin/main',
      lake: 'out/lake',
      annotations: 'false',
    };
    for (const name of declared) {
      expect(readInputs({ [INPUT_ENV[name as InputName]]: samples[name as InputName] }), name).not.toEqual(defaults);
    }
  });

  it('uploads the SARIF with the CodeQL action even after a failing gate, unless upload-sarif is false', () => {
    const upload = manifest.runs.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.uses).toBe('github/codeql-action/upload-sarif@v4');
    expect(upload?.with?.['sarif_file']).toBe('${{ steps.cockpit.outputs.sarif-file }}');
    expect(upload?.if).toContain('!cancelled()');
    expect(upload?.if).toContain("inputs.upload-sarif == 'true'");
    expect(manifest.runs.steps.indexOf(upload!)).toBeGreaterThan(manifest.runs.steps.indexOf(auditStep!));
  });

  it('is documented in docs/CI.md: every input and output, and workflow snippets that parse', async () => {
    const doc = await readFile(path.join(REPO_ROOT, 'docs', 'CI.md'), 'utf8');
    for (const name of Object.keys(manifest.inputs)) expect(doc, name).toContain(`| \`${name}\` |`);
    for (const name of Object.keys(manifest.outputs)) expect(doc, name).toContain(`\`${name}\``);
    const snippets = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);
    expect(snippets.length).toBeGreaterThanOrEqual(4);
    for (const snippet of snippets) expect(() => YAML.parse(snippet), snippet.slice(0, 60)).not.toThrow();
    const usage = snippets.find((snippet) => snippet.includes('uses: agentops-cockpit/agentops-cockpit@')) ?? '';
    expect(usage).toContain('security-events: write');
    const gitlab = YAML.parse(snippets.find((snippet) => snippet.includes('.gitlab-ci.yml')) ?? '') as { cockpit: { script: string[]; artifacts: { when: string } } };
    expect(gitlab.cockpit.script.join('\n')).toContain('ops report --workspace . --format sarif');
    expect(gitlab.cockpit.artifacts.when).toBe('always');
  });

  it('declares outputs that are the audit step\'s outputs', () => {
    for (const [name, output] of Object.entries(manifest.outputs)) expect(output.value, name).toBe(`\${{ steps.cockpit.outputs.${name} }}`);
  });
});

describe('inputs and gate', () => {
  it('maps the gate exit code to the job exit code for each fail-on value', () => {
    const table = FAIL_ON.map((failOn) => [failOn, [0, 1, 2, 3].map((code) => jobExitCode(code, failOn))]);
    expect(table).toEqual([
      ['security', [0, 1, 0, 3]],
      ['policy', [0, 1, 2, 3]],
      ['never', [0, 0, 0, 0]],
    ]);
  });

  it('rejects inputs it cannot honour with a message naming the input', () => {
    expect(() => readInputs({ INPUT_FAIL_ON: 'sometimes' })).toThrow(new ActionError("fail-on: 'sometimes' is not one of security, policy, never"));
    expect(() => readInputs({ INPUT_SHARD: 'half' })).toThrow("shard: 'half' is not K/N (e.g. 2/4)");
    expect(() => readInputs({ INPUT_UPLOAD_SARIF: 'yes' })).toThrow("upload-sarif: 'yes' is not true or false");
    expect(() => readInputs({ INPUT_CHANGED_SINCE: '--output=/etc/x' })).toThrow("changed-since: '--output=/etc/x' is not a git ref");
    expect(readInputs({ INPUT_UPLOAD_SARIF: 'FALSE', INPUT_PATH: '  agents  ' })).toMatchObject({ uploadSarif: false, path: 'agents' });
  });

  it('keeps annotations and summary text inert', () => {
    expect(annotation('error', 'a\nb%0A::set-output name=x::y')).toBe('::error title=AgentOps Cockpit::a%0Ab%250A::set-output name=x::y\n');
    expect(markdownText('x | y ![i](https://t.example/p.png) <b>\n@team')).toBe('x \\| y \\!\\[i\\]\\(https\\:\\/\\/t\\.example\\/p\\.png\\) \\<b\\> \\@team');
  });

  it('escapes annotation properties and messages as the runner decodes them, so repository text stays one command', () => {
    expect(escapeProperty('a,b:c%d\r\ne')).toBe('a%2Cb%3Ac%25d%0D%0Ae');
    const line = workflowAnnotation('warning', 'bad\n::error::forged', { file: 'x,y/a:b.py', line: 3, col: 1, title: 'AgentOps Cockpit: rule/x' });
    expect(line).toBe('::warning file=x%2Cy/a%3Ab.py,line=3,col=1,title=AgentOps Cockpit%3A rule/x::bad%0A::error::forged\n');
    expect(line.split('\n')).toHaveLength(2);
    expect(workflowAnnotation('notice', 'n')).toBe('::notice::n\n');
  });

  it('links to the commit only when the runner variables look right', () => {
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'octo/fleet', GITHUB_SHA: 'a'.repeat(40) };
    expect(blobUrlBase(env)).toBe(`https://github.com/octo/fleet/blob/${'a'.repeat(40)}`);
    expect(blobUrlBase({ ...env, GITHUB_SHA: 'main' })).toBeUndefined();
    expect(blobUrlBase({ ...env, GITHUB_REPOSITORY: 'octo/fleet) [x](y' })).toBeUndefined();
    expect(blobUrlBase({})).toBeUndefined();
  });
});

describe('the action script against a fixture repository', () => {
  it('audits once, writes valid SARIF identical to `ops report --format sarif`, the job summary, HTML and outputs', async () => {
    const result = await runStep({ 'html-file': 'reports/cockpit.html' }, { process: true });
    expect(result.code).toBe(1);

    const report = ReportSchema.parse(JSON.parse(await readFile(result.outputs['json-file']!, 'utf8')));
    expect(result.outputs).toEqual({
      'exit-code': '1',
      verdict: 'security-block',
      findings: String(report.summary.findings),
      'sarif-file': path.join(fixture, 'cockpit.sarif'),
      'html-file': path.join(fixture, 'reports', 'cockpit.html'),
      'json-file': result.outputs['json-file'],
    });
    expect(Object.keys(result.outputs).sort()).toEqual(Object.keys(manifest.outputs).sort());

    const sarif = await readFile(result.outputs['sarif-file']!, 'utf8');
    expect(sarifSchemaErrors(JSON.parse(sarif))).toEqual([]);
    // The same log the CLI writes (the action's lake is in RUNNER_TEMP, so this is an audit of its own).
    const cli = await runCli(['report', '--workspace', '.', '--format', 'sarif', '--quiet'], { cwd: fixture });
    expect(cli.code).toBe(1);
    expect(sarif).toBe(cli.stdout);

    expect(result.summary).toContain('## AgentOps Cockpit: BLOCKED: security critical (secrets or PII)');
    expect(result.summary).toContain('with `fail-on: policy` the job **fails** (exit 1)');
    expect(result.summary).toContain('| Agent | Frameworks | Verdict | error | warning | note |');
    // Files outside every agent (the README, cockpit.yaml) are the repository entry's row.
    expect(report.agents[0]).toMatchObject({ path: '.', kind: 'repository' });
    for (const agent of report.agents) expect(result.summary).toContain(`| ${markdownText(agent.kind === 'repository' ? `${agent.path} (repository)` : agent.path)} |`);
    expect(result.summary).toContain('| Persona | error | warning | note | one-click | structural | verdict |');
    const secops = report.summary.personaMatrix.secops;
    expect(result.summary).toContain(`| SecOps | ${secops.error} | ${secops.warning} | ${secops.note} | ${secops.oneClick} | ${secops.structural} | **BLOCKED** |`);
    expect(result.summary).toContain('| error | secret\\/openai\\-project\\-key | research\\-crew\\/src\\/research\\_crew\\/crew\\.py:12 |');
    expect(result.summary).toContain('SARIF: `cockpit.sarif` (uploaded to code scanning after this step)');

    const page = await readFile(result.outputs['html-file']!, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('Persona Matrix');

    // The CLI's output is echoed with workflow commands off; the verdict is an error annotation.
    const resume = /::stop-commands::([0-9a-f]{32})\n/.exec(result.log)?.[1];
    expect(resume).toBeDefined();
    expect(result.log).toContain(`::${resume}::\n`);
    expect(result.log).toContain('::error title=AgentOps Cockpit::verdict security-block, gate exit 1, fail-on policy: the job fails (exit 1)');

    // The planted example secrets stay out of everything the action writes.
    const source = await readFile(path.join(fixture, 'research-crew', 'src', 'research_crew', 'crew.py'), 'utf8');
    const planted = /sk-proj-[A-Za-z0-9_-]{20,}/.exec(source)?.[0];
    expect(planted).toBeDefined();
    for (const text of [sarif, result.summary, page, result.log]) expect(text).not.toContain(planted!);
  });

  it('fails with exit 3, not the verdict, when the audit finishes but its SARIF cannot be written', async () => {
    await mkdir(path.join(fixture, 'taken.sarif'), { recursive: true });
    try {
      const result = await runStep({ path: 'travel-concierge', 'sarif-file': 'taken.sarif' });
      expect(result.code).toBe(3);
      expect(result.outputs['exit-code']).toBe('3');
      expect(result.log).toMatch(/^::error title=AgentOps Cockpit::the audit could not write its outputs \(ops exited 3\)/m);
      expect(result.summary).toContain('the audit could not write its outputs');
    } finally {
      await rm(path.join(fixture, 'taken.sarif'), { recursive: true, force: true });
    }
  });

  it('fails the job per fail-on, with SARIF paths relative to the repository for a sub-folder', async () => {
    const codes: Record<string, number[]> = {};
    for (const [label, target] of [['fleet', '.'], ['policy block', 'sql-analyst'], ['clean', 'travel-concierge']] as const) {
      codes[label] = [];
      for (const failOn of FAIL_ON) {
        const result = await runStep({ path: target, 'fail-on': failOn, 'sarif-file': `sarif/${target}.sarif` });
        codes[label].push(result.code);
        expect(result.summary).toContain(`with \`fail-on: ${failOn}\` the job ${result.code === 0 ? 'passes' : `**fails** (exit ${result.code})`}`);
      }
    }
    expect(codes).toEqual({ fleet: [1, 1, 0], 'policy block': [0, 2, 0], clean: [0, 0, 0] });

    const log = JSON.parse(await readFile(path.join(fixture, 'sarif', 'sql-analyst.sarif'), 'utf8')) as SarifLog;
    expect(sarifSchemaErrors(log)).toEqual([]);
    const uris = log.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris.length).toBeGreaterThan(0);
    for (const uri of uris) expect(uri).toBe('sql-analyst/agent.py');
    // Nine real action runs (three targets × three fail-on values), each a CLI audit.
  }, 120_000);

  it('audits one shard as its own code scanning run, like `ops report --shard`', async () => {
    const result = await runStep({ shard: '1/2', 'sarif-file': 'shard-1.sarif', 'upload-sarif': 'false' });
    const report = ReportSchema.parse(JSON.parse(await readFile(result.outputs['json-file']!, 'utf8')));
    expect(report.shard).toBe('1/2');
    expect(report.agents.length).toBeLessThan(7);
    expect(result.summary).toContain('Shard 1\\/2 of the fleet.');
    expect(result.summary).toContain('SARIF: `shard-1.sarif` (not uploaded: `upload-sarif: false`)');
    const sarif = await readFile(path.join(fixture, 'shard-1.sarif'), 'utf8');
    expect((JSON.parse(sarif) as SarifLog).runs[0]!.automationDetails.id).toBe('agentops-cockpit/report/shard-1-of-2/');
    const cli = await runCli(['report', '--workspace', '.', '--shard', '1/2', '--format', 'sarif', '--quiet'], { cwd: fixture });
    expect(sarif).toBe(cli.stdout);
  });

  it('checks that config is the policy the audit reads, and fails clearly when it is not', async () => {
    const ok = await runStep({ config: 'cockpit.yaml', 'fail-on': 'never' });
    expect(ok.code).toBe(0);
    expect(ok.outputs['verdict']).toBe('security-block');

    await writeFile(path.join(scratch, 'elsewhere.yaml'), 'gate:\n  block_on: [error]\n');
    const elsewhere = await runStep({ config: '../elsewhere.yaml' });
    expect(elsewhere.code).toBe(3);
    expect(elsewhere.log).toContain("::error title=AgentOps Cockpit::config: '../elsewhere.yaml' is not the policy the audit uses: the cockpit reads cockpit.yaml");
    expect(elsewhere.outputs).toEqual({ 'exit-code': '3' });
    expect(elsewhere.log).not.toContain('ops report');

    const missing = await runStep({ config: 'policy/missing.yaml' });
    expect(missing.code).toBe(3);
    expect(missing.log).toContain("config: 'policy/missing.yaml' does not exist or is not a file");

    const badInput = await runStep({ 'fail-on': 'sometimes' });
    expect(badInput.code).toBe(3);
    expect(badInput.log).toContain("::error title=AgentOps Cockpit::fail-on: 'sometimes' is not one of security, policy, never");
  });

  it('fails with exit 3 and says so when the CLI cannot produce a report', async () => {
    const broken = await makeTree({
      'cockpit.yaml': 'gate:\n  block_on: [fatal]\n',
      'agent/agent.py': 'from openai import OpenAI\n\nclient = OpenAI(timeout=30)\n',
    });
    try {
      const result = await runStep({ 'fail-on': 'never' }, { cwd: broken });
      expect(result.code).toBe(3);
      expect(result.log).toContain('cockpit.yaml');
      expect(result.log).toContain('::error title=AgentOps Cockpit::the audit could not be done (ops exited 3)');
      expect(result.summary).toContain('## AgentOps Cockpit: the audit could not be done');
      expect(result.outputs).toEqual({ 'exit-code': '3' });
    } finally {
      await removeTree(broken);
    }
  });
});

describe('a legacy repository gated with a baseline', () => {
  const OLD_TOKEN = tokenLike('ghp_', 36, 81);
  const NEW_TOKEN = tokenLike('ghp_', 36, 82);
  const agent = (name: string, token?: string) =>
    [
      'from google.adk.agents import Agent; from google.adk.models import Gemini; from google.genai import types',
      ...(token ? [`GITHUB_TOKEN = "${token}"`] : []),
      `root_agent = Agent(name="${name}", model=Gemini(model="gemini-2.5-flash", retry_options=types.HttpRetryOptions(attempts=3)), instruction="Help.")`,
      '',
    ].join('\n');

  it('fails the pull request only on the new finding, annotates only it, and leaves no lake in the checkout', async () => {
    const repo = await makeTree({ 'agents/legacy/agent.py': agent('legacy', OLD_TOKEN), 'agents/fresh/agent.py': agent('fresh') });
    try {
      expect((await runCli(['baseline', 'create', '.', '--workspace', '--quiet', '--jobs', '1'], { cwd: repo })).code).toBe(0);
      const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'octo/fleet', GITHUB_SHA: 'b'.repeat(40) };

      // The legacy finding alone: listed in the baseline, so the job passes and nothing is annotated.
      const legacy = await runStepWithEnv(repo, { baseline: '.cockpit/baseline.json', 'upload-sarif': 'false' }, env);
      expect(legacy.code).toBe(0);
      expect(legacy.log).not.toMatch(/^::(error|warning|notice) file=/m);
      expect(legacy.summary).toContain('Gated on new findings only: baseline');

      // A pull request adds a second secret in another agent: only it counts, only it is annotated.
      await writeFile(path.join(repo, 'agents', 'fresh', 'agent.py'), agent('fresh', NEW_TOKEN));
      const pr = await runStepWithEnv(repo, { baseline: '.cockpit/baseline.json', 'upload-sarif': 'false' }, env);
      expect(pr.code).toBe(1);
      expect(pr.outputs['findings']).toBe('1');
      const annotations = pr.log.split('\n').filter((line) => /^::(error|warning|notice) file=/.test(line));
      expect(annotations).toHaveLength(1);
      expect(annotations[0]).toMatch(/^::error file=agents\/fresh\/agent\.py,line=2,col=\d+,title=AgentOps Cockpit%3A secret\/github-pat::.+ Fix: /);
      for (const text of [pr.log, pr.summary]) {
        expect(text).not.toContain(NEW_TOKEN);
        expect(text).not.toContain(OLD_TOKEN);
      }
      expect(pr.summary).toContain(`[agents\\/fresh\\/agent\\.py:2](https://github.com/octo/fleet/blob/${'b'.repeat(40)}/agents/fresh/agent.py#L2)`);
      // The legacy finding stays in code scanning as unchanged, not fixed.
      const sarif = JSON.parse(await readFile(path.join(repo, 'cockpit.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ baselineState?: string; locations: SarifLog['runs'][0]['results'][0]['locations'] }> }> };
      expect(sarif.runs[0]!.results.map((result) => [result.locations[0]!.physicalLocation.artifactLocation.uri, result.baselineState]).sort()).toEqual([
        ['agents/fresh/agent.py', 'new'],
        ['agents/legacy/agent.py', 'unchanged'],
      ]);

      // The lake went to the runner's temp folder: the checkout holds only what was there plus the SARIF.
      await expect(readFile(path.join(repo, '.cockpit', 'evidence_lake', 'x'))).rejects.toThrow(/ENOENT/);
      const { readdir } = await import('node:fs/promises');
      expect((await readdir(path.join(repo, '.cockpit'))).sort()).toEqual(['baseline.json']);
    } finally {
      await removeTree(repo);
    }
  }, 120_000);

  it('with changed-since, audits the changed agents and fails only on the changed lines', async () => {
    const repo = await createGitRepo({ 'agents/legacy/agent.py': agent('legacy', OLD_TOKEN), 'agents/fresh/agent.py': agent('fresh') });
    try {
      await repo.git('checkout', '-q', '-b', 'feature');
      await repo.write({ 'agents/fresh/agent.py': agent('fresh', NEW_TOKEN) });
      await repo.commit('a pull request adds a secret');
      const pr = await runStepWithEnv(repo.root, { 'changed-since': 'main', 'upload-sarif': 'false' }, {});
      expect(pr.code).toBe(1);
      const report = ReportSchema.parse(JSON.parse(await readFile(pr.outputs['json-file']!, 'utf8')));
      expect(report.changes?.agents).toEqual(['agents/fresh']);
      const annotations = pr.log.split('\n').filter((line) => /^::(error|warning|notice) file=/.test(line));
      expect(annotations.map((line) => /file=([^,]+),line=(\d+)/.exec(line)?.slice(1).join(':'))).toEqual(['agents/fresh/agent.py:2']);
      expect(pr.summary).toContain('Gated on new findings only: changes since main: 1 changed agent audited');
    } finally {
      await repo.remove();
    }
  }, 120_000);

  /** Like runStep, for another checkout and with extra runner variables. */
  async function runStepWithEnv(cwd: string, inputs: Partial<Record<InputName, string>>, extra: Record<string, string>): Promise<ActionRun> {
    run++;
    const outputFile = path.join(scratch, `output-${run}.txt`);
    const summaryFile = path.join(scratch, `summary-${run}.md`);
    await writeFile(outputFile, '');
    await writeFile(summaryFile, '');
    const env = stepEnv({
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_WORKSPACE: cwd,
      RUNNER_TEMP: scratch,
      ...extra,
      ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [INPUT_ENV[name as InputName], value])),
    });
    let log = '';
    const code = await runAction({ env, cwd, log: (text) => (log += text) });
    return { code, log, outputs: parseOutputs(await readFile(outputFile, 'utf8')), summary: await readFile(summaryFile, 'utf8') };
  }
});

describe('the job summary of a large fleet', () => {
  const finding = (agent: string, severity: 'error' | 'warning'): Report['agents'][0]['findings'][0] => ({
    ruleId: severity === 'error' ? 'secret/github-pat' : 'reliability/model-client-no-timeout',
    title: 't',
    message: 'm',
    file: `${agent}/agent.py`,
    region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 9 },
    severity,
    category: severity === 'error' ? 'secret' : 'reliability',
    persona: severity === 'error' ? 'secops' : 'sre',
    fixability: 'structural',
    remediation: 'r',
    fingerprint: `${agent}-${severity}`,
    tags: [],
  });
  const entry = (index: number, blocked: boolean): AgentReport => {
    const name = `agents/agent-${String(index).padStart(4, '0')}`;
    return {
      id: name,
      name,
      path: name,
      entrypoint: 'agent.py',
      language: 'python',
      frameworks: ['google-adk'],
      verdict: blocked ? 'security-block' : 'pass',
      exitCode: blocked ? 1 : 0,
      stats: { filesScanned: 3, bytesScanned: 900, filesSkipped: 0 },
      findings: blocked ? [finding(name, 'error'), finding(name, 'warning')] : [finding(name, 'warning')],
      suppressed: [],
    };
  };

  it.each([400, 1000])('stays under 100 lines for %i agents, blocked ones listed up to the cap, passing ones folded', async (size) => {
    const { assembleReport } = await import('../src/report/build.js');
    // Worst case for length: a fifth of the fleet blocked (more than the cap), the rest passing.
    const report = assembleReport('.', Array.from({ length: size }, (_, index) => entry(index, index % 5 === 0)));
    const blocked = size / 5;
    const text = formatJobSummary(report, { failOn: 'policy', jobExitCode: 1, sarifFile: 'cockpit.sarif', uploadSarif: true, rootPrefix: 'services', blobBase: 'https://github.com/o/r/blob/' + 'c'.repeat(40) });
    expect(text.split('\n').length).toBeLessThan(100);
    expect(text).toContain(`### Blocked agents (${blocked} of ${size})`);
    expect(text).toContain(`… and ${blocked - SUMMARY_LIMITS.blockedAgents} more blocked agents`);
    expect(text).toContain(`<details><summary>${size - blocked} passing agents</summary>`);
    expect(text).toContain(`[agents\\/agent\\-0000\\/agent\\.py:3](https://github.com/o/r/blob/${'c'.repeat(40)}/services/agents/agent-0000/agent.py#L3)`);
    expect(text.length).toBeLessThan(64 * 1024);
  });
});
