import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings/model.js';
import { testFinding } from '../findings/testing/test-finding.js';
import { DEFAULT_GATE } from '../gate/gate.js';
import { blockingFindings } from './blocking.js';
import { buildReport, type AuditedAgent } from './build.js';
import { compactFindingLine, formatCompact, verdictLine } from './compact.js';
import { formatGithub, githubFindingLine } from './github.js';
import type { Report } from './model.js';
import { filterBySeverity } from './severity-filter.js';

function agent(path: string, findings: Finding[]): AuditedAgent {
  return {
    id: path,
    name: path,
    path,
    entrypoint: null,
    language: 'python',
    frameworks: ['google-adk'],
    findings: findings.map((entry) => ({ ...entry, file: `${path}/${entry.file}` })),
    suppressed: [],
    stats: { filesScanned: 1, bytesScanned: 10, filesSkipped: 0 },
    skipped: [],
  } as AuditedAgent;
}

const SECRET = testFinding({ ruleId: 'secret/github-pat', severity: 'error', category: 'secret', persona: 'secops', message: 'GitHub token hardcoded: ghp_…(40 chars)', region: { startLine: 3, startColumn: 17, endLine: 3, endColumn: 57 } });
const RETIRED = testFinding({ ruleId: 'reliability/retired-model', severity: 'error', message: "Model 'gemini-2.0-flash' was retired." });
const WARNING = testFinding();

function fleetReport(): Report {
  return buildReport('.', [
    { audit: agent('agents/billing', [SECRET, WARNING]), gate: DEFAULT_GATE },
    { audit: agent('agents/weather', [RETIRED, WARNING]), gate: DEFAULT_GATE },
    { audit: agent('agents/faq', [WARNING]), gate: DEFAULT_GATE },
  ]);
}

describe('compact lines', () => {
  it('is path:line:col: severity rule-id message, the path under the prefix', () => {
    expect(compactFindingLine({ ...SECRET, file: 'agents/billing/agent.py' }, 'repo')).toBe('repo/agents/billing/agent.py:3:17: error secret/github-pat GitHub token hardcoded: ghp_…(40 chars)');
    expect(compactFindingLine({ ...SECRET, file: 'agent.py' }, '.')).toMatch(/^agent\.py:3:17: /);
  });

  it('cannot be forged by a file name or a message holding a newline or escapes', () => {
    const line = compactFindingLine({ ...WARNING, file: 'evil\n    x.py:1:1: error secret/fake\u001b[2J.py', message: 'two\nlines' }, '.');
    expect(line.split('\n')).toHaveLength(1);
    expect(line).not.toMatch(/\u001b/);
    expect(line).toContain('evil\\n    x.py');
    expect(line).toMatch(/ two lines$/);
  });

  it('lists every finding, then the verdict when asked', () => {
    const lines = formatCompact(fleetReport(), { pathPrefix: '.', verdict: true }).trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines.at(-1)).toBe('Verdict: BLOCKED: security critical (secrets or PII) (exit 1) · 2 blocking findings in 2 of 3 agents');
  });

  it('with blockingOnly, lists only what blocked', () => {
    expect(formatCompact(fleetReport(), { pathPrefix: '.', blockingOnly: true })).toBe(
      'agents/billing/agent.py:3:17: error secret/github-pat GitHub token hardcoded: ghp_…(40 chars)\n' +
        "agents/weather/agent.py:6:12: error reliability/retired-model Model 'gemini-2.0-flash' was retired.\n",
    );
  });

  it('says none block on a pass', () => {
    const report = buildReport('.', [{ audit: agent('agents/faq', [WARNING]), gate: DEFAULT_GATE }]);
    expect(verdictLine(report)).toBe('Verdict: PASS (exit 0) · 1 finding in 1 agent, none blocking');
  });
});

describe('blocking findings', () => {
  it('are the warnings of an agent whose policy blocks on warnings', () => {
    const report = buildReport('.', [{ audit: agent('agents/faq', [WARNING, testFinding({ severity: 'note' })]), gate: { blockOn: ['error', 'warning'], secretsGate: true } }]);
    expect(blockingFindings(report.agents[0]!).map((entry) => entry.severity)).toEqual(['warning']);
  });

  it('leave secrets out when the secrets gate is off', () => {
    const report = buildReport('.', [{ audit: agent('agents/a', [SECRET, RETIRED]), gate: { blockOn: ['error'], secretsGate: false } }]);
    expect(blockingFindings(report.agents[0]!).map((entry) => entry.ruleId)).toEqual(['reliability/retired-model']);
  });
});

describe('github workflow commands', () => {
  it('maps severities to error, warning and notice and names the rule as title', () => {
    expect(githubFindingLine({ ...SECRET, file: 'agent.py' }, 'services/bot')).toBe(
      '::error file=services/bot/agent.py,line=3,endLine=3,col=17,title=secret/github-pat::GitHub token hardcoded: ghp_…(40 chars)\n',
    );
    expect(githubFindingLine({ ...WARNING, severity: 'note' }, '')).toMatch(/^::notice file=agent\.py,/);
  });

  it('escapes %, CR and LF in the message and also : and , in properties', () => {
    const line = githubFindingLine({ ...WARNING, file: 'a,b:c.py', message: '100% sure\r\nreally' }, '');
    expect(line).toBe('::warning file=a%2Cb%3Ac.py,line=6,endLine=6,col=12,title=reliability/http-call-no-timeout::100%25 sure%0D%0Areally\n');
  });

  it('is one line per finding', () => {
    expect(formatGithub(fleetReport(), { repositoryPrefix: '' }).trimEnd().split('\n')).toHaveLength(5);
  });
});

describe('filterBySeverity', () => {
  it('keeps the gate verdict and counts only what is shown', () => {
    const report = fleetReport();
    const errors = filterBySeverity(report, 'error');
    expect(errors.exitCode).toBe(report.exitCode);
    expect(errors.agents.map((entry) => entry.verdict)).toEqual(report.agents.map((entry) => entry.verdict));
    expect(errors.summary.findings).toBe(2);
    expect(errors.summary.bySeverity).toEqual({ error: 2, warning: 0, note: 0 });
    expect(filterBySeverity(report, 'note')).toBe(report);
  });
});
