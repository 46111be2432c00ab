import type { SyntaxNode, SyntaxTree } from '../../../source/syntax-tree.js';
import { calleeText, PY_NESTED_SCOPES } from '../../ast/python.js';
import { descendantsInScope } from '../../ast/within.js';
import type { AgentFiles } from '../../types.js';
import type { SourceFile } from '../../../source/read-sources.js';
import { agentModules, type AgentModules, type ParsedModule } from './agent-modules.js';
import { memoisedHelperSummary, type HelperSummaries } from './helper-summary.js';
import { PythonTaint, type PythonTaintOptions } from './python-taint.js';
import { calledFunction, pythonToolRegistrations, type PythonFunctionRef } from './python-modules.js';
import type { PythonToolFunction } from './python-tools.js';
import { analysePython, type PythonAnalysis } from './sinks.js';

/**
 * One hop of taint across functions: a tool passes its input to a helper (in the same file or another
 * module of the agent) whose parameter reaches a sink there. Each helper is summarised once per rule:
 * which of its parameters, alone, reach which sink, using the rule's own sink test and sanitisers.
 */

/** A sink call the taint reaches, as a rule describes it. */
interface PythonSinkHit {
  call: SyntaxNode;
  /** `subprocess.run(..., shell=True)`, `eval(...)`. */
  label: string;
}

export interface PythonSinkSpec {
  /** Memo key for helper summaries: the rule id. */
  key: string;
  taint?: PythonTaintOptions;
  /** A cheap test on the helper's source before it is summarised. */
  mayHaveSink: RegExp;
  /** Sinks among `calls` (all directly inside `scope`) that `taint` reaches. */
  sinks(calls: readonly SyntaxNode[], taint: PythonTaint, module: ParsedModule, scope: SyntaxNode): PythonSinkHit[];
}

export interface PythonHelperFlow {
  /** The call in the tool that hands tool input to the helper. */
  call: SyntaxNode;
  tool: PythonToolFunction;
  /** The helper as the call writes it: `run_command`, `shell.execute`. */
  helper: string;
  /** The helper's parameter that reaches the sink, and the tool input names passed to it. */
  param: string;
  names: string[];
  sink: PythonSinkHit;
  /** `tools/shell.py:12`, or `line 12` in the same file. */
  where: string;
}

type PythonCheckContext = { file: SourceFile; agentFiles?: AgentFiles; tree(): Promise<SyntaxTree | undefined> };

