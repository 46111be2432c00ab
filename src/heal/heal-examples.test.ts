import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { SyntaxNode } from '../source/syntax-tree.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditAgent } from '../audit/audit-agent.js';
import { discoverWorkspace } from '../audit/audit-workspace.js';
import { DEFAULT_SETTINGS } from '../config/settings.js';
import { parseSource } from '../source/parse.js';
import { agentLocation } from '../util/agent-location.js';
import { applyHealPlan, buildHealPlan, limitHealPlan, type HealPlan, type HealSource } from './heal.js';
import { declaredPackages, pyprojectKind } from './manifest.js';
import { isStdlibModule } from './python-stdlib.js';
import { normalizePypiName } from '../util/pypi-name.js';

/**
 * The bar for heal, on copies of the example agents: every import a fix adds is from the
 * standard library or declared, with a version range, in the agent's own manifest; every healed file
 * still parses; healing a second time changes nothing.
 */
const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples');
let root: string;

async function healSources(): Promise<HealSource[]> {
  const { agents } = await discoverWorkspace(root, DEFAULT_SETTINGS);
  const sources: HealSource[] = [];
  for (const agent of agents) {
    const agentRoot = agentLocation(root, agent.path);
    const audit = await auditAgent({
      root: agentRoot,
      relativePath: agent.path,
      files: agent.files,
      entrypoints: agent.entrypoints,
      frameworks: agent.frameworks,
      maxFileBytes: DEFAULT_SETTINGS.maxFileBytes,
      excludeDirs: DEFAULT_SETTINGS.excludeDirs,
      useGitignore: false,
    });
    sources.push({ agentRoot, agentPath: agent.path, fixes: audit.fixes });
  }
  return sources;
}

/** Top-level modules of a Python file's import statements. */
function pythonImports(rootNode: SyntaxNode): Set<string> {
  const modules = new Set<string>();
  for (const statement of rootNode.descendantsOfType(['import_statement', 'import_from_statement'])) {
    if (statement.type === 'import_from_statement') modules.add(statement.childForFieldName('module_name')?.text ?? '');
    else for (const name of statement.namedChildren) modules.add((name.type === 'aliased_import' ? name.childForFieldName('name')?.text : name.text) ?? '');
  }
  return new Set([...modules].filter((module) => !module.startsWith('.')).map((module) => module.split('.')[0]!));
}

function brokenNodes(node: SyntaxNode): string[] {
  const found: string[] = [];
  const walk = (current: SyntaxNode) => {
    if (current.isError || current.isMissing) found.push(`${current.type} at ${current.startPosition.row + 1}:${current.startPosition.column + 1}`);
    for (const child of current.children) if (child) walk(child);
  };
  walk(node);
  return found;
}

/** Requirement strings of the agent's manifests, by normalised name, so the test can check the bound. */
async function declaredWithBounds(agentRoot: string): Promise<Map<string, string>> {
  const declared = new Map<string, string>();
  for (const name of ['requirements.txt', 'pyproject.toml']) {
    const text = await readFile(path.join(agentRoot, name), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const kind = name === 'requirements.txt' ? 'requirements' : pyprojectKind(text);
    if (!kind) continue;
    for (const line of text.split('\n')) {
      const entry = line.replace(/#.*/, '').replace(/^\s*["']|["'],?\s*$/g, '').trim();
      const packageName = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(entry)?.[1];
      if (packageName && declaredPackages(kind, text).has(normalizePypiName(packageName))) declared.set(normalizePypiName(packageName), entry);
    }
  }
  return declared;
}

describe('heal on copies of examples/*', () => {
  let first: HealPlan;
  const before = new Map<string, string>();

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'cockpit-heal-examples-'));
    await cp(EXAMPLES, root, { recursive: true });
    const sources = await healSources();
    for (const source of sources) for (const fix of source.fixes) before.set(fix.absolutePath, await readFile(fix.absolutePath, 'utf8'));
    // A temporary folder is no git checkout: --force changes nothing here but says so.
    first = await applyHealPlan(await limitHealPlan(await buildHealPlan(sources), { force: true }));
  }, 60_000);

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('heals something in several agents (the examples are meant to be healed)', () => {
    const healedAgents = new Set(first.files.filter((change) => !change.skipped && change.fixes.length > 0).map((change) => change.agent));
    expect(healedAgents.size).toBeGreaterThanOrEqual(3);
    expect(first.files.filter((change) => change.skipped)).toEqual([]);
  });

  it('every healed file parses: no ERROR or MISSING node (Python), no syntax diagnostic (TypeScript)', async () => {
    for (const change of first.files.filter((entry) => entry.fixes.length > 0)) {
      const text = await readFile(change.absolutePath, 'utf8');
      if (change.file.endsWith('.py')) {
        const tree = await parseSource('python', change.absolutePath, text);
        expect(brokenNodes(tree!.rootNode), change.file).toEqual([]);
      } else if (/\.[cm]?tsx?$/.test(change.file)) {
        const output = ts.transpileModule(text, { fileName: change.absolutePath, reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } });
        expect(output.diagnostics?.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')), change.file).toEqual([]);
      }
    }
  });

  it('every import a fix added is from the standard library or declared with a version range in the agent manifest', async () => {
    let added = 0;
    for (const change of first.files.filter((entry) => entry.fixes.length > 0 && entry.file.endsWith('.py'))) {
      const old = await parseSource('python', change.absolutePath, before.get(change.absolutePath)!);
      const now = await parseSource('python', change.absolutePath, await readFile(change.absolutePath, 'utf8'));
      const oldImports = pythonImports(old!.rootNode);
      const agentRoot = agentLocation(root, change.agent);
      const declared = await declaredWithBounds(agentRoot);
      for (const module of pythonImports(now!.rootNode)) {
        if (oldImports.has(module) || isStdlibModule(module)) continue;
        added++;
        const requirement = declared.get(normalizePypiName(module));
        expect(requirement, `${change.file} imports ${module}`).toBeDefined();
        // A lower and an upper bound (or an exact/compatible pin): `tenacity>=8.2,<10`.
        expect(requirement, `${module} in ${change.agent}`).toMatch(/(>=.*<|~=|==)/);
      }
    }
    // The retry fix adds tenacity, so this test would pass vacuously if it stopped checking anything.
    expect(added).toBeGreaterThan(0);
  });

  it('a second heal is a no-op', async () => {
    const second = await buildHealPlan(await healSources());
    expect(second.files.filter((change) => change.diff !== '').map((change) => change.file)).toEqual([]);
    expect(second.totals.fixes).toBe(0);
  }, 60_000);
});
