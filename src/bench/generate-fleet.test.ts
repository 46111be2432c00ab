import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FleetFramework, generateFleet, type GeneratedFleet } from './generate-fleet.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'ops.js');
const AGENTS = 20;

/** The id discovery reports for each generated framework (the CLI's plugin ids). */
const DISCOVERED_AS: Record<FleetFramework, string> = {
  'google-adk': 'google-adk',
  crewai: 'crewai',
  langgraph: 'langgraph',
  'openai-agents': 'openai-agents',
  'pydantic-ai': 'pydantic-ai',
  'llama-index': 'llamaindex',
  'ai-sdk': 'vercel-ai-sdk',
  'openai-agents-ts': 'openai-agents',
  mastra: 'mastra',
};

interface Discovered {
  path: string;
  entrypoints: string[];
  frameworks: string[];
  files: number;
}

async function digestTree(root: string): Promise<string> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  const hash = createHash('sha256');
  for (const relative of paths) hash.update(relative).update('\0').update(await readFile(path.join(root, relative))).update('\0');
  return hash.digest('hex');
}

describe('generateFleet', () => {
  let temp: string;
  let fleet: GeneratedFleet;

  beforeAll(async () => {
    temp = await mkdtemp(path.join(os.tmpdir(), 'cockpit-fleet-test-'));
    fleet = await generateFleet(path.join(temp, 'a'), { agents: AGENTS, seed: 11 });
  });

  afterAll(async () => {
    await rm(temp, { recursive: true, force: true });
  });

  it('writes one folder per agent, about 35 KB and 5-6 files each, over several frameworks', () => {
    expect(fleet.agents).toHaveLength(AGENTS);
    expect(new Set(fleet.agents.map((agent) => agent.path)).size).toBe(AGENTS);
    for (const agent of fleet.agents) expect(agent.path).toMatch(/^agents\/[\w-]+$/);
    expect(new Set(fleet.agents.map((agent) => agent.framework)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(fleet.agents.map((agent) => agent.language))).toEqual(new Set(['python', 'typescript']));
    const kbPerAgent = fleet.bytes / 1024 / AGENTS;
    expect(kbPerAgent).toBeGreaterThan(20);
    expect(kbPerAgent).toBeLessThan(55);
    expect(fleet.files / AGENTS).toBeGreaterThanOrEqual(4.5);
    expect(fleet.files).toBe(fleet.agents.reduce((total, agent) => total + agent.files, 0) + 1); // + the root README
  });

  it('is found, agent for agent, by the CLI discovery', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [BIN, 'discover', path.join(temp, 'a'), '--format', 'json'], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      maxBuffer: 16 * 1024 * 1024,
    });
    const discovered = (JSON.parse(stdout) as { agents: Discovered[] }).agents;
    expect(discovered.map((agent) => agent.path).sort()).toEqual(fleet.agents.map((agent) => agent.path).sort());
    const byPath = new Map(discovered.map((agent) => [agent.path, agent]));
    for (const agent of fleet.agents) {
      const found = byPath.get(agent.path);
      expect(found?.entrypoints[0], agent.path).toBe(agent.entrypoint);
      expect(found?.frameworks, agent.path).toContain(DISCOVERED_AS[agent.framework]);
      expect(found?.files, agent.path).toBe(agent.files);
    }
  });

  it('plants its secrets at the reported lines and is deterministic', async () => {
    expect(fleet.planted.length).toBeGreaterThanOrEqual(3);
    expect(new Set(fleet.planted.map((secret) => secret.file.split('/').slice(0, 2).join('/'))).size).toBe(fleet.planted.length);
    for (const secret of fleet.planted) {
      const line = (await readFile(path.join(temp, 'a', secret.file), 'utf8')).split('\n')[secret.line - 1] ?? '';
      expect(line, `${secret.kind} at ${secret.file}:${secret.line}`).toMatch(/(sk-proj-|sk-ant-api03-|AIza|hf_|gsk_|tvly-)[\w-]{20,}/);
    }
    const again = await generateFleet(path.join(temp, 'b'), { agents: AGENTS, seed: 11 });
    expect(again).toEqual(fleet);
    expect(await digestTree(path.join(temp, 'b'))).toBe(await digestTree(path.join(temp, 'a')));
    const other = await generateFleet(path.join(temp, 'c'), { agents: AGENTS, seed: 12 });
    expect(other.agents.map((agent) => agent.path)).not.toEqual(fleet.agents.map((agent) => agent.path));
  });
});
