import { describe, expect, it, vi } from 'vitest';
import type { Tree } from 'web-tree-sitter';
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
  it('parses a file once for every check and module that asks, and frees the trees when the batch is done', async () => {
    const files = [sourceFile('tools.py', TOOL), sourceFile('helpers.py', HELPER)];
    const batch = agentFilesOf(files);
    const first = await batch.files.tree!(files[0]!);
    expect(await batch.files.tree!(files[0]!)).toBe(first);
    expect(await batch.files.moduleTree!(files[0]!)).toBe(first);
    const helper = await batch.files.tree!(files[1]!);
    const deleted = [vi.spyOn(first!, 'delete'), vi.spyOn(helper!, 'delete')];
    batch.done();
    await Promise.resolve();
    await Promise.resolve();
    for (const spy of deleted) expect(spy).toHaveBeenCalledTimes(1);
  });

  it('keeps an audit’s module trees across its batches and frees them when the thread takes up another audit', async () => {
    const files = [sourceFile('tools.py', TOOL), sourceFile('helpers.py', HELPER)];
    const index = (auditId: string) => ({ auditId, root: '/agent', maxFileBytes: 1_000_000, paths: files.map((file) => file.path) });
    const first = agentFilesOf([files[0]!], index('audit-1'));
    const tree = (await first.files.moduleTree!(files[0]!)) as Tree;
    const deleted = vi.spyOn(tree, 'delete');
    // A file's own checks in an audit share a module tree already parsed, and leave other trees to the finalizers.
    expect(await first.files.tree!(files[0]!)).toBe(tree);
    const own = (await first.files.tree!(files[1]!)) as Tree;
    expect(await first.files.moduleTree!(files[1]!)).not.toBe(own);
    first.done();
    const second = agentFilesOf([files[1]!], index('audit-1'));
    expect(second.files).toBe(first.files);
    expect(await second.files.moduleTree!(files[0]!)).toBe(tree);
    await Promise.resolve();
    expect(deleted).not.toHaveBeenCalled();
    agentFilesOf([files[0]!], index('audit-2')).done();
    await Promise.resolve();
    await Promise.resolve();
    expect(deleted).toHaveBeenCalledTimes(1);
  });

  it('batches one after another find the flow from a tool into another module’s helper with shared, freed trees', async () => {
    for (const prefix of ['a/', 'b/']) {
      const result = await auditBatch({ files: [sourceFile('tools.py', TOOL), sourceFile('helpers.py', HELPER)], prefix, policy: DEFAULT_POLICY }, CHECKS);
      expect(result.findings.filter((finding) => finding.ruleId === 'security/code-exec-from-input').map((finding) => finding.file)).toEqual([`${prefix}tools.py`]);
    }
  });
});
