import { describe, expect, it } from 'vitest';
import { isInsideOrSame, leavesBase } from './paths.js';

describe('leavesBase', () => {
  it.each(['..', '../x', '../../x/y', '/abs/path'])('%s climbs out', (relative) => {
    expect(leavesBase(relative)).toBe(true);
  });

  it.each(['', 'x', '..foo', '..foo/bar', 'a/..b', '...', 'x/../y'])('%s is a name inside', (relative) => {
    expect(leavesBase(relative)).toBe(false);
  });
});

describe('isInsideOrSame', () => {
  it('accepts the root, its children and folders named ..foo; refuses parents and siblings', () => {
    expect(isInsideOrSame('/repo', '/repo')).toBe(true);
    expect(isInsideOrSame('/repo', '/repo/agents/a')).toBe(true);
    expect(isInsideOrSame('/repo', '/repo/..foo')).toBe(true);
    expect(isInsideOrSame('/repo', '/repo/..foo/cockpit.yaml')).toBe(true);
    expect(isInsideOrSame('/repo', '/')).toBe(false);
    expect(isInsideOrSame('/repo', '/repo-other')).toBe(false);
    expect(isInsideOrSame('/repo', '/other/..foo')).toBe(false);
  });
});
