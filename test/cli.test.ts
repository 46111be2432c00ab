import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../src/report/model.js';
import { makeTree, removeTree, runCli, tokenLike, REPO_ROOT } from './helpers/cli.js';

const GITHUB_TOKEN = tokenLike('ghp_', 36, 7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
const ANSI = /\u001b\[/;
const trees: string[] = [];

async function tree(files: Record<string, string | Buffer>): Promise<string> {
  const root = await makeTree(files);
  trees.push(root);
  return root;
}

afterAll(async () => {
  await Promise.all(trees.map(removeTree));
});

const CLEAN_AGENT = {
  'pyproject.toml': '[project]\nname = "weather-agent"\ndependencies = ["google-adk~=1.14"]\n',
  'weather_agent/__init__.py': 'from . import agent\n',
  'weather_agent/agent.py': [
    'import os',
    'from google.adk.agents import Agent; from google.adk.models import Gemini; from google.genai import types',
    '',
    'API_KEY = os.environ["WEATHER_API_KEY"]',
    '',
    'root_agent = Agent(name="weather", model=Gemini(model="gemini-2.5-flash", retry_options=types.HttpRetryOptions(attempts=3)), instruction="Answer weather questions.")',
    '',
  ].join('\n'),
};

describe('ops binary basics', () => {
  it('prints the version from package.json', async () => {
    const manifest = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };
    const result = await runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(manifest.version);
    expect(manifest.bin['ops']).toBe(manifest.bin['aops']);
  });

  it('--help lists the report command and report --help documents the exit codes', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/report \[options\] \[path\]/);
    const reportHelp = await runCli(['report', '--help']);
    expect(reportHelp.code).toBe(0);
    for (const code of ['0  pass', '1  security critical', '2  architecture or policy', '3  the audit could not be done']) {
      expect(reportHelp.stdout).toContain(code);
    }
    expect(reportHelp.stdout).toContain('--format <format>');
  });

  it.each([
    [['report', '/no/such/path'], /\/no\/such\/path: no such file or directory/],
    [['report', '--format', 'xml', '.'], /--format: unknown format 'xml'/],
    [['report', '--max-file-size', 'huge', '.'], /--max-file-size: 'huge' is not a size/],
    [['report', '--no-such-flag'], /unknown option '--no-such-flag'/],
    [['no-such-command'], /unknown command 'no-such-command'/],
    [['report', 'package.json'], /package\.json: not a directory/],
  ])('%j exits 3 with one clear line and no stack trace', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ops: /);
    expect(lines[0]).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('an invalid COCKPIT_FORMAT is a configuration error naming the variable', async () => {
    const result = await runCli(['report', '.'], { env: { COCKPIT_FORMAT: 'yaml' } });
    expect(result.code).toBe(3);
    expect(result.stderr.trim()).toBe("ops: error: COCKPIT_FORMAT: unknown format 'yaml' (expected text, json, sarif, html, compact, github)");
  });
});

