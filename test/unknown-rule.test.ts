import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from './helpers/in-process.js';
import { makeTree, removeTree } from './helpers/cli.js';

/** A cockpit.yaml key that names no rule must stop the audit (exit 3), not quietly leave the gate at its default.
 * Agent folders' own files are read by workspace audits, so these run with --workspace (one job: in this process).
 */
const trees: string[] = [];

afterAll(async () => {
  await Promise.all(trees.map(removeTree));
});

const ops = (args: readonly string[]) => runInProcess(args);

const AGENT = {
  'weather/agent.py': [
    'from google.adk.agents import Agent',
    '',
    'root_agent = Agent(name="weather", model="gemini-2.5-flash", instruction="Answer weather questions.")',
    '',
  ].join('\n'),
};

describe('ops report with an unknown rule in cockpit.yaml', () => {
  it.each([
    ['the fleet file', 'cockpit.yaml', 'version: 1\nrules:\n  secret/*: error\n  reliabilty/*: off\n', "cockpit.yaml:4:3: unknown rule 'reliabilty/*' in rules (did you mean 'reliability/*'?)"],
    ['an agent file', 'weather/cockpit.yaml', 'rules:\n  pii/*: error\n  secret/generic-api-keys: off\n', "weather/cockpit.yaml:3:3: unknown rule 'secret/generic-api-keys' in rules"],
  ])('exits 3 with one line naming %s, the key and its position', async (_what, file, text, message) => {
    const root = await makeTree({ ...AGENT, [file]: text });
    trees.push(root);
    const result = await ops(['report', '--workspace', '--jobs', '1', root, '--lake', `${root}/.lake`, '--no-cache', '--format', 'json']);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(message);
  });

  it('still audits with real rule ids and categories', async () => {
    const root = await makeTree({ ...AGENT, 'cockpit.yaml': 'rules:\n  secret/*: error\n  deps/*: warning\n  reliability/http-call-no-timeout: note\n' });
    trees.push(root);
    const result = await ops(['report', '--workspace', '--jobs', '1', root, '--lake', `${root}/.lake`, '--no-cache', '--format', 'json']);
    expect(result.stderr).not.toMatch(/unknown rule|error|failed/);
    expect(result.code).toBe(0);
  });
});
