import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEPENDENCY_RULES } from '../rules/deps/rules.js';
import { RULES } from '../rules/index.js';
import { loadCockpitFile, MAX_CONFIG_BYTES, parseCockpitFile } from './load-file.js';

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
        '  architecture/destructive-tool-without-approval: { severity: error, options: { ignore_tools: [send_digest] } }',
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

  it.each([
    [
      'an option the rule does not have',
      'rules:\n  architecture/destructive-tool-without-approval:\n    options: { ignore_tool: [send_digest] }\n',
      "cockpit.yaml:3:16: rule architecture/destructive-tool-without-approval has no option 'ignore_tool' (its options: destructive_verbs, ignore_tools)",
    ],
    [
      'a value of the wrong type',
      'rules:\n  finops/premium-model-for-simple-task:\n    options:\n      allow_models: gpt-4o\n',
      /^cockpit\.yaml:4:7: option 'allow_models' of rule finops\/premium-model-for-simple-task: .*array/,
    ],
    ['options on a rule that takes none', 'rules:\n  reliability/retired-model: { options: { x: 1 } }\n', 'cockpit.yaml:2:43: rule reliability/retired-model takes no options'],
    ['options on a category', 'rules:\n  finops/*: { severity: note, options: { x: 1 } }\n', "cockpit.yaml:2:31: options belong to one rule, not to 'finops/*'"],
  ])('rejects %s, naming the place', (_name, text, message) => {
    expect(() => parseCockpitFile(text, 'cockpit.yaml')).toThrow(message);
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

describe('rule keys in rules:', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = '';
  });

  it('rejects an id that names no rule, pointing at the key and suggesting the near one', () => {
    expect(() => parseCockpitFile('gate:\n  secrets: true\nrules:\n  reliability/http-call-no-timout: error\n', 'agents/a/cockpit.yaml')).toThrow(
      /^agents\/a\/cockpit\.yaml:4:3: unknown rule 'reliability\/http-call-no-timout' in rules \(did you mean 'reliability\/http-call-no-timeout'\?\)$/,
    );
  });

  it('rejects a category with no rule, and a far-off id without a guess', () => {
    expect(() => parseCockpitFile('rules:\n  secrets/*: off\n', 'cockpit.yaml')).toThrow("cockpit.yaml:2:3: unknown rule 'secrets/*' in rules (did you mean 'secret/*'?)");
    expect(() => parseCockpitFile('rules:\n  finops/*: off\n  totally-made-up-thing: error\n', 'cockpit.yaml')).toThrow(
      /^cockpit\.yaml:3:3: unknown rule 'totally-made-up-thing' in rules$/,
    );
  });

  it('accepts every real rule id and every category, detector and dependency rules included', () => {
    const ids = RULES.map((rule) => rule.id);
    for (const prefix of ['secret/', 'pii/', 'deps/', 'policy/']) expect(ids.some((id) => id.startsWith(prefix))).toBe(true);
    for (const rule of DEPENDENCY_RULES) expect(ids).toContain(rule.id);
    const categories = [...new Set(ids.map((id) => id.split('/')[0]))];
    const text = ['rules:', ...ids.map((id) => `  ${id}: note`), ...categories.map((category) => `  ${category}/*: warning`)].join('\n');
    expect(Object.keys(parseCockpitFile(text, 'cockpit.yaml').rules ?? {})).toHaveLength(ids.length + categories.length);
  });

  it('reads a former rule id as the rule it names, keeping the position of the key as written', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'cockpit-load-'));
    await writeFile(path.join(dir, 'cockpit.yaml'), 'version: 1\nrules:\n  finops/*: off\n  reliability/agent-loop-bound: { severity: error }\n');
    const loaded = await loadCockpitFile(path.join(dir, 'cockpit.yaml'), 'cockpit.yaml');
    expect(loaded.config.rules).toEqual({ 'finops/*': 'off', 'reliability/unbounded-agent-steps': { severity: 'error' } });
    // Lock violations name the rule by its current id and point at the line the user wrote.
    expect(loaded.positionOf(['rules', 'reliability/unbounded-agent-steps', 'severity'])).toEqual({ line: 4, column: 35 });
    expect(() => parseCockpitFile('rules:\n  reliability/agent-loop-bond: off\n', 'cockpit.yaml')).toThrow("(did you mean 'reliability/unbounded-agent-steps'?)");
  });

  it('loads the example fleet\'s cockpit.yaml files', async () => {
    const examples = path.join(import.meta.dirname, '../../examples');
    for (const file of ['cockpit.yaml', 'travel-concierge/cockpit.yaml']) {
      await expect(loadCockpitFile(path.join(examples, file), file, { root: examples })).resolves.toMatchObject({ shownPath: file });
    }
  });
});

