import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../src/config/settings.js';
import { readAllLatest } from '../src/lake/partitions.js';
import { auditOneAgent } from '../src/mcp/engine.js';
import { auditWorkspaceIntoLake } from '../src/run/workspace-audit.js';
import { makeTree, removeTree } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';

/**
 * The one run API's decisions (src/run/request.ts): only `ops report` applies the root triage file and the
 * cockpit.yaml committee. A read-only MCP tool, a baseline of the code as it is and a dashboard audit (whose result
 * must match the records it writes) ask for neither, so a committee SARIF that exists only in CI fails none of them.
 */
const AGENT = 'from agents import Agent\n\nagent = Agent(name="billing", instructions="Answer billing questions.")\n';
const CI_ONLY_COMMITTEE = 'version: 1\ncommittee:\n  import_sarif:\n    semgrep: reports/semgrep.sarif\n';

let tree = '';
afterEach(async () => {
  if (tree) await removeTree(tree);
  tree = '';
});

describe('decisions only ops report applies', () => {
  it('a committee SARIF missing outside CI fails ops report (exit 3) but not baseline create, MCP or a dashboard audit', async () => {
    tree = await makeTree({ 'cockpit.yaml': CI_ONLY_COMMITTEE, 'billing/agent.py': AGENT });
    const report = await runInProcess(['report', tree, '--workspace', '--quiet', '--jobs', '1']);
    expect(report.code).toBe(3);
    expect(report.stderr).toContain('reports/semgrep.sarif');

    const baseline = await runInProcess(['baseline', 'create', tree, '--workspace', '--quiet', '--jobs', '1']);
    expect(baseline.stderr).toBe('');
    expect(baseline.code).toBe(0);

    const mcp = await auditOneAgent({ absolute: tree, relative: '.' }, DEFAULT_SETTINGS);
    expect(mcp.agent.verdict).toBe('pass');

    const dashboard = await auditWorkspaceIntoLake(
      { root: tree, settings: DEFAULT_SETTINGS, lakeDir: path.join(tree, '.cockpit', 'evidence_lake'), jobs: 1 },
      { onStart: () => undefined, onProgress: () => undefined, onPhase: () => undefined, signal: new AbortController().signal },
    );
    expect(dashboard.agents.map((agent) => agent.path)).toContain('billing');
  });

  it('finds a committee section under a quoted key too', async () => {
    tree = await makeTree({ 'cockpit.yaml': 'version: 1\n"committee":\n  import_sarif:\n    semgrep: reports/semgrep.sarif\n', 'billing/agent.py': AGENT });
    const report = await runInProcess(['report', tree, '--workspace', '--quiet', '--jobs', '1']);
    expect(report.code).toBe(3);
    expect(report.stderr).toContain('reports/semgrep.sarif');
  });

  it('a dashboard audit reports what it writes to the lake, triage file or not', async () => {
    tree = await makeTree({
      'cockpit.yaml': 'version: 1\ngate:\n  block_on: [error, warning]\n',
      'billing/agent.py': 'from agents import Agent\nimport requests\n\ndef lookup(id):\n    return requests.get(f"https://billing.example.com/{id}").json()\n\nagent = Agent(name="billing", instructions="Answer billing questions.", tools=[lookup])\n',
    });
    const first = await runInProcess(['report', tree, '--workspace', '--format', 'json', '--quiet', '--jobs', '1']);
    const blocking = (JSON.parse(first.stdout) as { agents: Array<{ findings: Array<{ fingerprint: string; severity: string }> }> }).agents
      .flatMap((agent) => agent.findings)
      .filter((finding) => finding.severity !== 'note');
    expect(blocking.length, 'the fixture needs a blocking warning').toBeGreaterThan(0);
    for (const finding of blocking) {
      const decided = await runInProcess(['triage', 'accept', finding.fingerprint, '--root', tree, '--reason', 'billing API retries upstream', '--author', 'ana']);
      expect(decided.stderr).toBe('');
      expect(decided.code).toBe(0);
    }

    // ops report applies the decision ...
    expect((await runInProcess(['report', tree, '--workspace', '--quiet', '--jobs', '1', '--no-cache'])).code).toBe(0);
    // ... a dashboard audit reports the agents exactly as their new lake records hold them.
    const lakeDir = path.join(tree, '.cockpit', 'evidence_lake');
    const dashboard = await auditWorkspaceIntoLake(
      { root: tree, settings: DEFAULT_SETTINGS, lakeDir, jobs: 1 },
      { onStart: () => undefined, onProgress: () => undefined, onPhase: () => undefined, signal: new AbortController().signal },
    );
    const records = await readAllLatest(lakeDir);
    for (const agent of dashboard.agents) {
      const record = records.find((candidate) => candidate.agent.path === agent.path)!;
      expect({ path: agent.path, verdict: agent.verdict, findings: agent.findings.length }).toEqual({ path: record.agent.path, verdict: record.agent.verdict, findings: record.agent.findings.length });
    }
    expect(dashboard.agents.find((agent) => agent.path === 'billing')!.verdict).toBe('policy-block');
  });
});
