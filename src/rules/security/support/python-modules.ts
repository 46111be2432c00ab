import path from 'node:path';
import type { SyntaxNode } from '../../../source/syntax-tree.js';
import { calleeText, importedCallee, isLocallyBound, keywordArgument, positionalArguments, pythonImportMap, type ImportMap } from '../../ast/python.js';
import type { AgentModules, ParsedModule } from './agent-modules.js';

/**
 * Python imports resolved to the agent's own files: `from .utils import run` in `app/agent.py` is
 * `app/utils.py`'s `run`; `from tools.shell import run` is `tools/shell.py` beside the importing file
 * or in a folder above it (a script's folder and the project root are both on `sys.path`), or under `src/`.
 */

/** Where a dotted import lands in the agent: the module file and the names still to look up inside it. */
export interface ResolvedImport {
  path: string;
  rest: string[];
}

function moduleFile(paths: ReadonlySet<string>, folder: string, parts: readonly string[]): string | undefined {
  const base = [folder, ...parts].filter((part) => part !== '' && part !== '.').join('/');
  if (paths.has(`${base}.py`)) return `${base}.py`;
  if (paths.has(`${base}/__init__.py`)) return `${base}/__init__.py`;
  return undefined;
}

/** The longest prefix of `parts` that is a module under `folder`. */
function longestModule(paths: ReadonlySet<string>, folder: string, parts: readonly string[]): ResolvedImport | undefined {
  for (let length = parts.length; length >= 1; length--) {
    const found = moduleFile(paths, folder, parts.slice(0, length));
    if (found) return { path: found, rest: parts.slice(length) };
  }
  return undefined;
}

function parent(folder: string): string {
  const up = path.posix.dirname(folder);
  return up === '.' ? '' : up;
}

/** `qualified` as the import map spells it (`.utils.run`, `tools.shell.run`), resolved from the file at `fromPath`. */
export function resolvePythonImport(paths: ReadonlySet<string>, fromPath: string, qualified: string): ResolvedImport | undefined {
  const level = /^\.*/.exec(qualified)![0].length;
  const parts = qualified.slice(level).split('.').filter(Boolean);
  let folder = parent(fromPath);
  if (level > 0) {
    for (let up = 1; up < level; up++) folder = parent(folder);
    // `from . import x` with no module part: `x` is a module of the package, or a name in its __init__.py.
    return longestModule(paths, folder, parts) ?? (moduleFile(paths, folder, []) ? { path: moduleFile(paths, folder, [])!, rest: parts } : undefined);
  }
  if (parts.length === 0) return undefined;
  const folders: string[] = [];
  for (let current = folder; ; current = parent(current)) {
    folders.push(current);
    if (current === '') break;
  }
  folders.push('src');
  for (const candidate of folders) {
    const found = longestModule(paths, candidate, parts);
    if (found) return found;
  }
  return undefined;
}

const topLevelMemo = new WeakMap<SyntaxNode['tree'], ReadonlyMap<string, SyntaxNode>>();

/** A module-level `def name` (decorated or not); the last definition wins, as at run time. */
function topLevelFunction(root: SyntaxNode, name: string): SyntaxNode | undefined {
  let functions = topLevelMemo.get(root.tree);
  if (!functions) {
    const byName = new Map<string, SyntaxNode>();
    for (const child of root.namedChildren) {
      const fn = child.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
      const fnName = fn?.type === 'function_definition' ? fn.childForFieldName('name')?.text : undefined;
      if (fn && fnName) byName.set(fnName, fn);
    }
    topLevelMemo.set(root.tree, (functions = byName));
  }
  return functions.get(name);
}

/** A function of the agent: the module it is defined in and its definition. */
export interface PythonFunctionRef {
  module: ParsedModule;
  fn: SyntaxNode;
  name: string;
}

/** `name` defined in the module at `modulePath`, following re-exports (`from .shell import run` in `__init__.py`) a few steps. */
async function findPythonFunction(modules: AgentModules, modulePath: string, name: string, depth = 0): Promise<PythonFunctionRef | undefined> {
  const module = await modules.module(modulePath);
  if (!module) return undefined;
  const fn = topLevelFunction(module.tree.rootNode, name);
  if (fn) return { module, fn, name };
  if (depth >= 3) return undefined;
  const target = pythonImportMap(module.tree).get(name);
  const resolved = target ? resolvePythonImport(modules.paths, modulePath, target) : undefined;
  if (!resolved || resolved.rest.length !== 1) return undefined;
  return findPythonFunction(modules, resolved.path, resolved.rest[0]!, depth + 1);
}

/**
 * The function of the agent a call in `module` invokes, when that is knowable from the code: a bare name
 * bound by an import of one of the agent's modules or by a module-level `def` of the same file, or
 * `utils.run(...)` through an imported module. Methods and names bound locally are not followed.
 */
