import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../src/report/model.js';
import { parseSource } from '../src/source/parse.js';
import { makeTree, removeTree, runCli, tokenLike } from './helpers/cli.js';

const KEY = tokenLike('sk-proj-', 156, 31, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-');
const trees: string[] = [];
afterAll(async () => {
  await Promise.all(trees.map(removeTree));
});

const FILES: Record<string, string> = {
  'requirements.txt': 'langchain==0.3.27\nrequests==2.32.3\n',
  '.env.example': 'LOG_LEVEL=info\n',
  'settings.py': `"""Settings for the research agent."""\nfrom __future__ import annotations\n\nOPENAI_API_KEY = "${KEY}"\nMODEL = "gpt-4o-mini"\n`,
  'tools.py': [
    'import requests',
    'from langchain_core.tools import tool',
    '',
    '',
    '@tool',
    'def fetch_status(service: str) -> dict:',
    '    """Look up a service\'s status page."""',
    '    # the status API is internal and fast',
    '    return requests.get(f"https://status.internal/api/{service}").json()',
    '',
    '',
    '@tool',
    'async def post_incident(summary: str) -> int:',
    '    """File an incident."""',
    '    response = requests.post(',
    '        "https://incidents.internal/api",',
    '        json={"summary": summary},',
    '    )',
    '    return response.status_code',
    '',
  ].join('\n'),
  'windows.py': 'import requests\r\n\r\ndef ping():\r\n\treturn requests.head("https://status.internal/ping")\r\n',
  'frames.py': 'from langchain_experimental.agents import create_pandas_dataframe_agent\n\nagent = create_pandas_dataframe_agent(llm, df, allow_dangerous_code=True)\n',
};

async function snapshot(root: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  async function walk(dir: string): Promise<void> {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else result[path.relative(root, full)] = createHash('sha256').update(await readFile(full)).digest('hex');
    }
  }
  await walk(root);
  return result;
}

describe('ops report --heal --dry-run', () => {
  it('shows the plan and exact diffs, prints no secret, and leaves the tree byte-for-byte unchanged', async () => {
    const root = await makeTree(FILES);
    trees.push(root);
    const before = await snapshot(root);
    const text = await runCli(['report', root, '--heal', '--dry-run']);
    expect(text.stdout).toContain('Dry Run Dashboard');
    expect(text.stdout).toContain('+OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]');
    expect(text.stdout).not.toContain(KEY);
    const json = await runCli(['report', root, '--heal', '--dry-run', '--format', 'json']);
    const report = ReportSchema.parse(JSON.parse(json.stdout));
    expect(json.stdout).not.toContain(KEY);
    expect(report.heal?.dryRun).toBe(true);
    // frames.py is not healed: allow_dangerous_code=False would make create_pandas_dataframe_agent raise.
    expect(report.heal?.files.map((file) => file.file).sort()).toEqual(['.env.example', 'requirements.txt', 'settings.py', 'tools.py', 'windows.py']);
    expect(report.heal?.notes.map((note) => note.kind)).toEqual(['rotate-secret']);
    expect(text.stdout).toMatch(/Rotate: Rotate the key now read from OPENAI_API_KEY \(settings\.py\)/);
    expect(report.exitCode).toBe(1);
    expect(await snapshot(root)).toEqual(before);
  });
});

