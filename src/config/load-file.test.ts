import { describe, expect, it } from 'vitest';
import { parseCockpitFile } from './load-file.js';

describe('parseCockpitFile', () => {
  it('accepts every documented key', () => {
    const config = parseCockpitFile(
      [
        'version: 1',
        'entry_point: src/agent.py',
        'exclude: ["legacy/", "*.ipynb"]',
        'rules:',
        '  reliability/http-call-no-timeout: error',
        '  finops/*: off',
        '  security/ssrf-model-url: { severity: error, options: { allow: [api.example.com] } }',
        'gate: { block_on: [error, warning], secrets: true }',
        'max_fix_files: 10',
        'finops: { preferred_models: [gpt-4o-mini], max_output_tokens: 2048 }',
        'lock: [gate.secrets, rules]',
        'gitignore: false',
      ].join('\n'),
      'cockpit.yaml',
    );
    expect(config.gate).toEqual({ block_on: ['error', 'warning'], secrets: true });
    expect(config.rules?.['finops/*']).toBe('off');
  });

  it('treats an empty file as no settings', () => {
    expect(parseCockpitFile('', 'cockpit.yaml')).toEqual({});
    expect(parseCockpitFile('# only a comment\n', 'cockpit.yaml')).toEqual({});
  });

  it.each([
    ['gate:\n  block_on: [fatal]\n', /^agents\/a\/cockpit\.yaml:2:\d+: 'gate\.block_on\.0': /],
    ['entry_point: main.py\ngates:\n  secrets: false\n', /^agents\/a\/cockpit\.yaml:2:1: unknown setting 'gates'$/],
    ['rules:\n  security/x: loud\n', /^agents\/a\/cockpit\.yaml:2:\d+: 'rules\.security\/x': /],
    ['entry_point: [a\n', /^agents\/a\/cockpit\.yaml:\d+:\d+: invalid YAML: /],
    ['- a\n- b\n', /^agents\/a\/cockpit\.yaml:1:1: expected a mapping/],
    ['max_fix_files: many\n', /^agents\/a\/cockpit\.yaml:1:16: 'max_fix_files': /],
    ['a: 1\na: 2\n', /invalid YAML: .*unique/i],
  ])('rejects %j with file, line and what is wrong', (text, message) => {
    expect(() => parseCockpitFile(text, 'agents/a/cockpit.yaml')).toThrow(message);
  });
});
