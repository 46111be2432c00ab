import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveSettings } from '../src/config/settings.js';
import { FindingsCache, relevantEntries } from '../src/mcp/findings-cache.js';
import { resolveInsideRoot } from '../src/mcp/paths.js';
import { makeTree, removeTree, tokenLike } from './helpers/cli.js';

const trees: string[] = [];
afterAll(async () => {
  await Promise.all(trees.map(removeTree));
});

const TOKEN = tokenLike('ghp_', 36, 91);
const AGENT = (name: string, extra = '') =>
  [
    'from google.adk.agents import Agent; from google.adk.models import Gemini; from google.genai import types',
    extra,
    `root_agent = Agent(name="${name}", model=Gemini(model="gemini-2.5-flash", retry_options=types.HttpRetryOptions(attempts=3)), instruction="Help.")`,
    '',
  ].join('\n');
const MANIFEST = 'google-adk==1.2.0\n';

async function fleet(): Promise<string> {
  const root = await makeTree({
    'agents/a/requirements.txt': MANIFEST,
    'agents/a/agent.py': AGENT('a'),
    'agents/a/sub/helpers.py': 'def helper():\n    return 1\n',
    'agents/b/requirements.txt': MANIFEST,
    'agents/b/agent.py': AGENT('b', `GITHUB_TOKEN = "${TOKEN}"`),
    'scripts/deploy.sh': 'echo deploy\n',
  });
  trees.push(root);
  return root;
}

describe('relevantEntries', () => {
  const entries = [{ path: '.', repository: true }, { path: 'agents/a' }, { path: 'agents/b' }, { path: 'other' }];
  const pick = (target: string) => {
    const picked = relevantEntries(entries, target, (entry) => entry.repository === true);
    return { paths: picked.entries.map((entry) => entry.path), within: picked.within };
  };

  it('takes the agents inside a folder (with the loose files narrowed to it), else the deepest agent around it', () => {
    expect(pick('.')).toEqual({ paths: ['.', 'agents/a', 'agents/b', 'other'], within: undefined });
    expect(pick('agents/a')).toEqual({ paths: ['.', 'agents/a'], within: 'agents/a' });
    expect(pick('agents')).toEqual({ paths: ['.', 'agents/a', 'agents/b'], within: 'agents' });
    expect(pick('agents/a/sub')).toEqual({ paths: ['agents/a'], within: 'agents/a/sub' });
    // A folder in no agent: no answer here (the tool audits it as one agent, as before).
    expect(pick('scripts')).toEqual({ paths: [], within: undefined });
    // `agents/ab` is not inside `agents/a`.
    expect(relevantEntries([{ path: 'agents/ab' }], 'agents/a', () => false).entries).toEqual([]);
  });
});

describe('FindingsCache', () => {
  // The racy rule never trusts a path changed within 2 s of an audit; the clock is moved on instead of waiting.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60_000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('audits only the agent asked about, answers again from stats, and audits again when a file changes', async () => {
    const root = await fleet();
    const settings = resolveSettings({ cwd: root }, {});
    const cache = new FindingsCache(root, settings, 1);
    try {
      const a = await resolveInsideRoot(root, 'agents/a');
      const first = await cache.findingsFor(a);
      expect(first?.source).toBe('audit');
      expect(first?.agents.map((agent) => agent.path)).toEqual(['agents/a']);
      expect(first?.agents[0]!.findings.filter((finding) => finding.category === 'secret')).toEqual([]);

      const again = await cache.findingsFor(a);
      expect(again?.source).toBe('memo');
      expect(again?.agents).toEqual(first?.agents);

      // An edit (a new secret) is seen at once: the memo's stats no longer hold.
      await writeFile(path.join(root, 'agents', 'a', 'agent.py'), AGENT('a', `GITHUB_TOKEN = "${TOKEN}"`));
      vi.setSystemTime(Date.now() + 60_000);
      const edited = await cache.findingsFor(a);
      expect(edited?.source).toBe('audit');
      expect(edited?.agents[0]!.findings.map((finding) => finding.ruleId)).toContain('secret/github-pat');

      // So is a new file in a folder of the agent.
      vi.setSystemTime(Date.now() + 60_000);
      expect((await cache.findingsFor(a))?.source).toBe('memo');
      await writeFile(path.join(root, 'agents', 'a', 'sub', 'more.py'), `TOKEN = "${tokenLike('ghp_', 36, 92)}"\n`);
      vi.setSystemTime(Date.now() + 60_000);
      const added = await cache.findingsFor(a);
      expect(added?.source).toBe('audit');
      expect(added?.agents[0]!.findings.filter((finding) => finding.ruleId === 'secret/github-pat').map((finding) => finding.file).sort()).toEqual([
        'agents/a/agent.py',
        'agents/a/sub/more.py',
      ]);
    } finally {
      cache.dispose();
    }
  });

  it('answers the root as a fleet (one entry per agent, never one agent), a sub-folder from its agent, and no folder outside agents', async () => {
    const root = await fleet();
    const cache = new FindingsCache(root, resolveSettings({ cwd: root }, {}), 1);
    try {
      const whole = await cache.findingsFor(await resolveInsideRoot(root, '.'));
      expect(whole?.source).toBe('audit');
      expect(whole?.agents.map((agent) => agent.path).sort()).toEqual(['.', 'agents/a', 'agents/b']);
      expect(whole?.agents.find((agent) => agent.path === '.')?.kind).toBe('repository');
      expect((await cache.findingsFor(await resolveInsideRoot(root, '.')))?.source).toBe('memo');

      const sub = await cache.findingsFor(await resolveInsideRoot(root, 'agents/a/sub'));
      expect(sub?.agents.map((agent) => agent.path)).toEqual(['agents/a']);
      expect(sub?.within).toBe('agents/a/sub');

      const folder = await cache.findingsFor(await resolveInsideRoot(root, 'agents'));
      expect(folder?.agents.map((agent) => agent.path).sort()).toEqual(['.', 'agents/a', 'agents/b']);
      expect(folder?.within).toBe('agents');

      expect(await cache.findingsFor(await resolveInsideRoot(root, 'scripts'))).toBeUndefined();
    } finally {
      cache.dispose();
    }
  });
});
