import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/report/model.js';
import { makeTree, REPO_ROOT, tokenLike } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';

// Audit by committee (docs/COMMITTEE.md) with a real external scanner: secretlint, run here on a copy of the
// examples fleet, its SARIF imported with --import-sarif.

const SECRETLINT = path.join(REPO_ROOT, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
const DIGITS = '0123456789';
const SLACK_TOKEN = `xoxb-${tokenLike('', 10, 301, DIGITS)}-${tokenLike('', 13, 302, DIGITS)}-${tokenLike('', 24, 303)}`;
const GITHUB_TOKEN = tokenLike('ghp_', 36, 304);

function secretlint(cwd: string, rcFile: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = [SECRETLINT, '--secretlintrc', rcFile, '--format', '@secretlint/secretlint-formatter-sarif', '**/*'];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 99) : 0, stdout, stderr });
    });
  });
}

const json = (stdout: string) => JSON.parse(stdout) as Report;
const allFindings = (report: Report) => report.agents.flatMap((agent) => [...agent.findings, ...(agent.belowQuorum ?? [])]);

describe('secretlint as a second auditor of the examples fleet', () => {
  let scratch: string;
  let workspace: string;
  let sarif: string;

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'cockpit-committee-'));
    workspace = path.join(scratch, 'examples');
    await cp(path.join(REPO_ROOT, 'examples'), workspace, { recursive: true, filter: (source) => !source.includes(`${path.sep}.cockpit`) });
    // Two credentials both scanners know, planted in the ops bot the way a hurried on-call script holds them.
    await writeFile(
      path.join(workspace, 'ops-bot', 'notify.py'),
      `"""Posts the on-call summary to the team channel."""\n\nSLACK_BOT = "${SLACK_TOKEN}"\nDEPLOY_TOKEN = "${GITHUB_TOKEN}"\n`,
    );
    const rcFile = path.join(scratch, 'secretlintrc.json');
    await writeFile(rcFile, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
    const scan = await secretlint(workspace, rcFile);
    // secretlint exits 1 when it finds something; its SARIF is on stdout.
    expect(scan.code, scan.stderr).toBe(1);
    sarif = path.join(scratch, 'secretlint.sarif');
    await writeFile(sarif, scan.stdout);
  });

  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('one finding per problem, with votes from both auditors, and no duplicates', async () => {
    const alone = json((await runInProcess(['report', '--workspace', workspace, '--jobs', '1', '--no-cache', '--format', 'json', '--quiet'])).stdout);
    const result = await runInProcess(['report', '--workspace', workspace, '--jobs', '1', '--no-cache', '--format', 'json', '--quiet', '--import-sarif', `secretlint=${sarif}`]);
    const merged = json(result.stdout);
    expect(result.code).toBe(1);
    expect(merged.exitCode).toBe(alone.exitCode);
    // Every secretlint result merged into the cockpit's own finding: the same number of findings as the cockpit alone.
    expect(merged.summary.findings).toBe(alone.summary.findings);
    expect(allFindings(merged).filter((finding) => finding.ruleId.startsWith('external/'))).toEqual([]);
    const secretlintRun = merged.committee!.auditors.find((auditor) => auditor.name === 'secretlint')!;
    expect(secretlintRun).toMatchObject({ kind: 'sarif', results: 2, merged: 2, added: 0, skipped: 0 });

    const planted = allFindings(merged).filter((finding) => finding.file === 'ops-bot/notify.py');
    expect(planted.map((finding) => [finding.ruleId, finding.region.startLine])).toEqual([
      ['secret/slack-bot-token', 3],
      ['secret/github-pat', 4],
    ]);
    for (const finding of planted) {
      expect(finding.committee).toMatchObject({ auditors: ['cockpit-secrets', 'secretlint'], quorum: 1, status: 'met' });
      expect(finding.committee!.votes.map((vote) => [vote.auditor, vote.decision])).toEqual([
        ['cockpit-secrets', 'raised'],
        ['secretlint', 'confirmed'],
      ]);
      expect(finding.committee!.votes[1]!.ruleId).toMatch(/secretlint-rule-(slack|github)$/);
    }
    // Findings secretlint did not report keep the cockpit's one vote; the report says which auditors agreed.
    expect(merged.committee).toMatchObject({ agreed: 2, belowQuorum: 0, disputed: 0 });
    expect(result.stdout).not.toContain(SLACK_TOKEN);
    expect(result.stdout).not.toContain(GITHUB_TOKEN);
  });

  it('text shows each finding\'s votes and the committee; SARIF carries them as properties', async () => {
    const text = await runInProcess(['report', '--workspace', workspace, '--jobs', '1', '--import-sarif', `secretlint=${sarif}`]);
    expect(text.stdout).toContain('votes: 2 votes, quorum 1 (cockpit-secrets, secretlint)');
    expect(text.stdout).toMatch(/Committee: \d+ findings voted on by 5 cockpit engines and secretlint; 2 agreed by several auditors, 0 below quorum, 0 disputed/);
    const sarifOut = await runInProcess(['report', '--workspace', workspace, '--jobs', '1', '--quiet', '--format', 'sarif', '--import-sarif', `secretlint=${sarif}`]);
    const results = JSON.parse(sarifOut.stdout).runs[0].results as Array<{ ruleId: string; properties: { committee?: { auditors: string[] } } }>;
    expect(results.find((result) => result.ruleId === 'secret/slack-bot-token')!.properties.committee!.auditors).toEqual(['cockpit-secrets', 'secretlint']);
    for (const output of [text.stdout, sarifOut.stdout]) {
      expect(output).not.toContain(SLACK_TOKEN);
      expect(output).not.toContain(GITHUB_TOKEN);
    }
  });

  it('without --import-sarif or a committee section the report carries no votes', async () => {
    const report = json((await runInProcess(['report', '--workspace', workspace, '--jobs', '1', '--format', 'json', '--quiet'])).stdout);
    expect(report.committee).toBeUndefined();
    expect(allFindings(report).some((finding) => finding.committee !== undefined)).toBe(false);
    expect(report.agents.some((agent) => agent.belowQuorum !== undefined)).toBe(false);
  });
});