/** Text that can make a function a tool in its own file (decorators, tools=[...], tool classes, LangGraph's positional list). */
const PY_TOOL_TEXT = /tool|create_(react_)?agent\s*\(/i;

/** Whether a Python file can hold tools: its text names one, or another module of the agent registers one of its functions. */
export async function pythonMayHoldTools(context: PythonCheckContext): Promise<boolean> {
  if (PY_TOOL_TEXT.test(context.file.text)) return true;
  return (await pythonToolRegistrations(agentModules(context))).has(context.file.path);
}

/** The analysis of a Python file, counting as tools the functions other modules of the agent register from it. */
export async function pythonAnalysisInAgent(
  context: PythonCheckContext,
): Promise<{ analysis: PythonAnalysis; modules: AgentModules; module: ParsedModule } | undefined> {
  const tree = await context.tree();
  if (!tree) return undefined;
  const modules = agentModules(context);
  const registrations = await pythonToolRegistrations(modules);
  return { analysis: analysePython(tree, registrations.get(context.file.path)), modules, module: { file: context.file, tree } };
}

/** Calls directly in `scope` (not in a nested function, lambda or class). */
function callsIn(scope: SyntaxNode): SyntaxNode[] {
  return descendantsInScope(scope, ['call'], PY_NESTED_SCOPES);
}

const summaries: HelperSummaries<string, PythonSinkHit> = new WeakMap();

/** Parameter name → the first sink it reaches on its own. */
function helperSummary(helper: PythonFunctionRef, spec: PythonSinkSpec): ReadonlyMap<string, PythonSinkHit> {
  return memoisedHelperSummary(summaries, helper, spec, (summary) => {
    const calls = callsIn(helper.fn);
    for (const param of parameterSlots(helper.fn).map((slot) => slot.name).slice(0, 8)) {
      const taint = new PythonTaint(helper.fn, [param], spec.taint);
      const hit = spec.sinks(calls, taint, helper.module, helper.fn)[0];
      if (hit) summary.set(param, hit);
    }
  });
}

interface ParameterSlot {
  name: string;
  /** Position a positional argument fills, or undefined for keyword-only parameters. */
  position: number | undefined;
}

/** Named parameters in order; `*args`/`**kwargs` are not followed. */
function parameterSlots(fn: SyntaxNode): ParameterSlot[] {
  const slots: ParameterSlot[] = [];
  let positional = true;
  let position = 0;
  for (const parameter of fn.childForFieldName('parameters')?.namedChildren ?? []) {
    if (parameter.type === 'list_splat_pattern' || parameter.type === 'keyword_separator' || (parameter.type === 'typed_parameter' && parameter.namedChildren[0]?.type === 'list_splat_pattern')) {
      positional = false;
      continue;
    }
    if (parameter.type === 'dictionary_splat_pattern' || parameter.type === 'positional_separator') continue;
    if (parameter.type === 'typed_parameter' && parameter.namedChildren[0]?.type === 'dictionary_splat_pattern') continue;
    const nameNode = parameter.type === 'identifier' ? parameter : (parameter.childForFieldName('name') ?? parameter.namedChildren.find((child) => child.type === 'identifier'));
    if (!nameNode) continue;
    slots.push({ name: nameNode.text, position: positional ? position++ : undefined });
  }
  return slots;
}

/** Argument → the helper parameter it binds, for plain positional and keyword arguments. */
function argumentBindings(call: SyntaxNode, fn: SyntaxNode): Array<{ param: string; argument: SyntaxNode }> {
  const slots = parameterSlots(fn);
  const bindings: Array<{ param: string; argument: SyntaxNode }> = [];
  let position = 0;
  for (const argument of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (argument.type === 'list_splat' || argument.type === 'dictionary_splat') break;
    if (argument.type === 'comment') continue;
    if (argument.type === 'keyword_argument') {
      const name = argument.childForFieldName('name')?.text;
      const value = argument.childForFieldName('value');
      if (name && value && slots.some((slot) => slot.name === name)) bindings.push({ param: name, argument: value });
      continue;
    }
    const slot = slots.find((candidate) => candidate.position === position);
    position++;
    if (slot) bindings.push({ param: slot.name, argument });
  }
  return bindings;
}

/** True when the helper is a tool in its own right: its own module's analysis reports what reaches its sinks. */
async function isToolItself(helper: PythonFunctionRef, modules: AgentModules, current: ParsedModule, analysis: PythonAnalysis): Promise<boolean> {
  if (helper.module.file.path === current.file.path) return analysis.tools.some((tool) => tool.node.id === helper.fn.id);
  const registrations = await pythonToolRegistrations(modules);
  const theirs = analysePython(helper.module.tree, registrations.get(helper.module.file.path));
  return theirs.tools.some((tool) => tool.node.id === helper.fn.id);
}

const resolvedCalls = new WeakMap<SyntaxTree, Map<number, Promise<PythonFunctionRef | undefined>>>();

/** `calledFunction`, memoised per call: the four injection rules ask about the same calls. */
function helperOf(modules: AgentModules, module: ParsedModule, analysis: PythonAnalysis, call: SyntaxNode): Promise<PythonFunctionRef | undefined> {
  let byCall = resolvedCalls.get(module.tree);
  if (!byCall) resolvedCalls.set(module.tree, (byCall = new Map()));
  let helper = byCall.get(call.id);
  if (!helper) byCall.set(call.id, (helper = calledFunction(modules, module, analysis.imports, call)));
  return helper;
}

/** Tool input that reaches a sink through one helper call, in every tool of the file. */
export async function pythonHelperFlows(modules: AgentModules, module: ParsedModule, analysis: PythonAnalysis, spec: PythonSinkSpec): Promise<PythonHelperFlow[]> {
  const flows: PythonHelperFlow[] = [];
  for (const tool of analysis.tools) {
    for (const call of callsIn(tool.node)) {
      const helper = await helperOf(modules, module, analysis, call);
      if (!helper || helper.fn.id === tool.node.id) continue;
      const summary = helperSummary(helper, spec);
      if (summary.size === 0 || (await isToolItself(helper, modules, module, analysis))) continue;
      const scoped = analysis.taintFor(call, spec.taint);
      if (!scoped) continue;
      for (const { param, argument } of argumentBindings(call, helper.fn)) {
        const sink = summary.get(param);
        if (!sink || !scoped.taint.isTainted(argument)) continue;
        const line = sink.call.startPosition.row + 1;
        const where = helper.module.file.path === module.file.path ? `line ${line}` : `${helper.module.file.path}:${line}`;
        flows.push({ call, tool, helper: calleeText(call), param, names: scoped.taint.taintedNames(argument), sink, where });
        break;
      }
    }
  }
  return flows;
}
