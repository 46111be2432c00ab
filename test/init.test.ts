import { lstat, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadCockpitFile } from '../src/config/load-file.js';
import { runInProcess } from './helpers/in-process.js';
import { makeTree, removeTree } from './helpers/cli.js';

const trees: string[] = [];
afterAll(async () => {
  await Promise.all(trees.map(removeTree));
});

async function tree(files: Record<string, string> = {}): Promise<string> {
  const root = await makeTree(files);
  trees.push(root);
  return root;
}

const WRITTEN = ['cockpit.yaml', '.cockpitignore', '.pre-commit-config.yaml', '.github/workflows/agentops-cockpit.yml'];

describe('ops init', () => {
  it('writes the four starter files and says so', async () => {
    const root = await tree();
    const result = await runInProcess(['init'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    for (const file of WRITTEN) expect(result.stdout).toContain(`${file}: written\n`);
    for (const file of WRITTEN) expect((await lstat(path.join(root, file))).isFile()).toBe(true);
  });

  it('writes a cockpit.yaml the real loader accepts, with the default gate', async () => {
    const root = await tree();
    await runInProcess(['init', root]);
    const loaded = await loadCockpitFile(path.join(root, 'cockpit.yaml'), 'cockpit.yaml');
    expect(loaded.config).toEqual({ version: 1, gate: { block_on: ['error'], secrets: true }, lock: ['gate.secrets', 'gate.block_on'] });
    // Commented: it tells the reader where the settings are documented.
    expect(await readFile(path.join(root, 'cockpit.yaml'), 'utf8')).toContain('docs/CONFIG.md');
  });

  it('writes a pre-commit config and a workflow that name the hook and the Action', async () => {
    const root = await tree();
    await runInProcess(['init', root]);
    const preCommit = parseYaml(await readFile(path.join(root, '.pre-commit-config.yaml'), 'utf8')) as { repos: Array<{ repo: string; hooks: Array<{ id: string }> }> };
    expect(preCommit.repos[0]!.hooks[0]!.id).toBe('agentops-cockpit');
    const hooks = parseYaml(await readFile(path.join(import.meta.dirname, '..', '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string }>;
    expect(hooks.map((hook) => hook.id)).toContain(preCommit.repos[0]!.hooks[0]!.id);
    const workflow = parseYaml(await readFile(path.join(root, '.github/workflows/agentops-cockpit.yml'), 'utf8')) as { jobs: { audit: { steps: Array<{ uses?: string; with?: Record<string, unknown> }> } } };
    const step = workflow.jobs.audit.steps.find((candidate) => candidate.uses?.startsWith('agentops-cockpit/agentops-cockpit@'));
    expect(step?.with).toMatchObject({ path: '.', 'fail-on': 'policy' });
    // Every input the workflow passes is one action.yml declares.
    const action = parseYaml(await readFile(path.join(import.meta.dirname, '..', 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    for (const input of Object.keys(step!.with!)) expect(Object.keys(action.inputs)).toContain(input);
  });

  it('a workflow named cockpit.yml (as docs/CI.md names it) is not read as an agent policy by a workspace audit', async () => {
    const root = await tree({ 'agent/agent.py': 'from google.adk.agents import Agent\n\nroot_agent = Agent(name="helper", model="gemini-2.5-flash", instruction="Help.")\n' });
    await runInProcess(['init', root]);
    await mkdir(path.join(root, '.github', 'workflows'), { recursive: true });
    await writeFile(path.join(root, '.github', 'workflows', 'cockpit.yml'), await readFile(path.join(root, '.github', 'workflows', 'agentops-cockpit.yml'), 'utf8'));
    const result = await runInProcess(['report', '--workspace', root, '--jobs', '1', '--no-cache', '--lake', path.join(root, '.lake'), '--quiet']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('never overwrites: existing files (or cockpit.yml) are left alone and named, the pre-commit entry printed', async () => {
    const root = await tree({ 'cockpit.yml': 'version: 1\n', '.pre-commit-config.yaml': 'repos: []\n', '.github/workflows/agentops-cockpit.yml': 'mine\n' });
    await symlink('nowhere', path.join(root, '.cockpitignore'));
    const result = await runInProcess(['init', root]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('cockpit.yml: exists, left alone\n');
    expect(result.stdout).toContain('.cockpitignore: exists, left alone\n');
    expect(result.stdout).toContain('.pre-commit-config.yaml: exists, left alone\n');
    expect(result.stdout).toContain('- id: agentops-cockpit');
    expect(result.stdout).toContain('.github/workflows/agentops-cockpit.yml: exists, left alone\n');
    expect(result.stdout).not.toContain('written');
    expect(await readFile(path.join(root, 'cockpit.yml'), 'utf8')).toBe('version: 1\n');
    expect(await readFile(path.join(root, '.pre-commit-config.yaml'), 'utf8')).toBe('repos: []\n');
    expect(await readFile(path.join(root, '.github/workflows/agentops-cockpit.yml'), 'utf8')).toBe('mine\n');
    await expect(lstat(path.join(root, 'cockpit.yaml'))).rejects.toThrow(/ENOENT/);
    expect((await lstat(path.join(root, '.cockpitignore'))).isSymbolicLink()).toBe(true);
  });

  it('running twice changes nothing the second time', async () => {
    const root = await tree();
    await runInProcess(['init', root]);
    await writeFile(path.join(root, 'cockpit.yaml'), 'version: 1\n# edited\n');
    const again = await runInProcess(['init', root]);
    expect(again.code).toBe(0);
    for (const file of WRITTEN) expect(again.stdout).toContain(`${file}: exists, left alone\n`);
    expect(await readFile(path.join(root, 'cockpit.yaml'), 'utf8')).toBe('version: 1\n# edited\n');
  });

  it('the written files pass a real audit of the folder (no finding from them, exit 0)', async () => {
    const root = await tree();
    await mkdir(path.join(root, 'agent'));
    await writeFile(path.join(root, 'agent', 'agent.py'), 'from google.adk.agents import Agent\n\nroot_agent = Agent(name="helper", model="gemini-2.5-flash", instruction="Help.")\n');
    await runInProcess(['init', root]);
    const result = await runInProcess(['report', '--workspace', root, '--jobs', '1', '--no-cache', '--lake', path.join(root, '.lake'), '--format', 'json', '--quiet']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { agents: Array<{ findings: Array<{ file: string }> }> };
    const files = report.agents.flatMap((agent) => agent.findings.map((finding) => finding.file));
    expect(files.filter((file) => WRITTEN.includes(file))).toEqual([]);
  });

  it('exits 3 with one line for a missing folder', async () => {
    const result = await runInProcess(['init', '/no/such/folder']);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe('ops: error: /no/such/folder: no such file or directory\n');
  });
});
