import { describe, expect, it } from 'vitest';
import { pem } from '../secrets/catalog/sample-tokens.js';
import { keyBlocks } from '../secrets/key-blocks.js';
import { redactedUnifiedDiff } from './redacted-diff.js';

const KEY = pem('redacted-diff', 'EC PRIVATE KEY', 300);
const BODY = KEY.split('\n').slice(1, -1);

function changed(text: string): string {
  return text.replace('requests.get("https://x.internal")', 'requests.get("https://x.internal", timeout=30)');
}

describe('redactedUnifiedDiff', () => {
  it('masks every line of a key block the context reaches, and only those', () => {
    const before = `KEY = """${KEY}"""\nr = requests.get("https://x.internal")\n# after\n`;
    const diff = redactedUnifiedDiff('k.py', before, changed(before));
    for (const line of BODY) expect(diff).not.toContain(line);
    expect(diff).toContain('\n …\n …\n …"""\n-r = requests.get("https://x.internal")\n+r = requests.get("https://x.internal", timeout=30)\n # after\n');
  });

  it('masks a key with no END line yet, as far as its lines look like key material', () => {
    const cut = KEY.split('\n').slice(0, 4).join('\n');
    const before = `NOTES = """\n${cut}\n"""\nr = requests.get("https://x.internal")\n`;
    const diff = redactedUnifiedDiff('k.py', before, changed(before));
    for (const line of BODY.slice(0, 3)) expect(diff).not.toContain(line);
    expect(diff).toContain('\n """\n');
  });

  it('masks a key written on one line with \\n escapes from its start', () => {
    const before = `KEY = "${KEY.replaceAll('\n', '\\n')}"\nr = requests.get("https://x.internal")\n`;
    const diff = redactedUnifiedDiff('k.py', before, changed(before));
    expect(diff).toContain(' KEY = "-----BEGIN EC PRIVATE KEY-----…');
    for (const line of BODY) expect(diff).not.toContain(line);
  });

  it('leaves a diff with nothing sensitive exactly as a plain unified diff', () => {
    const before = 'import requests\r\nr = requests.get("https://x.internal")\r\n';
    expect(redactedUnifiedDiff('k.py', before, changed(before))).toBe(
      '===================================================================\n--- a/k.py\t\n+++ b/k.py\t\n@@ -1,2 +1,2 @@\n import requests\r\n-r = requests.get("https://x.internal")\r\n+r = requests.get("https://x.internal", timeout=30)\r\n',
    );
  });
});

describe('keyBlocks', () => {
  it('finds PEM and PuTTY blocks, and a BEGIN marker in code only as far as its own line', () => {
    const code = 'if pem.startswith("-----BEGIN OPENSSH PRIVATE KEY-----"):\n    return parse(pem)\n';
    expect(keyBlocks(code)).toEqual([{ start: code.indexOf('-----BEGIN'), end: code.indexOf('\n') }]);
    const putty = 'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPrivate-Lines: 1\nAAAAIFmZ2Jx3dGVzdGtleWJvZHk=\nPrivate-MAC: 0a1b2c\nnext = 1\n';
    expect(keyBlocks(putty)).toEqual([{ start: 0, end: putty.indexOf('\nnext') }]);
  });
});
