import path from 'node:path';
import type { Command } from 'commander';
import { resolveSettings } from '../../config/settings.js';
import { TOOL_NAMES } from '../../mcp/tools.js';
import { serveStdio } from '../../mcp/server.js';
import { TOOL_VERSION } from '../../version.js';
import type { CliIo } from '../io.js';
import { displayRoot, requireDirectory } from './report.js';

interface McpFlags {
  root?: string;
}

/** `ops mcp`: the MCP server over stdio; returns 0 when the client disconnects. */
export async function runMcp(flags: McpFlags, io: CliIo, streams: Pick<Parameters<typeof serveStdio>[0], 'stdin' | 'stdout'> = {}): Promise<number> {
  const given = flags.root ?? '.';
  const root = path.resolve(io.cwd, given);
  await requireDirectory(root, given);
  const settings = resolveSettings({}, io.env);
  // stderr only: stdout belongs to the protocol.
  io.stderr(`ops mcp: serving ${TOOL_NAMES.join(', ')} over stdio (root: ${displayRoot(root, io.cwd)})\n`);
  await serveStdio({ root, settings, ...streams });
  return 0;
}

export function registerMcp(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('mcp')
    .description('serve the audit as Model Context Protocol tools over stdio, so coding agents can check their own work')
    .option('--root <dir>', 'the folder tools may read; every tool path is relative to it and may not leave it (default: the current folder)')
    .addHelpText(
      'after',
      `
Tools (all read-only; nothing is written, not even the evidence lake):
  audit_agent      { path }                                   verdict, exit code, counts and findings of one agent
  audit_workspace  { path?, shard? }                          fleet verdict, Persona Matrix and one verdict per agent
  list_findings    { path, severity?, rule?, persona?, limit? } an agent's findings, filtered
  explain_rule     { ruleId }                                 what a rule detects, why, and how to fix it
  preview_heal     { path, force? }                           the one-click fixes as redacted unified diffs

Register it in an MCP client. npx --package=agentops-cockpit@${TOOL_VERSION} runs that version from the project
it starts in when installed there, else fetches exactly that version (pinned, as security/mcp-unpinned-server
asks of every MCP server). VS Code (.vscode/mcp.json):
  { "servers": { "agentops-cockpit": { "type": "stdio", "command": "npx",
      "args": ["--package=agentops-cockpit@${TOOL_VERSION}", "--", "ops", "mcp", "--root", "\${workspaceFolder}"] } } }

Claude Desktop (claude_desktop_config.json; it starts servers outside your project, so give --root):
  { "mcpServers": { "agentops-cockpit": { "command": "npx",
      "args": ["--package=agentops-cockpit@${TOOL_VERSION}", "--", "ops", "mcp", "--root", "/absolute/path/to/repo"] } } }

With a global install (npm i -g agentops-cockpit) use "command": "ops", "args": ["mcp", "--root", "..."].
Plain \`npx ops mcp\` works only inside a project that has the cockpit installed; elsewhere npx would
look for an unrelated package named \`ops\`.

stdout carries protocol messages only; the startup line and any diagnostics go to stderr. See docs/MCP.md.`,
    )
    .action(async (flags: McpFlags) => {
      setExitCode(await runMcp(flags, io));
    });
}
