import type { SyntaxNode } from '../../source/syntax-tree.js';
import type { Scalar } from 'yaml';
import { calleeText, dictValue, keywordArgument, stringValue } from '../ast/python.js';
import { objectProperty, tsStringValue } from '../ast/typescript.js';
import { defineRule } from '../define.js';
import { splitCommandLine, unpinnedLaunch, unpinnedMessage } from './support/package-pin.js';
import { spanOf } from '../ast/span.js';

const CONFIG_FILES = new Set(['mcp.json', '.mcp.json', 'claude_desktop_config.json', 'mcp_config.json', 'mcp_settings.json']);
const LAUNCHERS = /\b(npx|uvx|docker|podman|bunx|pnpm|yarn|pipx|uv|bun)\b/;

type Report = (finding: { start: number; end: number; message: string; fingerprintContent: string }) => void;

function baseName(path: string): string {
  return path.split('/').pop() ?? path;
}

export const mcpUnpinnedServerCheck = defineRule(
  {
    id: 'security/mcp-unpinned-server',
    title: 'MCP server launched from an unpinned package',
    description:
      'A stdio MCP server is started with npx/uvx/docker run from a package or image without an exact version (`npx -y @scope/server`, `uvx server`, ' +
      '`image:latest`). The launcher fetches whatever was last published under that name on every start and runs it with the agent\'s environment and ' +
      'credentials, and its tool descriptions go straight into the model\'s context: a hijacked or typosquatted release becomes code execution and tool poisoning.',
    persona: 'secops',
    category: 'security',
    severity: 'warning',
    fixability: 'structural',
    tags: ['security', 'CWE-1104', 'CWE-829', 'LLM03:2025', 'ASI04'],
    remediation:
      'Pin the server: `npx -y @scope/server@1.4.2`, `uvx server==1.4.2` (or `uvx --from server==1.4.2 server`), `docker run image@sha256:<digest>`; ' +
      'update the pin deliberately after reviewing the release. The cockpit does not heal this: the right version or digest is the one you reviewed, ' +
      'which it cannot know offline, so a person picks and writes the pin.',
    docs: 'https://modelcontextprotocol.io/specification/2025-06-18/basic/security_best_practices',
    frameworks: ['mcp', 'openai-agents', 'google-adk', 'langchain', 'mastra', 'vercel-ai-sdk'],
    precision: 'high',
    securitySeverity: 6.5,
  },
  {
    appliesTo: (file) => file.language !== 'other' || CONFIG_FILES.has(baseName(file.path)),
    textHas: [LAUNCHERS],
    async run(context) {
      const { file } = context;
      if (file.language === 'other') {
        await scanConfig(file.text, context.report);
        return;
      }
      if (!/mcp|stdio/i.test(file.text)) return;
      const tree = await context.tree();
      if (!tree) return;
      if (file.language === 'python') scanPython(tree.rootNode, context.report);
      else scanTs(tree.rootNode, context.report);
    },
  },
);

function report(report: Report, where: string, command: string, args: Array<{ value: string; node: { start: number; end: number } }>, fallback: { start: number; end: number }): void {
  const unpinned = unpinnedLaunch(command, args.map((arg) => arg.value));
  if (!unpinned) return;
  const at = args[unpinned.index]?.node ?? fallback;
  report({ start: at.start, end: at.end, message: unpinnedMessage(unpinned, where), fingerprintContent: `${unpinned.launcher}|${unpinned.spec}` });
}

/** `StdioServerParameters(command="npx", args=[...])`, and `{"command": "npx", "args": [...]}` dicts (MCPServerStdio params, MultiServerMCPClient). */
function scanPython(root: SyntaxNode, sink: Report): void {
  for (const call of root.descendantsOfType('call')) {
    const command = stringValue(keywordArgument(call, 'command'));
    if (!command) continue;
    const argsNode = keywordArgument(call, 'args');
    pythonLaunch(sink, `${calleeText(call)}(command="${command}")`, command, argsNode, call);
  }
  for (const dict of root.descendantsOfType('dictionary')) {
    const command = stringValue(dictValue(dict, 'command'));
    if (!command) continue;
    pythonLaunch(sink, `MCP server config {"command": "${command}"}`, command, dictValue(dict, 'args'), dict);
  }
}

