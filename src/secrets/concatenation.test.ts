import { describe, expect, it } from 'vitest';
import { auditSource } from '../audit/audit-agent.js';
import { sensitiveSpans } from './sensitive-spans.js';
import { ruleById } from '../rules/index.js';
import { hardcodedSecretCheck } from '../rules/secret/hardcoded-secret.js';
import { findingsFor, sourceFile } from '../rules/testing/rule-tester.js';
import type { Check } from '../rules/types.js';
import { B64URL, rand } from './catalog/sample-tokens.js';
import { concatenatedRuns } from './concatenation.js';
import { scanSecrets } from './scan.js';

/** An OpenAI project key built at load time (never written out), cut into `parts` pieces. */
const KEY = `sk-proj-${rand('concat-a', 74, B64URL)}T3BlbkFJ${rand('concat-b', 74, B64URL)}`;
const BODY = KEY.slice('sk-proj-'.length);

function split(value: string, parts: number): string[] {
  if (parts === 2) return ['sk-proj-', value.slice('sk-proj-'.length)];
  const size = Math.ceil(value.length / parts);
  return Array.from({ length: parts }, (_, i) => value.slice(i * size, (i + 1) * size));
}

const quoted = (pieces: string[], quote = '"'): string[] => pieces.map((piece) => `${quote}${piece}${quote}`);

