import { describe, expect, it } from 'vitest';
import { CHECKS } from '../rules/index.js';
import { sourceFile } from '../rules/testing/rule-tester.js';
import { agentFilesOf } from './agent-files.js';
import { auditBatch } from './audit-agent.js';
import { DEFAULT_POLICY } from '../config/policy.js';

const TOOL = `from crewai.tools import tool
from helpers import run_code

@tool("Run")
def run(code: str) -> str:
    """Runs code."""
    return run_code(code)
`;

const HELPER = `def run_code(code):
    return eval(code)
`;

describe('agentFilesOf', () => {
  it('parses a file once for every check and module that asks in a batch, and again in the next batch', async () => {
    const files = [sourceFile('tools.py', TOOL), sourceFile('helpers.py', HELPER)];
    const batch = agentFilesOf(files);
    const first = await batch.tree!(files[0]!);
    expect(first).toBeDefined();
    expect(await batch.tree!(files[0]!)).toBe(first);
    expect(await batch.moduleTree!(files[0]!)).toBe(first);
    const next = agentFilesOf(files);
    expect(await next.tree!(files[0]!)).not.toBe(first);
  });

  it('keeps an audit’s module trees across its batches and drops them when the thread takes up another audit', async () => {
    const files = [sourceFile('tools.py', TOOL), sourceFile('helpers.py', HELPER)];
    const index = (auditId: string) => ({ auditId, root: '/agent', maxFileBytes: 1_000_000, paths: files.map((file) => file.path) });
    const first = agentFilesOf([files[0]!], index('audit-1'));
    const tree = await first.moduleTree!(files[0]!);
    // A file's own checks in an audit share a module tree already parsed; a tree parsed for one file's checks is not kept.
    expect(await first.tree!(files[0]!)).toBe(tree);
    const own = await first.tree!(files[1]!);
    expect(await first.moduleTree!(files[1]!)).not.toBe(own);
    const second = agentFilesOf([files[1]!], index('audit-1'));
    expect(second).toBe(first);
    expect(await second.moduleTree!(files[0]!)).toBe(tree);
    const other = agentFilesOf([files[0]!], index('audit-2'));
    expect(other).not.toBe(first);
    expect(await other.moduleTree!(files[0]!)).not.toBe(tree);
  });

  it('batches one after another find the flow from a tool into another module’s helper with shared, freed trees', async () => {
    for (const prefix of ['a/', 'b/']) {
      const result = await auditBatch({ files: [sourceFile('tools.py', TOOL), sourceFile('helpers.py', HELPER)], prefix, policy: DEFAULT_POLICY }, CHECKS);
      expect(result.findings.filter((finding) => finding.ruleId === 'security/code-exec-from-input').map((finding) => finding.file)).toEqual([`${prefix}tools.py`]);
    }
  });
});
