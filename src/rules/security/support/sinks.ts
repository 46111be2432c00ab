import type { Node, Tree } from 'web-tree-sitter';
import { enclosingFunction, pythonImportMap, type ImportMap } from '../../ast/python.js';
import { tsImportMap } from '../../ast/typescript.js';
import { PythonTaint, type PythonTaintOptions } from './python-taint.js';
import { pythonModelCallSource, pythonToolFunctions, type PythonToolFunction } from './python-tools.js';
import { isFunctionNode, TsTaint, tsModelCallSource, tsToolFunctions, type TsTaintOptions, type TsToolFunction } from './ts-taint.js';

/**
 * Where a value reaching a sink came from: a parameter of a model-callable tool, or a model response.
 * Shared by the injection rules so each one only describes its sinks.
 */
export interface Origin {
  kind: 'tool-input' | 'model-output';
  /** Tainted names in the sink argument. */
  names: string[];
  /** The tool's name and how it was recognised, for tool input. */
  tool?: string;
}

export interface PythonAnalysis {
  imports: ImportMap;
  tools: PythonToolFunction[];
  /** Where `node` (an argument expression) gets its data from, if from tool input or model output. */
  origin(node: Node, options?: { modelOutput?: boolean; taint?: PythonTaintOptions }): Origin | undefined;
  /** The taint engine of the scope around `node`, seeded with tool input when it is a tool. */
  taintFor(node: Node, taint?: PythonTaintOptions): { taint: PythonTaint; tool?: PythonToolFunction } | undefined;
}

/** Several rules analyse the same file: the analysis (tools, taint engines) is built once per tree. */
const pythonAnalyses = new WeakMap<Tree, PythonAnalysis>();
const tsAnalyses = new WeakMap<Tree, TsAnalysis>();

export function analysePython(tree: Tree): PythonAnalysis {
  let analysis = pythonAnalyses.get(tree);
  if (!analysis) pythonAnalyses.set(tree, (analysis = buildPythonAnalysis(tree)));
  return analysis;
}

function buildPythonAnalysis(tree: Tree): PythonAnalysis {
  const imports = pythonImportMap(tree);
  const tools = pythonToolFunctions(tree, imports);
  const modelSource = pythonModelCallSource(imports);
  const cache = new Map<string, PythonTaint>();
  const engine = (scope: Node, seeds: string[], options: PythonTaintOptions, key: string): PythonTaint => {
    const cacheKey = `${scope.id}:${key}`;
    let taint = cache.get(cacheKey);
    if (!taint) cache.set(cacheKey, (taint = new PythonTaint(scope, seeds, options)));
    return taint;
  };
  const toolAround = (node: Node): PythonToolFunction | undefined => {
    for (let fn = enclosingFunction(node); fn; fn = enclosingFunction(fn)) {
      const tool = tools.find((candidate) => candidate.node.id === fn!.id);
      if (tool) return tool;
    }
    return undefined;
  };
  return {
    imports,
    tools,
    taintFor(node, options = {}) {
      const tool = toolAround(node);
      if (!tool) return undefined;
      return { taint: engine(tool.node, tool.params, options, `tool:${[...(options.sanitizers ?? [])].join(',')}`), tool };
    },
    origin(node, options = {}) {
      const taintOptions = options.taint ?? {};
      const sanitizerKey = [...(taintOptions.sanitizers ?? [])].join(',');
      const tool = toolAround(node);
      if (tool) {
        const taint = engine(tool.node, tool.params, taintOptions, `tool:${sanitizerKey}`);
        if (taint.isTainted(node)) return { kind: 'tool-input', names: taint.taintedNames(node), tool: `${tool.name} (${tool.via})` };
      }
      if (options.modelOutput && modelSource) {
        const scope = enclosingFunction(node) ?? node.tree.rootNode;
        const taint = engine(scope, [], { ...taintOptions, isSource: modelSource }, `model:${sanitizerKey}`);
        if (taint.isTainted(node)) return { kind: 'model-output', names: taint.taintedNames(node) };
      }
      return undefined;
    },
  };
}

export interface TsAnalysis {
  imports: ReadonlyMap<string, string>;
  tools: TsToolFunction[];
  origin(node: Node, options?: { modelOutput?: boolean; taint?: TsTaintOptions }): Origin | undefined;
  taintFor(node: Node, taint?: TsTaintOptions): { taint: TsTaint; tool: TsToolFunction } | undefined;
}

export function enclosingTsFunction(node: Node): Node | undefined {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) return current;
  return undefined;
}

export function analyseTs(tree: Tree, text: string): TsAnalysis {
  let analysis = tsAnalyses.get(tree);
  if (!analysis) tsAnalyses.set(tree, (analysis = buildTsAnalysis(tree, text)));
  return analysis;
}

function buildTsAnalysis(tree: Tree, text: string): TsAnalysis {
  const imports = tsImportMap(tree);
  const tools = tsToolFunctions(tree, imports);
  const modelSource = tsModelCallSource(imports, text);
  const cache = new Map<string, TsTaint>();
  const engine = (scope: Node, seeds: string[], options: TsTaintOptions, key: string): TsTaint => {
    const cacheKey = `${scope.id}:${key}`;
    let taint = cache.get(cacheKey);
    if (!taint) cache.set(cacheKey, (taint = new TsTaint(scope, seeds, options)));
    return taint;
  };
  const toolAround = (node: Node): TsToolFunction | undefined =>
    tools.find((tool) => tool.node.startIndex <= node.startIndex && node.endIndex <= tool.node.endIndex);
  return {
    imports,
    tools,
    taintFor(node, options = {}) {
      const tool = toolAround(node);
      if (!tool) return undefined;
      return { taint: engine(tool.node, tool.params, options, `tool:${[...(options.sanitizers ?? [])].join(',')}`), tool };
    },
    origin(node, options = {}) {
      const taintOptions = options.taint ?? {};
      const sanitizerKey = [...(taintOptions.sanitizers ?? [])].join(',');
      const tool = toolAround(node);
      if (tool) {
        const taint = engine(tool.node, tool.params, taintOptions, `tool:${sanitizerKey}`);
        if (taint.isTainted(node)) return { kind: 'tool-input', names: taint.taintedNames(node), tool: tool.via };
      }
      if (options.modelOutput && modelSource) {
        const scope = enclosingTsFunction(node) ?? node.tree.rootNode;
        const taint = engine(scope, [], { ...taintOptions, isSource: modelSource }, `model:${sanitizerKey}`);
        if (taint.isTainted(node)) return { kind: 'model-output', names: taint.taintedNames(node) };
      }
      return undefined;
    },
  };
}

/** `receives tool input 'cmd' of tool run_shell (@tool)` / `receives model output 'reply'`. */
export function describeOrigin(origin: Origin): string {
  const names = origin.names.slice(0, 3).map((name) => `'${name}'`).join(', ');
  if (origin.kind === 'tool-input') return `receives tool input${names ? ` ${names}` : ''} of ${origin.tool ?? 'a tool'}`;
  return `receives model output${names ? ` ${names}` : ''}`;
}