function pythonLaunch(sink: Report, where: string, command: string, argsNode: SyntaxNode | undefined, owner: SyntaxNode): void {
  if (argsNode && argsNode.type !== 'list') return;
  const items = argsNode?.namedChildren ?? [];
  // A non-literal argument (variable, f-string) can hide the version: only judge fully literal lists.
  const values = items.map((item) => stringValue(item));
  if (values.some((value) => value === undefined)) return;
  if (!argsNode) {
    const split = splitCommandLine(command);
    if (split && split.args.length > 0) report(sink, where, split.command, split.args.map((value) => ({ value, node: spanOf(owner) })), spanOf(owner));
    return;
  }
  report(sink, where, command, items.map((item, index) => ({ value: values[index]!, node: spanOf(item) })), spanOf(owner));
}

/** `new StdioClientTransport({ command, args })`, `new MCPServerStdio({ fullCommand })`, Mastra `servers: { x: { command, args } }`. */
function scanTs(root: SyntaxNode, sink: Report): void {
  for (const object of root.descendantsOfType('object')) {
    const fullCommand = tsStringValue(objectProperty(object, 'fullCommand'));
    if (fullCommand) {
      const split = splitCommandLine(fullCommand);
      const node = objectProperty(object, 'fullCommand')!;
      if (split) report(sink, `MCP server fullCommand '${split.command} ...'`, split.command, split.args.map((value) => ({ value, node: spanOf(node) })), spanOf(node));
      continue;
    }
    const command = tsStringValue(objectProperty(object, 'command'));
    const argsNode = objectProperty(object, 'args');
    if (!command || argsNode?.type !== 'array') continue;
    const items = argsNode.namedChildren.filter((child) => child.type !== 'comment');
    const values = items.map((item) => tsStringValue(item));
    if (values.some((value) => value === undefined)) continue;
    report(sink, `MCP stdio server { command: '${command}' }`, command, items.map((item, index) => ({ value: values[index]!, node: spanOf(item) })), spanOf(object));
  }
}

/** mcp.json / claude_desktop_config.json: `{"mcpServers": {"name": {"command": "npx", "args": [...]}}}` (VS Code uses `servers`). */
async function scanConfig(text: string, sink: Report): Promise<void> {
  // The YAML parser (it reads JSON too) loads only when an MCP client config is there to read.
  const { isMap, isScalar, isSeq, parseDocument } = await import('yaml');
  let document;
  try {
    document = parseDocument(text);
  } catch {
    return;
  }
  if (document.errors.length > 0) return;
  const contents = document.contents;
  if (!isMap(contents)) return;
  for (const key of ['mcpServers', 'servers']) {
    const servers = contents.get(key, true);
    if (!isMap(servers)) continue;
    for (const pair of servers.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : '?';
      const server = pair.value;
      if (!isMap(server)) continue;
      const commandNode = server.get('command', true);
      if (!isScalar(commandNode) || typeof commandNode.value !== 'string') continue;
      const argsNode = server.get('args', true);
      const args: Array<{ value: string; node: { start: number; end: number } }> = [];
      if (isSeq(argsNode)) {
        for (const item of argsNode.items) {
          if (!isScalar(item) || typeof item.value !== 'string') return;
          args.push({ value: item.value, node: scalarRange(item) });
        }
      }
      const where = `MCP server '${name}'`;
      if (args.length === 0) {
        const split = splitCommandLine(commandNode.value);
        if (split) report(sink, where, split.command, split.args.map((value) => ({ value, node: scalarRange(commandNode) })), scalarRange(commandNode));
        continue;
      }
      report(sink, where, commandNode.value, args, scalarRange(commandNode));
    }
  }
}

function scalarRange(node: Scalar): { start: number; end: number } {
  const [start, end] = node.range ?? [0, 0];
  return { start, end };
}
