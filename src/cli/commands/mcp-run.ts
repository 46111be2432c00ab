import path from 'node:path';
import { resolveSettings } from '../../config/settings.js';
import { TOOL_NAMES } from '../../mcp/tools.js';
import { serveStdio } from '../../mcp/server.js';
import type { CliIo } from '../io.js';
import { displayRoot, requireDirectory } from './common.js';

export interface McpFlags {
  config?: string;
  root?: string;
}

/** `ops mcp`: the MCP server over stdio; returns 0 when the client disconnects. */
export async function runMcp(flags: McpFlags, io: CliIo, streams: Pick<Parameters<typeof serveStdio>[0], 'stdin' | 'stdout'> = {}): Promise<number> {
  const given = flags.root ?? '.';
  const root = path.resolve(io.cwd, given);
  await requireDirectory(root, given);
  const settings = resolveSettings({ config: flags.config, cwd: io.cwd }, io.env);
  // stderr only: stdout belongs to the protocol.
  io.stderr(`ops mcp: serving ${TOOL_NAMES.join(', ')} over stdio (root: ${displayRoot(root, io.cwd)})\n`);
  await serveStdio({ root, settings, ...streams });
  return 0;
}
