import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { redactUrl, splitUrlCredentials } from './redact.js';
import { Credentials } from './types.js';

describe('redactUrl', () => {
  it('masks the password and keeps the user', () => {
    expect(redactUrl('https://alice:s3cr3t@pypi.corp.example/simple')).toBe('https://alice:****@pypi.corp.example/simple');
  });
  it('masks a lone username, which is usually a token', () => {
    expect(redactUrl('https://ghp_abcdef@git.example/x')).toBe('https://****@git.example/x');
  });
  it('handles an unencoded @ in the password', () => {
    expect(redactUrl('https://bob:p@ss@host.example/simple')).toBe('https://bob:****@host.example/simple');
  });
  it('leaves URLs without userinfo untouched', () => {
    expect(redactUrl('https://pypi.org/simple')).toBe('https://pypi.org/simple');
    expect(redactUrl('https://host.example/path@v1')).toBe('https://host.example/path@v1');
  });
});

describe('splitUrlCredentials', () => {
  it('removes and decodes userinfo', () => {
    expect(splitUrlCredentials('https://al%40ice:p%3Ass@h.example:8443/simple')).toEqual({
      url: 'https://h.example:8443/simple',
      username: 'al@ice',
      password: 'p:ss',
    });
  });
  it('keeps a URL without credentials as written', () => {
    expect(splitUrlCredentials('https://registry.npmjs.org')).toEqual({ url: 'https://registry.npmjs.org' });
  });
});

describe('Credentials', () => {
  const make = (): Credentials => {
    const c = new Credentials();
    c.set({ ecosystem: 'npm', url: 'https://npm.corp.example/' }, { kind: 'bearer', token: 'npm_TOPSECRET', source: 'project .npmrc _authToken' });
    c.set({ ecosystem: 'pypi', url: 'https://pypi.corp.example/simple' }, { kind: 'basic', username: 'alice', password: 'PW_TOPSECRET', source: 'url' });
    c.set({ ecosystem: 'pypi', url: 'https://tok.example/simple' }, { kind: 'basic', username: 'TOKEN_AS_USER', source: 'url' });
    return c;
  };

  it('hands secrets out only on request', () => {
    const c = make();
    expect(c.get({ ecosystem: 'npm', url: 'https://npm.corp.example/' })).toMatchObject({ token: 'npm_TOPSECRET' });
    expect(c.authorizationHeader({ ecosystem: 'npm', url: 'https://npm.corp.example/' })).toBe('Bearer npm_TOPSECRET');
    expect(c.authorizationHeader({ ecosystem: 'pypi', url: 'https://pypi.corp.example/simple' })).toBe(
      `Basic ${Buffer.from('alice:PW_TOPSECRET').toString('base64')}`,
    );
    expect(c.size).toBe(3);
  });

  it('serialises, inspects and stringifies without secrets', () => {
    const c = make();
    const views = [JSON.stringify(c), JSON.stringify({ c }), inspect(c), inspect({ c }, { depth: 5 }), String(c), JSON.stringify(structuredClone(c))];
    for (const v of views) {
      for (const secret of ['npm_TOPSECRET', 'PW_TOPSECRET', 'TOKEN_AS_USER']) expect(v).not.toContain(secret);
    }
    expect(c.toJSON()).toEqual([
      { ecosystem: 'npm', url: 'https://npm.corp.example/', kind: 'bearer', source: 'project .npmrc _authToken' },
      { ecosystem: 'pypi', url: 'https://pypi.corp.example/simple', kind: 'basic', source: 'url', username: 'alice' },
      { ecosystem: 'pypi', url: 'https://tok.example/simple', kind: 'basic', source: 'url' },
    ]);
  });

  it('keeps the first credential set for an index (callers add in precedence order)', () => {
    const c = new Credentials();
    c.set({ ecosystem: 'pypi', url: 'u' }, { kind: 'bearer', token: 'first', source: 'a' });
    c.set({ ecosystem: 'pypi', url: 'u' }, { kind: 'bearer', token: 'second', source: 'b' });
    expect(c.get({ ecosystem: 'pypi', url: 'u' })).toMatchObject({ token: 'first' });
  });
});
