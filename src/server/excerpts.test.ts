import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactedLine } from '../audit/snippet.js';
import type { Finding } from '../findings/model.js';
import type { AgentReport } from '../report/model.js';
import { ALNUM, rand } from '../secrets/catalog/sample-tokens.js';
import { sensitiveSpans } from '../secrets/sensitive-spans.js';
import { agentExcerpts, excerptWindows } from './excerpts.js';
import { markedLine } from './marked-line.js';

describe('sensitiveSpans', () => {
  it('masks credential-file lines that only the file name identifies (the scanners get the path)', () => {
    const password = rand('excerpt-pgpass', 18, ALNUM);
    const text = `# hostname:port:database:username:password\ndb.prod.internal:5432:agents:app:${password}\n`;
    const spans = sensitiveSpans(text, 'ops/.pgpass');
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual([password]);
    expect(spans[0]!.replacement).not.toContain(password);
    expect(sensitiveSpans(text, 'ops/notes.txt')).toEqual([]);
  });
});

function finding(fingerprint: string, file: string, startLine: number, startColumn: number, endColumn: number, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'reliability/missing-timeout',
    title: 'HTTP call without a timeout',
    message: 'requests.get(...) has no timeout.',
    file,
    region: { startLine, startColumn, endLine: startLine, endColumn },
    severity: 'warning',
    category: 'reliability',
    persona: 'sre',
    fixability: 'structural',
    remediation: 'Pass timeout=.',
    fingerprint,
    tags: [],
    ...extra,
  };
}

describe('excerptWindows: findings whose lines overlap share one excerpt', () => {
  const at = (fingerprint: string, line: number) => finding(fingerprint, 'a.py', line, 1, 5);

  it('puts two findings on one line into one window, three lines either side', () => {
    const windows = excerptWindows([at('b', 10), at('a', 10)], 100);
    expect(windows.map((window) => ({ first: window.first, last: window.last, findings: window.findings.map((item) => item.fingerprint) }))).toEqual([
      { first: 7, last: 13, findings: ['a', 'b'] },
    ]);
  });

  it('merges overlapping or touching windows, keeps distant findings apart', () => {
    const windows = excerptWindows([at('far', 40), at('near', 15), at('first', 10), at('next', 22)], 100);
    expect(windows.map((window) => [window.first, window.last, window.findings.map((item) => item.fingerprint)])).toEqual([
      // 10 → 7..13, 15 → 12..18 (overlap), 22 → 19..25 (touches 18): one excerpt; 40 stands alone.
      [7, 25, ['first', 'near', 'next']],
      [37, 43, ['far']],
    ]);
  });

  it('stops merging before an excerpt grows past 40 lines, and skips findings beyond the end of the file', () => {
    const chain = Array.from({ length: 12 }, (_, index) => at(`c${index}`, 10 + index * 6));
    const windows = excerptWindows([...chain, at('gone', 500)], 200);
    expect(windows.every((window) => window.last - window.first + 1 <= 40)).toBe(true);
    expect(windows.flatMap((window) => window.findings.map((item) => item.fingerprint))).toEqual(chain.map((item) => item.fingerprint));
    expect(windows.length).toBeGreaterThan(1);
  });
});

describe('markedLine', () => {
  const token = `ghp_${rand('marked-line', 36, ALNUM)}`;

  it('gives redactedLine its exact text and maps spans onto it, a secret span onto its whole redaction', () => {
    const text = `GITHUB_TOKEN = "${token}"  # release bot\n`;
    const spans = sensitiveSpans(text, 'agent.py');
    const end = text.indexOf('\n');
    const tokenAt = text.indexOf(token);
    const marked = markedLine(text, 0, end, spans, [
      { start: tokenAt, end: tokenAt + token.length },
      { start: 0, end: 12 },
    ]);
    expect(marked.text).toBe(redactedLine(text, 0, end, spans, 0));
    expect(marked.text).not.toContain(token);
    const [secret, name] = marked.ranges;
    expect(marked.text.slice(secret!.start, secret!.end)).toMatch(/^ghp_…\(40 chars\)$/);
    expect(marked.text.slice(name!.start, name!.end)).toBe('GITHUB_TOKEN');
  });

  it('cuts a long line around the first span, as snippets are cut, and keeps the span inside what is shown', () => {
    const text = `${'x = 1; '.repeat(60)}call(url)${'; y = 2'.repeat(40)}`;
    const at = text.indexOf('call(url)');
    const marked = markedLine(text, 0, text.length, [], [{ start: at, end: at + 9 }]);
    expect(marked.text).toBe(redactedLine(text, 0, text.length, [], at));
    expect(marked.text.startsWith('…')).toBe(true);
    expect(marked.text.slice(marked.ranges[0]!.start, marked.ranges[0]!.end)).toBe('call(url)');
  });

  it('always shows redactedLine\'s text, with every mapped span inside it (generated lines, secrets among them)', () => {
    const piece = fc.oneof(fc.constantFrom(` "${token}" `, ' ', '\t', '"', 'x', '= ', 'call(arg)', '…'), fc.string({ maxLength: 30 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.tuple(fc.nat(600), fc.nat(80)), { maxLength: 4 }), (parts, raw) => {
        const text = `KEY = ${parts.join('')}`.replace(/[\r\n]/g, ' ');
        const spans = sensitiveSpans(text, 'agent.py');
        const ranges = raw.map(([start, length]) => ({ start: Math.min(start, text.length), end: Math.min(start + length + 1, text.length) }));
        const marked = markedLine(text, 0, text.length, spans, ranges);
        const focus = ranges.length > 0 ? Math.min(...ranges.map((range) => range.start)) : 0;
        expect(marked.text).toBe(redactedLine(text, 0, text.length, spans, focus));
        expect(marked.text).not.toContain(token);
        for (const range of marked.ranges) if (range) expect(0 <= range.start && range.start < range.end && range.end <= marked.text.length).toBe(true);
      }),
      { seed: 19, numRuns: 400 },
    );
  });

  it('drops a span that falls outside the shown part of a long line', () => {
    const text = `${'a'.repeat(450)}`;
    const marked = markedLine(text, 0, text.length, [], [{ start: 220, end: 230 }, { start: 5, end: 8 }]);
    expect(marked.text).toBe(redactedLine(text, 0, text.length, [], 5));
    expect(marked.ranges).toEqual([undefined, { start: 5, end: 8 }]);
  });
});

