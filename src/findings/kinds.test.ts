import { describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../discovery/frameworks.js';
import { RULES } from '../rules/index.js';
import { FRAMEWORK_IDS, LIBRARY_IDS } from './kinds.js';

describe('framework ids', () => {
  it('are one list: each has exactly one discovery entry', () => {
    expect(FRAMEWORKS.map((framework) => framework.id).sort()).toEqual([...FRAMEWORK_IDS].sort());
  });

  it('are what the rules name, and every library a rule names is used by one', () => {
    const named = new Set(RULES.flatMap((rule) => rule.frameworks ?? []));
    for (const id of named) expect([...FRAMEWORK_IDS, ...LIBRARY_IDS]).toContain(id);
    for (const library of LIBRARY_IDS) expect(named).toContain(library);
  });
});
