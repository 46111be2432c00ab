import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../src/config/settings.js';
import { auditOneAgent } from '../src/mcp/engine.js';
import { makeTree, removeTree } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';

/**
 * Issue 17: rule options written in cockpit.yaml reach the rule, in a fleet run, a one-agent run and MCP
 * audit_agent alike, and an agent's own file adds to the root's options for that agent.
 */
const TOOLS = `from agents import Agent, function_tool

@function_tool
async def send_digest(channel: str) -> str:
    """Post the daily digest to the team's sandbox channel."""
    return await slack.post(channel, digest())

@function_tool
async def publish_post(post_id: str) -> str:
    return await cms.publish(post_id)

agent = Agent(name="newsroom", instructions="Prepare the digest.", tools=[send_digest, publish_post])
`;
const RULE = 'architecture/destructive-tool-without-approval';

let tree = '';
afterEach(async () => {
  if (tree) await removeTree(tree);
  tree = '';
});

async function toolsFlagged(args: string[], agent = 'agents/news'): Promise<string[]> {
  const result = await runInProcess([...args, '--format', 'json', '--no-cache', '--quiet']);
  expect(result.stderr).toBe('');
  const report = JSON.parse(result.stdout) as { agents: Array<{ path: string; findings: Array<{ ruleId: string; message: string }> }> };
  const found = report.agents.length === 1 ? report.agents[0] : report.agents.find((candidate) => candidate.path === agent);
  return found!.findings.filter((finding) => finding.ruleId === RULE).map((finding) => /tool '(\w+)'/.exec(finding.message)?.[1] ?? '?');
}

describe('rule options from cockpit.yaml', () => {
  it('are off by default: the send tool fires, the publish tool does not', async () => {
    tree = await makeTree({ 'agents/news/agent.py': TOOLS, 'agents/news/requirements.txt': 'openai-agents==0.4.2\n' });
    expect(await toolsFlagged(['report', path.join(tree, 'agents/news')])).toEqual(['send_digest']);
  });

  it("reach the rule from the root file and the agent's own, the same in every way a run starts", async () => {
    tree = await makeTree({
      'cockpit.yaml': `version: 1\nrules:\n  ${RULE}:\n    options: { ignore_tools: [send_digest] }\n`,
      'agents/news/cockpit.yaml': `version: 1\nrules:\n  ${RULE}:\n    options: { destructive_verbs: [publish] }\n`,
      'agents/news/agent.py': TOOLS,
      'agents/news/requirements.txt': 'openai-agents==0.4.2\n',
    });
    // Option by option: the agent's file adds destructive_verbs; the root's ignore_tools still holds.
    const single = await toolsFlagged(['report', path.join(tree, 'agents/news')]);
    const fleet = await toolsFlagged(['report', '--workspace', tree, '--jobs', '1', '--lake', path.join(tree, '.lake')]);
    const mcp = await auditOneAgent({ absolute: path.join(tree, 'agents/news'), relative: 'agents/news' }, DEFAULT_SETTINGS);
    expect(single).toEqual(['publish_post']);
    expect(fleet).toEqual(single);
    expect(mcp.agent.findings.filter((finding) => finding.ruleId === RULE).map((finding) => finding.message)).toEqual([expect.stringContaining("'publish_post'")]);
  });

  it('with only the root file, apply to every agent below it', async () => {
    tree = await makeTree({
      'cockpit.yaml': `version: 1\nrules:\n  ${RULE}:\n    options: { ignore_tools: [send_digest] }\n`,
      'agents/news/agent.py': TOOLS,
      'agents/news/requirements.txt': 'openai-agents==0.4.2\n',
    });
    expect(await toolsFlagged(['report', path.join(tree, 'agents/news')])).toEqual([]);
    expect(await toolsFlagged(['report', '--workspace', tree, '--jobs', '1', '--lake', path.join(tree, '.lake')])).toEqual([]);
  });

  it('in an agent file are refused when the root locks rule settings: the lock holds and the attempt is a finding', async () => {
    tree = await makeTree({
      'cockpit.yaml': 'version: 1\nlock: [rules]\n',
      'agents/news/cockpit.yaml': `version: 1\nrules:\n  ${RULE}:\n    options: { ignore_tools: [send_digest] }\n`,
      'agents/news/agent.py': TOOLS,
      'agents/news/requirements.txt': 'openai-agents==0.4.2\n',
    });
    const result = await runInProcess(['report', '--workspace', tree, '--jobs', '1', '--lake', path.join(tree, '.lake'), '--format', 'json', '--no-cache', '--quiet']);
    const agent = (JSON.parse(result.stdout) as { agents: Array<{ path: string; findings: Array<{ ruleId: string; message: string }> }> }).agents.find((candidate) => candidate.path === 'agents/news')!;
    expect(agent.findings.filter((finding) => finding.ruleId === RULE).map((finding) => finding.message)).toEqual([expect.stringContaining("'send_digest'")]);
    expect(agent.findings.filter((finding) => finding.ruleId === 'policy/locked-setting-loosened').map((finding) => finding.message)).toEqual([
      expect.stringContaining(`sets options of rule ${RULE}`),
    ]);
  });

  it('that a rule does not have end the run with exit 3 and one line naming the file', async () => {
    tree = await makeTree({ 'cockpit.yaml': `version: 1\nrules:\n  ${RULE}:\n    options: { ignore: [x] }\n`, 'agents/news/agent.py': TOOLS });
    const result = await runInProcess(['report', '--workspace', tree, '--jobs', '1', '--lake', path.join(tree, '.lake'), '--quiet']);
    expect(result.code).toBe(3);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/cockpit\.yaml:4:16: rule architecture\/destructive-tool-without-approval has no option 'ignore'/);
  });
});
