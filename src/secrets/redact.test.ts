import { describe, expect, it } from 'vitest';
import { SECRET_DETECTORS } from './catalog/index.js';
import { redactedLine } from '../audit/snippet.js';
import { ALNUM, B64URL, pem, ppk, rand } from './catalog/sample-tokens.js';
import { redactLine, redactSecret } from './redact.js';
import { samplePath, sampleText } from './samples.js';
import { scanSecrets } from './scan.js';

/** The characters a redaction shows before the ellipsis. */
function shownPrefix(redacted: string): string {
  return redacted.slice(0, redacted.indexOf('…'));
}

describe('redactSecret', () => {
  it('keeps the provider prefix and the length', () => {
    const key = `sk-proj-${rand('r-proj', 156, B64URL)}`;
    expect(redactSecret(key)).toBe('sk-proj-…(164 chars)');
    expect(redactSecret(`ghp_${rand('r-ghp', 36, ALNUM)}`)).toBe('ghp_…(40 chars)');
    expect(redactSecret(`AKIA${rand('r-akia', 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`)).toBe('AKIA…(20 chars)');
    expect(redactSecret(`xoxb-123456789012-1234567890123-${rand('r-xoxb', 24, ALNUM)}`)).toBe('xoxb-…(56 chars)');
    expect(redactSecret(`hf_${rand('r-hf', 34, ALNUM)}`)).toBe('hf_…(37 chars)');
  });

  it('shows at most 4 characters, and never more than a quarter, when there is no known prefix', () => {
    expect(redactSecret('Zq7pR2mXw9Lk4vB8')).toBe('Zq7p…(16 chars)');
    expect(redactSecret('Zq7pR2mX')).toBe('Zq…(8 chars)');
    expect(redactSecret('abc')).toBe('…(3 chars)');
    expect(redactSecret('')).toBe('…(0 chars)');
  });

  it('does not show a known prefix that would be more than a quarter', () => {
    expect(redactSecret('sk-proj-abcdefghij')).toBe('sk-p…(18 chars)');
  });

  it('keeps the PEM header of a private key', () => {
    const key = pem('r-pem', 'RSA PRIVATE KEY', 1580);
    const redacted = redactSecret(key);
    expect(redacted).toBe(`-----BEGIN RSA PRIVATE KEY-----…(${key.length} chars)`);
  });

  it('hides only the password of a URL', () => {
    const password = rand('r-url', 18, ALNUM);
    expect(redactSecret(`postgres://app:${password}@db.internal:5432/prod`)).toBe('postgres://app:…(18 chars)@db.internal:5432/prod');
    expect(redactSecret(`https://ci:${password}@git.acme.dev`)).toBe('https://ci:…(18 chars)@git.acme.dev');
  });
});

describe('redactLine', () => {
  it('replaces every span, in any order, and merges overlaps', () => {
    const a = `ghp_${rand('rl-a', 36, ALNUM)}`;
    const b = `sk-proj-${rand('rl-b', 60, B64URL)}`;
    const line = `A=${a} B=${b}`;
    const spans = [
      { start: line.indexOf(b), end: line.indexOf(b) + b.length },
      { start: 2, end: 2 + a.length },
      { start: 4, end: 10 },
    ];
    expect(redactLine(line, spans)).toBe('A=ghp_…(40 chars) B=sk-proj-…(68 chars)');
  });

  it('shows nothing of a password span inside a URL', () => {
    const password = rand('rl-pw', 18, ALNUM);
    const line = `url = "https://ci:${password}@git.acme.dev/x.git"`;
    const start = line.indexOf(password);
    expect(redactLine(line, [{ start, end: start + password.length }])).toBe('url = "https://ci:…(18 chars)@git.acme.dev/x.git"');
  });

  it('ignores empty and out-of-range spans', () => {
    expect(redactLine('token', [{ start: 3, end: 3 }, { start: 10, end: 20 }])).toBe('token');
  });
});

describe('no redaction leaks the secret', () => {
  const cases = SECRET_DETECTORS.flatMap((d) => d.samples.fire.map((sample) => [d.id, sampleText(sample), samplePath(sample)] as const));
  it.each(cases)('%s: %s', (_id, line, path) => {
    const matches = scanSecrets(line, path);
    expect(matches.length).toBeGreaterThan(0);
    const redactedLine = redactLine(line, matches);
    for (const m of matches) {
      const redacted = redactSecret(m.secret);
      expect(redacted).not.toContain(m.secret);
      expect(redactedLine).not.toContain(m.secret);
      const url = /^[a-z][a-z0-9+.-]*:\/\/[^\s:@/]*:([^\s@/]+)@/i.exec(m.secret);
      if (url) {
        // URL: user and host stay readable, the password disappears entirely.
        expect(redacted).not.toContain(url[1]);
        expect(redacted).toContain(`:…(${url[1]!.length} chars)@`);
        continue;
      }
      expect(redacted).toContain(`(${m.secret.length} chars)`);
      if (!m.secret.startsWith('-----BEGIN')) {
        expect(shownPrefix(redacted).length).toBeLessThanOrEqual(m.secret.length / 4);
      }
    }
  });
});

describe('multi-line key blocks', () => {
  const blocks = [
    ['PEM', `# deploy key\n${pem('r-multi-pem', 'RSA PRIVATE KEY', 900)}\n`],
    ['PuTTY', `${ppk('r-multi-ppk', 3, 'ssh-ed25519')}\n`],
    ['YAML token', `users:\n- name: ci\n  user:\n    token: ${rand('r-kube', 48, ALNUM)}\ncurrent-context: prod\n`],
  ] as const;

  it.each(blocks)('%s: every line the secret touches is masked in snippets', (_kind, text) => {
    const sensitive = scanSecrets(text).map((m) => ({ start: m.start, end: m.end, replacement: redactSecret(m.secret) }));
    expect(sensitive.length).toBe(1);
    const { start, end } = sensitive[0]!;
    let lineStart = 0;
    for (const line of text.split('\n')) {
      const lineEnd = lineStart + line.length;
      const shown = redactedLine(text, lineStart, lineEnd, sensitive, lineStart);
      if (lineEnd > start && lineStart < end) {
        // Past the header line (which the redaction names on purpose), no line of the body shows, public or private.
        const inside = text.slice(Math.max(start, lineStart), Math.min(end, lineEnd));
        if (lineStart > start && inside.length >= 8) expect(shown).not.toContain(inside);
        expect(shown).toContain(sensitive[0]!.replacement);
      } else {
        expect(shown).toBe(line);
      }
      lineStart = lineEnd + 1;
    }
  });

  it('names the kind of a PuTTY or SSH.com key and nothing of its body', () => {
    const key = ppk('r-ppk-name', 2);
    expect(redactSecret(key)).toBe(`PuTTY-User-Key-File-2: ssh-rsa…(${key.length} chars)`);
  });
});
