import { describe, expect, it } from 'vitest';
import { parseCodeowners, patternRegExp } from './codeowners.js';

describe('patternRegExp (GitHub CODEOWNERS patterns)', () => {
  it.each([
    ['*', 'any/file.py', true],
    ['*.js', 'src/app/main.js', true],
    ['*.js', 'src/app/main.ts', false],
    ['/build/logs/', 'build/logs/today/run.log', true],
    ['/build/logs/', 'src/build/logs/run.log', false],
    ['docs/*', 'docs/getting-started.md', true],
    ['docs/*', 'docs/build-app/troubleshooting.md', false],
    ['apps/', 'teams/apps/main.py', true],
    ['/apps/github', 'apps/github/agent.py', true],
    ['/apps/github', 'apps/githubber/agent.py', false],
    ['**/logs', 'deep/down/logs/x.log', true],
    ['teams/**/agent.py', 'teams/risk/fraud/agent.py', true],
    ['teams/**/agent.py', 'teams/agent.py', true],
  ])('%s against %s: %s', (pattern, path, matches) => {
    expect(patternRegExp(pattern)!.test(path)).toBe(matches);
  });

  it('skips what GitHub does not support: negation and character ranges', () => {
    expect(patternRegExp('!docs/')).toBeUndefined();
    expect(patternRegExp('src/[ab]/')).toBeUndefined();
  });
});

describe('parseCodeowners', () => {
  it('gives the owners of the last matching line, and nobody for a line without owners (GitHub)', () => {
    const owners = parseCodeowners(`# fleet ownership
*                     @acme/platform
teams/risk/           @acme/risk-team ana@example.com   # risk agents
teams/risk/sandbox/
/apps/support/        @acme/support
`);
    expect(owners.ownersOf('teams/risk/fraud-agent/agent.py')).toEqual(['@acme/risk-team', 'ana@example.com']);
    expect(owners.ownersOf('teams/risk/sandbox/agent.py')).toEqual([]);
    expect(owners.ownersOf('apps/support/triage/main.ts')).toEqual(['@acme/support']);
    expect(owners.ownersOf('tools/lint.py')).toEqual(['@acme/platform']);
  });

  it('combines GitLab sections, each deciding by its own last match, with section default owners', () => {
    const owners = parseCodeowners(`* @platform
[Security][2] @sec-team
agents/
agents/payments/ @payments-sec
^[Docs]
*.md @docs
[security]
agents/legacy/ @@maintainer
`);
    expect(owners.ownersOf('agents/payments/refund/agent.py')).toEqual(['@platform', '@payments-sec']);
    expect(owners.ownersOf('agents/legacy/old.py')).toEqual(['@platform', '@@maintainer']);
    expect(owners.ownersOf('agents/search/README.md')).toEqual(['@platform', '@sec-team', '@docs']);
  });
});
