import { describe, expect, it } from 'vitest';
import { characterClasses, shannonEntropy } from './entropy.js';
import { isCommonPassword, isPlaceholder, isTemplateReference } from './placeholders.js';
import { KeywordPrefilter } from './prefilter.js';

describe('shannonEntropy', () => {
  it('is 0 for empty and single-symbol strings and log2(n) for n distinct symbols', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('ab')).toBeCloseTo(1);
    expect(shannonEntropy('0123456789abcdef')).toBeCloseTo(4);
    expect(shannonEntropy('日本語日本語')).toBeCloseTo(Math.log2(3));
  });

  it('counts character classes', () => {
    expect(characterClasses('abc')).toBe(1);
    expect(characterClasses('aB3!')).toBe(4);
  });
});

describe('placeholders', () => {
  it.each(['your-api-key-here', '<YOUR_KEY>', 'YOUR_API_KEY', 'sk-...', 'xxxxxxxx', '****', 'changeme', 'replace-me', 'TODO', '${VAR}', '{{ secrets.X }}', '%(password)s', 'AKIAIOSFODNN7EXAMPLE', 'myFakeToken1', 'sk_test_abc123'])(
    '%s is a placeholder',
    (value) => expect(isPlaceholder(value)).toBe(true),
  );

  it.each(['Zq7pR2mXw9Lk4vB8', 'sk-None-Ab3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9fG1hJ3kL5mN7p', 'AAAAAAAAB3NzaC1yc2EAAAADAQABAAABgQ'])(
    '%s is not a placeholder',
    (value) => expect(isPlaceholder(value)).toBe(false),
  );

  it('recognises template references and common passwords', () => {
    expect(isTemplateReference('${DB_PASSWORD}')).toBe(true);
    expect(isTemplateReference('process.env.KEY')).toBe(true);
    expect(isTemplateReference('hunter2X9')).toBe(false);
    expect(isCommonPassword('P@55w0rd!')).toBe(true);
    expect(isCommonPassword('Password123')).toBe(true);
    expect(isCommonPassword('admin2024!')).toBe(true);
    expect(isCommonPassword('Vb7!tq2LmZ9w')).toBe(false);
  });
});

describe('KeywordPrefilter', () => {
  it('finds keywords case-insensitively, including overlapping ones', () => {
    const prefilter = new KeywordPrefilter(['sk-', 'sk-proj-', 'akia', 'key', 'eyj']);
    const found = prefilter.scan('export KEY=SK-PROJ-abc and eyJ');
    expect([...found]).toEqual([1, 1, 0, 1, 1]);
  });

  it('resets on non-ASCII characters', () => {
    const prefilter = new KeywordPrefilter(['token']);
    expect([...prefilter.scan('tok€en')]).toEqual([0]);
    expect([...prefilter.scan('€token€')]).toEqual([1]);
  });
});
