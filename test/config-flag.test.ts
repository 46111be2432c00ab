import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../src/config/settings.js';
import { auditOneAgent } from '../src/mcp/engine.js';
import { makeTree, removeTree, REPO_ROOT } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';

/**
 * Issue 17: `--config FILE` (and COCKPIT_CONFIG) names the fleet's cockpit.yaml wherever a run starts, as ruff
 * and eslint take `--config`: the agent billing-assistant-ts has warnings only, so it passes by default and is
 * blocked under a file that blocks on warnings, kept outside the audited tree.
 */
let tree = '';
let strict = '';
const agent = () => path.join(tree, 'agents/billing');

beforeAll(async () => {
  tree = await makeTree({ 'README.md': 'a fleet\n' });
  await mkdir(agent(), { recursive: true });
  await cp(path.join(REPO_ROOT, 'examples', 'billing-assistant-ts'), agent(), { recursive: true, filter: (source) => path.basename(source) !== '.cockpit' });
  strict = path.join(tree, '..', `${path.basename(tree)}-strict.yaml`);
  await writeFile(strict, 'version: 1\ngate:\n  block_on: [error, warning]\n');
});

afterAll(async () => {
  await removeTree(tree);
  await removeTree(strict);
});

const verdictOf = (stdout: string, agentPath?: string) => {
  const agents = (JSON.parse(stdout) as { agents: Array<{ path: string; verdict: string }> }).agents;
  return (agentPath ? agents.find((candidate) => candidate.path === agentPath) : agents[0])!.verdict;
};

describe('--config FILE', () => {
  it('gates a fleet run, a one-agent run and MCP audit_agent by the named file alike', async () => {
    const lake = ['--lake', path.join(tree, '.lake')];
    const plainFleet = await runInProcess(['report', '--workspace', tree, '--format', 'json', '--quiet', '--jobs', '1', ...lake]);
    expect(plainFleet.code).toBe(0);

    const fleet = await runInProcess(['report', '--workspace', tree, '--config', strict, '--format', 'json', '--quiet', '--jobs', '1', ...lake]);
    expect({ code: fleet.code, verdict: verdictOf(fleet.stdout, 'agents/billing') }).toEqual({ code: 2, verdict: 'policy-block' });

    const one = await runInProcess(['report', agent(), '-c', strict, '--format', 'json', '--no-cache']);
    expect({ code: one.code, verdict: verdictOf(one.stdout) }).toEqual({ code: 2, verdict: 'policy-block' });

    const mcp = await auditOneAgent({ absolute: agent(), relative: 'agents/billing' }, { ...DEFAULT_SETTINGS, configFile: { path: strict, shown: strict } });
    expect(mcp.agent.verdict).toBe('policy-block');
  });

  it('is read relative to the current folder, and COCKPIT_CONFIG does the same', async () => {
    const relative = path.relative(path.dirname(tree), strict);
    const byFlag = await runInProcess(['report', agent(), '--config', relative, '--format', 'json', '--no-cache'], { cwd: path.dirname(tree) });
    expect(byFlag.code).toBe(2);
    const byEnv = await runInProcess(['report', agent(), '--format', 'json', '--no-cache'], { env: { COCKPIT_CONFIG: strict } });
    expect(byEnv.code).toBe(2);
  });

  it('does not let a warm run reuse the reports of a run under another file', async () => {
    const lake = ['--lake', path.join(tree, '.warm-lake'), '--format', 'json', '--quiet', '--jobs', '1'];
    expect((await runInProcess(['report', '--workspace', tree, ...lake])).code).toBe(0);
    expect((await runInProcess(['report', '--workspace', tree, ...lake])).code).toBe(0);
    expect((await runInProcess(['report', '--workspace', tree, '--config', strict, ...lake])).code).toBe(2);
    expect((await runInProcess(['report', '--workspace', tree, ...lake])).code).toBe(0);
  });

  it('that is missing or invalid ends the run with exit 3 and one line naming it', async () => {
    const missing = await runInProcess(['report', agent(), '--config', 'nowhere/cockpit.yaml'], { cwd: tree });
    expect(missing.code).toBe(3);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/nowhere\/cockpit\.yaml/);

    const broken = path.join(tree, 'broken.yaml');
    await writeFile(broken, 'gate:\n  block_on: [fatal]\n');
    const invalid = await runInProcess(['report', '--workspace', tree, '--config', broken, '--jobs', '1', '--lake', path.join(tree, '.lake'), '--quiet']);
    expect(invalid.code).toBe(3);
    expect(invalid.stderr).toMatch(/broken\.yaml:2:\d+: 'gate\.block_on\.0'/);
  });
});
