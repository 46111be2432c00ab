import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isInsideOrSame, isStrictlyInside, leavesBase, resolveInside } from './path-containment.js';

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

describe('isStrictlyInside', () => {
  it('is isInsideOrSame without the root itself', () => {
    expect(isStrictlyInside('/repo', '/repo')).toBe(false);
    expect(isStrictlyInside('/repo', '/repo/')).toBe(false);
    expect(isStrictlyInside('/repo', '/repo/a.py')).toBe(true);
    expect(isStrictlyInside('/repo', '/repo/..foo')).toBe(true);
    expect(isStrictlyInside('/repo', '/repo-other/a.py')).toBe(false);
    expect(isStrictlyInside('/repo', '/repo/../etc/passwd')).toBe(false);
  });
});

describe('resolveInside', () => {
  let temp: string;
  let root: string;
  let outside: string;

  beforeAll(async () => {
    temp = await realpath(await mkdtemp(path.join(os.tmpdir(), 'cockpit-containment-')));
    root = path.join(temp, 'repo');
    outside = path.join(temp, 'outside');
    await mkdir(path.join(root, 'agents', 'billing'), { recursive: true });
    await mkdir(path.join(root, '..hidden'), { recursive: true });
    await mkdir(outside, { recursive: true });
    await writeFile(path.join(root, 'agents', 'billing', 'agent.py'), 'x = 1\n');
    await writeFile(path.join(root, '..hidden', 'notes.txt'), 'notes\n');
    await writeFile(path.join(outside, 'secret.env'), 'TOKEN=1\n');
    await writeFile(path.join(temp, 'repo-other.txt'), 'sibling\n');
    await symlink(path.join(outside, 'secret.env'), path.join(root, 'leak.env'));
    await symlink(outside, path.join(root, 'linked-out'), 'dir');
    await symlink(path.join(root, 'agents'), path.join(root, 'agents-alias'), 'dir');
    await symlink(path.join(root, 'missing-target'), path.join(root, 'dangling'));
    await symlink(path.join(outside, 'nowhere.env'), path.join(root, 'dangling-out'));
    await symlink(root, path.join(temp, 'repo-link'), 'dir');
  });

  afterAll(async () => {
    await rm(temp, { recursive: true, force: true });
  });

  const verdict = async (target: string, options = {}) => {
    const result = await resolveInside(root, target, options);
    return result.inside ? 'inside' : result.why;
  };

  it.each([
    'agents/billing/agent.py',
    'agents/billing',
    '..hidden/notes.txt',
    'agents/../agents/billing/agent.py',
    'agents-alias/billing/agent.py',
  ])('accepts %s', async (target) => {
    expect(await verdict(target)).toBe('inside');
  });

  it('returns the path as written and the real path', async () => {
    const result = await resolveInside(root, 'agents-alias/billing/agent.py');
    expect(result).toEqual({
      inside: true,
      absolute: path.join(root, 'agents-alias', 'billing', 'agent.py'),
      real: path.join(root, 'agents', 'billing', 'agent.py'),
    });
  });

  it('accepts an absolute path inside the root', async () => {
    expect(await verdict(path.join(root, 'agents', 'billing', 'agent.py'))).toBe('inside');
  });

  it.each(['../outside/secret.env', '../repo-other.txt', 'agents/../../outside', '/etc/passwd', 'agents/\0/agent.py'])(
    'refuses %s as outside',
    async (target) => {
      expect(await verdict(target)).toBe('outside');
    },
  );

  it('refuses the root itself unless allowRoot', async () => {
    expect(await verdict('')).toBe('outside');
    expect(await verdict('.')).toBe('outside');
    expect(await verdict('.', { allowRoot: true })).toBe('inside');
    expect(await verdict('agents/..', { allowRoot: true })).toBe('inside');
    expect(await verdict('..', { allowRoot: true })).toBe('outside');
  });

  it.each(['leak.env', 'linked-out', 'linked-out/secret.env'])('refuses %s: a symbolic link that leads out', async (target) => {
    expect(await verdict(target, { allowRoot: true })).toBe('link-outside');
  });

  it('refuses a path outside the root even when a link brings it back in', async () => {
    expect(await verdict(path.join(temp, 'repo-link', 'agents', 'billing', 'agent.py'))).toBe('outside');
  });

  it('follows a root given through a link', async () => {
    const result = await resolveInside(path.join(temp, 'repo-link'), 'agents/billing/agent.py');
    expect(result.inside && result.real).toBe(path.join(root, 'agents', 'billing', 'agent.py'));
  });

  it('says a missing target is unreadable, with the code', async () => {
    expect(await resolveInside(root, 'agents/billing/nope.py')).toEqual({ inside: false, why: 'unreadable', code: 'ENOENT' });
    expect(await verdict('dangling')).toBe('unreadable');
  });

  it('with allowMissing, places a file that does not exist yet by its real folder', async () => {
    const result = await resolveInside(root, 'agents-alias/billing/.env.example', { allowMissing: true });
    expect(result.inside && result.real).toBe(path.join(root, 'agents', 'billing', '.env.example'));
    expect(await verdict('linked-out/new.env', { allowMissing: true })).toBe('link-outside');
    expect(await verdict('no-such-folder/new.env', { allowMissing: true })).toBe('unreadable');
  });

  it('with allowMissing, still refuses a dangling link (it is not a missing file)', async () => {
    expect(await verdict('dangling', { allowMissing: true })).toBe('unreadable');
    expect(await verdict('dangling-out', { allowMissing: true })).toBe('unreadable');
  });
});
