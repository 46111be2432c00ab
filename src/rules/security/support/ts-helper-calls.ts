import type { SyntaxNode, SyntaxTree } from '../../../source/syntax-tree.js';
import { callExpressions, tsCalleeText } from '../../ast/typescript.js';
import type { AgentFiles } from '../../types.js';
import type { SourceFile } from '../../../source/read-sources.js';
import { agentModules, type AgentModules, type ParsedModule } from './agent-modules.js';
import { memoisedHelperSummary, type HelperSummaries } from './helper-summary.js';
import { analyseTs, type TsAnalysis } from './sinks.js';
import { calledTsFunction, type TsFunctionRef } from './ts-modules.js';
import { isFunctionNode, patternNames, TsTaint, type TsTaintOptions, type TsToolFunction } from './ts-taint.js';

/**
 * The TypeScript half of one-hop taint (see helper-calls.ts): a tool's `execute` passes its input to a
 * function of the same file or of another module of the agent whose parameter reaches a sink there.
 */

interface TsSinkHit {
  call: SyntaxNode;
  label: string;
}

export interface TsSinkSpec {
  key: string;
  taint?: TsTaintOptions;
  mayHaveSink: RegExp;
  /** Sinks among `calls` (all directly inside `scope`) that `taint` reaches. */
  sinks(calls: readonly SyntaxNode[], taint: TsTaint, module: ParsedModule, scope: SyntaxNode): TsSinkHit[];
}

export interface TsHelperFlow {
  call: SyntaxNode;
  tool: TsToolFunction;
  helper: string;
  param: string;
  names: string[];
  sink: TsSinkHit;
  where: string;
}

type TsCheckContext = { file: SourceFile; agentFiles?: AgentFiles; tree(): Promise<SyntaxTree | undefined> };

/** Text that can create a tool in a TS/JS file: the AI SDK, OpenAI Agents, Mastra and LangChain.js factories. */
export const TS_TOOL_TEXT = /\b(tool|dynamicTool|createTool|DynamicStructuredTool|DynamicTool)\b/;

export async function tsAnalysisInAgent(context: TsCheckContext): Promise<{ analysis: TsAnalysis; modules: AgentModules; module: ParsedModule } | undefined> {
  const tree = await context.tree();
  if (!tree) return undefined;
  return { analysis: analyseTs(tree, context.file.text), modules: agentModules(context), module: { file: context.file, tree } };
}

/** Calls directly in `scope` (not in a nested function). */
function tsCallsIn(scope: SyntaxNode): SyntaxNode[] {
  return callExpressions(scope).filter((call) => {
    for (let current = call.parent; current; current = current.parent) {
      if (current.id === scope.id) return true;
      if (isFunctionNode(current)) return false;
    }
    return false;
  });
}

/** Each parameter's bound names, in order; a rest parameter ends the positional list. */
function parameterSlots(fn: SyntaxNode): Array<{ label: string; names: string[] }> {
  const parameters = fn.childForFieldName('parameters');
  const single = fn.childForFieldName('parameter');
  const list = parameters ? parameters.namedChildren.filter((child) => child.type !== 'comment') : single ? [single] : [];
  const slots: Array<{ label: string; names: string[] }> = [];
  for (const parameter of list) {
    const pattern = parameter.type === 'identifier' ? parameter : parameter.childForFieldName('pattern');
    if (!pattern || pattern.type === 'rest_pattern') break;
    const names = patternNames(pattern);
    if (names.length > 0) slots.push({ label: pattern.type === 'identifier' ? pattern.text : `{ ${names.join(', ')} }`, names });
  }
  return slots;
}

const summaries: HelperSummaries<number, { label: string; sink: TsSinkHit }> = new WeakMap();

/** Parameter position → the first sink it reaches on its own. */
function helperSummary(helper: TsFunctionRef, spec: TsSinkSpec): ReadonlyMap<number, { label: string; sink: TsSinkHit }> {
  return memoisedHelperSummary(summaries, helper, spec, (summary) => {
    const calls = tsCallsIn(helper.fn);
    parameterSlots(helper.fn)
      .slice(0, 8)
      .forEach((slot, position) => {
        const hit = spec.sinks(calls, new TsTaint(helper.fn, slot.names, spec.taint), helper.module, helper.fn)[0];
        if (hit) summary.set(position, { label: slot.label, sink: hit });
      });
  });
}

async function isToolItself(helper: TsFunctionRef, current: ParsedModule, analysis: TsAnalysis): Promise<boolean> {
  const tools = helper.module.file.path === current.file.path ? analysis.tools : analyseTs(helper.module.tree, helper.module.file.text).tools;
  return tools.some((tool) => tool.node.id === helper.fn.id);
}

export async function tsHelperFlows(modules: AgentModules, module: ParsedModule, analysis: TsAnalysis, spec: TsSinkSpec): Promise<TsHelperFlow[]> {
  const flows: TsHelperFlow[] = [];
  for (const tool of analysis.tools) {
    for (const call of tsCallsIn(tool.node)) {
      const helper = await calledTsFunction(modules, module, analysis.imports, call);
      if (!helper || helper.fn.id === tool.node.id) continue;
      const summary = helperSummary(helper, spec);
      if (summary.size === 0 || (await isToolItself(helper, module, analysis))) continue;
      const scoped = analysis.taintFor(call, spec.taint);
      if (!scoped) continue;
      const args = (call.childForFieldName('arguments')?.namedChildren ?? []).filter((child) => child.type !== 'comment');
      for (const [position, argument] of args.entries()) {
        if (argument.type === 'spread_element') break;
        const entry = summary.get(position);
        if (!entry || !scoped.taint.isTainted(argument)) continue;
        const line = entry.sink.call.startPosition.row + 1;
        const where = helper.module.file.path === module.file.path ? `line ${line}` : `${helper.module.file.path}:${line}`;
        flows.push({ call, tool, helper: tsCalleeText(call), param: entry.label, names: scoped.taint.taintedNames(argument), sink: entry.sink, where });
        break;
      }
    }
  }
  return flows;
}
