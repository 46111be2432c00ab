import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Settings } from '../../config/settings.js';
import { redactText } from '../../secrets/sensitive-spans.js';
import { CockpitError, errorMessage } from '../../util/errors.js';

/** What every tool is registered with (src/mcp/tools.ts). */
export interface ToolContext {
  /** Absolute; every `path` argument is resolved against it and must stay inside it. */
  root: string;
  settings: Settings;
}

/** Every tool only reads: the hints let clients run them without asking for confirmation. */
export const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

/**
 * A failed call is a tool error the model can read and act on: one line, never a stack, and run
 * through the same redaction as heal diffs, since a message may echo what the caller sent.
 */
function toolError(error: unknown): CallToolResult {
  const first = errorMessage(error).split('\n')[0]?.trim() || 'unknown error';
  const text = error instanceof CockpitError ? first : `internal error: ${first}`;
  return { isError: true, content: [{ type: 'text', text: redactText(text) }] };
}

/** A tool's answer: the text a model reads, and the same facts as structured content for its output schema. */
export function result(text: string, structured: Record<string, unknown>): CallToolResult {
  return { content: [{ type: 'text', text }], structuredContent: structured };
}

/** Runs a tool's body, turning anything it throws into a one-line tool error. */
export async function guarded(run: () => Promise<CallToolResult>): Promise<CallToolResult> {
  try {
    return await run();
  } catch (error) {
    return toolError(error);
  }
}
