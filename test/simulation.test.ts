import { afterAll, describe, expect, it } from 'vitest';
import { auditSource } from '../src/audit/audit-agent.js';
import { hardcodedSecretCheck, secretRuleId } from '../src/rules/secret/hardcoded-secret.js';
import { sourceFile } from '../src/rules/testing/rule-tester.js';
import { SECRET_DETECTORS } from '../src/secrets/catalog/index.js';
import { samplePath, sampleText } from '../src/secrets/samples.js';
import { scanSecrets } from '../src/secrets/scan.js';
import { ReportSchema } from '../src/report/model.js';
import { makeTree, removeTree, runCli } from './helpers/cli.js';

/**
 * The CI contract under fire: every supported secret format, planted in every kind of file an agent
 * repository holds, must block with exit 1; a folder of decoys only must pass with exit 0.
 */
type Planter = { file: string; plant: (line: string) => string };

const FORMATS: Record<string, Planter> = {
  python: { file: 'agent/settings.py', plant: (line) => `"""Runtime settings."""\nimport os\n\n${line}\n` },
  typescript: { file: 'src/config.ts', plant: (line) => `// runtime configuration\n${line}\nexport {};\n` },
  env: { file: '.env', plant: (line) => `LOG_LEVEL=info\n${line}\n` },
  yaml: { file: 'config/agents.yaml', plant: (line) => `researcher:\n  role: Researcher\n  notes: |\n    ${line.split('\n').join('\n    ')}\n` },
  json: { file: 'config/settings.json', plant: (line) => `${JSON.stringify({ name: 'agent', settings: line }, null, 2)}\n` },
  notebook: {
    file: 'notebooks/explore.ipynb',
    plant: (line) =>
      `${JSON.stringify(
        {
          cells: [{ cell_type: 'code', execution_count: 1, metadata: {}, outputs: [], source: ['import os\n', `${line}\n`] }],
          metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
          nbformat: 4,
          nbformat_minor: 5,
        },
        null,
        1,
      )}\n`,
  },
  // A BuildKit heredoc writing a settings file into the image: the lines stay as they were.
  dockerfile: { file: 'Dockerfile', plant: (line) => `FROM python:3.12-slim\nWORKDIR /app\nRUN cat > /app/settings.py <<'PY'\n${line}\nPY\nCMD ["python", "main.py"]\n` },
};

const trees: string[] = [];
afterAll(async () => {
  await Promise.all(trees.map(removeTree));
});

/**
 * A sample with a path is a whole file (a .pgpass, a kubeconfig, a Rails master.key): it is planted as
 * itself, not inside other formats. Every other sample is a line planted in every format.
 */
const LINE_DETECTORS = SECRET_DETECTORS.filter((detector) => samplePath(detector.samples.fire[0]!) === undefined);
const FILE_DETECTORS = SECRET_DETECTORS.filter((detector) => samplePath(detector.samples.fire[0]!) !== undefined);

