import { describe, expect, it } from 'vitest';
import { codeLinker } from './code-links.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const lines = (startLine: number, endLine = startLine) => ({ startLine, endLine });

describe('codeLinker: a finding\'s lines at the audited commit', () => {
  it.each([
    ['https://github.com/acme/agents', 'https://github.com/acme/agents'],
    ['https://github.com/acme/agents.git', 'https://github.com/acme/agents'],
    ['git@github.com:acme/agents.git', 'https://github.com/acme/agents'],
    ['ssh://git@github.com:22/acme/agents.git', 'https://github.com/acme/agents'],
    ['https://oauth2:placeholder@github.com/acme/agents.git', 'https://github.com/acme/agents'],
    ['https://github.acme.internal:8443/platform/agents/', 'https://github.acme.internal:8443/platform/agents'],
  ])('GitHub from %s', (remote, base) => {
    const link = codeLinker({ remote, commit: SHA })!;
    expect(link('agents/notes/agent.py', lines(10, 12))).toBe(`${base}/blob/${SHA}/agents/notes/agent.py#L10-L12`);
    expect(link('agent.py', lines(7))).toBe(`${base}/blob/${SHA}/agent.py#L7`);
  });

  it('writes GitLab links its own way, subgroups included, and takes the forge the record names', () => {
    const gitlab = codeLinker({ remote: 'git@gitlab.com:acme/platform/agents.git', commit: SHA })!;
    expect(gitlab('a.py', lines(10, 12))).toBe(`https://gitlab.com/acme/platform/agents/-/blob/${SHA}/a.py#L10-12`);
    expect(gitlab('a.py', lines(3))).toBe(`https://gitlab.com/acme/platform/agents/-/blob/${SHA}/a.py#L3`);
    const selfHosted = codeLinker({ remote: 'https://code.acme.example/team/agents', commit: SHA, forge: 'gitlab' })!;
    expect(selfHosted('a.py', lines(1))).toBe(`https://code.acme.example/team/agents/-/blob/${SHA}/a.py#L1`);
  });

  it('puts the audited folder in front of report paths and percent-encodes each segment', () => {
    const link = codeLinker({ remote: 'https://github.com/acme/mono', commit: SHA, root: 'services/bots' })!;
    expect(link('billing #2/ägent.py', lines(4))).toBe(`https://github.com/acme/mono/blob/${SHA}/services/bots/billing%20%232/%C3%A4gent.py#L4`);
    expect(link('../escape.py', lines(1))).toBeUndefined();
  });

  it.each([
    ['no commit', { remote: 'https://github.com/acme/agents' }],
    ['a branch name for a commit', { remote: 'https://github.com/acme/agents', commit: 'main' }],
    ['no remote', { commit: SHA, repository: 'acme/agents' }],
    ['a forge nobody can tell', { remote: 'https://code.acme.example/team/agents', commit: SHA }],
    ['a script URL', { remote: 'javascript:alert(1)//github.com/a/b', commit: SHA }],
    ['a local path', { remote: '/srv/git/agents.git', commit: SHA }],
    ['a repository path with ..', { remote: 'https://github.com/acme/../agents', commit: SHA }],
    ['one segment', { remote: 'https://github.com/agents', commit: SHA }],
  ])('gives no link for %s', (_, source) => {
    expect(codeLinker(source)).toBeUndefined();
  });
});