describe('quorum', () => {
  const AGENT = 'from google.adk.agents import Agent\n\nroot_agent = Agent(\n    name="weather",\n    model="gemini-2.5-flash",\n    instruction="Answer questions about tomorrow\'s weather.",\n)\n';
  const fleet = (committee: string) => ({
    'cockpit.yaml': `version: 1\nlock: [gate.secrets]\n${committee}`,
    'agents/weather/agent.py': AGENT,
    // The agent's own file tries to switch the locked secrets gate off: a policy/locked-setting-loosened error.
    'agents/weather/cockpit.yaml': 'gate:\n  secrets: false\n',
  });
  // A second auditor's SARIF (a policy checker of the team's own) that reports the same problem.
  const confirming = JSON.stringify({
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'policy-bot', rules: [{ id: 'PB-12', properties: { tags: ['policy'] } }] } },
        results: [
          {
            ruleId: 'PB-12',
            level: 'error',
            message: { text: 'An agent file turns off a gate the fleet locks.' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'agents/weather/cockpit.yaml' }, region: { startLine: 2, startColumn: 3 } } }],
          },
        ],
      },
    ],
  });

  it('a quorum of two turns a one-auditor policy finding into a non-blocking one, and a second vote or a quorum of one makes it block again', async () => {
    const root = await makeTree({ ...fleet('committee:\n  quorum:\n    policy: 2\n'), 'policy-bot.sarif': confirming });
    try {
      const below = await runInProcess(['report', '--workspace', root, '--jobs', '1', '--format', 'json', '--quiet']);
      const belowReport = json(below.stdout);
      expect(below.code).toBe(0);
      const weather = belowReport.agents.find((agent) => agent.path === 'agents/weather')!;
      expect(weather.findings.map((finding) => finding.ruleId)).not.toContain('policy/locked-setting-loosened');
      expect(weather.belowQuorum!.map((finding) => [finding.ruleId, finding.committee!.status, finding.committee!.quorum])).toEqual([
        ['policy/locked-setting-loosened', 'below-quorum', 2],
      ]);
      expect(belowReport.committee).toMatchObject({ belowQuorum: 1, quorum: { default: 1, policy: 2 } });
      const text = await runInProcess(['report', '--workspace', root, '--jobs', '1']);
      expect(text.code).toBe(0);
      expect(text.stdout).toContain('agents/weather/cockpit.yaml:2  policy/locked-setting-loosened: below quorum: 1 vote, quorum 2 (cockpit-rules)');

      // A second auditor confirms it: two votes meet the quorum and the gate blocks (exit 2).
      const confirmed = await runInProcess(['report', '--workspace', root, '--jobs', '1', '--format', 'json', '--quiet', '--import-sarif', `policy-bot=${path.join(root, 'policy-bot.sarif')}`]);
      expect(confirmed.code).toBe(2);
      const finding = json(confirmed.stdout).agents.find((agent) => agent.path === 'agents/weather')!.findings.find((each) => each.ruleId === 'policy/locked-setting-loosened')!;
      expect(finding.committee).toMatchObject({ auditors: ['cockpit-rules', 'policy-bot'], quorum: 2, status: 'met' });

      // Back to a quorum of one: the cockpit's vote alone blocks again.
      await writeFile(path.join(root, 'cockpit.yaml'), 'version: 1\nlock: [gate.secrets]\ncommittee:\n  quorum:\n    policy: 1\n');
      expect((await runInProcess(['report', '--workspace', root, '--jobs', '1', '--format', 'json', '--quiet'])).code).toBe(2);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('a quorum key that names no category or severity is exit 3 naming the file', async () => {
    const root = await makeTree(fleet('committee:\n  quorum:\n    secrets: 1\n'));
    try {
      const result = await runInProcess(['report', '--workspace', root, '--jobs', '1', '--quiet']);
      expect(result.code).toBe(3);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/cockpit\.yaml:\d+:\d+: .*committee\.quorum/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('--import-sarif', () => {
  const TOKEN = tokenLike('ghp_', 36, 305);
  // A credential of a format only the in-house scanner knows: no cockpit detector matches it.
  const HOUSE_KEY = tokenLike('acmelive', 32, 306);
  // One file: two credentials (line 5 and 6) and a tool that builds SQL from its input (line 12).
  const AGENT = [
    'import sqlite3',
    '',
    'from google.adk.agents import Agent',
    '',
    `GITHUB = "${TOKEN}"`,
    `HOUSE = "${HOUSE_KEY}"`,
    '',
    '',
    'def lookup(name: str) -> list:',
    '    """Finds a colleague by name."""',
    '    conn = sqlite3.connect("staff.db")',
    '    return conn.execute("SELECT * FROM staff WHERE name = \'%s\'" % name).fetchall()',
    '',
    '',
    'root_agent = Agent(name="desk", model="gemini-2.5-flash", instruction="Help the desk.", tools=[lookup])',
    '',
  ].join('\n');
  const sarifOf = (tool: string, results: unknown[], rules: unknown[] = []) => JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: tool, rules } }, results }] });
  const at = (uri: string, startLine: number, startColumn?: number, endColumn?: number) => [
    { physicalLocation: { artifactLocation: { uri }, region: { startLine, ...(startColumn ? { startColumn } : {}), ...(endColumn ? { endColumn } : {}) } } },
  ];

  async function desk(files: Record<string, string>) {
    return makeTree({ 'desk/agent.py': AGENT, ...files });
  }

  it('a bad SARIF file is exit 3 with one line naming the file and what is wrong', async () => {
    const root = await desk({
      'broken.sarif': '{"version": "2.1.0", "runs": [',
      'old.sarif': JSON.stringify({ version: '2.0.0', runs: [] }),
      'nomessage.sarif': JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'R1' }] }] }),
      'array.sarif': '[]',
    });
    try {
      const cases: Array<[string, RegExp]> = [
        ['x=broken.sarif', /^ops: error: broken\.sarif: not valid JSON \(/],
        ['x=old.sarif', /^ops: error: old\.sarif: not SARIF 2\.1\.0: version: expected SARIF version "2\.1\.0"$/],
        ['x=nomessage.sarif', /^ops: error: nomessage\.sarif: not SARIF 2\.1\.0: runs\[0\]\.results\[0\]\.message: /],
        ['x=array.sarif', /^ops: error: array\.sarif: not a SARIF log \(expected a JSON object\)$/],
        ['x=missing.sarif', /^ops: error: missing\.sarif: cannot be read \(ENOENT\)$/],
        ['no-equals-sign', /^ops: error: --import-sarif: 'no-equals-sign' is not TOOL=FILE/],
        ['cockpit-secrets=old.sarif', /^ops: error: --import-sarif: 'cockpit-secrets' is not an auditor name/],
      ];
      for (const [flag, expected] of cases) {
        const result = await runInProcess(['report', '--workspace', root, '--jobs', '1', '--quiet', '--import-sarif', flag], { cwd: root });
        expect(result.code, flag).toBe(3);
        expect(result.stderr.trim().split('\n'), flag).toHaveLength(1);
        expect(result.stderr.trim(), flag).toMatch(expected);
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('a result no cockpit finding matches becomes a finding of its tool, with the severity of its SARIF level, gated by quorum', async () => {
    const bandit = sarifOf(
      'bandit',
      [
        { ruleId: 'B608', message: { text: 'Possible SQL injection vector through string-based query construction.' }, locations: at('desk/agent.py', 12, 12) },
        // B113 has no cockpit finding on this line and no level of its own: its rule's default level applies.
        { ruleId: 'B113', ruleIndex: 0, message: { text: 'Call to requests without timeout' }, locations: at('desk/agent.py', 1) },
        { ruleId: 'B101', message: { text: 'Use of assert detected.' }, locations: at('../elsewhere.py', 1) },
      ],
      [{ id: 'B113', defaultConfiguration: { level: 'error' } }],
    );
    const root = await desk({ 'bandit.sarif': bandit });
    try {
      const result = await runInProcess(['report', '--workspace', root, '--jobs', '1', '--quiet', '--format', 'json', '--import-sarif', 'bandit=bandit.sarif'], { cwd: root });
      const report = json(result.stdout);
      const findings = allFindings(report);
      const sql = findings.filter((finding) => finding.file === 'desk/agent.py' && finding.region.startLine === 12);
      // The cockpit's own SQL finding took bandit's vote; nothing was added for it.
      expect(sql.map((finding) => [finding.ruleId, finding.committee!.auditors])).toEqual([['security/sql-from-input', ['cockpit-security', 'bandit']]]);
      const external = findings.filter((finding) => finding.ruleId.startsWith('external/'));
      expect(external.map((finding) => [finding.ruleId, finding.category, finding.severity, finding.persona, finding.committee!.status])).toEqual([
        ['external/bandit/B113', 'reliability', 'error', 'sre', 'met'],
      ]);
      expect(report.committee!.auditors.find((auditor) => auditor.name === 'bandit')).toMatchObject({ results: 3, merged: 1, added: 1, skipped: 1 });
      expect(result.code).toBe(1);

      // Reliability findings need two votes: bandit's lone B113 no longer blocks.
      await writeFile(path.join(root, 'cockpit.yaml'), 'committee:\n  quorum:\n    reliability: 2\n');
      const gated = json((await runInProcess(['report', '--workspace', root, '--jobs', '1', '--quiet', '--format', 'json', '--import-sarif', 'bandit=bandit.sarif'], { cwd: root })).stdout);
      const desk = gated.agents.find((agent) => agent.path === 'desk')!;
      // ...and neither does the cockpit's own one-vote reliability warning.
      expect(desk.belowQuorum!.map((finding) => finding.ruleId)).toEqual(['external/bandit/B113', 'reliability/adk-gemini-no-retry']);
      expect(desk.findings.map((finding) => finding.ruleId)).not.toContain('external/bandit/B113');

      // `external: 2`: a finding only one scanner raised needs a second auditor; the cockpit's own findings keep their quorum.
      await writeFile(path.join(root, 'cockpit.yaml'), 'committee:\n  quorum:\n    external: 2\n');
      const lone = json((await runInProcess(['report', '--workspace', root, '--jobs', '1', '--quiet', '--format', 'json', '--import-sarif', 'bandit=bandit.sarif'], { cwd: root })).stdout);
      const loneDesk = lone.agents.find((agent) => agent.path === 'desk')!;
      expect(loneDesk.belowQuorum!.map((finding) => [finding.ruleId, finding.committee!.quorum])).toEqual([['external/bandit/B113', 2]]);
      expect(loneDesk.findings.map((finding) => finding.ruleId)).toContain('security/sql-from-input');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('never shows a secret a scanner printed, whether or not the cockpit knows its format', async () => {
    const leaky = sarifOf('house-scanner', [
      { ruleId: 'github', message: { text: `GitHub token ${TOKEN} in source` }, locations: at('desk/agent.py', 5, 11, 51), properties: { tags: ['secret'] } },
      { ruleId: 'acme-live-key', message: { text: `Acme live key ${HOUSE_KEY} committed` }, locations: at('desk/agent.py', 6, 10, 50), properties: { tags: ['secret'] } },
    ]);
    const root = await desk({ 'house.sarif': leaky });
    try {
      for (const format of ['json', 'sarif', 'text', 'html']) {
        const result = await runInProcess(['report', '--workspace', root, '--jobs', '1', '--format', format, '--import-sarif', 'house-scanner=house.sarif'], { cwd: root });
        expect(result.code, format).toBe(1);
        expect(result.stdout, format).not.toContain(TOKEN);
        expect(result.stdout, format).not.toContain(HOUSE_KEY);
        expect(result.stdout, format).not.toContain(HOUSE_KEY.slice(8, 24));
      }
      const report = json((await runInProcess(['report', '--workspace', root, '--jobs', '1', '--format', 'json', '--import-sarif', 'house-scanner=house.sarif'], { cwd: root })).stdout);
      const house = allFindings(report).find((finding) => finding.ruleId === 'external/house-scanner/acme-live-key')!;
      expect(house).toMatchObject({ category: 'secret', file: 'desk/agent.py', snippet: 'HOUSE = "acme…(40 chars)"', message: 'Acme live key acme…(40 chars) committed' });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('a scanner\'s suppression is a disputed vote: listed for a human, never a veto', async () => {
    const disputing = sarifOf('gitleaks', [
      { ruleId: 'github-pat', message: { text: 'GitHub Personal Access Token' }, locations: at('desk/agent.py', 5, 11, 51), suppressions: [{ kind: 'external', status: 'accepted' }] },
    ]);
    const root = await desk({ 'gitleaks.sarif': disputing });
    try {
      const result = await runInProcess(['report', '--workspace', root, '--jobs', '1', '--format', 'json', '--import-sarif', 'gitleaks=gitleaks.sarif'], { cwd: root });
      expect(result.code).toBe(1);
      const report = json(result.stdout);
      const secret = allFindings(report).find((finding) => finding.category === 'secret' && finding.region.startLine === 5)!;
      expect(secret.committee!.votes.map((vote) => [vote.auditor, vote.decision])).toEqual([
        ['cockpit-secrets', 'raised'],
        ['gitleaks', 'disputed'],
      ]);
      expect(report.committee!.disputed).toBe(1);
      const text = await runInProcess(['report', '--workspace', root, '--jobs', '1', '--import-sarif', 'gitleaks=gitleaks.sarif'], { cwd: root });
      expect(text.stdout).toMatch(/desk\/agent\.py:5 {2}secret\/github-pat: 1 vote, quorum 1 \(cockpit-secrets\); disputed by gitleaks/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('reads file: URIs and URIs under an originalUriBaseIds base; a result outside the root is skipped', async () => {
    const root = await desk({});
    try {
      const absolute = sarifOf('bandit', [{ ruleId: 'B608', message: { text: 'SQL' }, locations: at(new URL(`file://${path.join(root, 'desk', 'agent.py')}`).href, 12) }]);
      const based = JSON.stringify({
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'bandit' } },
            originalUriBaseIds: { SRC: { uri: `${new URL(`file://${path.join(root, 'desk')}`).href}/` } },
            results: [
              { ruleId: 'B608', message: { text: 'SQL' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'agent.py', uriBaseId: 'SRC' }, region: { startLine: 12 } } }] },
              { ruleId: 'B608', message: { text: 'SQL' }, locations: at('file:///somewhere/else.py', 12) },
            ],
          },
        ],
      });
      await writeFile(path.join(root, 'absolute.sarif'), absolute);
      await writeFile(path.join(root, 'based.sarif'), based);
      const report = json((await runInProcess(['report', '--workspace', root, '--jobs', '1', '--format', 'json', '--import-sarif', 'one=absolute.sarif', '--import-sarif', 'two=based.sarif'], { cwd: root })).stdout);
      const sql = allFindings(report).find((finding) => finding.ruleId === 'security/sql-from-input')!;
      expect(sql.committee!.auditors).toEqual(['cockpit-security', 'one', 'two']);
      expect(report.committee!.auditors.find((auditor) => auditor.name === 'two')).toMatchObject({ merged: 1, skipped: 1 });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
