import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ALNUM, B64URL, HEX, pem, rand } from './catalog/sample-tokens.js';
import { scanSecrets } from './scan.js';

const projectKey = `sk-proj-${rand('s-proj-a', 74, B64URL)}T3BlbkFJ${rand('s-proj-b', 74, B64URL)}`;

describe('scanSecrets', () => {
  it('returns nothing for empty or secret-free text', () => {
    expect(scanSecrets('')).toEqual([]);
    expect(scanSecrets('def add(a: int, b: int) -> int:\n    return a + b\n')).toEqual([]);
  });

  it('lets the specific detector win over the generic one on the same span', () => {
    const line = `OPENAI_API_KEY="${projectKey}"`;
    expect(scanSecrets(line)).toEqual([{ detectorId: 'openai-project-key', start: 16, end: 16 + projectKey.length, secret: projectKey }]);
  });

  it('keeps the generic detector quiet where a specific one rejected a placeholder', () => {
    expect(scanSecrets('OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')).toEqual([]);
    expect(scanSecrets(`MISTRAL_API_KEY=${'ab'.repeat(16)}`)).toEqual([]);
  });

  it('prefers the GCP service-account detector over the bare PEM block inside it', () => {
    const line = `"private_key": "${pem('s-gcp', 'PRIVATE KEY', 1200, '\\n')}\\n",`;
    expect(scanSecrets(line).map((m) => m.detectorId)).toEqual(['gcp-service-account-key']);
  });

  it('prefers a provider token over the URL that carries it', () => {
    const token = `glpat-${rand('s-glpat', 20, B64URL)}`;
    const found = scanSecrets(`git remote add origin https://oauth2:${token}@gitlab.acme.dev/team/repo.git`);
    expect(found.map((m) => [m.detectorId, m.secret])).toEqual([['gitlab-pat', token]]);
  });

  it('returns matches sorted by start, without overlaps, across a whole file', () => {
    const text = [
      '# settings.py',
      `OPENAI_API_KEY = "${projectKey}"`,
      `DATABASE_URL = "postgresql://svc:${rand('s-db', 16, ALNUM)}@db.prod.internal:5432/app"`,
      `STRIPE_KEY = "sk_live_${rand('s-stripe', 32, ALNUM)}"`,
      `session_secret = "${rand('s-gen', 40, ALNUM)}"`,
      `DD_API_KEY = "${rand('s-dd', 32, HEX)}"`,
      'api_key = os.environ["OTHER_KEY"]',
      `GITHUB_TOKEN = "ghp_${rand('s-ghp', 36, ALNUM)}"`,
    ].join('\n');
    const found = scanSecrets(text);
    expect(found.map((m) => m.detectorId)).toEqual([
      'openai-project-key',
      'database-url-password',
      'stripe-secret-key',
      'generic-secret-assignment',
      'datadog-api-key',
      'github-pat',
    ]);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.secret);
  });

  it('is deterministic and reusable across calls (regex state is reset)', () => {
    const text = `A=ghp_${rand('s-det', 36, ALNUM)}`;
    expect(scanSecrets(text)).toEqual(scanSecrets(text));
    expect(scanSecrets(`x\n${text}`)[0]?.start).toBe(4);
  });

  it('survives pathological input quickly (no catastrophic backtracking)', () => {
    const inputs = [
      `api_key = "${'a'.repeat(50_000)}`,
      `password: ${'x: '.repeat(20_000)}`,
      `-----BEGIN RSA PRIVATE KEY-----${'A'.repeat(60_000)}`,
      `eyJ${'a'.repeat(30_000)}.eyJ${'b'.repeat(30_000)}`,
      `postgres://${'u'.repeat(10_000)}:${'p'.repeat(10_000)}`,
      `token=${'ab/'.repeat(20_000)}`,
      `${'sk-'.repeat(20_000)}`,
      `mistral_key${'.('.repeat(20_000)}`,
      `machine ${'machine login '.repeat(10_000)}`,
      `${'//a/:_authToken='.repeat(10_000)}`,
      `{"auths": {${'"auth": "'.repeat(10_000)}`,
      `PuTTY-User-Key-File-3: ssh-rsa\n${'Private-Lines: 1\n'.repeat(5_000)}`,
      `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----${'-'.repeat(60_000)}`,
      `kind: Config\nusers:\n${'  token: '.repeat(20_000)}`,
      `define('AUTH_KEY', '${"'".repeat(30_000)}`,
      `secret_key_base: ${'a'.repeat(60_000)}`,
    ];
    /** Credential files the name-scoped detectors read, with lines built to backtrack. */
    const files: Array<[string, string]> = [
      ['.pgpass', `${'a:'.repeat(30_000)}\n${'\\:'.repeat(30_000)}`],
      ['.htpasswd', `${'u:$apr1$'.repeat(20_000)}`],
      ['.git-credentials', `https://${'u:'.repeat(20_000)}@`],
      ['.pypirc', `password = ${' x'.repeat(30_000)}`],
      ['config/master.key', `${'0'.repeat(60_000)}`],
    ];
    for (const [input, path] of [...inputs.map((text) => [text, undefined] as const), ...files.map(([path, text]) => [text, path] as const)]) {
      const t0 = performance.now();
      scanSecrets(input, path);
      expect(performance.now() - t0).toBeLessThan(2_000);
    }
  });
});

describe('throughput (prints MB/s, asserts nothing about speed)', () => {
  /** Ordinary agent code: env lookups, tokens, URLs and keys everywhere, but no secret. */
  function ordinaryCode(bytes: number): string {
    const block = [
      'import os',
      'from openai import OpenAI',
      '',
      'API_KEY = os.environ["OPENAI_API_KEY"]',
      'client = OpenAI(api_key=API_KEY, base_url="https://api.acme.dev/v1")',
      'def get_token(session, scope: str) -> str:',
      '    """Return a bearer token for the tool call."""',
      '    token = session.fetch_token(scope=scope)',
      '    headers = {"Authorization": f"Bearer {token}", "X-Request-Id": request_id}',
      '    return token',
      '',
      'export async function callTool(name: string, args: Record<string, unknown>) {',
      '  const apiKey = process.env.TOOL_API_KEY ?? "";',
      '  const res = await fetch(`${BASE_URL}/tools/${name}`, { method: "POST", headers: { "x-api-key": apiKey } });',
      '  if (!res.ok) throw new Error(`tool ${name} failed: ${res.status}`);',
      '  return (await res.json()) as ToolResult;',
      '}',
      'max_tokens: 1024',
      'password_field: "password"',
      '',
    ].join('\n');
    return block.repeat(Math.ceil(bytes / block.length));
  }

  function measure(label: string, text: string): number {
    scanSecrets(text.slice(0, 10_000)); // warm up
    let best = Infinity;
    let findings = 0;
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      findings = scanSecrets(text).length;
      best = Math.min(best, performance.now() - t0);
    }
    const mbps = text.length / 1e6 / (best / 1000);
    console.log(`[secrets] ${label}: ${(text.length / 1e6).toFixed(1)} MB in ${best.toFixed(0)} ms = ${mbps.toFixed(0)} MB/s, ${findings} findings`);
    return findings;
  }

  it('scans synthetic agent code', () => {
    expect(measure('synthetic agent code', ordinaryCode(4_000_000))).toBe(0);
  });

  it('scans a large real-world JavaScript file', () => {
    const require = createRequire(import.meta.url);
    const text = readFileSync(require.resolve('typescript/lib/typescript.js'), 'utf8');
    measure('typescript.js', text);
  });
});