export async function calledFunction(modules: AgentModules, module: ParsedModule, imports: ImportMap, call: SyntaxNode): Promise<PythonFunctionRef | undefined> {
  const callee = call.childForFieldName('function');
  if (!callee) return undefined;
  if (callee.type === 'identifier') {
    const name = callee.text;
    const target = imports.get(name);
    // Resolve first: most calls name nothing of the agent's, and the scope walk behind isLocallyBound costs more.
    if (!target) {
      const fn = topLevelFunction(module.tree.rootNode, name);
      return fn && !isLocallyBound(call, name) ? { module, fn, name } : undefined;
    }
    if (!resolvesInAgent(modules, module.file.path, target) || isLocallyBound(call, name)) return undefined;
    return functionAt(modules, module.file.path, target);
  }
  if (callee.type !== 'attribute' || !/^[\w.]+$/.test(calleeText(call))) return undefined;
  const qualified = importedCallee(call, imports, (candidate) => resolvesInAgent(modules, module.file.path, candidate));
  return qualified ? functionAt(modules, module.file.path, qualified) : undefined;
}

/** True when `qualified` names a module-level name of one of the agent's own modules. */
function resolvesInAgent(modules: AgentModules, fromPath: string, qualified: string): boolean {
  return resolvePythonImport(modules.paths, fromPath, qualified)?.rest.length === 1;
}

async function functionAt(modules: AgentModules, fromPath: string, qualified: string): Promise<PythonFunctionRef | undefined> {
  const resolved = resolvePythonImport(modules.paths, fromPath, qualified);
  if (!resolved || resolved.rest.length !== 1) return undefined;
  return findPythonFunction(modules, resolved.path, resolved.rest[0]!);
}

/** What counts as handing functions to the model as tools, in the call that does it. */
function toolArguments(call: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  const add = (node: SyntaxNode | undefined): void => {
    if (!node) return;
    if (node.type === 'list' || node.type === 'tuple') for (const child of node.namedChildren) add(child);
    else if (node.type === 'identifier' || node.type === 'attribute') found.push(node);
  };
  add(keywordArgument(call, 'tools'));
  const callee = calleeText(call);
  const last = callee.split('.').pop() ?? '';
  if (/^(FunctionTool|StructuredTool|LongRunningFunctionTool)$/.test(last) || /\.(from_function|from_defaults)$/.test(callee)) {
    add(keywordArgument(call, 'func') ?? keywordArgument(call, 'fn') ?? positionalArguments(call)[0]);
  }
  if (last === 'create_react_agent' || last === 'create_agent') add(positionalArguments(call)[1]);
  return found;
}

/** Text that can hand a function to the model as a tool; files without it are not parsed for registrations. */
const REGISTERS_TOOLS = /\btools\s*=|FunctionTool\s*\(|StructuredTool|\.from_function\s*\(|\.from_defaults\s*\(|create_react_agent\s*\(|create_agent\s*\(/;

/**
 * Functions that another module of the agent hands to the model: `tools=[fetch_page_tool]` in
 * `sub_agents/retriever.py` after `from ..tools.fetch_page import fetch_page_tool` makes that function,
 * in `tools/fetch_page.py`, a tool. Keyed by the defining module's path, then function name → how.
 */
export function pythonToolRegistrations(modules: AgentModules): Promise<ReadonlyMap<string, ReadonlyMap<string, string>>> {
  return modules.once('python-tool-registrations', async () => {
    const registrations = new Map<string, Map<string, string>>();
    for (const filePath of [...modules.paths].sort()) {
      if (!filePath.endsWith('.py')) continue;
      const text = await modules.text(filePath);
      if (!text || !REGISTERS_TOOLS.test(text) || !/^\s*(from|import)\s/m.test(text)) continue;
      const module = await modules.module(filePath);
      if (!module) continue;
      const imports = pythonImportMap(module.tree);
      for (const call of module.tree.rootNode.descendantsOfType('call')) {
        for (const argument of toolArguments(call)) {
          const head = argument.text.split('.')[0]!;
          const target = imports.get(head);
          if (!target || isLocallyBound(argument, head)) continue;
          const qualified = [target, ...argument.text.split('.').slice(1)].join('.');
          const resolved = resolvePythonImport(modules.paths, filePath, qualified);
          if (!resolved || resolved.rest.length !== 1) continue;
          const defined = await findPythonFunction(modules, resolved.path, resolved.rest[0]!);
          if (!defined) continue;
          const byName = registrations.get(defined.module.file.path) ?? new Map<string, string>();
          if (!byName.has(defined.name)) byName.set(defined.name, `tools=[...] in ${filePath}`);
          registrations.set(defined.module.file.path, byName);
        }
      }
    }
    return registrations;
  });
}
