import type { SyntaxNode, SyntaxTree } from '../../../source/syntax-tree.js';
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
  origin(node: SyntaxNode, options?: { modelOutput?: boolean; taint?: PythonTaintOptions }): Origin | undefined;
  /** The taint engine of the scope around `node`, seeded with tool input when it is a tool. */
  taintFor(node: SyntaxNode, taint?: PythonTaintOptions): { taint: PythonTaint; tool?: PythonToolFunction } | undefined;
}

/** Several rules analyse the same file: the analysis (tools, taint engines) is built once per tree. */
const pythonAnalyses = new WeakMap<SyntaxTree, PythonAnalysis>();
const tsAnalyses = new WeakMap<SyntaxTree, TsAnalysis>();

/**
 * `registered`: functions of this file that another module hands to the model as tools. Every rule of a
 * file passes the same map (from `pythonAnalysisInAgent`), so the first build serves them all.
 */
export function analysePython(tree: SyntaxTree, registered?: ReadonlyMap<string, string>): PythonAnalysis {
  let analysis = pythonAnalyses.get(tree);
  if (!analysis) pythonAnalyses.set(tree, (analysis = buildPythonAnalysis(tree, registered)));
  return analysis;
}

/** What a taint engine answers, whichever grammar it walks. */
interface TaintEngine {
  isTainted(node: SyntaxNode): boolean;
  taintedNames(node: SyntaxNode): string[];
}

interface TaintOptionsBase {
  sanitizers?: Iterable<string>;
  cleanCall?: { key: string };
}

/**
 * The tool-input / model-output tracing both languages share: one taint engine per scope and option
 * set (cached), seeded with a tool's parameters inside tools, with model calls as sources elsewhere.
 */
function tracer<Tool extends { node: SyntaxNode; params: string[] }, Options extends TaintOptionsBase, Taint extends TaintEngine>(spec: {
  toolAround(node: SyntaxNode): Tool | undefined;
  describeTool(tool: Tool): string;
  enclosingScope(node: SyntaxNode): SyntaxNode | undefined;
  modelSource: ((node: SyntaxNode) => boolean) | undefined;
  createTaint(scope: SyntaxNode, seeds: string[], options: Options): Taint;
}) {
  const cache = new Map<string, Taint>();
  const engine = (scope: SyntaxNode, seeds: string[], options: Options, key: string): Taint => {
    const cacheKey = `${scope.id}:${key}`;
    let taint = cache.get(cacheKey);
    if (!taint) cache.set(cacheKey, (taint = spec.createTaint(scope, seeds, options)));
    return taint;
  };
  const sanitizerKey = (options: Options) => `${[...(options.sanitizers ?? [])].join(',')}|${options.cleanCall?.key ?? ''}`;
  return {
    taintFor(node: SyntaxNode, options = {} as Options): { taint: Taint; tool: Tool } | undefined {
      const tool = spec.toolAround(node);
      if (!tool) return undefined;
      return { taint: engine(tool.node, tool.params, options, `tool:${sanitizerKey(options)}`), tool };
    },
    origin(node: SyntaxNode, options: { modelOutput?: boolean; taint?: Options } = {}): Origin | undefined {
      const taintOptions = options.taint ?? ({} as Options);
      const tool = spec.toolAround(node);
      if (tool) {
        const taint = engine(tool.node, tool.params, taintOptions, `tool:${sanitizerKey(taintOptions)}`);
        if (taint.isTainted(node)) return { kind: 'tool-input', names: taint.taintedNames(node), tool: spec.describeTool(tool) };
      }
      if (options.modelOutput && spec.modelSource) {
        const scope = spec.enclosingScope(node) ?? node.tree.rootNode;
        const taint = engine(scope, [], { ...taintOptions, isSource: spec.modelSource }, `model:${sanitizerKey(taintOptions)}`);
        if (taint.isTainted(node)) return { kind: 'model-output', names: taint.taintedNames(node) };
      }
      return undefined;
    },
  };
}

function buildPythonAnalysis(tree: SyntaxTree, registered?: ReadonlyMap<string, string>): PythonAnalysis {
  const imports = pythonImportMap(tree);
  const tools = pythonToolFunctions(tree, imports, registered);
  const toolAround = (node: SyntaxNode): PythonToolFunction | undefined => {
    for (let fn = enclosingFunction(node); fn; fn = enclosingFunction(fn)) {
      const tool = tools.find((candidate) => candidate.node.id === fn!.id);
      if (tool) return tool;
    }
    return undefined;
  };
  return {
    imports,
    tools,
    ...tracer<PythonToolFunction, PythonTaintOptions, PythonTaint>({
      toolAround,
      describeTool: (tool) => `${tool.name} (${tool.via})`,
      enclosingScope: enclosingFunction,
      modelSource: pythonModelCallSource(imports),
      createTaint: (scope, seeds, options) => new PythonTaint(scope, seeds, options),
    }),
  };
}

export interface TsAnalysis {
  imports: ReadonlyMap<string, string>;
  tools: TsToolFunction[];
  origin(node: SyntaxNode, options?: { modelOutput?: boolean; taint?: TsTaintOptions }): Origin | undefined;
  taintFor(node: SyntaxNode, taint?: TsTaintOptions): { taint: TsTaint; tool: TsToolFunction } | undefined;
}

export function enclosingTsFunction(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) return current;
  return undefined;
}

export function analyseTs(tree: SyntaxTree, text: string): TsAnalysis {
  let analysis = tsAnalyses.get(tree);
  if (!analysis) tsAnalyses.set(tree, (analysis = buildTsAnalysis(tree, text)));
  return analysis;
}

function buildTsAnalysis(tree: SyntaxTree, text: string): TsAnalysis {
  const imports = tsImportMap(tree);
  const tools = tsToolFunctions(tree, imports);
  return {
    imports,
    tools,
    ...tracer<TsToolFunction, TsTaintOptions, TsTaint>({
      toolAround: (node) => tools.find((tool) => tool.node.startIndex <= node.startIndex && node.endIndex <= tool.node.endIndex),
      describeTool: (tool) => tool.via,
      enclosingScope: enclosingTsFunction,
      modelSource: tsModelCallSource(imports, text),
      createTaint: (scope, seeds, options) => new TsTaint(scope, seeds, options),
    }),
  };
}

/** `receives tool input 'cmd' of tool run_shell (@tool)` / `receives model output 'reply'`. */
function describeOrigin(origin: Origin): string {
  const names = origin.names.slice(0, 3).map((name) => `'${name}'`).join(', ');
  if (origin.kind === 'tool-input') return `receives tool input${names ? ` ${names}` : ''} of ${origin.tool ?? 'a tool'}`;
  return `receives model output${names ? ` ${names}` : ''}`;
}

/**
 * A sink finding of the rules that trace both tool input and model output: `eval(...) receives tool input 'expr' of
 * calc (@tool); <risk>`, fingerprinted by the sink's `key` and the origin, not by the line.
 */
export function originFinding(origin: Origin, sink: { label: string; key: string; risk: string }): { message: string; fingerprintContent: string } {
  return { message: `${sink.label} ${describeOrigin(origin)}; ${sink.risk}`, fingerprintContent: `${sink.key}|${origin.kind}|${origin.names.join(',')}` };
}
