import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type Policy } from '../config/policy.js';
import { sourceFile } from '../rules/testing/rule-tester.js';
import { CHECKS } from '../rules/index.js';
import { B64URL, b64url, rand } from '../secrets/catalog/sample-tokens.js';
import { auditSource } from './audit-agent.js';

/** Test code is read for real-looking secrets and personal data only; the same code in production gets every rule. */
const OPENAI_KEY = `sk-proj-${rand('test-code-a', 74, B64URL)}T3BlbkFJ${rand('test-code-b', 74, B64URL)}`;

const AGENT_CODE = [
  'from openai import OpenAI',
  'from agents import Agent, Runner',
  '',
  'client = OpenAI(timeout=0.5)',
  'SECRET_TOKEN = "SECRET_TOKEN_123_not_a_real_key"',
  'agent = Agent(name="t", model="gpt-3.5-turbo-0613")',
  '',
  'def test_runs():',
  '    while True:',
  '        result = Runner.run_sync(agent, "hi")',
  '        if result.final_output:',
  '            break',
  '',
].join('\n');

async function ruleIds(reportPath: string, code: string, policy: Policy = DEFAULT_POLICY): Promise<string[]> {
  const findings = await auditSource(sourceFile(reportPath, code), CHECKS, reportPath, policy);
  return [...new Set(findings.map((finding) => finding.ruleId))].sort();
}

describe('test code', () => {
  it('the same file fires reliability and sentinel-secret rules in production and nothing in tests/', async () => {
    const production = await ruleIds('agents/helper/agent.py', AGENT_CODE);
    expect(production).toContain('reliability/retired-model');
    expect(production.some((id) => id.startsWith('secret/generic'))).toBe(true);
    expect(await ruleIds('tests/test_agent.py', AGENT_CODE)).toEqual([]);
    expect(await ruleIds('pkg/tests/fixtures/agent.py', AGENT_CODE)).toEqual([]);
  });

  it('docs: a Markdown sample with a made-up key is silent, a real provider key in docs still fires', async () => {
    const sample = '```python\ntracing = {\n    "api_key": "sk-tracing-123",\n}\n```\n';
    expect(await ruleIds('docs/tracing.md', sample)).toEqual([]);
    expect(await ruleIds('agents/helper/tracing.md', sample)).toEqual([]);
    expect(await ruleIds('agents/helper/tracing.py', sample.replace(/```.*\n/g, ''))).toEqual(['secret/generic-secret-assignment']);
    expect(await ruleIds('docs/setup.md', `OPENAI_API_KEY=${OPENAI_KEY}\n`)).toEqual(['secret/openai-project-key']);
  });

  it('a real-looking provider key still fires in test code', async () => {
    const code = `client = OpenAI(api_key="${OPENAI_KEY}")\n`;
    expect(await ruleIds('tests/test_client.py', code)).toEqual(['secret/openai-project-key']);
  });

  it('in test code a structured key is reported even where a skipped file-name detector would have claimed its span', async () => {
    const jwt = [b64url('{"alg":"HS256","typ":"JWT"}'), b64url(`{"sub":"deployer","iat":1764806400,"jti":"${rand('test-code-jti', 24)}"}`), rand('test-code-sig', 43, B64URL)].join('.');
    const kubeconfig = ['apiVersion: v1', 'kind: Config', 'users:', '- name: deployer', '  user:', `    token: ${jwt}`, ''].join('\n');
    const production = await ruleIds('deploy/kubeconfig', kubeconfig);
    expect(production).toEqual(['secret/kubeconfig-credential']);
    expect(await ruleIds('tests/fixtures/kubeconfig', kubeconfig)).toEqual(['secret/jwt']);
  });

  it('`test_code.rules: all` audits test code with every rule', async () => {
    const policy: Policy = { ...DEFAULT_POLICY, codeKinds: { testPaths: [], productionPaths: [], rules: 'all' } };
    expect(await ruleIds('tests/test_agent.py', AGENT_CODE, policy)).toContain('reliability/retired-model');
  });

  it('`test_code.paths` makes a team folder test code', async () => {
    const policy: Policy = { ...DEFAULT_POLICY, codeKinds: { testPaths: ['qa/'], productionPaths: [], rules: 'secrets-and-pii' } };
    expect(await ruleIds('qa/agent.py', AGENT_CODE, policy)).toEqual([]);
    expect(await ruleIds('qa/agent.py', AGENT_CODE)).toContain('reliability/retired-model');
  });
});
