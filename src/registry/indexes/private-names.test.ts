import { describe, expect, it } from 'vitest';
import { globMatch, privateNames } from './private-names.js';

describe('globMatch', () => {
  it.each([
    ['acme-*', 'acme-tools', true],
    ['acme-*', 'acme-', true],
    ['acme-*', 'acmetools', false],
    ['*-internal', 'billing-internal', true],
    ['a?me', 'acme', true],
    ['a?me', 'ame', false],
    ['*', '', true],
    ['a*b*c', 'axxbyyc', true],
    ['a*b*c', 'axxbyy', false],
  ])('%s ~ %s → %s', (pattern, text, expected) => {
    expect(globMatch(pattern, text)).toBe(expected);
  });

  it('stays fast on many stars against a long name', () => {
    const started = performance.now();
    expect(globMatch(`${'*a'.repeat(50)}b`, 'a'.repeat(5000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('privateNames', () => {
  const names = privateNames(['@acme', '@corp/*', '@solo/tool', 'Acme_Tools*', 'billing-?']);

  it('matches npm scopes, single scoped packages and globs, and returns the pattern as written', () => {
    expect(names.match('npm', '@acme/agent-tools')).toBe('@acme');
    expect(names.match('npm', '@corp/x')).toBe('@corp/*');
    expect(names.match('npm', '@solo/tool')).toBe('@solo/tool');
    expect(names.match('npm', '@solo/other')).toBeUndefined();
    expect(names.match('npm', '@acmeish/x')).toBeUndefined();
    expect(names.match('npm', 'acme_tools-core')).toBe('Acme_Tools*');
    expect(names.match('npm', 'react')).toBeUndefined();
  });

  it('matches PyPI names after PEP 503 normalisation, and never with a scope pattern', () => {
    expect(names.match('pypi', 'acme.tools.core')).toBe('Acme_Tools*');
    expect(names.match('pypi', 'ACME-TOOLS')).toBe('Acme_Tools*');
    expect(names.match('pypi', 'billing-x')).toBe('billing-?');
    expect(names.match('pypi', 'requests')).toBeUndefined();
    expect(privateNames(['@acme']).covers('pypi')).toBe(false);
    expect(privateNames(['@acme']).covers('npm')).toBe(true);
    expect(privateNames([]).covers('npm')).toBe(false);
  });
});