const FIRING: Array<{ name: string; path: string; code: string; pieces: number }> = [
  { name: 'Python, 2 pieces with +', path: 'agent.py', code: `client = OpenAI(api_key=${quoted(split(KEY, 2)).join(' + ')})\n`, pieces: 2 },
  {
    name: 'Python, 3 pieces, implicit concatenation in parentheses over lines',
    path: 'agent.py',
    code: `OPENAI_API_KEY = (\n    ${quoted(split(KEY, 3)).join('\n    ')}\n)\nclient = OpenAI(api_key=OPENAI_API_KEY)\n`,
    pieces: 3,
  },
  {
    name: 'Python, 4 pieces, raw and single-quoted with a comment between',
    path: 'tools/search.py',
    code: `key = (r'${split(KEY, 4)[0]}'  # part one\n       + '${split(KEY, 4).slice(1).join("' + '")}')\n`,
    pieces: 4,
  },
  {
    name: 'TypeScript, 2 pieces',
    path: 'src/agent.ts',
    code: `const openai = new OpenAI({ apiKey: ${quoted(split(KEY, 2), "'").join(' + ')} });\n`,
    pieces: 2,
  },
  {
    name: 'TypeScript, 4 pieces over lines with a template-free backtick piece',
    path: 'src/config.ts',
    code: `export const apiKey =\n  ${split(KEY, 4)
      .map((piece, i) => (i === 2 ? `\`${piece}\`` : `"${piece}"`))
      .join(' +\n  ')};\n`,
    pieces: 4,
  },
];

describe('secrets split by string concatenation', () => {
  for (const { name, path, code, pieces } of FIRING) {
    it(`fires: ${name}`, () => {
      const matches = scanSecrets(code, path);
      expect(matches.map((m) => [m.detectorId, m.joinedPieces, m.secret === KEY])).toEqual([['openai-project-key', pieces, true]]);
      const span = code.slice(matches[0]!.start, matches[0]!.end);
      // The span runs from the first literal's quote to the last literal's quote.
      expect(span.startsWith(code.includes("r'") ? "r'" : span[0]!)).toBe(true);
      expect(/["'`]$/.test(span)).toBe(true);
      for (const piece of split(KEY, pieces)) expect(span).toContain(piece);
    });

    it(`no snippet shows the key body: ${name}`, async () => {
      const noisy = `${code}print(${JSON.stringify('debug')}); eval(input())\n`;
      const findings = await findingsFor(hardcodedSecretCheck, path, noisy);
      expect(findings.map((f) => f.ruleId)).toEqual(['secret/openai-project-key']);
      expect(findings[0]!.message).toMatch(/sk-proj-…\(\d+ chars\) \(split over \d concatenated strings\)/);
      expect(findings[0]!.fixability).toBe('structural');
      for (const finding of findings) {
        for (const piece of split(KEY, pieces).filter((p) => p.length > 12)) expect(finding.snippet).not.toContain(piece.slice(-12));
        expect(finding.snippet).not.toContain(BODY.slice(0, 12));
      }
    });
  }

  it('masks the whole expression in the snippets of other rules on the same lines', async () => {
    // Another rule reporting at the start of every line: its snippets must not show the body either.
    const other = ruleById('reliability/unbounded-agent-steps')!;
    const everyLine: Check = {
      rules: [other],
      run(context) {
        let offset = 0;
        for (const line of context.file.text.split('\n')) {
          if (line.length > 0) context.report({ ruleId: other.id, start: offset, end: offset + line.length, message: 'line', fingerprintContent: line });
          offset += line.length + 1;
        }
      },
    };
    for (const { path, code, pieces } of FIRING) {
      const findings = await auditSource(sourceFile(path, code), [hardcodedSecretCheck, everyLine], path);
      expect(findings.filter((f) => f.ruleId === other.id).length).toBeGreaterThanOrEqual(code.trimEnd().split('\n').length);
      for (const finding of findings) {
        for (const piece of split(KEY, pieces).filter((p) => p.length > 12)) expect(finding.snippet).not.toContain(piece.slice(-12));
      }
    }
  });

  it('gives heal diffs and excerpts one sensitive span over the whole expression', () => {
    for (const { path, code, pieces } of FIRING) {
      const spans = sensitiveSpans(code, path);
      expect(spans).toHaveLength(1);
      const masked = code.slice(spans[0]!.start, spans[0]!.end);
      for (const piece of split(KEY, pieces)) expect(masked).toContain(piece);
      expect(spans[0]!.replacement).not.toContain(BODY.slice(0, 8));
    }
  });

  const SILENT: Array<{ name: string; path: string; code: string }> = [
    { name: 'placeholder pieces', path: 'agent.py', code: 'api_key = "sk-proj-" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"\n' },
    { name: 'placeholder with dots', path: 'src/agent.ts', code: 'const apiKey = "sk-proj-" + "..." + "your-key-here-replace-me-with-the-real-one";\n' },
    { name: 'a prefix joined to an environment lookup', path: 'agent.py', code: 'api_key = "sk-proj-" + os.environ["OPENAI_KEY_BODY"]\n' },
    { name: 'a prefix joined to process.env', path: 'src/agent.ts', code: 'const apiKey = "sk-proj-" + process.env.OPENAI_KEY_BODY;\n' },
    {
      name: 'ordinary prompt building',
      path: 'agent.py',
      code: 'instruction = (\n    "You are a helpful travel agent. "\n    "Answer in the language of the user " + "and keep it short."\n)\n',
    },
    {
      name: 'ordinary URL and message building',
      path: 'src/tools.ts',
      code: 'const url = "https://api.example.com/v1/" + "search?q=" + query;\nconst msg = "Error: " + "request failed with status " + status;\n',
    },
    { name: 'a key prefix check', path: 'agent.py', code: 'if key.startswith("sk-" + "proj-"):\n    kind = "project"\n' },
  ];
  for (const { name, path, code } of SILENT) {
    it(`stays silent: ${name}`, () => {
      expect(scanSecrets(code, path)).toEqual([]);
    });
  }

  it('leaves a key inside one literal to the direct scan, unchanged', () => {
    const code = `client = OpenAI(api_key="${KEY}" + "")\nother = "${KEY}"\n`;
    const matches = scanSecrets(code, 'agent.py');
    expect(matches.map((m) => [m.joinedPieces, code.slice(m.start, m.end)])).toEqual([
      [undefined, KEY],
      [undefined, KEY],
    ]);
  });

  it('does not join across a method call, repetition or f-string', () => {
    const [head, tail] = split(KEY, 2) as [string, string];
    expect(scanSecrets(`k = "${head}" + "${tail}".strip()\n`, 'agent.py')).toEqual([]);
    expect(scanSecrets(`k = "${head}" + f"${tail}{x}"\n`, 'agent.py')).toEqual([]);
    expect(scanSecrets(`const k = "${head}" + \`${tail}\${x}\`;\n`, 'src/a.ts')).toEqual([]);
  });

  it('skips comments and strings that hide quotes', () => {
    expect(concatenatedRuns(`# don't "a" + "b"\nx = "c" + "d"\n`, 'python').map((run) => run.length)).toEqual([2]);
    expect(concatenatedRuns(`// it's "a" + "b"\n/* "x" + */ const y = 'c' + 'd' + e;\n`, 'js').map((run) => run.length)).toEqual([2]);
    expect(concatenatedRuns(`x = """a" + "b"""\n`, 'python')).toEqual([]);
  });

  it('stays linear on a 1 MB line of adversarial concatenations', () => {
    const lines = [
      `x = ${'"a"+'.repeat(262_144)}"a"\n`,
      `x = ${'"sk-proj-"+'.repeat(95_000)}y\n`,
      `x = ${"'\\'".repeat(350_000)}\n`,
      `x = ${'"a" '.repeat(262_144)}\n`,
    ];
    for (const [path, line] of lines.flatMap((l) => [['agent.py', l] as const, ['src/a.ts', l] as const])) {
      const started = performance.now();
      scanSecrets(line, path);
      expect(performance.now() - started).toBeLessThan(3000);
    }
  });
});
