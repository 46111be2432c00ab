import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditAgent, auditBatch, type SourceBatch } from '../../../audit/audit-agent.js';
import { SECURITY_CHECKS } from '../index.js';
import { resolvePythonImport } from './python-modules.js';
import { resolveTsImport } from './ts-modules.js';

describe('resolvePythonImport: imports land on the agent\'s own files', () => {
  const paths = new Set(['app/agent.py', 'app/utils.py', 'app/tools/__init__.py', 'app/tools/shell.py', 'lib/net.py', 'src/core/db.py']);

  it.each([
    ['app/agent.py', '.utils.run', { path: 'app/utils.py', rest: ['run'] }],
    ['app/tools/shell.py', '..utils.run', { path: 'app/utils.py', rest: ['run'] }],
    ['app/agent.py', '.tools', { path: 'app/tools/__init__.py', rest: [] }],
    ['app/agent.py', 'tools.shell.execute', { path: 'app/tools/shell.py', rest: ['execute'] }],
    ['app/agent.py', 'lib.net.fetch', { path: 'lib/net.py', rest: ['fetch'] }],
    ['app/agent.py', 'core.db.query', { path: 'src/core/db.py', rest: ['query'] }],
  ])('%s: %s', (from, qualified, expected) => {
    expect(resolvePythonImport(paths, from, qualified)).toEqual(expected);
  });

  it('installed packages stay unresolved', () => {
    expect(resolvePythonImport(paths, 'app/agent.py', 'requests.get')).toBeUndefined();
    expect(resolvePythonImport(paths, 'app/agent.py', 'google.adk.agents.Agent')).toBeUndefined();
  });
});

describe('resolveTsImport: relative specifiers with the extensions TypeScript tries', () => {
  const paths = new Set(['src/tools.ts', 'src/lib/shell.ts', 'src/db/index.ts', 'src/legacy.js']);

  it.each([
    ['./lib/shell.js', 'src/lib/shell.ts'],
    ['./lib/shell', 'src/lib/shell.ts'],
    ['./db', 'src/db/index.ts'],
    ['./legacy.js', 'src/legacy.js'],
  ])('%s', (specifier, expected) => {
    expect(resolveTsImport(paths, 'src/tools.ts', specifier)).toBe(expected);
  });

  it('package names and paths outside the agent are not followed', () => {
    expect(resolveTsImport(paths, 'src/tools.ts', 'child_process')).toBeUndefined();
    expect(resolveTsImport(paths, 'src/tools.ts', '../../outside')).toBeUndefined();
  });
});

describe('one hop across modules when the files are split over worker batches', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'cockpit-hop-'));
    await mkdir(path.join(root, 'ops'), { recursive: true });
    await writeFile(path.join(root, 'ops', '__init__.py'), '');
    await writeFile(
      path.join(root, 'ops', 'utils.py'),
      'import subprocess\n\ndef run_command(command):\n    return subprocess.run(command, shell=True, capture_output=True).stdout\n',
    );
    await writeFile(
      path.join(root, 'ops', 'agent.py'),
      'from google.adk.agents import Agent\nfrom .utils import run_command\n\ndef run_on_host(cmd: str) -> dict:\n    return {"out": run_command(cmd)}\n\nroot_agent = Agent(name="ops", model="gemini-2.0-flash", tools=[run_on_host])\n',
    );
    // Enough other files that the agent is audited in batches.
    for (let index = 0; index < 100; index++) await writeFile(path.join(root, 'ops', `mod_${index}.py`), `VALUE_${index} = ${index}\n`);
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('finds the flow whether the helper is in the same batch or read from disk by another', async () => {
    const options = { root, maxFileBytes: 1_000_000, excludeDirs: [], useGitignore: false };
    const inThread = await auditAgent({ ...options, checks: SECURITY_CHECKS });
    // The worker path: each batch is cloned (as for a thread) and carries only its slice of the files.
    const batches: SourceBatch[] = [];
    const batched = await auditAgent({
      ...options,
      runBatch: (batch) => {
        batches.push(batch);
        return auditBatch(structuredClone(batch), SECURITY_CHECKS);
      },
    });
    const flows = (findings: typeof inThread.findings) => findings.filter((finding) => finding.ruleId === 'security/shell-injection').map((finding) => `${finding.file}:${finding.region.startLine}`);
    expect(flows(inThread.findings)).toEqual(['ops/agent.py:5']);
    expect(flows(batched.findings)).toEqual(['ops/agent.py:5']);
    // The tool file and the helper went to different batches, so the helper was read from disk.
    const batchOf = (file: string) => batches.findIndex((batch) => batch.files.some((source) => source.path === file));
    expect(batchOf('ops/agent.py')).not.toBe(batchOf('ops/utils.py'));
  });
});
