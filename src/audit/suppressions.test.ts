import { describe, expect, it } from 'vitest';
import { parseSuppression, suppressionCovers } from './suppressions.js';

describe('inline suppressions', () => {
  it.each([
    ['x = 1  # cockpit: ignore[secret/openai-project-key] rotated, sandbox only', ['secret/openai-project-key'], 'rotated, sandbox only'],
    ['// cockpit: ignore[pii/us-ssn, pii/iban] synthetic record from the test generator', ['pii/us-ssn', 'pii/iban'], 'synthetic record from the test generator'],
    ['<!-- cockpit: ignore[secret/*] docs sample -->', ['secret/*'], 'docs sample'],
    ['/* cockpit: ignore[secret/jwt] expired token */', ['secret/jwt'], 'expired token'],
  ])('parses %s', (line, ruleIds, reason) => {
    expect(parseSuppression(line)).toEqual({ ruleIds, reason });
  });

  it.each([
    'x = 1  # cockpit: ignore[secret/jwt]',
    'x = 1  # cockpit: ignore[] because',
    'x = 1  # cockpit ignore[secret/jwt] missing colon',
    'x = 1  # nothing here',
  ])('rejects %s (no rule or no reason)', (line) => {
    expect(parseSuppression(line)).toBeUndefined();
  });

  it.each([
    ['blanks inside the reason', `# cockpit: ignore[secret/jwt] a${' '.repeat(3_000_000)}b`],
    ['blanks after the reason', `# cockpit: ignore[secret/jwt] a${' '.repeat(3_000_000)}`],
    ['many unclosed id lists', '# cockpit: ignore['.repeat(150_000)],
  ])('parses a line with %s in linear time', (_name, line) => {
    const started = performance.now();
    parseSuppression(line);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('keeps the reason whole between blanks and drops a closing comment marker', () => {
    expect(parseSuppression(`# cockpit: ignore[secret/jwt] rotated ${' '.repeat(50)} in May   `)).toEqual({ ruleIds: ['secret/jwt'], reason: `rotated ${' '.repeat(50)} in May` });
    expect(parseSuppression('<!-- cockpit: ignore[pii/*] docs sample   -->  ')).toEqual({ ruleIds: ['pii/*'], reason: 'docs sample' });
  });

  it('matches exact ids and category wildcards only', () => {
    const suppression = { ruleIds: ['secret/*', 'pii/iban'], reason: 'r' };
    expect(suppressionCovers(suppression, 'secret/github-pat')).toBe(true);
    expect(suppressionCovers(suppression, 'pii/iban')).toBe(true);
    expect(suppressionCovers(suppression, 'pii/us-ssn')).toBe(false);
    expect(suppressionCovers(suppression, 'secrets/x')).toBe(false);
  });
});
