import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { currentRuleId, FORMER_PREFIXES, formerPatternRules, RENAMED_RULE_IDS } from '../src/rules/renamed-ids.js';
import { sha256Hex } from '../src/util/hash.js';
import { makeTree, removeTree } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';

/**
 * Issue 17: a renamed rule keeps working under its former id. What users wrote before the rename (a suppression, a
 * cockpit.yaml setting, a baseline, a triage decision, an earlier release's SARIF) still does what it did, and the
 * former id written by hand is a note that names the new one.
 */
const FORMER = 'reliability/loop-agent-unbounded';
const CURRENT = 'reliability/unbounded-loop-agent';
const AGENT = 'from google.adk.agents import LoopAgent\n\nrefine = LoopAgent(name="refine", sub_agents=[critic, refiner])\n';
/** The fingerprint 0.1.0 gave this finding (audit/fingerprint.ts before the rename: the former id, path, content, ordinal). */
const FINGERPRINT_BEFORE = sha256Hex(`${FORMER}\0agent.py\0LoopAgent:no-max\0${0}`).slice(0, 32);

interface Finding {
  ruleId: string;
  severity: string;
  file: string;
  fingerprint: string;
  message: string;
  region: { startLine: number };
  suppression?: { kind: string };
  committee?: { votes: Array<{ auditor: string; ruleId: string }> };
}
interface Report {
  exitCode: number;
  agents: Array<{ findings: Finding[]; suppressed: Finding[]; baselined?: Finding[] }>;
  triage?: { applied: number };
}

let tree = '';
afterEach(async () => {
  if (tree) await removeTree(tree);
  tree = '';
});

async function report(files: Record<string, string>, ...flags: string[]): Promise<{ code: number; report: Report; stderr: string }> {
  tree = await makeTree(files);
  const result = await runInProcess(['report', tree, '--format', 'json', '--no-cache', ...flags], { cwd: tree });
  return { code: result.code, report: JSON.parse(result.stdout) as Report, stderr: result.stderr };
}

const at = (findings: readonly Finding[]) => findings.map((finding) => `${finding.file}:${finding.region.startLine} ${finding.ruleId} ${finding.severity}`);

describe('the table of former ids', () => {
  it('maps each former id to a rule that exists, which no longer answers to it', () => {
    const ids = new Set(RULES.map((rule) => rule.id));
    for (const [former, current] of RENAMED_RULE_IDS) {
      expect(ids.has(current)).toBe(true);
      expect(ids.has(former)).toBe(false);
      // No chains: a rule renamed twice lists both former ids against the current one.
      expect(RENAMED_RULE_IDS.has(current)).toBe(false);
    }
    expect(currentRuleId('reliability/agent-loop-bound')).toBe('reliability/unbounded-agent-steps');
  });

  it('lists as former prefixes only prefixes no rule has, each naming the rules that had it', () => {
    for (const prefix of FORMER_PREFIXES) {
      expect(RULES.filter((rule) => rule.id.startsWith(`${prefix}/`))).toEqual([]);
      const named = formerPatternRules(`${prefix}/*`)!;
      expect(named.length).toBeGreaterThan(0);
      for (const id of named) expect(RULES.some((rule) => rule.id === id)).toBe(true);
    }
    expect(formerPatternRules('policy/*')).toBeUndefined();
  });
});