describe('cockpit.yaml as hostile input', () => {
  it('names the file when aliases expand too far (a billion-laughs file)', () => {
    let text = 'a: &a [x, x, x, x, x, x, x, x, x]\n';
    for (let level = 0; level < 8; level++) text += `l${level}: &l${level} [${Array(9).fill(level === 0 ? '*a' : `*l${level - 1}`).join(', ')}]\n`;
    expect(() => parseCockpitFile(text, 'agents/a/cockpit.yaml')).toThrow(/^agents\/a\/cockpit\.yaml: YAML aliases expand to too many copies/);
  });

  it('names the file for nesting too deep to parse', () => {
    expect(() => parseCockpitFile(`x: ${'['.repeat(100_000)}`, 'cockpit.yaml')).toThrow(/^cockpit\.yaml[:\d]*: /);
  });

  it('never echoes a token typed as a key, an unknown setting or an alias', () => {
    const token = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';
    const messages = [`${token}: 1\n`, `rules:\n  ${token}: loud\n`, `gate: *${token}\n`, `gate:\n  ${token}: true\n`].map((text) => {
      try {
        parseCockpitFile(text, 'cockpit.yaml');
        return 'accepted';
      } catch (error) {
        return (error as Error).message;
      }
    });
    for (const message of messages) {
      expect(message).toMatch(/^cockpit\.yaml/);
      expect(message).not.toContain(token);
      expect(message).not.toContain(token.slice(8));
    }
    expect(messages[0]).toBe(`cockpit.yaml:1:1: unknown setting 'sk_live_…(32 chars)'`);
  });

  it('still shows ordinary keys whole', () => {
    expect(() => parseCockpitFile('gates:\n  secrets: false\n', 'cockpit.yaml')).toThrow("cockpit.yaml:1:1: unknown setting 'gates'");
    expect(() => parseCockpitFile('rules:\n  reliability/http-call-no-timeout: loud\n', 'cockpit.yaml')).toThrow(/'rules\.reliability\/http-call-no-timeout': /);
  });
});

describe('loadCockpitFile', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('refuses a FIFO, a link to /dev/zero and an oversized file in one line each, without blocking', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'cockpit-load-'));
    execFileSync('mkfifo', [path.join(dir, 'fifo.yaml')]);
    await symlink('/dev/zero', path.join(dir, 'zero.yaml'));
    await writeFile(path.join(dir, 'big.yaml'), `# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`);
    await expect(loadCockpitFile(path.join(dir, 'fifo.yaml'), 'fifo.yaml')).rejects.toThrow('fifo.yaml: a FIFO, not a regular file; not read');
    await expect(loadCockpitFile(path.join(dir, 'zero.yaml'), 'zero.yaml')).rejects.toThrow('zero.yaml: a symbolic link that leads outside the audited folder; not read');
    await expect(loadCockpitFile(path.join(dir, 'big.yaml'), 'big.yaml')).rejects.toThrow('big.yaml: larger than 1 MB; not read');
  });

  it('keeps the ENOENT form callers use to treat a missing file as no settings', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'cockpit-load-'));
    await expect(loadCockpitFile(path.join(dir, 'cockpit.yaml'), 'cockpit.yaml')).rejects.toThrow(/^cockpit\.yaml: cannot be read \(ENOENT\)$/);
  });
});