describe('ops report --heal', () => {
  it('applies each fix exactly, keeps the style of every file, re-audits, and is a no-op the second time', async () => {
    const root = await makeTree(FILES);
    trees.push(root);
    const healed = await runCli(['report', root, '--heal', '--format', 'json']);
    const report = ReportSchema.parse(JSON.parse(healed.stdout));
    // The secret is gone; the dangerous flag stays (a person must sandbox or redesign it), so the gate blocks on policy.
    expect(healed.code).toBe(2);
    expect(report.agents[0]!.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId)).toEqual(['security/dangerous-framework-flag']);

    expect(await readFile(path.join(root, 'settings.py'), 'utf8')).toBe(
      `"""Settings for the research agent."""\nfrom __future__ import annotations\n\nimport os\n\nOPENAI_API_KEY = os.environ["OPENAI_API_KEY"]\nMODEL = "gpt-4o-mini"\n`,
    );
    const tools = await readFile(path.join(root, 'tools.py'), 'utf8');
    expect(tools).toContain('    # the status API is internal and fast\n    return requests.get(f"https://status.internal/api/{service}", timeout=30).json()\n');
    expect(tools).toContain('    response = requests.post(\n        "https://incidents.internal/api",\n        json={"summary": summary},\n        timeout=30,\n    )\n');
    expect(await readFile(path.join(root, 'windows.py'), 'utf8')).toBe(
      'import requests\r\n\r\ndef ping():\r\n\treturn requests.head("https://status.internal/ping", timeout=30)\r\n',
    );
    expect(await readFile(path.join(root, 'frames.py'), 'utf8')).toContain('allow_dangerous_code=True)');
    expect(await readFile(path.join(root, '.env.example'), 'utf8')).toBe('LOG_LEVEL=info\nOPENAI_API_KEY=\n');
    // The retry fix imports tenacity, so the agent's requirements declare it with a range.
    expect(tools).toContain('from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential\n');
    expect(await readFile(path.join(root, 'requirements.txt'), 'utf8')).toBe('langchain==0.3.27\nrequests==2.32.3\ntenacity>=8.2,<10\n');
    for (const file of ['settings.py', 'tools.py', 'windows.py']) {
      const tree = await parseSource('python', file, await readFile(path.join(root, file), 'utf8'));
      expect(tree?.rootNode.hasError, file).toBe(false);
    }

    const before = await snapshot(root);
    const again = ReportSchema.parse(JSON.parse((await runCli(['report', root, '--heal', '--format', 'json'])).stdout));
    expect(again.heal?.totals.fixes).toBe(0);
    expect(await snapshot(root)).toEqual(before);
  });

  it('refuses files with uncommitted git changes unless --force, and honours max_fix_files', async () => {
    const root = await makeTree({ ...FILES, 'cockpit.yaml': 'max_fix_files: 2\n' });
    trees.push(root);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: root, stdio: 'pipe' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'fixture');
    await writeFile(path.join(root, 'windows.py'), `${FILES['windows.py']}# local edit\r\n`);

    const refused = ReportSchema.parse(JSON.parse((await runCli(['report', root, '--heal', '--format', 'json'])).stdout));
    const windows = refused.heal?.files.find((file) => file.file === 'windows.py');
    expect(windows?.skipped).toMatch(/uncommitted changes/);
    expect(await readFile(path.join(root, 'windows.py'), 'utf8')).not.toContain('timeout=30');
    expect(refused.heal?.totals.files).toBe(2);
    expect(refused.heal?.files.filter((file) => /max_fix_files/.test(file.skipped ?? ''))).not.toEqual([]);

    // --force overrides the git check, not max_fix_files: tools.py and the requirements.txt it needs come first.
    const forced = ReportSchema.parse(JSON.parse((await runCli(['report', root, '--heal', '--force', '--format', 'json'])).stdout));
    expect(forced.heal?.files.find((file) => file.file === 'windows.py')?.skipped).toMatch(/max_fix_files/);
    expect(await readFile(path.join(root, 'requirements.txt'), 'utf8')).toContain('tenacity>=8.2,<10');
    await runCli(['report', root, '--heal', '--force', '--format', 'json']);
    expect(await readFile(path.join(root, 'windows.py'), 'utf8')).toContain('timeout=30');
  });

  it('--dry-run without --heal is a usage error', async () => {
    const result = await runCli(['report', '.', '--dry-run']);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe('ops: error: --dry-run: only with --heal (ops report --heal --dry-run)\n');
  });
});

describe('ops report --heal --branch', () => {
  it('commits exactly the healed files on a new branch and reports what the re-audit resolved', async () => {
    const root = await makeTree(FILES);
    trees.push(root);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: root, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'fixture');
    const result = await runCli(['report', root, '--heal', '--branch', 'cockpit/heal', '--format', 'json']);
    const report = ReportSchema.parse(JSON.parse(result.stdout));
    expect(report.heal?.branch).toBe('cockpit/heal');
    expect(report.heal?.resolved).toBeGreaterThanOrEqual(5);
    expect(git('rev-parse', '--abbrev-ref', 'HEAD').trim()).toBe('cockpit/heal');
    expect(git('show', '--name-only', '--format=%s', 'HEAD').trim().split('\n')).toEqual([
      expect.stringMatching(/^Heal \d+ cockpit findings$/),
      '',
      '.env.example',
      'requirements.txt',
      'settings.py',
      'tools.py',
      'windows.py',
    ]);
    expect(git('status', '--porcelain').trim()).toBe('');
    expect(git('log', '-1', '--format=%B')).toContain('settings.py: secret/openai-project-key: read OPENAI_API_KEY from the environment');
  });
});

describe('heal values from cockpit.yaml', () => {
  it('writes the timeouts, retry counts and token caps the policy names', async () => {
    const root = await makeTree({
      ...FILES,
      'cockpit.yaml': 'heal:\n  http_timeout_seconds: 5\nfinops:\n  max_output_tokens: 256\n',
      'chat.py': 'from langchain_openai import ChatOpenAI\n\nmodel = ChatOpenAI(model="gpt-4o-mini", timeout=20)\n',
    });
    trees.push(root);
    await runCli(['report', root, '--heal', '--quiet']);
    expect(await readFile(path.join(root, 'windows.py'), 'utf8')).toContain('requests.head("https://status.internal/ping", timeout=5)');
    expect(await readFile(path.join(root, 'chat.py'), 'utf8')).toContain('ChatOpenAI(model="gpt-4o-mini", timeout=20, max_tokens=256)');
  });
});
