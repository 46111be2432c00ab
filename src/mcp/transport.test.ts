import { describe, expect, it } from 'vitest';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { oneLineToolErrors } from './transport.js';

describe('oneLineToolErrors', () => {
  it('joins the lines of a tool error into one', () => {
    const message: JSONRPCMessage = {
      jsonrpc: '2.0',
      id: 7,
      result: { isError: true, content: [{ type: 'text', text: 'Input validation error: bad severity\nToo small at limit\n' }] },
    };
    expect(oneLineToolErrors(message)).toEqual({
      jsonrpc: '2.0',
      id: 7,
      result: { isError: true, content: [{ type: 'text', text: 'Input validation error: bad severity; Too small at limit' }] },
    });
  });

  it('leaves successful results, requests and notifications untouched', () => {
    const success: JSONRPCMessage = { jsonrpc: '2.0', id: 1, result: { content: [{ type: 'text', text: 'a\nb' }] } };
    const notification: JSONRPCMessage = { jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 1, progress: 1 } };
    expect(oneLineToolErrors(success)).toBe(success);
    expect(oneLineToolErrors(notification)).toBe(notification);
  });
});
