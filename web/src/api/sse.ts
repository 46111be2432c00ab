import { authToken } from './client.js';

export interface SseMessage {
  event: string;
  data: string;
}

/**
 * Reads a Server-Sent Events stream with fetch instead of EventSource, because EventSource cannot
 * send the Authorization header a token-protected server needs. Resolves when the stream ends.
 */
export async function readEventStream(path: string, onMessage: (message: SseMessage) => void, signal: AbortSignal): Promise<void> {
  const token = authToken();
  const response = await fetch(path, {
    headers: { Accept: 'text/event-stream', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    signal,
  });
  if (!response.ok || !response.body) throw new Error(`event stream: ${response.status} ${response.statusText}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value.replace(/\r\n?/g, '\n');
    let boundary = buffer.indexOf('\n\n');
    while (boundary !== -1) {
      const block = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary + 2);
      const message = parseBlock(block);
      if (message) onMessage(message);
      boundary = buffer.indexOf('\n\n');
    }
  }
}

/** One SSE block: `event:` names it (default `message`), `data:` lines join with newlines, comments skip. */
function parseBlock(block: string): SseMessage | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length > 0 ? { event, data: data.join('\n') } : null;
}