describe('simulation: planted secrets', () => {
  const cases = LINE_DETECTORS.flatMap((detector) =>
    Object.entries(FORMATS).map(([format, planter]) => ({ detector, format, planter, line: sampleText(detector.samples.fire[0]!) })),
  );

  it.each(cases.map((entry) => [entry.detector.id, entry.format, entry] as const))('%s in %s is found', async (_id, _format, entry) => {
    const text = entry.planter.plant(entry.line);
    const findings = await auditSource(sourceFile(entry.planter.file, text), [hardcodedSecretCheck], entry.planter.file);
    const ruleIds = findings.map((finding) => finding.ruleId);
    // The format's own detector should win; a generic match still blocks, but is reported here as a miss.
    expect(ruleIds).toContain(secretRuleId(entry.detector.id));
    // Nothing a finding carries may contain the raw secret.
    for (const match of scanSecrets(entry.line)) {
      for (const finding of findings) expect(JSON.stringify(finding)).not.toContain(JSON.stringify(match.secret).slice(1, -1));
    }
  });

  it.each(FILE_DETECTORS.map((detector) => [detector.id, detector] as const))('%s in its own file is found', async (_id, detector) => {
    const path = samplePath(detector.samples.fire[0]!)!;
    const text = sampleText(detector.samples.fire[0]!);
    const findings = await auditSource(sourceFile(path, text), [hardcodedSecretCheck], path);
    expect(findings.map((finding) => finding.ruleId)).toContain(secretRuleId(detector.id));
    for (const match of scanSecrets(text, path)) {
      for (const finding of findings) expect(JSON.stringify(finding)).not.toContain(JSON.stringify(match.secret).slice(1, -1));
    }
  });

  it.each(Object.keys(FORMATS))('the CLI exits 1 for every format planted in %s files', async (format) => {
    const planter = FORMATS[format]!;
    const files: Record<string, string> = {};
    LINE_DETECTORS.forEach((detector, index) => {
      files[`agent-${index}/${planter.file}`] = planter.plant(sampleText(detector.samples.fire[0]!));
    });
    const root = await makeTree(files);
    trees.push(root);
    const result = await runCli(['report', root, '--format', 'json']);
    expect(result.code).toBe(1);
    const report = ReportSchema.parse(JSON.parse(result.stdout));
    const blockedAgents = new Set(report.agents[0]!.findings.map((finding) => finding.file.split('/')[0]));
    expect(blockedAgents.size).toBe(LINE_DETECTORS.length);
  });

  it('the CLI exits 1 for every credential file planted as itself', async () => {
    const files: Record<string, string> = {};
    FILE_DETECTORS.forEach((detector, index) => {
      files[`agent-${index}/${samplePath(detector.samples.fire[0]!)!}`] = sampleText(detector.samples.fire[0]!);
    });
    const root = await makeTree(files);
    trees.push(root);
    const result = await runCli(['report', root, '--format', 'json']);
    expect(result.code).toBe(1);
    const report = ReportSchema.parse(JSON.parse(result.stdout));
    const blockedAgents = new Set(report.agents[0]!.findings.map((finding) => finding.file.split('/')[0]));
    expect(blockedAgents.size).toBe(FILE_DETECTORS.length);
  });
});

const DECOYS = [
  'OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]',
  'api_key = os.getenv("ANTHROPIC_API_KEY")',
  'const apiKey = process.env.OPENAI_API_KEY;',
  'GOOGLE_API_KEY=your-api-key-here',
  'OPENAI_API_KEY=<YOUR_KEY>',
  'token: ${GITHUB_TOKEN}',
  'OPENAI_API_KEY="sk-..."',
  'SLACK_BOT_TOKEN=xoxb-xxxxxxxxxxxx-xxxxxxxxxxxx',
  'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE',
  'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'password = "changeme"',
  'api_key = "dummy-key-for-unit-tests"',
  'stripe_key = "fake-stripe-key-not-real"',
  'commit = "3f786850e387550fdab836ed7e6dc881de23001b"',
  'integrity = "sha512-9JYnXjx5QmBvqzq5aG7lV6W2VhUpdOdnm2kCAdbPcVJ8BsZdSTGtYx2jKd4L8YOlDfE6bFZd8r2Qy3xYz1vQ=="',
  'request_id = "5f0c6f6a-3b8e-4a4e-9a55-2f1f3bf8b7d1"',
  'DATABASE_URL=postgres://postgres:postgres@localhost:5432/app',
  'password_field = "password"',
  'token_url = "https://oauth2.googleapis.com/token"',
];

describe('simulation: decoys only', () => {
  it('exits 0 with no findings for a folder of decoys in every format', async () => {
    const files: Record<string, string> = {};
    for (const [format, planter] of Object.entries(FORMATS)) {
      files[`${format}/${planter.file}`] = planter.plant(DECOYS.join('\n'));
    }
    SECRET_DETECTORS.forEach((detector, index) => {
      const lines = detector.samples.silent.filter((sample) => samplePath(sample) === undefined).map(sampleText);
      files[`silent/${index}.py`] = `${lines.join('\n')}\n`;
      // Samples tied to a file (a .pgpass, a guide in docs/) stay silent at their own path.
      detector.samples.silent.forEach((sample, n) => {
        const path = samplePath(sample);
        if (path !== undefined) files[`silent/${index}-${n}/${path}`] = sampleText(sample);
      });
    });
    const root = await makeTree(files);
    trees.push(root);
    const result = await runCli(['report', root, '--format', 'json']);
    const report = ReportSchema.parse(JSON.parse(result.stdout));
    // Other rules may rightly speak about the sample code (a client without a timeout): warnings only.
    const securityCritical = report.agents[0]!.findings.filter((finding) => finding.category === 'secret' || finding.category === 'pii');
    expect(securityCritical.map((finding) => `${finding.file}:${finding.region.startLine} ${finding.ruleId}`)).toEqual([]);
    expect(result.code).toBe(0);
  });
});
