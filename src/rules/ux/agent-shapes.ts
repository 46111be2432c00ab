import type { SyntaxNode, SyntaxTree } from '../../source/syntax-tree.js';
import { calls, hasDictSplat, keywordArgument, positionalArguments, pythonImportMap, qualifiedCallee } from '../ast/python.js';
import { callExpressions, hasSpread, objectProperty, tsArguments, tsImportMap } from '../ast/typescript.js';
import { pyUnwrap, tsOptions, tsQualifiedCallee, tsUnwrap } from '../architecture/support.js';

/** Agent constructions in a module, by framework, with the variable each is bound to. */
export interface AgentConstruction {
  framework: 'adk' | 'openai-agents' | 'openai-agents-js';
  call: SyntaxNode;
  /** The options object for TS, the call itself for Python. */
  options: SyntaxNode;
  variable?: string;
  /** True when a `**kwargs` / `...spread` may hide any keyword. */
  opaque: boolean;
}

export const ADK_LLM_AGENT = /^google\.adk(\.agents(\.llm_agent)?)?\.(Agent|LlmAgent)$/;
const ADK_ANY_AGENT = /^google\.adk(\.agents(\.[a-z_]+)?)?\.(Agent|LlmAgent|SequentialAgent|ParallelAgent|LoopAgent)$/;
const OPENAI_AGENT = /^agents(\.agent)?\.Agent$/;
const OPENAI_AGENT_JS = /^@openai\/agents(-core)?#Agent(\.create)?$/;

function variableOf(call: SyntaxNode): string | undefined {
  let node: SyntaxNode = call;
  while (node.parent && (node.parent.type === 'await' || node.parent.type === 'await_expression' || node.parent.type === 'parenthesized_expression')) node = node.parent;
  const parent = node.parent;
  if (parent?.type === 'assignment' && parent.childForFieldName('left')?.type === 'identifier') return parent.childForFieldName('left')!.text;
  if (parent?.type === 'variable_declarator' && parent.childForFieldName('name')?.type === 'identifier') return parent.childForFieldName('name')!.text;
  return undefined;
}

export function pyAgents(tree: SyntaxTree): { agents: AgentConstruction[]; imports: ReturnType<typeof pythonImportMap>; adkAny: (call: SyntaxNode) => boolean } {
  const imports = pythonImportMap(tree);
  const agents: AgentConstruction[] = [];
  for (const call of calls(tree)) {
    const qualified = qualifiedCallee(call, imports);
    const framework = ADK_ANY_AGENT.test(qualified) ? 'adk' : OPENAI_AGENT.test(qualified) ? 'openai-agents' : undefined;
    if (!framework) continue;
    const variable = variableOf(call);
    agents.push({ framework, call, options: call, ...(variable ? { variable } : {}), opaque: hasDictSplat(call) });
  }
  return { agents, imports, adkAny: (call) => ADK_ANY_AGENT.test(qualifiedCallee(call, imports)) };
}

export function tsAgents(tree: SyntaxTree): AgentConstruction[] {
  const imports = tsImportMap(tree);
  const agents: AgentConstruction[] = [];
  for (const call of callExpressions(tree)) {
    if (!OPENAI_AGENT_JS.test(tsQualifiedCallee(call, imports))) continue;
    const options = tsOptions(call);
    if (!options) continue;
    const variable = variableOf(call);
    agents.push({ framework: 'openai-agents-js', call, options, ...(variable ? { variable } : {}), opaque: hasSpread(options) });
  }
  return agents;
}

/** The agent constructions a list of sub-agents/handoffs refers to: inline, by variable, or through `handoff(x)`. */
export function referencedAgents(list: SyntaxNode, agents: readonly AgentConstruction[], python: boolean): Array<{ agent: AgentConstruction; via?: SyntaxNode }> {
  const found: Array<{ agent: AgentConstruction; via?: SyntaxNode }> = [];
  for (const raw of list.namedChildren) {
    let element = python ? pyUnwrap(raw) : tsUnwrap(raw);
    let via: SyntaxNode | undefined;
    // handoff(agent, ...) / handoff(agent=...) / handoff(agent, { ... }) wrap the agent.
    if (element && (element.type === 'call' || element.type === 'call_expression') && /(^|\.)handoff$/.test(element.childForFieldName('function')?.text ?? '')) {
      via = element;
      element = python ? keywordArgument(element, 'agent') ?? positionalArguments(element)[0] : tsArguments(element)[0];
    }
    if (!element) continue;
    const agent = agents.find((candidate) => candidate.call.id === element!.id || (element!.type === 'identifier' && candidate.variable === element!.text));
    if (agent) found.push(via ? { agent, via } : { agent });
  }
  return found;
}

export function tsHas(options: SyntaxNode, key: string): boolean {
  return !!objectProperty(options, key);
}
