import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTree, removeTree } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';

/** Issue 19: who owns each agent, from CODEOWNERS (GitHub or GitLab syntax) or the agent's cockpit.yaml `owners`. */
const AGENT = 'from agents import Agent\n\nagent = Agent(name="a", instructions="Answer billing questions.")\n';

let tree = '';
afterEach(async () => {
  if (tree) await removeTree(tree);
  tree = '';
});

describe('agent owners', () => {
  it('come from the repository CODEOWNERS, and an agent cockpit.yaml owners list wins', async () => {
    tree = await makeTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.github/CODEOWNERS': '* @acme/platform\n/fleet/teams/risk/ @acme/risk ana@example.com\n',
      'fleet/teams/risk/fraud/agent.py': AGENT,
      'fleet/apps/support/agent.py': AGENT,
      'fleet/apps/support/cockpit.yaml': 'version: 1\nowners: ["@acme/support"]\n',
      'fleet/apps/search/agent.py': AGENT,
    });
    const fleet = path.join(tree, 'fleet');
    const result = await runInProcess(['report', '--workspace', fleet, '--format', 'json', '--quiet', '--jobs', '1']);
    expect(result.stderr).toBe('');
    const owners = Object.fromEntries((JSON.parse(result.stdout) as { agents: Array<{ path: string; owners?: string[] }> }).agents.map((agent) => [agent.path, agent.owners]));
    expect(owners).toMatchObject({
      'teams/risk/fraud': ['@acme/risk', 'ana@example.com'],
      'apps/support': ['@acme/support'],
      'apps/search': ['@acme/platform'],
    });

    const single = await runInProcess(['report', path.join(fleet, 'teams/risk/fraud'), '--format', 'json']);
    expect((JSON.parse(single.stdout) as { agents: Array<{ owners?: string[] }> }).agents[0]!.owners).toEqual(['@acme/risk', 'ana@example.com']);
  });

  it('a folder pattern naming the agent folder itself owns it; files directly in a folder do not own an agent below it', async () => {
    tree = await makeTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'CODEOWNERS': '/apps/chat/ @acme/chat\n/agents/bot-1*/ @acme/bots\n/docs/* @acme/docs\n',
      'apps/chat/agent.py': AGENT,
      'agents/bot-10/agent.py': AGENT,
      'docs/helper/agent.py': AGENT,
    });
    const result = await runInProcess(['report', '--workspace', tree, '--format', 'json', '--quiet', '--jobs', '1']);
    const owners = Object.fromEntries((JSON.parse(result.stdout) as { agents: Array<{ path: string; owners?: string[] }> }).agents.map((agent) => [agent.path, agent.owners]));
    expect(owners['apps/chat']).toEqual(['@acme/chat']);
    expect(owners['agents/bot-10']).toEqual(['@acme/bots']);
    expect(owners['docs/helper']).toBeUndefined();
  });

  it('are left out when nothing names any', async () => {
    tree = await makeTree({ 'billing/agent.py': AGENT });
    const result = await runInProcess(['report', '--workspace', tree, '--format', 'json', '--quiet', '--jobs', '1']);
    expect((JSON.parse(result.stdout) as { agents: Array<Record<string, unknown>> }).agents.every((agent) => !('owners' in agent))).toBe(true);
  });
});
