import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { isJSONRPCResultResponse, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { redactDiff } from '../heal/heal.js';

/** One line, redacted: how a model best reads an error, whoever wrote it. */
function oneLine(text: string): string {
  const joined = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('; ');
  return redactDiff(joined, 'error');
}

/**
 * Tool errors the SDK writes itself (argument validation lists one issue per line) get the same
 * one-line form as the cockpit's own; every other message passes through untouched.
 */
export function oneLineToolErrors(message: JSONRPCMessage): JSONRPCMessage {
  if (!isJSONRPCResultResponse(message) || message.result['isError'] !== true) return message;
  const content = message.result['content'];
  if (!Array.isArray(content)) return message;
  const flattened = content.map((part: unknown) =>
    typeof part === 'object' && part !== null && (part as { type?: unknown }).type === 'text' && typeof (part as { text?: unknown }).text === 'string'
      ? { ...part, text: oneLine((part as { text: string }).text) }
      : part,
  );
  return { ...message, result: { ...message.result, content: flattened } };
}

/** The SDK's stdio transport with tool errors kept to one line. */
export class CockpitStdioTransport extends StdioServerTransport {
  override send(message: JSONRPCMessage): Promise<void> {
    return super.send(oneLineToolErrors(message));
  }
}
