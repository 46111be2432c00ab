import { describe, expect, it } from 'vitest';
import { firstSentence } from './first-sentence.js';

describe('firstSentence', () => {
  it('ends at the first full stop followed by white space', () => {
    expect(firstSentence('Set a timeout. Then retry.')).toBe('Set a timeout.');
  });

  it('is the whole text when there is no sentence break', () => {
    expect(firstSentence('Set a timeout')).toBe('Set a timeout');
    expect(firstSentence('Set a timeout.')).toBe('Set a timeout.');
  });

  it('never cuts at "e.g.", "i.e." or "etc."', () => {
    expect(firstSentence('Pass `timeout=` on every call, e.g. `requests.get(url, timeout=30)`. Retries help too.')).toBe(
      'Pass `timeout=` on every call, e.g. `requests.get(url, timeout=30)`.',
    );
    expect(firstSentence('Use one key per service, i.e. rotate them apart. More.')).toBe('Use one key per service, i.e. rotate them apart.');
    expect(firstSentence('Move keys, tokens etc. to a vault. Then rotate.')).toBe('Move keys, tokens etc. to a vault.');
  });

  it('does not end a sentence inside inline code', () => {
    expect(firstSentence('Call `client. close()` when done. Always.')).toBe('Call `client. close()` when done.');
  });
});
