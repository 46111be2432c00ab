import type { Readable, Writable } from 'node:stream';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { registerCockpitTools, type ToolContext } from './tools.js';
import { CockpitStdioTransport } from './transport.js';

const INSTRUCTIONS =
  'AgentOps Cockpit audits AI-agent code. Call audit_agent on the folder you changed to get the gate verdict ' +
  '(exit 0 pass, 1 hardcoded secret or personal data, 2 blocking policy finding) and the findings; list_findings ' +
  'filters them; explain_rule explains a rule id; preview_heal shows the one-click fixes as diffs without writing; ' +
  'audit_workspace gives the fleet view of a monorepo; list_triage lists the accepted risks and false positives people ' +
  "decided (and which still hold). Paths are relative to the server's root.";

/** The cockpit's MCP server with its tools registered, not yet connected to a transport. */
function createCockpitMcpServer(context: ToolContext): McpServer {
  const server = new McpServer({ name: TOOL_NAME, version: TOOL_VERSION }, { instructions: INSTRUCTIONS });
  registerCockpitTools(server, context);
  return server;
}

export interface StdioOptions extends ToolContext {
  stdin?: Readable;
  stdout?: Writable;
  /** Where one-line notes about skipped input go (default: stderr). */
  log?: (line: string) => void;
}

/**
 * Serves the tools over stdio until the client closes stdin (or the output pipe breaks). stdout
 * carries protocol messages only: anything that would print there is sent to stderr instead.
 */
export async function serveStdio(options: StdioOptions): Promise<void> {
  const stdin = options.stdin ?? process.stdin;
  const stdout = options.stdout ?? process.stdout;
  const restoreConsole = routeConsoleToStderr();
  const server = createCockpitMcpServer(options);
  const transport = new CockpitStdioTransport(stdin, stdout, options.log);
  const closed = new Promise<void>((resolve) => {
    server.server.onclose = () => resolve();
  });
  const close = () => {
    void server.close();
  };
  stdin.once('end', close);
  stdin.once('close', close);
  stdout.once('error', close); // EPIPE: the client went away
  try {
    await server.connect(transport);
    await closed;
  } finally {
    stdin.off('end', close);
    stdin.off('close', close);
    restoreConsole();
  }
}

/** A stray console.log from any library would corrupt the JSON-RPC stream on stdout. */
function routeConsoleToStderr(): () => void {
  const saved = { log: console.log, info: console.info, debug: console.debug };
  console.log = console.info = console.debug = (...args: unknown[]) => console.error(...args);
  return () => {
    console.log = saved.log;
    console.info = saved.info;
    console.debug = saved.debug;
  };
}