describe('agentExcerpts', () => {
  let root = '';
  const token = `ghp_${rand('excerpt-groups', 36, ALNUM)}`;
  const lines = [
    'import requests',
    '',
    `GITHUB_TOKEN = "${token}"; requests.get("https://api.github.com/user", headers={"Authorization": GITHUB_TOKEN})`,
    '',
    'def tool():',
    '    return 1',
    ...Array.from({ length: 20 }, (_, index) => `# line ${index + 7}`),
    'requests.post("https://example.test/hook")',
  ];
  const text = `${lines.join('\n')}\n`;
  const file = 'agents/notes/agent.py';
  const secretColumn = lines[2]!.indexOf(token) + 1;
  const callColumn = lines[2]!.indexOf('requests.get') + 1;
  const secret = finding('fp-secret', file, 3, secretColumn, secretColumn + token.length, {
    ruleId: 'secret/github-pat',
    title: 'Hardcoded GitHub token',
    severity: 'error',
    category: 'secret',
    persona: 'secops',
  });
  const timeout = finding('fp-timeout', file, 3, callColumn, lines[2]!.length + 1);
  const later = finding('fp-later', file, 27, 1, 42);
  const suppressed = finding('fp-suppressed', file, 6, 5, 13);
  const agent: AgentReport = {
    id: '1a2b3c4d5e6f7081',
    name: 'notes',
    path: 'agents/notes',
    entrypoint: 'agent.py',
    language: 'python',
    frameworks: ['openai-agents'],
    verdict: 'security-block',
    exitCode: 1,
    stats: { filesScanned: 1, bytesScanned: text.length, filesSkipped: 0 },
    skipped: [],
    findings: [timeout, later, secret],
    suppressed: [{ ...suppressed, suppression: { kind: 'inline', reason: 'fine' } }],
  };

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'cockpit-excerpts-'));
    await mkdir(path.join(root, 'agents', 'notes'), { recursive: true });
    await writeFile(path.join(root, file), text);
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('shows two findings on one line once, each span marked, the secret redacted', async () => {
    const { excerpts, groups } = await agentExcerpts(root, agent, 1_000_000);
    expect(JSON.stringify({ excerpts, groups })).not.toContain(token);
    expect(groups.map((group) => ({ file: group.file, startLine: group.startLine, count: group.lines.length, findings: group.findings.map((item) => item.fingerprint) }))).toEqual([
      { file, startLine: 1, count: 6, findings: ['fp-secret', 'fp-timeout'] },
      { file, startLine: 24, count: 4, findings: ['fp-later'] },
    ]);
    const [shared] = groups;
    const shown = shared!.lines[2]!;
    const [secretMarks, timeoutMarks] = shared!.findings.map((item) => item.marks);
    expect(secretMarks).toHaveLength(1);
    expect(secretMarks![0]!.line).toBe(3);
    expect(shown.slice(secretMarks![0]!.start, secretMarks![0]!.end)).toMatch(/^ghp_…\(40 chars\)$/);
    expect(shown.slice(timeoutMarks![0]!.start, timeoutMarks![0]!.end)).toMatch(/^requests\.get\(.*\)$/);
    // Each finding keeps its own window too, as before.
    expect(excerpts['fp-secret']).toEqual({ startLine: 1, lines: shared!.lines });
    expect(excerpts['fp-suppressed']?.startLine).toBe(3);
    // Suppressed findings are not shown on the page with excerpts: no group.
    expect(groups.flatMap((group) => group.findings.map((item) => item.fingerprint))).not.toContain('fp-suppressed');
  });

  it('gives nothing for a file that is not in the workspace', async () => {
    const elsewhere = { ...agent, findings: [{ ...later, file: '../outside.py' }], suppressed: [] };
    expect(await agentExcerpts(root, elsewhere, 1_000_000)).toEqual({ excerpts: {}, groups: [] });
  });
});
