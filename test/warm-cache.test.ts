import fs from 'node:fs';
import { mkdtemp, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RACY_WINDOW_MS, signatureOf, WARM_CACHE_FILE } from '../src/audit/warm-cache.js';
import { makeTree, removeTree, tokenLike } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';

/**
 * Warm runs that stat instead of read (src/audit/warm-cache.ts): nothing changed → the lake's records without
 * reading a file; anything changed → the full run, whose report equals a cold run's.
 */
const TOKEN = tokenLike('ghp_', 36, 7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
/** Same length as TOKEN, so swapping one for the other keeps the file's size. */
const PLACEHOLDER = `"${'x'.repeat(TOKEN.length)}"`;

const FLEET: Record<string, string> = {
  'agents/weather/__init__.py': 'from . import agent\n',
  'agents/weather/agent.py': 'from google.adk.agents import Agent\n\nroot_agent = Agent(name="weather", model="gemini-2.5-flash", instruction="Report the weather.")\n',
  'agents/weather/settings.py': `GREETING = ${PLACEHOLDER}\n`,
  'agents/research/requirements.txt': 'crewai==0.130.0\n',
  'agents/research/crew.py': 'from crewai import Agent, Crew, Task\nfrom crewai.project import CrewBase\n\n@CrewBase\nclass Research:\n    pass\n',
  'agents/research/config/agents.yaml': 'researcher:\n  role: Finds sources\n',
  'README.md': '# fleet\n',
};

const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map(removeTree));
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fleet and a lake outside it, audited once cold after the racy window, so the next run may be warm. */
async function auditedFleet(): Promise<{ root: string; lake: string; cold: string }> {
  const root = await makeTree(FLEET);
  const lake = await mkdtemp(path.join(os.tmpdir(), 'cockpit-lake-'));
  folders.push(root, lake);
  await sleep(RACY_WINDOW_MS + 100);
  const cold = await report(root, lake, ['--no-cache']);
  return { root, lake, cold: cold.stdout };
}

function report(root: string, lake: string, extra: string[] = []) {
  return runInProcess(['report', '--workspace', root, '--lake', lake, '--format', 'json', '--quiet', '--debug', '--jobs', '1', ...extra]);
}

/** What a cold run in a fresh lake says about the tree as it is now. */
async function coldReport(root: string): Promise<string> {
  const lake = await mkdtemp(path.join(os.tmpdir(), 'cockpit-lake-'));
  folders.push(lake);
  return (await report(root, lake, ['--no-cache'])).stdout;
}

const WARM = /warm path: \d+ agents from the lake; \d+ files and \d+ folders statted, none read/;

function findingsOf(stdout: string, agentPath: string): string[] {
  const agent = (JSON.parse(stdout) as { agents: Array<{ path: string; findings: Array<{ ruleId: string; file: string }> }> }).agents.find((entry) => entry.path === agentPath);
  return (agent?.findings ?? []).map((finding) => `${finding.ruleId} ${finding.file}`).sort();
}

/** Paths opened or read through node:fs while `run` runs (the CLI runs in this process). */
async function readsDuring<T>(run: () => Promise<T>): Promise<{ result: T; paths: string[] }> {
  const paths: string[] = [];
  const note = (file: unknown) => {
    if (typeof file === 'string') paths.push(file);
    else if (file instanceof URL) paths.push(file.pathname);
  };
  const originals = { readFileSync: fs.readFileSync, openSync: fs.openSync, readFile: fs.promises.readFile, open: fs.promises.open };
  const wrap = <F extends (...args: never[]) => unknown>(original: F): F =>
    ((...args: Parameters<F>) => {
      note(args[0]);
      return original(...args);
    }) as F;
  fs.readFileSync = wrap(originals.readFileSync);
  fs.openSync = wrap(originals.openSync);
  fs.promises.readFile = wrap(originals.readFile);
  fs.promises.open = wrap(originals.open);
  syncBuiltinESMExports();
  try {
    return { result: await run(), paths };
  } finally {
    Object.assign(fs, { readFileSync: originals.readFileSync, openSync: originals.openSync });
    Object.assign(fs.promises, { readFile: originals.readFile, open: originals.open });
    syncBuiltinESMExports();
  }
}