describe('ops report gate', () => {
  it('passes a clean agent with exit 0 and describes it', async () => {
    const root = await tree(CLEAN_AGENT);
    const result = await runCli(['report', root, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(result.stdout));
    expect(report.exitCode).toBe(0);
    expect(report.agents).toHaveLength(1);
    const [agent] = report.agents;
    expect(agent).toMatchObject({ name: 'weather-agent', path: '.', language: 'python', frameworks: ['google-adk'], findings: [] });
    expect(agent?.entrypoint).toBe('weather_agent/agent.py');
    expect(agent?.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('blocks a hardcoded token with exit 1 and never prints it', async () => {
    const root = await tree({ ...CLEAN_AGENT, 'weather_agent/tools.py': `GITHUB_TOKEN = "${GITHUB_TOKEN}"\n` });
    for (const format of ['text', 'json', 'sarif']) {
      const result = await runCli(['report', root, '--format', format]);
      expect(result.code, format).toBe(1);
      expect(result.stdout, format).not.toContain(GITHUB_TOKEN);
      expect(result.stdout, format).not.toContain(GITHUB_TOKEN.slice(8));
    }
    const json = ReportSchema.parse(JSON.parse((await runCli(['report', root, '--format', 'json'])).stdout));
    const finding = json.agents[0]?.findings[0];
    expect(finding).toMatchObject({
      file: 'weather_agent/tools.py',
      region: { startLine: 1, startColumn: 17 },
      severity: 'error',
      category: 'secret',
      persona: 'secops',
      fixability: 'one-click',
    });
    expect(finding?.ruleId).toMatch(/^secret\//);
    expect(finding?.snippet).toMatch(/^GITHUB_TOKEN = "ghp_…\(40 chars\)"$/);
    expect(json.summary.byCategory.secret).toBe(1);
  });

  it('blocks PII in a prompt with exit 1 and category pii', async () => {
    const root = await tree({
      ...CLEAN_AGENT,
      'weather_agent/prompts.py': 'SYSTEM = """You help our VIP customer Dana Whitfield (SSN 536-22-8041) with her bookings."""\n',
    });
    const result = await runCli(['report', root, '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('536-22-8041');
    const report = ReportSchema.parse(JSON.parse(result.stdout));
    expect(report.agents[0]?.findings.map((finding) => finding.category)).toEqual(['pii']);
  });

  it('honours an inline suppression with a reason, lists it, and ignores one without', async () => {
    const root = await tree({
      'a.py': `# cockpit: ignore[secret/*] sandbox-only token, revoked nightly\nTOKEN = "${GITHUB_TOKEN}"\n`,
      'b.ts': `const token = "${GITHUB_TOKEN}"; // cockpit: ignore[secret/*]\n`,
    });
    const json = ReportSchema.parse(JSON.parse((await runCli(['report', root, '--format', 'json'])).stdout));
    const agent = json.agents[0];
    expect(agent?.suppressed.map((finding) => [finding.file, finding.suppression?.reason])).toEqual([
      ['a.py', 'sandbox-only token, revoked nightly'],
    ]);
    expect(agent?.findings.map((finding) => finding.file)).toEqual(['b.ts']);
    expect(json.exitCode).toBe(1);

    await writeFile(path.join(root, 'b.ts'), `const token = "${GITHUB_TOKEN}"; // cockpit: ignore[secret/*] CI fixture\n`);
    const text = await runCli(['report', root]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Suppressed (2), not counted');
  });

  it('never reads excluded folders, binaries, or files over the size limit', async () => {
    const secretLine = `TOKEN = "${GITHUB_TOKEN}"\n`;
    const root = await tree({
      'agent.py': 'print("hello")\n',
      'node_modules/pkg/index.js': secretLine,
      '.venv/lib/x.py': secretLine,
      '.git/config': secretLine,
      'dist/bundle.js': secretLine,
      'package-lock.json': secretLine,
      'blob.dat': Buffer.concat([Buffer.from(secretLine), Buffer.from([0, 1, 2, 0])]),
      'big.py': secretLine + '#'.repeat(4096),
    });
    const result = await runCli(['report', root, '--format', 'json', '--max-file-size', '2KB']);
    expect(result.code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(result.stdout));
    expect(report.agents[0]?.stats).toEqual({ filesScanned: 1, bytesScanned: 15, filesSkipped: 3 });
  });

  it('reads UTF-16 and legacy 8-bit files', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`TOKEN = "${GITHUB_TOKEN}"\n`, 'utf16le')]);
    const latin1 = Buffer.from(`# caf\xe9\nTOKEN = "${GITHUB_TOKEN}"\n`, 'latin1');
    const root = await tree({ 'wide.py': utf16, 'old.py': latin1 });
    const report = ReportSchema.parse(JSON.parse((await runCli(['report', root, '--format', 'json'])).stdout));
    expect(report.agents[0]?.findings.map((finding) => [finding.file, finding.region.startLine])).toEqual([
      ['old.py', 2],
      ['wide.py', 1],
    ]);
  });

  it('keeps a fingerprint when the line moves, and gives a new secret a new one', async () => {
    const root = await tree({ 'a.py': `TOKEN = "${GITHUB_TOKEN}"\n` });
    const first = ReportSchema.parse(JSON.parse((await runCli(['report', root, '--format', 'json'])).stdout));
    await writeFile(path.join(root, 'a.py'), `import os\n\n\nTOKEN = "${GITHUB_TOKEN}"\n`);
    const moved = ReportSchema.parse(JSON.parse((await runCli(['report', root, '--format', 'json'])).stdout));
    const other = tokenLike('ghp_', 36, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
    await writeFile(path.join(root, 'a.py'), `import os\n\n\nTOKEN = "${other}"\n`);
    const replaced = ReportSchema.parse(JSON.parse((await runCli(['report', root, '--format', 'json'])).stdout));
    const fingerprintOf = (report: typeof first) => report.agents[0]?.findings[0]?.fingerprint;
    expect(moved.agents[0]?.findings[0]?.region.startLine).toBe(4);
    expect(fingerprintOf(moved)).toBe(fingerprintOf(first));
    expect(fingerprintOf(replaced)).not.toBe(fingerprintOf(first));
  });
});

describe('ops report output', () => {
  it('--output writes the report atomically with the same exit code and nothing on stdout', async () => {
    const root = await tree({ 'a.py': `TOKEN = "${GITHUB_TOKEN}"\n` });
    const out = path.join(root, 'reports', 'cockpit.json');
    const result = await runCli(['report', root, '--format', 'json', '--output', out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Report written to');
    ReportSchema.parse(JSON.parse(await readFile(out, 'utf8')));
    expect((await readdir(path.dirname(out))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('an unwritable --output is exit 3 with one line and leaves nothing behind', async () => {
    const root = await tree({ 'a.py': 'x = 1\n', 'blocker': 'a file where a folder should be' });
    const result = await runCli(['report', root, '--output', path.join(root, 'blocker', 'report.txt')]);
    expect(result.code).toBe(3);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/cannot write the report/);
  });

  it('colours text only on request and honours NO_COLOR', async () => {
    const root = await tree({ 'a.py': `TOKEN = "${GITHUB_TOKEN}"\n` });
    expect((await runCli(['report', root])).stdout).not.toMatch(ANSI);
    expect((await runCli(['report', root, '--color'])).stdout).toMatch(ANSI);
    expect((await runCli(['report', root], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await runCli(['report', root], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
  });

  it('the text report groups by severity and persona and ends with the verdict', async () => {
    const root = await tree({ 'a.py': `TOKEN = "${GITHUB_TOKEN}"\n` });
    const { stdout } = await runCli(['report', root]);
    expect(stdout).toMatch(/ERROR \(1\)\n\s+SecOps\n/);
    expect(stdout).toMatch(/a\.py:1:10\s+secret\//);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('Verdict: BLOCKED: security critical (secrets or PII) (exit 1)');
  });
});
