import type { Readable, Writable } from 'node:stream';
import { deserializeMessage, serializeMessage } from '@modelcontextprotocol/sdk/shared/stdio.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { isJSONRPCResultResponse, type JSONRPCMessage, type RequestId } from '@modelcontextprotocol/sdk/types.js';
import { redactText } from '../secrets/sensitive-spans.js';
import { LineReader } from './lines.js';

/**
 * The largest JSON-RPC message `ops mcp` reads. The tools take a path, a rule id and a few filters,
 * so a real call is a few hundred bytes; the SDK's own stdio transport closes the whole session on
 * a message of 10 MB, so a larger one is skipped here and answered with an error instead.
 */
export const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

/** One line, redacted: how a model best reads an error, whoever wrote it. */
function oneLine(text: string): string {
  const joined = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('; ');
  return redactText(joined);
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

const ID_VALUE = String.raw`(-?\d{1,15}|"[^"\\]{0,200}")`;
/** `{"jsonrpc":"2.0","id":7,…`: the id among the first keys of the object. */
const ID_AT_HEAD = new RegExp(String.raw`^\s*\{(?:\s*"(?:jsonrpc|method)"\s*:\s*"[^"\\]{0,100}"\s*,)*\s*"id"\s*:\s*${ID_VALUE}`);
/** `…,"id":7}`: the id as the last key (the SDK's client writes it there); one brace, so not a nested object's. */
const ID_AT_TAIL = new RegExp(String.raw`[,{]\s*"id"\s*:\s*${ID_VALUE}\s*\}\s*$`);

/** The request id of a message that was not read whole, when its first or last bytes show it. */
export function guessRequestId(head: string, tail: string): RequestId | undefined {
  const found = ID_AT_HEAD.exec(head)?.[1] ?? ID_AT_TAIL.exec(tail)?.[1];
  if (found === undefined) return undefined;
  return found.startsWith('"') ? found.slice(1, -1) : Number(found);
}

function errorResponse(id: RequestId | undefined, code: number, message: string): JSONRPCMessage {
  return { jsonrpc: '2.0', ...(id !== undefined ? { id } : {}), error: { code, message } };
}

/**
 * The MCP stdio transport (newline-delimited JSON-RPC) with the cockpit's limits: a message over
 * `maxMessageBytes` is skipped without being buffered and answered with a JSON-RPC error, and a
 * line that is not JSON-RPC gets an error too; neither ends the session. Error texts never quote
 * the message, which may hold a secret. Tool errors are kept to one line.
 */
export class CockpitStdioTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  private readonly reader: LineReader;
  private started = false;
  private closed = false;

  constructor(
    private readonly stdin: Readable,
    private readonly stdout: Writable,
    private readonly log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
    maxMessageBytes = MAX_MESSAGE_BYTES,
  ) {
    this.reader = new LineReader(maxMessageBytes);
  }

  private readonly onData = (chunk: Buffer | string): void => {
    for (const event of this.reader.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk)) {
      if (event.kind === 'line') this.receive(event.text);
      else this.refuseOversized(event.bytes, event.head, event.tail);
    }
  };

  private readonly onStreamError = (error: Error): void => {
    this.onerror?.(error);
  };

  private receive(line: string): void {
    if (line.trim() === '') return;
    let message: JSONRPCMessage;
    try {
      message = deserializeMessage(line);
    } catch (error) {
      // Neither text quotes the line: JSON.parse's own message shows a piece of it.
      const isJson = !(error instanceof SyntaxError) && parsesAsJson(line);
      const id = isJson ? guessRequestId(line.slice(0, 1024), '') : undefined;
      const [code, text] = isJson ? [-32600, 'Invalid Request: not a JSON-RPC 2.0 message'] : [-32700, 'Parse error: the line is not JSON'];
      this.log(`ops mcp: ${text.toLowerCase()}; skipped`);
      void this.send(errorResponse(id, code, text));
      return;
    }
    this.onmessage?.(message);
  }

  private refuseOversized(bytes: number, head: string, tail: string): void {
    const limit = `${this.reader.maxLineBytes / (1024 * 1024)} MB`;
    const text = `Invalid Request: the message is over the ${limit} limit of ops mcp (${bytes} bytes); it was not read`;
    this.log(`ops mcp: skipped a message of ${bytes} bytes, over the ${limit} limit`);
    void this.send(errorResponse(guessRequestId(head, tail), -32600, text));
  }

  async start(): Promise<void> {
    if (this.started) throw new Error('CockpitStdioTransport already started');
    this.started = true;
    this.stdin.on('data', this.onData);
    this.stdin.on('error', this.onStreamError);
  }

  send(message: JSONRPCMessage): Promise<void> {
    return new Promise((resolve) => {
      if (this.stdout.write(serializeMessage(oneLineToolErrors(message)))) resolve();
      else this.stdout.once('drain', resolve);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stdin.off('data', this.onData);
    this.stdin.off('error', this.onStreamError);
    if (this.stdin.listenerCount('data') === 0) this.stdin.pause();
    this.onclose?.();
  }
}

function parsesAsJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}
