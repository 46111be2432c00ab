import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../../src/findings/model.js';
import type { LakeRecord } from '../../src/lake/record.js';
import { writeRecord } from '../../src/lake/partitions.js';
import type { AgentReport } from '../../src/report/model.js';
import { tokenLike } from '../helpers/cli.js';
import { testRecord } from '../../src/lake/testing/test-record.js';

/**
 * A written fleet for the fleet console (issue 19): 61 agents, so the agents table has pages at
 * every page size; one of them, `agents/notes`, has its code on disk with a hardcoded token and an
 * HTTP call without a timeout on the same line, and a record audited in GitHub Actions (remote,
 * commit, the audited folder's place in the repository), so its findings link to GitHub.
 */

export const COMMIT = '5e1f0c0ffee5e1f0c0ffee5e1f0c0ffee5e1f0c0';
export const REMOTE = 'https://github.com/acme/agent-fleet';
/** Where the audited folder sits in the repository: links put it in front of report paths. */
export const ROOT_IN_REPOSITORY = 'platform';
export const TOKEN = tokenLike('ghp_', 36, 1919);
export const NOTES = { id: '0a0b0c0d0e0f1011', name: 'notes', path: 'agents/notes', file: 'agents/notes/agent.py' } as const;
/** The rule only some agents have: agents 3, 10, 17, … (every seventh). */
export const RARE_RULE = 'security/sql-from-input';

const NOTES_LINES = [
  'import requests',
  'from agents import Agent, function_tool',
  '',
  `GITHUB_TOKEN = "${TOKEN}"; profile = requests.get("https://api.github.com/user", headers={"Authorization": GITHUB_TOKEN})`,
  '',
  '',
  '@function_tool',
  'def lookup(query: str) -> str:',
  '    return query',
  '',
  'agent = Agent(name="notes", tools=[lookup])',
];
const NOTES_SOURCE = `${NOTES_LINES.join('\n')}\n`;

function finding(fingerprint: string, file: string, overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'reliability/missing-timeout',
    title: 'HTTP call without a timeout',
    message: 'requests.get(...) has no timeout: a slow server hangs the agent.',
    file,
    region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
    severity: 'warning',
    category: 'reliability',
    persona: 'sre',
    fixability: 'structural',
    remediation: 'Pass timeout= to every HTTP call.',
    fingerprint,
    tags: [],
    ...overrides,
  };
}

const tokenLine = NOTES_LINES[3]!;
const tokenColumn = tokenLine.indexOf(TOKEN) + 1;
const callColumn = tokenLine.indexOf('requests.get') + 1;

const NOTES_FINDINGS: Finding[] = [
  finding('fp-notes-secret', NOTES.file, {
    ruleId: 'secret/github-pat',
    title: 'Hardcoded GitHub personal access token',
    message: 'A GitHub token is written in the code.',
    region: { startLine: 4, startColumn: tokenColumn, endLine: 4, endColumn: tokenColumn + TOKEN.length },
    severity: 'error',
    category: 'secret',
    persona: 'secops',
    fixability: 'one-click',
    remediation: 'Read the token from the environment.',
  }),
  finding('fp-notes-url-secret', NOTES.file, {
    ruleId: 'security/credential-in-header',
    title: 'Credential sent from a constant',
    message: 'The Authorization header is built from a constant.',
    region: { startLine: 4, startColumn: callColumn, endLine: 4, endColumn: tokenLine.length + 1 },
    severity: 'warning',
    category: 'security',
    persona: 'secops',
  }),
  finding('fp-notes-tool', NOTES.file, {
    ruleId: 'architecture/tool-without-docstring',
    title: 'Tool without a description',
    message: "Tool 'lookup' has no docstring, so the model sees no description.",
    region: { startLine: 8, startColumn: 5, endLine: 8, endColumn: 11 },
    severity: 'note',
    category: 'architecture',
    persona: 'architecture',
  }),
];

function report(identity: { id: string; name: string; path: string }, findings: Finding[], frameworks: string[]): AgentReport {
  const verdict = findings.some((item) => item.category === 'secret') ? 'security-block' : findings.some((item) => item.severity === 'error') ? 'policy-block' : 'pass';
  return {
    ...identity,
    entrypoint: 'agent.py',
    language: 'python',
    frameworks,
    verdict,
    exitCode: verdict === 'security-block' ? 1 : verdict === 'policy-block' ? 2 : 0,
    stats: { filesScanned: 2, bytesScanned: 2_000, filesSkipped: 0 },
    skipped: [],
    findings,
    suppressed: [],
  } as AgentReport;
}

function record(agent: AgentReport, source?: LakeRecord['source']): LakeRecord {
  return testRecord({ agent, runId: 'run-console-0001', startedAt: '2026-12-03T09:00:00.000Z', finishedAt: '2026-12-03T09:00:05.000Z', ...(source ? { source } : {}) });
}

/** Agent `index` (1–60) of the generated part of the fleet: warnings grow with the index, errors every fifth. */
function generated(index: number): LakeRecord {
  const name = `bot-${String(index).padStart(2, '0')}`;
  const id = `b0${index.toString(16).padStart(14, '0')}`;
  const file = `agents/${name}/agent.py`;
  const findings: Finding[] = [];
  for (let line = 1; line <= index % 6; line++) findings.push(finding(`fp-${name}-w${line}`, file, { region: { startLine: line * 10, startColumn: 5, endLine: line * 10, endColumn: 30 } }));
  if (index % 5 === 0) findings.push(finding(`fp-${name}-e`, file, { ruleId: 'reliability/retired-model', title: 'Agent uses a retired model', severity: 'error', region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 20 } }));
  if (index % 7 === 3) findings.push(finding(`fp-${name}-sql`, file, { ruleId: RARE_RULE, title: 'SQL built from model input', severity: 'error', category: 'security', persona: 'secops', region: { startLine: 7, startColumn: 9, endLine: 8, endColumn: 4 } }));
  findings.push(...Array.from({ length: index % 3 }, (_, note) => finding(`fp-${name}-n${note}`, file, { severity: 'note', region: { startLine: 40 + note, startColumn: 1, endLine: 40 + note, endColumn: 2 } })));
  // Long framework lists on some rows: the column must wrap, not push the table wider than the page.
  const frameworks = index % 4 === 0 ? ['langchain', 'langgraph', 'openai-agents', 'crewai', 'llamaindex'] : ['openai-agents'];
  return record(report({ id, name, path: `agents/${name}` }, findings, frameworks));
}

export const GENERATED_AGENTS = 60;

/** Writes the notes agent's code under `workspace` and every record into `lakeDir`; returns the records. */
export async function writeConsoleFleet(workspace: string, lakeDir: string): Promise<LakeRecord[]> {
  await mkdir(path.join(workspace, NOTES.path), { recursive: true });
  await writeFile(path.join(workspace, NOTES.file), NOTES_SOURCE);
  const notes = record(report({ id: NOTES.id, name: NOTES.name, path: NOTES.path }, NOTES_FINDINGS, ['openai-agents']), {
    repository: 'acme/agent-fleet',
    commit: COMMIT,
    ciRun: '4242',
    remote: REMOTE,
    forge: 'github',
    root: ROOT_IN_REPOSITORY,
  });
  const records = [notes, ...Array.from({ length: GENERATED_AGENTS }, (_, index) => generated(index + 1))];
  for (const entry of records) await writeRecord(lakeDir, entry);
  return records;
}
