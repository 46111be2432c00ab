import path from 'node:path';
import type { SyntaxNode } from '../../../source/syntax-tree.js';
import { tsImportMap } from '../../ast/typescript.js';
import type { AgentModules, ParsedModule } from './agent-modules.js';
import { isFunctionNode } from './ts-taint.js';

/**
 * TypeScript/JavaScript imports resolved to the agent's own files: `import { runCommand } from './lib/shell.js'`
 * in `src/tools.ts` is `src/lib/shell.ts`'s `runCommand`. Only relative specifiers are followed (package
 * names and path aliases are left alone), the way Node and TypeScript's bundler resolution try extensions.
 */

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

export function resolveTsImport(paths: ReadonlySet<string>, fromPath: string, specifier: string): string | undefined {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return undefined;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromPath), specifier));
  if (base.startsWith('../')) return undefined;
  // ESM TypeScript imports name the emitted file: './shell.js' is './shell.ts' in the source tree.
  const stem = base.replace(/\.(m|c)?jsx?$/, '');
  const candidates = [base, ...EXTENSIONS.map((extension) => `${stem}${extension}`), ...EXTENSIONS.map((extension) => `${base}/index${extension}`)];
  return candidates.find((candidate) => paths.has(candidate));
}

/** A function of the agent: the module it is defined in, its node and its name. */
export interface TsFunctionRef {
  module: ParsedModule;
  fn: SyntaxNode;
  name: string;
}

const topLevelMemo = new WeakMap<SyntaxNode['tree'], Map<string, SyntaxNode | undefined>>();

/** A top-level `function name`, or `const name = (...) => ...` / `function (...)`, exported or not (memoised per tree). */
function topLevelTsFunction(root: SyntaxNode, name: string): SyntaxNode | undefined {
  let byName = topLevelMemo.get(root.tree);
  if (!byName) topLevelMemo.set(root.tree, (byName = new Map()));
  if (!byName.has(name)) byName.set(name, findTopLevelTsFunction(root, name));
  return byName.get(name);
}

function findTopLevelTsFunction(root: SyntaxNode, name: string): SyntaxNode | undefined {
  for (const statement of root.namedChildren) {
    const declaration = statement.type === 'export_statement' ? (statement.childForFieldName('declaration') ?? undefined) : statement;
    if (!declaration) continue;
    if ((declaration.type === 'function_declaration' || declaration.type === 'generator_function_declaration') && declaration.childForFieldName('name')?.text === name) {
      return declaration;
    }
    if (declaration.type === 'lexical_declaration' || declaration.type === 'variable_declaration') {
      for (const declarator of declaration.namedChildren) {
        if (declarator.type !== 'variable_declarator' || declarator.childForFieldName('name')?.text !== name) continue;
        const value = declarator.childForFieldName('value') ?? undefined;
        if (isFunctionNode(value)) return value;
      }
    }
  }
  return undefined;
}

/** `name` exported by the module at `modulePath`, following `export { x } from`, `export * from` and import-then-export a few steps. */
async function findTsFunction(modules: AgentModules, modulePath: string, name: string, depth = 0): Promise<TsFunctionRef | undefined> {
  const module = await modules.module(modulePath);
  if (!module) return undefined;
  const root = module.tree.rootNode;
  const fn = topLevelTsFunction(root, name);
  if (fn) return { module, fn, name };
  if (depth >= 3) return undefined;
  for (const statement of root.namedChildren) {
    if (statement.type !== 'export_statement') continue;
    const source = statement.childForFieldName('source');
    if (!source) continue;
    const target = resolveTsImport(modules.paths, modulePath, source.text.slice(1, -1));
    if (!target) continue;
    const clause = statement.namedChildren.find((child) => child.type === 'export_clause');
    if (!clause) {
      const found = await findTsFunction(modules, target, name, depth + 1);
      if (found) return found;
      continue;
    }
    for (const specifier of clause.namedChildren) {
      const exported = (specifier.childForFieldName('alias') ?? specifier.childForFieldName('name'))?.text;
      const original = specifier.childForFieldName('name')?.text;
      if (exported === name && original) return findTsFunction(modules, target, original, depth + 1);
    }
  }
  const imported = tsImportMap(module.tree).get(name);
  return imported ? functionAtImport(modules, modulePath, imported, undefined, depth + 1) : undefined;
}

async function functionAtImport(modules: AgentModules, fromPath: string, target: string, member: string | undefined, depth = 0): Promise<TsFunctionRef | undefined> {
  const [specifier, exported] = target.split('#');
  if (!specifier || !exported) return undefined;
  const resolved = resolveTsImport(modules.paths, fromPath, specifier);
  if (!resolved) return undefined;
  if (exported === '*') return member ? findTsFunction(modules, resolved, member, depth) : undefined;
  if (exported === 'default' || member) return undefined;
  return findTsFunction(modules, resolved, exported, depth);
}

/**
 * The agent function a call invokes: `runCommand(x)` through a named import of a relative module or a
 * top-level function of the same file, or `shell.run(x)` through `import * as shell from './shell'`.
 */
export async function calledTsFunction(modules: AgentModules, module: ParsedModule, imports: ReadonlyMap<string, string>, call: SyntaxNode): Promise<TsFunctionRef | undefined> {
  if (call.type !== 'call_expression') return undefined;
  const callee = call.childForFieldName('function');
  if (callee?.type === 'identifier') {
    const target = imports.get(callee.text);
    if (target) return functionAtImport(modules, module.file.path, target, undefined);
    const fn = topLevelTsFunction(module.tree.rootNode, callee.text);
    return fn ? { module, fn, name: callee.text } : undefined;
  }
  if (callee?.type === 'member_expression') {
    const object = callee.childForFieldName('object');
    const property = callee.childForFieldName('property');
    const target = object?.type === 'identifier' ? imports.get(object.text) : undefined;
    if (target?.endsWith('#*') && property) return functionAtImport(modules, module.file.path, target, property.text);
  }
  return undefined;
}
