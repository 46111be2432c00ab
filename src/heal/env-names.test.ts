import { describe, expect, it } from 'vitest';
import type { PlannedFix } from './types.js';
import { withDistinctEnvNames } from './env-names.js';

function secretFix(file: string, start: number, name: string, digest: string): PlannedFix {
  return {
    fingerprint: `${file}:${start}`,
    ruleId: 'secret/openai-project-key',
    file,
    absolutePath: `/agent/${file}`,
    language: 'python',
    fix: {
      description: `read ${name} from the environment`,
      edits: [{ start, end: start + 10, text: `os.environ["${name}"]` }],
      pythonImports: [{ module: 'os' }],
      ensureLines: [{ file: '.env.example', line: `${name}=` }],
      env: { name, secretDigest: digest },
    },
  };
}

describe('withDistinctEnvNames', () => {
  it('numbers distinct secrets that want one name, in file order, and keeps one name per secret', () => {
    const fixes = [secretFix('b.py', 5, 'OPENAI_API_KEY', 'one'), secretFix('a.py', 40, 'OPENAI_API_KEY', 'two'), secretFix('a.py', 3, 'OPENAI_API_KEY', 'one'), secretFix('a.py', 80, 'OPENAI_API_KEY', 'three')];
    const named = withDistinctEnvNames(fixes).map((planned) => [planned.fingerprint, planned.fix.edits[0]!.text, planned.fix.ensureLines![0]!.line, planned.fix.description]);
    expect(named).toEqual([
      ['b.py:5', 'os.environ["OPENAI_API_KEY"]', 'OPENAI_API_KEY=', 'read OPENAI_API_KEY from the environment'],
      ['a.py:40', 'os.environ["OPENAI_API_KEY_2"]', 'OPENAI_API_KEY_2=', 'read OPENAI_API_KEY_2 from the environment'],
      ['a.py:3', 'os.environ["OPENAI_API_KEY"]', 'OPENAI_API_KEY=', 'read OPENAI_API_KEY from the environment'],
      ['a.py:80', 'os.environ["OPENAI_API_KEY_3"]', 'OPENAI_API_KEY_3=', 'read OPENAI_API_KEY_3 from the environment'],
    ]);
  });

  it('leaves fixes that name no variable, and distinct names, as they are', () => {
    const other: PlannedFix = { ...secretFix('a.py', 1, 'X', 'x'), ruleId: 'reliability/http-call-no-timeout', fix: { description: 'timeout=30', edits: [] } };
    const fixes = [other, secretFix('a.py', 9, 'GROQ_API_KEY', 'g'), secretFix('a.py', 20, 'OPENAI_API_KEY', 'o')];
    const result = withDistinctEnvNames(fixes);
    expect(result[0]).toBe(other);
    expect(result.slice(1).map((planned) => planned.fix)).toEqual(fixes.slice(1).map((planned) => planned.fix));
  });
});
