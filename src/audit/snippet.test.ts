import { describe, expect, it } from 'vitest';
import { redactedLine } from './snippet.js';

describe('redactedLine', () => {
  const text = 'a = 1\nkey = "SECRETSECRET" + "OTHERSECRET"\nb = 2\n';
  const lineStart = text.indexOf('key');
  const lineEnd = text.indexOf('\nb');
  const first = { start: text.indexOf('SECRETSECRET'), end: text.indexOf('SECRETSECRET') + 12, replacement: 'SE…(12 chars)' };
  const second = { start: text.indexOf('OTHERSECRET'), end: text.indexOf('OTHERSECRET') + 11, replacement: 'OT…(11 chars)' };

  it('masks every sensitive span on the line, not only the finding\'s own', () => {
    const line = redactedLine(text, lineStart, lineEnd, [first, second], first.start);
    expect(line).toBe('key = "SE…(12 chars)" + "OT…(11 chars)"');
  });

  it('masks the part of a multi-line span that falls on the line', () => {
    const pem = 'k = """-----BEGIN KEY-----\nMIIEv\n-----END KEY-----"""\n';
    const span = { start: pem.indexOf('-----BEGIN'), end: pem.indexOf('"""\n', 5), replacement: '[key]' };
    expect(redactedLine(pem, 0, pem.indexOf('\n'), [span], span.start)).toBe('k = """[key]');
    const second = pem.indexOf('\n') + 1;
    expect(redactedLine(pem, second, pem.indexOf('\n', second), [span], span.start)).toBe('[key]');
  });

  it('cuts long lines around the finding', () => {
    const long = `${'x'.repeat(500)}TOKEN${'y'.repeat(500)}`;
    const at = long.indexOf('TOKEN');
    const line = redactedLine(long, 0, long.length, [{ start: at, end: at + 5, replacement: '[t]' }], at);
    expect(line).toContain('[t]');
    expect(line.length).toBeLessThanOrEqual(202);
    expect(line.startsWith('…')).toBe(true);
  });
});
