import { describe, expect, it } from 'vitest';
import { B64URL, rand } from './catalog/sample-tokens.js';
import { redactedErrorLine, redactText } from './sensitive-spans.js';

/** Built at run time, so no live-looking key is written in the repository. */
const KEY = `sk-proj-${rand('redact text key', 156, B64URL)}`;

describe('redactText', () => {
  it('masks a key in an error line and keeps the words around it', () => {
    const shown = redactText(`request failed with key ${KEY}: 401`);
    expect(shown).toBe('request failed with key sk-proj-…(164 chars): 401');
  });

  it('masks a card number a client typed', () => {
    expect(redactText('no agent named 4929 3813 3266 4295')).not.toContain('3813 3266');
  });

  it('leaves text with nothing sensitive as it is', () => {
    expect(redactText('agents/billing: no such file or directory')).toBe('agents/billing: no such file or directory');
  });
});

describe('redactedErrorLine', () => {
  it('keeps the first line only, redacted', () => {
    expect(redactedErrorLine(new Error(`bad token ${KEY}\n    at stack (x.js:1:1)`))).toBe('bad token sk-proj-…(164 chars)');
  });
});
