import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { FAIL_ON, INPUT_ENV, jobExitCode, readInputs, ActionError, type InputName } from '../src/action/inputs.js';
import { annotation, runAction } from '../src/action/run.js';
import { markdownText } from '../src/action/summary.js';
import { ReportSchema } from '../src/report/model.js';
import { makeTree, removeTree, REPO_ROOT, runCli } from './helpers/cli.js';
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
    expect(readInputs({ INPUT_UPLOAD_SARIF: 'FALSE', INPUT_PATH: '  agents  ' })).toMatchObject({ uploadSarif: false, path: 'agents' });
  });

  it('keeps annotations and summary text inert', () => {
    expect(annotation('error', 'a\nb%0A::set-output name=x::y')).toBe('::error title=AgentOps Cockpit::a%0Ab%250A::set-output name=x::y\n');
    expect(markdownText('x | y ![i](https://t.example/p.png) <b>\n@team')).toBe('x \\| y \\!\\[i\\]\\(https\\:\\/\\/t\\.example\\/p\\.png\\) \\<b\\> \\@team');
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
    // The same log the CLI writes (its second run is a lake cache hit, no new audit).
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
