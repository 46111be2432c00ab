import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import path from 'node:path';
import { Parser } from 'web-tree-sitter';
import { auditAgent } from '../src/audit/audit-agent.js';
import { CHECKS } from '../src/rules/index.js';
import type { Check } from '../src/rules/types.js';
import { bracketDepth, MAX_BRACKET_DEPTH, parseSource } from '../src/source/parse.js';
import { makeTree, removeTree, runCli, tokenLike } from './helpers/cli.js';

/**
 * Deep nesting (issue: "a tree-sitter trap or a recursive walk on 50,000-deep code crashes the process"):
 * generated or hostile files end without a tree, never the audit, and the text rules still read them.
 */
const TOKEN = tokenLike('ghp_', 36, 7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
const NEIGHBOUR_TOKEN = tokenLike('ghp_', 36, 19, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
const DEEP = 50_000;
/** Deep enough to overflow a recursive walk, small enough to stay under the file-size limit. */
const CHAIN = 30_000;

const chain = (term: string, joiner: string, count: number): string => Array.from({ length: count }, () => term).join(joiner);

const PY_NESTED =
  `from langchain_openai import ChatOpenAI\n\nGITHUB_TOKEN = "${TOKEN}"\n` +
  `x = ${'('.repeat(DEEP)}1${')'.repeat(DEEP)}\ny = ${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n`;

/** No brackets, so no pre-scan stops it: `a + a + …` and `.b().b()…` are trees 30,000 levels deep. */
const PY_CHAINED = `import logging
from langchain_openai import ChatOpenAI

GITHUB_TOKEN = "${TOKEN}"


def answer(user_input: str) -> str:
    total = user_input + ${chain('a', '+', CHAIN)}
    logging.info("prompt " + user_input + ${chain('a', '+', CHAIN)})
    return client${'.b()'.repeat(CHAIN)}
`;

const TS_NESTED =
  `import { generateText } from 'ai';\n\nconst GITHUB_TOKEN = "${TOKEN}";\n` +
  `const a = ${'['.repeat(DEEP)}${']'.repeat(DEEP)};\nconst b = ${'{ a: '.repeat(DEEP)}1${' }'.repeat(DEEP)};\n`;

const TS_CHAINED = `import { generateText } from 'ai';

const GITHUB_TOKEN = "${TOKEN}";

export function answer(userInput: string) {
  console.log("prompt " + userInput + ${chain('a', '+', CHAIN)});
  return client${'.b()'.repeat(CHAIN)};
}
`;

const NEIGHBOUR = `from google.adk.agents import Agent\n\nGITHUB_TOKEN = "${NEIGHBOUR_TOKEN}"\n`;

let root = '';
beforeAll(async () => {
  root = await makeTree({
    'py-nested/agent.py': PY_NESTED,
    'py-chained/agent.py': PY_CHAINED,
    'ts-nested/agent.ts': TS_NESTED,
    'ts-chained/agent.ts': TS_CHAINED,
    'neighbour/agent.py': NEIGHBOUR,
  });
});
afterAll(async () => {
  if (root) await removeTree(root);
});

describe('parseSource on deep input', () => {
  it('measures bracket nesting linearly', () => {
    expect(bracketDepth('f(a[1], {b: (2)})')).toBe(3);
    expect(bracketDepth(')))(((')).toBe(3);
    expect(bracketDepth(`${'['.repeat(DEEP)}${']'.repeat(DEEP)}`)).toBe(DEEP);
  });

  it('gives no tree past the nesting bound, and a tree at ordinary depth', async () => {
    expect(await parseSource('python', 'deep.py', PY_NESTED)).toBeUndefined();
    expect(await parseSource('typescript', 'deep.ts', TS_NESTED)).toBeUndefined();
    const ordinary = `x = ${'('.repeat(MAX_BRACKET_DEPTH)}1${')'.repeat(MAX_BRACKET_DEPTH)}\n`;
    expect((await parseSource('python', 'ok.py', ordinary))?.rootNode.type).toBe('module');
  });

  it('ends only the trapped file: the parser is replaced and the next file parses', async () => {
    await parseSource('python', 'warm.py', 'x = 1\n');
    const trap = Object.assign(new Error('memory access out of bounds'), { name: 'RuntimeError' });
    const parse = vi.spyOn(Parser.prototype, 'parse').mockImplementationOnce(() => {
      throw trap;
    });
    try {
      expect(await parseSource('python', 'trapped.py', 'x = 1\n')).toBeUndefined();
    } finally {
      parse.mockRestore();
    }
    const next = await parseSource('python', 'next.py', 'from google.adk.agents import Agent\n');
    expect(next?.rootNode.descendantsOfType('import_from_statement')).toHaveLength(1);
  });

  it('still throws what is not a parser trap', async () => {
    const parse = vi.spyOn(Parser.prototype, 'parse').mockImplementationOnce(() => {
      throw new TypeError('a bug, not a trap');
    });
    try {
      await expect(parseSource('python', 'bug.py', 'x = 1\n')).rejects.toThrow(TypeError);
    } finally {
      parse.mockRestore();
    }
  });
});

describe('auditing deep files', () => {
  for (const agent of ['py-nested', 'py-chained', 'ts-nested', 'ts-chained']) {
    it(`${agent}: audits without a crash and still reports the secret`, async () => {
      const audit = await auditAgent({ root: path.join(root, agent), maxFileBytes: 2_000_000, excludeDirs: [], useGitignore: false });
      expect(audit.stats.filesScanned).toBe(1);
      expect(audit.findings.map((finding) => finding.ruleId)).toContain('secret/github-pat');
    });
  }
});

describe('a check that overflows the stack', () => {
  const descend = (depth: number): number => (depth > 1e9 ? depth : descend(depth + 1) + 1);
  const overflowing: Check = {
    rules: CHECKS[0]!.rules,
    run: (context) => {
      context.report({ ruleId: CHECKS[0]!.rules[0]!.id, message: 'partial', start: 0, end: 1, fingerprintContent: 'partial' });
      descend(0);
    },
  };

  it('ends that check for that file only: its partial report is dropped, the secret is still found', async () => {
    const audit = await auditAgent({ root: path.join(root, 'neighbour'), maxFileBytes: 2_000_000, excludeDirs: [], useGitignore: false, checks: [overflowing, ...CHECKS] });
    expect(audit.findings.map((finding) => finding.message)).not.toContain('partial');
    expect(audit.findings.map((finding) => finding.ruleId)).toContain('secret/github-pat');
  });

  it('still fails the agent on an ordinary bug', async () => {
    const buggy: Check = { rules: CHECKS[0]!.rules, run: () => { throw new TypeError('a bug'); } };
    await expect(auditAgent({ root: path.join(root, 'neighbour'), maxFileBytes: 2_000_000, excludeDirs: [], useGitignore: false, checks: [buggy] })).rejects.toThrow(TypeError);
  });
});

describe('through the CLI', () => {
  it('a workspace with deep agents reports the neighbour secret, with no stack trace', async () => {
    const result = await runCli(['report', '.', '--workspace', '--jobs', '2', '--format', 'json'], { cwd: root });
    expect([0, 1, 2, 3]).toContain(result.code);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/^\s+at |Unhandled|node:internal|RangeError|RuntimeError/m);
    const report = JSON.parse(result.stdout) as { agents: Array<{ path: string; findings: Array<{ ruleId: string; file: string }> }> };
    const secretFiles = report.agents.flatMap((agent) => agent.findings.filter((finding) => finding.ruleId === 'secret/github-pat').map((finding) => finding.file));
    expect(secretFiles.sort()).toEqual(['neighbour/agent.py', 'py-chained/agent.py', 'py-nested/agent.py', 'ts-chained/agent.ts', 'ts-nested/agent.ts']);
  });

  it('one deep agent under --jobs 1 ends with its verdict, not an internal error', async () => {
    const result = await runCli(['report', 'py-chained', '--jobs', '1'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/internal error|^\s+at /m);
  });
});
