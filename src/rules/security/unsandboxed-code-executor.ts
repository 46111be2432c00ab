import { calleeText, calls, keywordArgument, positionalArguments, pythonImportMap, qualifiedCallee, stringValue } from '../ast/python.js';
import { defineRule } from '../define.js';

const YAML_FILE = /(^|\/)agents\.ya?ml$/;

export const unsandboxedCodeExecutorCheck = defineRule(
  {
    id: 'security/unsandboxed-code-executor',
    title: 'Agent runs generated code without a sandbox',
    description:
      'The agent executes model-written code directly in the host process: ADK UnsafeLocalCodeExecutor, CrewAI allow_code_execution with ' +
      'code_execution_mode "unsafe" (or CodeInterpreterTool(unsafe_mode=True)), or a smolagents local executor opened to every import with ["*"]. ' +
      'The frameworks\' defaults sandbox this (ADK BuiltInCodeExecutor/VertexAiCodeExecutor/ContainerCodeExecutor, CrewAI Docker "safe" mode, smolagents\' import allowlist); ' +
      'without them one prompt injection reads secrets, files and the network with the agent\'s rights.',
    persona: 'secops',
    category: 'security',
    severity: 'error',
    fixability: 'structural',
    tags: ['security', 'CWE-94', 'ASI05', 'LLM05:2025'],
    remediation:
      'Use a sandboxed executor: ADK BuiltInCodeExecutor, VertexAiCodeExecutor or ContainerCodeExecutor; CrewAI code_execution_mode="safe" (Docker); ' +
      'smolagents executor_type="e2b", "docker" or "modal", or an explicit additional_authorized_imports list.',
    docs: 'https://google.github.io/adk-docs/tools/built-in-tools/#code-execution',
    frameworks: ['google-adk', 'crewai', 'smolagents'],
    precision: 'very-high',
    securitySeverity: 9.0,
  },
  {
    appliesTo: (file) => file.language === 'python' || YAML_FILE.test(file.path),
    async run(context) {
      const { file } = context;
      if (file.language !== 'python') {
        scanCrewYaml(file.text, context.report);
        return;
      }
      if (!/UnsafeLocalCodeExecutor|code_execution_mode|unsafe_mode|additional_authorized_imports|LocalPythonExecutor/.test(file.text)) return;
      const tree = await context.tree();
      if (!tree) return;
      const imports = pythonImportMap(tree);
      for (const call of calls(tree)) {
        const callee = qualifiedCallee(call, imports);
        const last = callee.split('.').pop() ?? '';
        const written = calleeText(call);
        let message: string | undefined;
        if (last === 'UnsafeLocalCodeExecutor') {
          message = `${written}() runs model-written Python in the agent's own process with no isolation; ADK's BuiltInCodeExecutor, VertexAiCodeExecutor or ContainerCodeExecutor sandbox it.`;
        } else if (keywordArgument(call, 'allow_code_execution')?.text === 'True' && stringValue(keywordArgument(call, 'code_execution_mode')) === 'unsafe') {
          message = `${written}(allow_code_execution=True, code_execution_mode="unsafe") runs model-written code on the host; CrewAI's default "safe" mode runs it in Docker.`;
        } else if (last === 'CodeInterpreterTool' && keywordArgument(call, 'unsafe_mode')?.text === 'True') {
          message = `${written}(unsafe_mode=True) runs model-written code directly on the host; the default runs it in a Docker container.`;
        } else if (last === 'CodeAgent' || last === 'LocalPythonExecutor') {
          const authorized = keywordArgument(call, 'additional_authorized_imports') ?? (last === 'LocalPythonExecutor' ? positionalArguments(call)[0] : undefined);
          if (!authorized || !authorized.namedChildren.some((item) => stringValue(item) === '*')) continue;
          const executor = keywordArgument(call, 'executor_type');
          // A remote executor (e2b, docker, modal, wasm) sandboxes the code whatever it imports.
          if (executor && stringValue(executor) !== 'local') continue;
          message = `${written}(additional_authorized_imports=["*"]) lets model-written code import os, subprocess and socket in the local interpreter; smolagents' default allowlist and remote executors (executor_type="e2b"/"docker"/"modal") are the sandbox.`;
        }
        if (!message) continue;
        context.report({ start: call.startIndex, end: call.endIndex, message, fingerprintContent: `${last}|unsandboxed` });
      }
    },
  },
);

/**
 * CrewAI config/agents.yaml: each top-level key is an agent. Text scan per block keeps line positions exact
 * without a YAML round-trip; `code_execution_mode: unsafe` only matters with `allow_code_execution: true`.
 */
function scanCrewYaml(text: string, report: (finding: { start: number; end: number; message: string; fingerprintContent: string }) => void): void {
  if (!/code_execution_mode/.test(text)) return;
  const blocks: Array<{ name: string; start: number; end: number }> = [];
  const header = /^([A-Za-z_][\w-]*)\s*:/gm;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const previous = blocks[blocks.length - 1];
    if (previous) previous.end = match.index;
    blocks.push({ name: match[1]!, start: match.index, end: text.length });
  }
  for (const block of blocks) {
    const body = text.slice(block.start, block.end);
    const allow = /^\s+allow_code_execution\s*:\s*(true|True|yes)\s*(#.*)?$/m.test(body);
    const mode = /^(\s+)code_execution_mode\s*:\s*["']?unsafe["']?\s*(#.*)?$/m.exec(body);
    if (!allow || !mode) continue;
    const start = block.start + mode.index + mode[1]!.length;
    report({
      start,
      end: start + mode[0].trimEnd().length - mode[1]!.length,
      message: `Agent '${block.name}' sets allow_code_execution: true with code_execution_mode: unsafe, so model-written code runs on the host; CrewAI's default "safe" mode runs it in Docker.`,
      fingerprintContent: `crewai-yaml|${block.name}`,
    });
  }
}
