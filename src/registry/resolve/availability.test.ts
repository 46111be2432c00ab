import { describe, expect, it } from 'vitest';
import { answers, blocksScope, classifyAnswer, credentialHint, describeAvailability, failsOver, fixFor, needsFailover, type Availability } from './availability.js';
import type { HttpResult } from './http.js';

const ok = (status: number, body = '', contentType = 'application/json'): HttpResult => ({ ok: true, status, contentType, body, elapsedMs: 1 });
const failed = (failure: Extract<HttpResult, { ok: false }>['failure'], detail: string): HttpResult => ({ ok: false, failure, detail, elapsedMs: 1 });
const context = { timeoutMs: 10_000 };
const PACKUMENT = JSON.stringify({ name: 'ai', versions: { '5.0.0': {} } });

describe('classifyAnswer: the one decision', () => {
  it.each<[string, HttpResult, Availability['kind'], string]>([
    ['a valid packument', ok(200, PACKUMENT), 'answered-found', 'found'],
    ['404', ok(404, '{"error":"not_found"}'), 'not-found', 'not found (404)'],
    ['410', ok(410), 'not-found', 'not found (410)'],
    ['401', ok(401), 'refused', 'refused (401)'],
    ['403', ok(403), 'refused', 'refused (403)'],
    ['500', ok(500, '<html>oops</html>'), 'unavailable', 'HTTP 500'],
    ['503', ok(503), 'unavailable', 'HTTP 503'],
    ['a 302 left over', ok(302), 'unavailable', 'HTTP 302'],
    ['a timeout', failed('timeout', 'UND_ERR_HEADERS_TIMEOUT'), 'unavailable', 'timed out after 10 s'],
    ['a refused connection', failed('connect', 'ECONNREFUSED'), 'unavailable', 'connection refused'],
    ['a reset connection', failed('connect', 'ECONNRESET'), 'unavailable', 'connection reset'],
    ['DNS', failed('dns', 'ENOTFOUND'), 'unavailable', 'host name not resolved (ENOTFOUND)'],
    ['TLS', failed('tls', 'SELF_SIGNED_CERT_IN_CHAIN'), 'unavailable', 'TLS failed (SELF_SIGNED_CERT_IN_CHAIN)'],
    ['a redirect loop', failed('redirect-loop', '/a → /b → /a'), 'unavailable', 'redirect loop (/a → /b → /a)'],
    ['too many redirects', failed('too-many-redirects', 'more than 5'), 'unavailable', 'too many redirects (more than 5)'],
    ['an {"error"} 200', ok(200, '{"error":"boom"}'), 'broken', 'answered an error document ("boom"), not a package index'],
    ['a login page', ok(200, '<html><form><input type="password"></form></html>', 'text/html'), 'broken', 'answered a login page, not a package index'],
  ])('%s → %s', (_name, result, kind, described) => {
    const decision = classifyAnswer('npm', 'ai', result, context);
    expect(decision.kind).toBe(kind);
    expect(describeAvailability(decision)).toBe(described);
    expect(failsOver(decision)).toBe(kind !== 'answered-found' && kind !== 'not-found');
    expect(answers(decision)).toBe(!failsOver(decision));
  });

  it('names the proxy a connection went through', () => {
    expect(describeAvailability(classifyAnswer('pypi', 'x', failed('connect', 'ECONNREFUSED'), { timeoutMs: 500, proxy: 'http://proxy:3128' }))).toBe(
      'connection refused (through the proxy http://proxy:3128)',
    );
    expect(describeAvailability(classifyAnswer('pypi', 'x', failed('proxy', 'CONNECT answered 407'), { timeoutMs: 500, proxy: 'http://proxy:3128' }))).toBe(
      'the proxy http://proxy:3128 failed (CONNECT answered 407)',
    );
    expect(describeAvailability(classifyAnswer('pypi', 'x', failed('timeout', 'TimeoutError'), { timeoutMs: 500 }))).toBe('timed out after 0.5 s');
  });

  it('holds refusals and connection-level failures for the scope, not per-package 5xx or broken documents', () => {
    const decide = (result: HttpResult): Availability => classifyAnswer('npm', 'ai', result, context);
    expect(blocksScope(decide(ok(401)))).toBe(true);
    expect(blocksScope(decide(failed('connect', 'ECONNREFUSED')))).toBe(true);
    expect(blocksScope(decide(failed('redirect-loop', '/a → /a')))).toBe(true);
    expect(blocksScope(decide(ok(500)))).toBe(false);
    expect(blocksScope(decide(ok(200, '{"error":"x"}')))).toBe(false);
    expect(blocksScope(decide(ok(404)))).toBe(false);
  });

  it('fails over when any configured index failed, or none is configured', () => {
    const found = classifyAnswer('npm', 'ai', ok(200, PACKUMENT), context);
    const missing = classifyAnswer('npm', 'ai', ok(404), context);
    const refused = classifyAnswer('npm', 'ai', ok(403), context);
    expect(needsFailover([found, missing])).toBe(false);
    expect(needsFailover([found, refused])).toBe(true);
    expect(needsFailover([])).toBe(true);
  });
});

describe('fixFor and credentialHint', () => {
  const pypi = { ecosystem: 'pypi' as const, url: 'https://pkgs.corp.example:8443/simple', hasCredentials: false };
  const npm = { ecosystem: 'npm' as const, url: 'https://npm.corp.example:4873/acme/', hasCredentials: false };

  it('writes the .netrc hint with the host name only, and the npm hint with the registry path', () => {
    expect(credentialHint(pypi)).toContain('machine pkgs.corp.example login USER password TOKEN');
    expect(credentialHint(pypi)).not.toContain(':8443');
    expect(credentialHint(npm)).toBe('add a token for it in .npmrc: //npm.corp.example:4873/acme/:_authToken=${NPM_TOKEN}');
  });

  it('names a redirect loop as a loop, never as slowness', () => {
    const fix = fixFor(classifyAnswer('pypi', 'x', failed('redirect-loop', '/a → /a'), context), pypi)!;
    expect(fix).toMatch(/redirects in a loop/);
    expect(fix).not.toMatch(/timeout|slow/);
  });

  it('has no fix for an index that answered, and one for every failure', () => {
    expect(fixFor(classifyAnswer('npm', 'ai', ok(404), context), npm)).toBeUndefined();
    expect(fixFor(classifyAnswer('npm', 'ai', ok(401), { timeoutMs: 1 }), { ...npm, hasCredentials: true, credentialSource: 'project .npmrc _authToken' })).toBe(
      '401 with the credentials from project .npmrc _authToken: they are wrong or expired; renew them',
    );
    expect(fixFor(classifyAnswer('npm', 'ai', ok(502), context), npm)).toMatch(/failing/);
  });
});
