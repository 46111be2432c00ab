import { describe, expect, it } from 'vitest';
import { applyEdits, planFile } from './plan.js';
import { pythonImportEdits } from './python-imports.js';

describe('planFile', () => {
  it('applies non-overlapping fixes and drops a fix that overlaps an accepted one, whole', () => {
    const text = 'a = f(1)\nb = g(2)\n';
    const first = { description: 'first', edits: [{ start: 4, end: 8, text: 'f(1, timeout=30)' }] };
    const clash = { description: 'clash', edits: [{ start: 13, end: 17, text: 'x' }, { start: 6, end: 7, text: '9' }] };
    const second = { description: 'second', edits: [{ start: 13, end: 17, text: 'g(2, timeout=30)' }] };
    const plan = planFile(text, [first, clash, second], 'python');
    expect(plan.updated).toBe('a = f(1, timeout=30)\nb = g(2, timeout=30)\n');
    expect(plan.applied.map((fix) => fix.description)).toEqual(['first', 'second']);
    expect(plan.dropped.map(({ fix }) => fix.description)).toEqual(['clash']);
  });

  it('applies two insertions at one point in planning order, and drops an insertion inside a replaced range', () => {
    const plan = planFile('f(a)', [{ description: 'a', edits: [{ start: 3, end: 3, text: ', x=1' }] }, { description: 'b', edits: [{ start: 3, end: 3, text: ', y=2' }] }], 'python');
    expect(plan.updated).toBe('f(a, x=1, y=2)');
    expect(plan.dropped).toHaveLength(0);
    const inside = planFile('f(abc)', [{ description: 'replace', edits: [{ start: 2, end: 5, text: 'z' }] }, { description: 'insert', edits: [{ start: 3, end: 3, text: 'q' }] }], 'python');
    expect(inside.updated).toBe('f(z)');
    expect(inside.dropped.map(({ fix }) => fix.description)).toEqual(['insert']);
  });

  it('applyEdits keeps every byte outside the edits, CRLF included', () => {
    const text = 'x = 1\r\n\ty = 2  # keep\r\n';
    expect(applyEdits(text, [{ start: 4, end: 5, text: '3' }])).toBe('x = 3\r\n\ty = 2  # keep\r\n');
  });
});

describe('pythonImportEdits', () => {
  const add = (text: string, imports: Parameters<typeof pythonImportEdits>[1]) => applyEdits(text, pythonImportEdits(text, imports, '\n'));

  it('places a new import after the module docstring and __future__ imports, as its own section', () => {
    const text = '"""Weather tools.\n\nMore words.\n"""\nfrom __future__ import annotations\n\nVALUE = 1\n';
    expect(add(text, [{ module: 'os' }])).toBe('"""Weather tools.\n\nMore words.\n"""\nfrom __future__ import annotations\n\nimport os\n\nVALUE = 1\n');
  });

  it('sorts a standard-library import into the standard-library section, `import x` before `from x import`', () => {
    const text = 'import json\nfrom typing import (\n    Any,\n    Optional,\n)\n\nimport requests\n\nx = 1\n';
    expect(add(text, [{ module: 'os' }])).toBe('import json\nimport os\nfrom typing import (\n    Any,\n    Optional,\n)\n\nimport requests\n\nx = 1\n');
  });

  it('never puts `import os` after third-party or local imports: a new section goes first', () => {
    const text = 'from anthropic import Anthropic\nfrom .tools import lookup\n\nclient = Anthropic()\n';
    expect(add(text, [{ module: 'os' }])).toBe('import os\n\nfrom anthropic import Anthropic\nfrom .tools import lookup\n\nclient = Anthropic()\n');
  });

  it('puts a third-party import between the standard-library and local sections, blank lines around it', () => {
    const text = 'import os\nfrom tools import lookup\n\nx = 1\n';
    const local = new Set(['tools']);
    expect(applyEdits(text, pythonImportEdits(text, [{ from: 'tenacity', names: ['retry'] }], '\n', local))).toBe(
      'import os\n\nfrom tenacity import retry\n\nfrom tools import lookup\n\nx = 1\n',
    );
    const grouped = 'import os\n\nimport httpx\nfrom pydantic import BaseModel\n\nfrom .tools import lookup\n';
    expect(add(grouped, [{ from: 'tenacity', names: ['retry'] }])).toBe('import os\n\nimport httpx\nfrom pydantic import BaseModel\nfrom tenacity import retry\n\nfrom .tools import lookup\n');
  });

  it('merges names into an existing `from X import` line and adds nothing already imported', () => {
    const text = 'import os\nfrom tenacity import retry  # retries\n\n@retry\ndef f(): ...\n';
    expect(add(text, [{ module: 'os' }, { from: 'tenacity', names: ['retry', 'stop_after_attempt'] }])).toBe(
      'import os\nfrom tenacity import retry, stop_after_attempt  # retries\n\n@retry\ndef f(): ...\n',
    );
    expect(pythonImportEdits('import os, sys\n', [{ module: 'os' }], '\n')).toEqual([]);
  });

  it('inserts at the top of a file with no imports and no docstring', () => {
    expect(add('x = 1\n', [{ module: 'os' }])).toBe('import os\nx = 1\n');
  });
});
