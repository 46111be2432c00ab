import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../src/config/settings.js';
import { auditOneAgent } from '../src/mcp/engine.js';
import { makeTree, removeTree, REPO_ROOT } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';

/**
 * Issue 17: one agent audited on its own is gated as the fleet run of the folder above gates it. The example
 * agent billing-assistant-ts has only warnings (an AI SDK call without a timeout), so a fleet file that blocks on
 * warnings blocks it, whichever way it is audited: `ops report AGENT`, `ops report --workspace`, MCP audit_agent.
 */
const BLOCK_ON_WARNINGS = 'version: 1\ngate:\n  block_on: [error, warning]\nlock: [gate.block_on]\n';

let root = '';

async function fleet(files: Record<string, string>, agentFolder = 'agents/billing'): Promise<string> {
  const tree = await makeTree(files);
  await mkdir(path.join(tree, agentFolder), { recursive: true });
  await cp(path.join(REPO_ROOT, 'examples', 'billing-assistant-ts'), path.join(tree, agentFolder), { recursive: true, filter: (source) => path.basename(source) !== '.cockpit' });
  return tree;
}

interface Verdicts {
  single: { code: number; verdict: string };
  workspace: { code: number; verdict: string };
  mcp: string;
}

async function verdicts(tree: string, agentFolder = 'agents/billing'): Promise<Verdicts> {
  const one = await runInProcess(['report', path.join(tree, agentFolder), '--format', 'json', '--no-cache']);
  const all = await runInProcess(['report', '--workspace', tree, '--format', 'json', '--no-cache', '--quiet', '--jobs', '1', '--lake', path.join(tree, '.lake')]);
  const fromFleet = (JSON.parse(all.stdout) as { agents: Array<{ path: string; verdict: string }> }).agents.find((agent) => agent.path === agentFolder);
  const mcp = await auditOneAgent({ absolute: path.join(tree, agentFolder), relative: agentFolder }, DEFAULT_SETTINGS);
  return {
    single: { code: one.code, verdict: (JSON.parse(one.stdout) as { agents: Array<{ verdict: string }> }).agents[0]!.verdict },
    workspace: { code: all.code, verdict: fromFleet!.verdict },
    mcp: mcp.agent.verdict,
  };
}

beforeAll(async () => {
  root = await fleet({ 'cockpit.yaml': BLOCK_ON_WARNINGS });
});

afterAll(async () => {
  await removeTree(root);
});

describe('a fleet cockpit.yaml above the agent', () => {
  it('blocks the warning-only agent the same way in ops report AGENT, --workspace and MCP audit_agent', async () => {
    const result = await verdicts(root);
    expect(result.workspace).toEqual({ code: 2, verdict: 'policy-block' });
    expect(result.single).toEqual(result.workspace);
    expect(result.mcp).toBe('policy-block');
  });

  it("cannot be loosened by the agent's own file: the lock holds and the attempt is a finding", async () => {
    const tree = await fleet({ 'cockpit.yaml': BLOCK_ON_WARNINGS, 'agents/billing/cockpit.yaml': 'version: 1\ngate:\n  block_on: [error]\n' });
    try {
      const one = await runInProcess(['report', path.join(tree, 'agents/billing'), '--format', 'json', '--no-cache']);
      expect(one.code).toBe(2);
      const [agent] = (JSON.parse(one.stdout) as { agents: Array<{ verdict: string; findings: Array<{ ruleId: string }> }> }).agents;
      expect(agent!.verdict).toBe('policy-block');
      expect(agent!.findings.map((finding) => finding.ruleId)).toContain('policy/locked-setting-loosened');
    } finally {
      await removeTree(tree);
    }
  });

  it('without a file above, the agent passes as before', async () => {
    const tree = await fleet({ 'README.md': '# no policy here\n' });
    try {
      const result = await verdicts(tree);
      expect(result.single).toEqual({ code: 0, verdict: 'pass' });
      expect(result.mcp).toBe('pass');
    } finally {
      await removeTree(tree);
    }
  });

  it('stops at the top of the git repository: a file outside it never applies', async () => {
    const tree = await fleet({ 'cockpit.yaml': BLOCK_ON_WARNINGS, 'repo/.git/HEAD': 'ref: refs/heads/main\n' }, 'repo/agents/billing');
    try {
      const one = await runInProcess(['report', path.join(tree, 'repo/agents/billing'), '--format', 'json', '--no-cache']);
      expect(one.code).toBe(0);
      await writeFile(path.join(tree, 'repo', 'cockpit.yaml'), BLOCK_ON_WARNINGS);
      expect((await runInProcess(['report', path.join(tree, 'repo/agents/billing'), '--format', 'json', '--no-cache'])).code).toBe(2);
    } finally {
      await removeTree(tree);
    }
  });

  it("limits heal by the fleet file's max_fix_files too", async () => {
    const tree = await fleet({ 'cockpit.yaml': 'version: 1\nmax_fix_files: 0\n' });
    try {
      const healed = await runInProcess(['report', path.join(tree, 'agents/billing'), '--heal', '--dry-run', '--force', '--no-cache']);
      expect(healed.stdout).toContain('over max_fix_files (0)');
    } finally {
      await removeTree(tree);
    }
  });
});