describe('warm path', () => {
  it('answers an unchanged fleet from stats: no file of the tree is read, the report is the cold one', async () => {
    const { root, lake, cold } = await auditedFleet();
    expect(fs.existsSync(path.join(lake, WARM_CACHE_FILE))).toBe(true);
    const underRoot = (paths: string[]) => paths.filter((file) => file.startsWith(`${root}${path.sep}`));

    // The counter sees reads: a full run reads the agents' files.
    const full = await readsDuring(() => report(root, lake, ['--no-cache']));
    expect(underRoot(full.paths)).toContain(path.join(root, 'agents/weather/agent.py'));

    const warm = await readsDuring(() => report(root, lake));
    expect(warm.result.stderr).toMatch(WARM);
    expect(underRoot(warm.paths)).toEqual([]);
    expect(warm.result.stdout).toBe(cold);
  });

  it('a same-size edit whose mtime is put back is still seen (ctime), and that agent is audited again', async () => {
    const { root, lake, cold } = await auditedFleet();
    const file = path.join(root, 'agents/weather/settings.py');
    const before = await stat(file);
    await writeFile(file, `GREETING = "${TOKEN}"\n`);
    await utimes(file, before.atime, before.mtime);
    expect((await stat(file)).size).toBe(before.size);

    const edited = await report(root, lake);
    expect(edited.stderr).not.toMatch(WARM);
    expect(edited.code).toBe(1);
    expect(findingsOf(edited.stdout, 'agents/weather')).not.toEqual(findingsOf(cold, 'agents/weather'));
    expect(findingsOf(edited.stdout, 'agents/weather').some((finding) => finding.includes('agents/weather/settings.py'))).toBe(true);
    expect(edited.stdout).toBe(await coldReport(root));
  });

  it('after an edit, the full run reads the edited agent again but not the unchanged code or files of the others', async () => {
    const { root, lake } = await auditedFleet();
    await writeFile(path.join(root, 'agents/weather/settings.py'), `GREETING = "${TOKEN}"\n`);
    const run = await readsDuring(() => report(root, lake));
    expect(run.result.stderr).not.toMatch(WARM);
    // The edited agent is read again; the research crew's code (discovery keeps its facts), its YAML and the
    // root README (the repository entry) are not.
    expect(run.paths).toContain(path.join(root, 'agents/weather/settings.py'));
    expect(run.paths).not.toContain(path.join(root, 'agents/research/crew.py'));
    expect(run.paths).not.toContain(path.join(root, 'agents/research/config/agents.yaml'));
    expect(run.paths).not.toContain(path.join(root, 'README.md'));
    expect(run.result.stdout).toBe(await coldReport(root));
  });

  it.concurrent.each([
    ['a file is added', async (root: string) => writeFile(path.join(root, 'agents/research/tools.py'), `TOKEN = "${TOKEN}"\n`)],
    ['a file is removed', async (root: string) => rm(path.join(root, 'agents/weather/settings.py'))],
    ['an agent folder is renamed', async (root: string) => rename(path.join(root, 'agents/research'), path.join(root, 'agents/scholar'))],
    ['cockpit.yaml changes', async (root: string) => writeFile(path.join(root, 'cockpit.yaml'), 'exclude:\n  - agents/weather/settings.py\n')],
    ['a code file changes the framework it imports', async (root: string) => writeFile(path.join(root, 'agents/research/crew.py'), 'from langgraph.graph import StateGraph\n\ngraph = StateGraph(dict)\n')],
    ['an ignore file changes', async (root: string) => writeFile(path.join(root, '.cockpitignore'), 'agents/research/\n')],
  ])('runs the full audit when %s, and reports what a cold run reports', async (_what, change) => {
    const { root, lake, cold } = await auditedFleet();
    expect((await report(root, lake)).stderr).toMatch(WARM);
    await change(root);
    const changed = await report(root, lake);
    expect(changed.stderr).not.toMatch(WARM);
    expect(changed.stdout).not.toBe(cold);
    expect(changed.stdout).toBe(await coldReport(root));
  });

  it('never answers from stats taken within the racy window of an edit', async () => {
    // Just written: mtime and ctime are within the window of any run starting now.
    const root = await makeTree(FLEET);
    const lake = await mkdtemp(path.join(os.tmpdir(), 'cockpit-lake-'));
    folders.push(root, lake);
    const file = path.join(root, 'agents/weather/settings.py');
    expect(signatureOf(file, Date.now())).toBe('racy');
    // An old mtime does not help: the ctime of the write is fresh.
    await utimes(file, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    expect(signatureOf(file, Date.now())).toBe('racy');
    expect(signatureOf(file, Date.now() + RACY_WINDOW_MS + 1000)).toMatch(/^\d+:\d+:\d+:\d+:f$/);

    const first = await report(root, lake, ['--no-cache']);
    // The cache holds `racy` for every path of this run: the next run reads again, and sees an edit made now.
    const cache = JSON.parse(await readFile(path.join(lake, WARM_CACHE_FILE), 'utf8')) as { files: Array<[string, string]> };
    expect(cache.files.find(([name]) => name === 'agents/weather/settings.py')?.[1]).toBe('racy');
    await writeFile(file, `GREETING = "${TOKEN}"\n`);
    const second = await report(root, lake);
    expect(second.stderr).not.toMatch(WARM);
    expect(findingsOf(second.stdout, 'agents/weather')).not.toEqual(findingsOf(first.stdout, 'agents/weather'));
  });

  it('scans a file named like the warm cache that is no lake\'s', async () => {
    const root = await makeTree({ ...FLEET, 'scripts/.cockpit-warm-cache.json': `{ "token": "${TOKEN}" }\n` });
    const lake = await mkdtemp(path.join(os.tmpdir(), 'cockpit-lake-'));
    folders.push(root, lake);
    const result = await report(root, lake, ['--no-cache']);
    expect(result.code).toBe(1);
    expect(findingsOf(result.stdout, '.').some((finding) => finding.endsWith('scripts/.cockpit-warm-cache.json'))).toBe(true);
  });

  it('--no-cache always runs the full audit', async () => {
    const { root, lake } = await auditedFleet();
    expect((await report(root, lake, ['--no-cache'])).stderr).not.toMatch(WARM);
  });
});
