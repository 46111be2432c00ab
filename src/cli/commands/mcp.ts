import type { Command } from 'commander';
import { TOOL_VERSION } from '../../version.js';
import type { CliIo } from '../io.js';
import type { McpFlags } from './mcp-run.js';
import { CONFIG_HELP } from './option-help.js';

export function registerMcp(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('mcp')
    .description('serve the audit as Model Context Protocol tools over stdio, so coding agents can check their own work')
    .option('-c, --config <file>', CONFIG_HELP)
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
  list_triage      { path?, fingerprint?, limit? }            triage decisions and revocations: who, when, why, until, state

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
      const { runMcp } = await import('./mcp-run.js');
      setExitCode(await runMcp(flags, io));
    });
}
