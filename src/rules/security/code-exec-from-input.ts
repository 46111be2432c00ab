import type { SyntaxNode, SyntaxTree } from '../../source/syntax-tree.js';
import { calleeText, enclosingFunction, isLocallyBound, keywordArgument, positionalArguments, pythonImportMap, stringValue, type ImportMap } from '../ast/python.js';
import { tsArguments, tsCalleeText, tsImportMap } from '../ast/typescript.js';
import { HELPER_HOP_SENTENCE, nodeModuleBindings, pythonShadows, helperFlowReport, tsShadows } from './support/common.js';
import { defineSinkRule, originSinkSide, type OriginSink, type PythonSinkSide, type TsSinkSide } from './support/sink-rule.js';
import type { ParsedModule } from './support/agent-modules.js';

const PY_SINKS = new Set(['eval', 'exec', 'compile', 'builtins.eval', 'builtins.exec', 'builtins.compile']);
const VM_FUNCTIONS = new Set(['runInNewContext', 'runInThisContext', 'runInContext', 'compileFunction']);

const TS_CODE_TEXT = /\beval\s*\(|\bFunction\s*\(|\brunIn\w*Context|\bcompileFunction|\bScript\s*\(/;

const vmMemo = new WeakMap<SyntaxTree, ReturnType<typeof nodeModuleBindings>>();

/** An eval / Function / node:vm call of the module and the arguments that carry code. */
function tsCodeSink(call: SyntaxNode, module: ParsedModule): OriginSink | undefined {
  const root = module.tree.rootNode;
  const imports = tsImportMap(module.tree);
  let vm = vmMemo.get(module.tree);
  if (!vm) vmMemo.set(module.tree, (vm = nodeModuleBindings(root, imports, 'vm')));
  const sink = tsSink(call, vm, (name) => tsShadows(root, imports, name));
  if (!sink) return undefined;
  const args = tsArguments(call);
  return {
    label: sink.label,
    key: sink.label,
    risk: `${sink.why}, so text the model controls runs as code in the server process.`,
    // new Function(a, b, body): every argument is code; eval/vm take the code first.
    args: sink.allArgs ? args : args.slice(0, 1),
  };
}

const TS_SINKS: TsSinkSide = originSinkSide({
  key: 'security/code-exec-from-input',
  sinkText: TS_CODE_TEXT,
  find: tsCodeSink,
  helperReport: (flow) => helperFlowReport(flow, { tool: flow.tool.via, param: flow.param, reaches: 'to', tail: ', so text the model controls runs as code in the server process.' }),
});

const PY_CODE_TEXT = /\b(eval|exec|compile)\s*\(/;

/** Characters that cannot spell a name, a string or an attribute: text made of them is arithmetic. */
const ARITHMETIC_ONLY = /^[0-9\s.+\-*/%()]*$/;

/**
 * `''.join(c for c in expr if c in ALLOWED)` with ALLOWED made of digits, operators and brackets: only arithmetic survives the filter, so
 * what reaches eval holds no names, calls or strings. The allowed set may be a literal or a name assigned one.
 */
function keepsOnlyArithmetic(call: SyntaxNode): boolean {
  if (!/\.join$/.test(calleeText(call))) return false;
  const args = call.childForFieldName('arguments');
  const comprehension = args?.type === 'generator_expression' ? args : args?.namedChildren[0];
  if (comprehension?.type !== 'generator_expression' && comprehension?.type !== 'list_comprehension') return false;
  const element = comprehension.namedChildren[0];
  const test = comprehension.namedChildren.find((child) => child.type === 'if_clause')?.namedChildren[0];
  if (element?.type !== 'identifier' || test?.type !== 'comparison_operator') return false;
  const [left, allowed] = test.namedChildren;
  if (left?.text !== element.text || !allowed || !/^\s*\w+\s+in\s/.test(test.text)) return false;
  const value = stringValue(allowed) ?? (allowed.type === 'identifier' ? assignedString(allowed) : undefined);
  return value !== undefined && ARITHMETIC_ONLY.test(value);
}

/** The string literal last assigned to `name` in its function, or at module level. */
function assignedString(name: SyntaxNode): string | undefined {
  const scopes = [enclosingFunction(name), name.tree.rootNode].filter((scope): scope is SyntaxNode => !!scope);
  for (const scope of scopes) {
    let found: string | undefined;
    for (const assignment of scope.descendantsOfType('assignment')) {
      if (assignment.startIndex > name.startIndex && scope.type !== 'module') break;
      if (assignment.childForFieldName('left')?.text === name.text) found = stringValue(assignment.childForFieldName('right') ?? undefined) ?? found;
    }
    if (found !== undefined) return found;
  }
  return undefined;
}

const PY_TAINT = { cleanCall: { key: 'arithmetic-only', test: keepsOnlyArithmetic } };

function pythonRisk(callee: string): string {
  return `Python's ${callee} has no sandbox, so text the model controls runs as code with the agent's privileges.`;
}

/** A builtin eval/exec/compile call (not a local function of that name) and the argument that carries the code. */
function pythonCodeSink(call: SyntaxNode, imports: ImportMap): OriginSink | undefined {
  const callee = calleeText(call);
  if (!PY_SINKS.has(callee)) return undefined;
  const head = callee.split('.')[0]!;
  if (callee.includes('.') ? !imports.has(head) || isLocallyBound(call, head) : pythonShadows(call.tree.rootNode, imports, callee) || isLocallyBound(call, callee)) return undefined;
  // eval(compile(x, ...)) is one sink: the outer eval/exec reports it.
  if (callee.endsWith('compile') && call.parent?.type === 'argument_list' && /^(builtins\.)?(eval|exec)$/.test(calleeText(call.parent.parent!))) return undefined;
  const code = keywordArgument(call, 'source') ?? positionalArguments(call)[0];
  return code ? { label: `${callee}(...)`, key: callee, risk: pythonRisk(callee), args: [code] } : undefined;
}

/** The sinks of the module, and the same sinks inside a helper a tool calls (one hop, same file or another module of the agent). */
const PYTHON_SINKS: PythonSinkSide = originSinkSide({
  key: 'security/code-exec-from-input',
  sinkText: PY_CODE_TEXT,
  taint: PY_TAINT,
  find: (call, module) => pythonCodeSink(call, pythonImportMap(module.tree)),
  helperReport: (flow) =>
    helperFlowReport(flow, { tool: `${flow.tool.name} (${flow.tool.via})`, param: `'${flow.param}'`, reaches: 'to', tail: `; ${pythonRisk(flow.sink.label.replace('(...)', ''))}` }),
});

interface TsSink {
  label: string;
  why: string;
  allArgs: boolean;
}

function tsSink(call: SyntaxNode, vm: ReturnType<typeof nodeModuleBindings>, shadowed: (name: string) => boolean): TsSink | undefined {
  const isNew = call.type === 'new_expression';
  const callee = tsCalleeText(call);
  if (!isNew && callee === 'eval' && !shadowed('eval')) return { label: 'eval(...)', why: 'eval runs with full access to the module scope', allArgs: false };
  if ((callee === 'Function' || callee === 'globalThis.Function') && !shadowed('Function')) {
    return { label: 'new Function(...)', why: 'the Function constructor compiles its arguments as JavaScript', allArgs: true };
  }
  const [head, member] = callee.split('.');
  const vmFunction = member !== undefined && head !== undefined && vm.namespaces.has(head) ? member : vm.named.get(callee);
  if (vmFunction && (VM_FUNCTIONS.has(vmFunction) || (isNew && vmFunction === 'Script'))) {
    return { label: `vm.${vmFunction}(...)`, why: 'node:vm is not a security boundary (its own docs say so)', allArgs: false };
  }
  return undefined;
}

export const codeExecFromInputCheck = defineSinkRule(
  {
    id: 'security/code-exec-from-input',
    title: 'Tool input or model output reaches eval/exec',
    description:
      'A tool function (LangChain/CrewAI/smolagents @tool, OpenAI Agents @function_tool, Pydantic AI @agent.tool, ADK tools=[...], ' +
      'AI SDK/OpenAI Agents/Mastra tool execute) or a model response feeds eval, exec, compile, new Function or node:vm. ' +
      'The model picks tool arguments, so one prompt injection (a poisoned web page, email or document) becomes arbitrary code running with the agent\'s privileges. ' +
      HELPER_HOP_SENTENCE,
    persona: 'secops',
    category: 'security',
    severity: 'error',
    fixability: 'structural',
    tags: ['security', 'CWE-94', 'CWE-95', 'LLM05:2025', 'ASI05'],
    remediation:
      'Do not evaluate model-chosen text. Parse data with json.loads / ast.literal_eval / JSON.parse, map the input to a fixed set of operations, ' +
      'or run generated code in a real sandbox (ADK BuiltInCodeExecutor/VertexAiCodeExecutor, smolagents executor_type="e2b"/"docker", a container or microVM) with no credentials.',
    docs: 'https://genai.owasp.org/llmrisk/llm052025-improper-output-handling/',
    precision: 'high',
    securitySeverity: 9.8,
  },
  { python: PYTHON_SINKS, ts: TS_SINKS },
);