describe('a former rule id', () => {
  it('in a suppression comment still silences the rule, and a note names the new id', async () => {
    const { code, report: json } = await report({
      'agent.py': AGENT.replace('refine = ', `# cockpit: ignore[${FORMER}] the critic calls exit_loop after three rounds\nrefine = `),
    });
    expect(code).toBe(0);
    const agent = json.agents[0]!;
    expect(at(agent.suppressed)).toEqual([`agent.py:4 ${CURRENT} error`]);
    expect(at(agent.findings)).toEqual(['agent.py:3 policy/renamed-rule-id note']);
    expect(agent.findings[0]!.message).toContain(`'${FORMER}', the former id of ${CURRENT}`);
  });

  it('in cockpit.yaml still sets the rule, and a note at the key names the new id', async () => {
    const { code, report: json } = await report({ 'agent.py': AGENT, 'cockpit.yaml': `version: 1\nrules:\n  ${FORMER}: warning\n` });
    expect(code).toBe(0);
    expect(at(json.agents[0]!.findings)).toEqual([`agent.py:3 ${CURRENT} warning`, 'cockpit.yaml:3 policy/renamed-rule-id note']);

    const off = await report({ 'agent.py': AGENT, 'cockpit.yaml': `rules:\n  ${FORMER}: { severity: 'off' }\n  policy/renamed-rule-id: 'off'\n` });
    expect(off.code).toBe(0);
    expect(at(off.report.agents[0]!.findings)).toEqual([]);
  });

  it('in cockpit.yaml is checked as the rule it names, and may not stand beside the new id', async () => {
    tree = await makeTree({ 'agent.py': AGENT, 'cockpit.yaml': 'rules:\n  reliability/agent-loop-bound: { options: { limit: 5 } }\n' });
    const options = await runInProcess(['report', tree, '--no-cache']);
    expect(options.code).toBe(3);
    expect(options.stderr).toContain('rule reliability/unbounded-agent-steps takes no options');
    await writeFile(path.join(tree, 'cockpit.yaml'), `rules:\n  ${CURRENT}: warning\n  ${FORMER}: 'off'\n`);
    const both = await runInProcess(['report', tree, '--no-cache']);
    expect(both.code).toBe(3);
    expect(both.stderr).toContain(`cockpit.yaml:3:3: rules names ${CURRENT} twice, as '${CURRENT}' and '${FORMER}'`);
  });

  it('names the rule in ops rules', async () => {
    const result = await runInProcess(['rules', FORMER]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^${FORMER} is the former id of ${CURRENT}; .*\\n\\n${CURRENT}: `));
  });
});

describe('what was recorded before the rename', () => {
  it('keeps the fingerprint: a baseline made with the former id still matches', async () => {
    const baseline = {
      version: 1,
      tool: { name: 'agentops-cockpit', version: '0.1.0' },
      createdAt: '2026-11-02T09:00:00.000Z',
      root: '.',
      findings: [{ fingerprint: FINGERPRINT_BEFORE, ruleId: FORMER, file: 'agent.py', line: 3, agent: '.' }],
    };
    const { code, report: json } = await report({ 'agent.py': AGENT, 'baseline.json': JSON.stringify(baseline) }, '--baseline', 'baseline.json');
    expect(code).toBe(0);
    expect(json.agents[0]!.findings).toEqual([]);
    expect(json.agents[0]!.baselined!.map((finding) => [finding.ruleId, finding.fingerprint])).toEqual([[CURRENT, FINGERPRINT_BEFORE]]);
  });

  it('a triage decision made about the finding under its former id still applies', async () => {
    const decision = { fingerprint: FINGERPRINT_BEFORE, status: 'accepted-risk', reason: 'the critic always escalates', author: 'dana', decidedAt: '2026-11-02T09:00:00.000Z', ruleId: FORMER };
    const triage = { version: 1, decisions: [decision], history: [{ action: 'decide', ...decision }] };
    const { code, report: json } = await report({ 'agent.py': AGENT, '.cockpit/triage.json': JSON.stringify(triage) });
    expect(code).toBe(0);
    expect(json.triage?.applied).toBe(1);
    expect(json.agents[0]!.suppressed.map((finding) => [finding.ruleId, finding.suppression?.kind])).toEqual([[CURRENT, 'triage']]);
  });

  it("an earlier release's SARIF given to --import-sarif reads as this release's", async () => {
    tree = await makeTree({ 'agent.py': AGENT });
    const outside = await makeTree({});
    try {
      const now = path.join(outside, 'now.sarif');
      expect((await runInProcess(['report', tree, '--format', 'sarif', '--no-cache', '--output', now])).code).toBe(2);
      const earlier = path.join(outside, 'earlier.sarif');
      await writeFile(earlier, (await readFile(now, 'utf8')).replaceAll(CURRENT, FORMER));
      const imported = async (file: string) => {
        const result = await runInProcess(['report', tree, '--format', 'json', '--no-cache', '--import-sarif', `earlier=${file}`]);
        const external = (JSON.parse(result.stdout) as Report).agents[0]!.findings.filter((finding) => finding.ruleId.startsWith('external/'));
        return external.map((finding) => [finding.ruleId, finding.fingerprint, finding.committee!.votes.map((vote) => vote.ruleId)]);
      };
      const fromEarlier = await imported(earlier);
      expect(fromEarlier).toEqual([[`external/earlier/${CURRENT}`, expect.any(String), [CURRENT]]]);
      expect(fromEarlier).toEqual(await imported(now));
    } finally {
      await removeTree(outside);
    }
  });
});

/** The governance/ family moved to policy/ (its category); a `governance/*` pattern written before still names it. */
describe('a former prefix', () => {
  const TRACING_OFF = 'from agents import Agent, Runner, set_tracing_disabled\nset_tracing_disabled(True)\n';
  const FORMER_TRACING = 'governance/tracing-disabled';
  const CURRENT_TRACING = 'policy/tracing-disabled';

  it('in cockpit.yaml still sets the moved rules (below a current pattern or id), and a note names them', async () => {
    const { code, report: json } = await report({ 'main.py': TRACING_OFF, 'cockpit.yaml': 'version: 1\nrules:\n  governance/*: error\n' });
    expect(code).toBe(2);
    expect(at(json.agents[0]!.findings)).toEqual([`cockpit.yaml:3 policy/renamed-rule-id note`, `main.py:2 ${CURRENT_TRACING} error`]);
    expect(json.agents[0]!.findings[0]!.message).toContain(`'governance/*', the former prefix of policy/prompt-or-messages-logged, policy/sensitive-tracing-enabled, ${CURRENT_TRACING}, policy/pii-fields-to-model`);

    const exact = await report({ 'main.py': TRACING_OFF, 'cockpit.yaml': `rules:\n  governance/*: error\n  ${CURRENT_TRACING}: warning\n  policy/renamed-rule-id: 'off'\n` });
    expect(at(exact.report.agents[0]!.findings)).toEqual([`main.py:2 ${CURRENT_TRACING} warning`]);
  });

  it('stays more specific than policy/*, which did not cover the moved rules before: a file setting both keeps its meaning', async () => {
    const both = await report({ 'bots/tracer/main.py': TRACING_OFF, 'cockpit.yaml': "rules:\n  governance/*: error\n  policy/*: 'off'\n" }, '--workspace', '--jobs', '1');
    expect(at(both.report.agents.flatMap((agent) => agent.findings))).toEqual([`bots/tracer/main.py:2 ${CURRENT_TRACING} error`]);
    expect(both.code).toBe(2);
    // An agent file tightening the moved rules under a root that turns policy/* off.
    await removeTree(tree);
    const layered = await report({ 'bots/tracer/main.py': TRACING_OFF, 'bots/tracer/cockpit.yaml': 'rules:\n  governance/*: error\n', 'cockpit.yaml': "rules:\n  policy/*: 'off'\n" }, '--workspace', '--jobs', '1');
    expect(at(layered.report.agents.flatMap((agent) => agent.findings))).toEqual([`bots/tracer/main.py:2 ${CURRENT_TRACING} error`]);
  });

  it('locked at the root, is not loosened by an agent file through a moved rule\'s id, nor by policy/*', async () => {
    const root = { 'cockpit.yaml': "lock: [rules]\nrules:\n  governance/*: error\n  policy/renamed-rule-id: 'off'\n", 'bots/tracer/main.py': TRACING_OFF };
    const byId = await report({ ...root, 'bots/tracer/cockpit.yaml': `rules:\n  ${CURRENT_TRACING}: note\n` }, '--workspace', '--jobs', '1');
    expect(byId.report.agents.flatMap((agent) => agent.findings).map((finding) => `${finding.ruleId} ${finding.severity}`).sort()).toEqual(['policy/locked-setting-loosened error', `${CURRENT_TRACING} error`]);
    await removeTree(tree);
    const byPattern = await report({ ...root, 'bots/tracer/cockpit.yaml': 'rules:\n  policy/*: note\n' }, '--workspace', '--jobs', '1');
    expect(byPattern.report.agents.flatMap((agent) => agent.findings).map((finding) => `${finding.ruleId} ${finding.severity}`)).toEqual([`${CURRENT_TRACING} error`]);
  });

  it('in a suppression comment still silences the moved rules, and a note names them', async () => {
    const { code, report: json } = await report({ 'main.py': TRACING_OFF.replace('set_tracing_disabled(True)', 'set_tracing_disabled(True)  # cockpit: ignore[governance/*] traces go to our own OTLP collector') });
    expect(code).toBe(0);
    expect(at(json.agents[0]!.suppressed)).toEqual([`main.py:2 ${CURRENT_TRACING} note`]);
    expect(at(json.agents[0]!.findings)).toEqual(['main.py:2 policy/renamed-rule-id note']);
  });

  it("keeps the moved rules' fingerprints: a baseline made before the move still matches", async () => {
    // What the release before the move reported for this file (ops report --format json, same tree).
    const before = { ruleId: FORMER_TRACING, fingerprint: '4b23a33c88d387cd751cb1f885a17081' };
    const baseline = { version: 1, tool: { name: 'agentops-cockpit', version: '0.1.0' }, createdAt: '2026-12-04T09:00:00.000Z', root: '.', findings: [{ ...before, file: 'main.py', line: 2, agent: '.' }] };
    const { code, report: json } = await report({ 'main.py': TRACING_OFF, 'baseline.json': JSON.stringify(baseline) }, '--baseline', 'baseline.json');
    expect(code).toBe(0);
    expect(json.agents[0]!.baselined!.map((finding) => [finding.ruleId, finding.fingerprint])).toEqual([[CURRENT_TRACING, before.fingerprint]]);
    expect(currentRuleId(FORMER_TRACING)).toBe(CURRENT_TRACING);
    expect(RULES.some((rule) => rule.id.startsWith('governance/'))).toBe(false);
  });
});
