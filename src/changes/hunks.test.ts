import { describe, expect, it } from 'vitest';
import { intersects, parseChangedLines, unquoteGitPath } from './hunks.js';

const DIFF = [
  'diff --git a/agent.py b/agent.py',
  'index 1111111..2222222 100644',
  '--- a/agent.py',
  '+++ b/agent.py',
  '@@ -3 +3 @@ import os',
  '-KEY = os.environ["KEY"]',
  '+KEY = "replaced"',
  '@@ -10,0 +11,2 @@ def run():',
  '+++ this added line starts with two plus signs',
  '+    return 1',
  '@@ -20,3 +22,0 @@',
  '-a',
  '-b',
  '-c',
  'diff --git a/gone.py b/gone.py',
  'deleted file mode 100644',
  '--- a/gone.py',
  '+++ /dev/null',
  '@@ -1,2 +0,0 @@',
  '-x',
  '-y',
  'diff --git "a/we\\tird \\303\\251.py" "b/we\\tird \\303\\251.py"',
  '--- "a/we\\tird \\303\\251.py"',
  '+++ "b/we\\tird \\303\\251.py"',
  '@@ -1 +1,3 @@',
  '-old',
  '+new',
  '',
].join('\n');

describe('parseChangedLines', () => {
  it('reads new-side ranges per file, deletions as the lines around them', () => {
    const changed = parseChangedLines(DIFF);
    expect(changed.get('agent.py')).toEqual([
      { start: 3, end: 3 },
      { start: 11, end: 12 },
      { start: 22, end: 23 },
    ]);
    // A content line that looks like a header is not a new file.
    expect([...changed.keys()]).toEqual(['agent.py', 'we\tird é.py']);
    expect(changed.get('we\tird é.py')).toEqual([{ start: 1, end: 3 }]);
  });

  it('tells whether a finding region touches a changed range', () => {
    const ranges = [{ start: 11, end: 12 }];
    expect(intersects(ranges, 12, 12)).toBe(true);
    expect(intersects(ranges, 9, 11)).toBe(true);
    expect(intersects(ranges, 13, 20)).toBe(false);
    expect(intersects([], 1, 1)).toBe(false);
  });

  it('undoes git path quoting and leaves plain paths alone', () => {
    expect(unquoteGitPath('"b/a\\"q\\\\.py"')).toBe('b/a"q\\.py');
    expect(unquoteGitPath('b/plain.py')).toBe('b/plain.py');
  });
});
