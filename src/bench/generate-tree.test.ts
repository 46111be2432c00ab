import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_DECOYS_PY, CODE_DECOYS_TS, ENV_DECOYS } from './corpus.js';
import { generateAgentTree, type GeneratedTree } from './generate-tree.js';

const TARGET = 2 * 1024 * 1024;

/** The catalog's shapes for the planted kinds (edges included), kept here so the test stands alone. */
const SHAPES: Record<string, RegExp> = {
  'openai-project-key': /(?<![\w-])sk-proj-[A-Za-z0-9_-]{40,250}(?![\w-])/g,
  'anthropic-api-key': /(?<![\w-])sk-ant-api\d{2}-[A-Za-z0-9_-]{80,120}(?![\w-])/g,
  'google-api-key': /(?<![\w-])AIza[0-9A-Za-z_-]{35}(?![\w-])/g,
  'huggingface-token': /(?<![\w-])hf_[A-Za-z0-9]{34,40}(?![\w-])/g,
  'groq-api-key': /(?<![\w-])gsk_[A-Za-z0-9]{48,56}(?![\w-])/g,
  'tavily-api-key': /(?<![\w-])tvly-[A-Za-z0-9]{28,48}(?![\w-])/g,
};

/** Every decoy line the generator may hand out; the test counts those it finds against what it reports. */
const DECOY_LINES: readonly string[] = [...ENV_DECOYS, ...CODE_DECOYS_PY, ...CODE_DECOYS_TS];

/** Every file under `root` as POSIX relative path → bytes, in sorted order. */
async function readTree(root: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = new Map<string, Buffer>();
  const paths = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  for (const relative of paths) files.set(relative, await readFile(path.join(root, relative)));
  return files;
}

function digest(files: Map<string, Buffer>): string {
  const hash = createHash('sha256');
  for (const [relative, content] of files) hash.update(relative).update('\0').update(content).update('\0');
  return hash.digest('hex');
}

describe('generateAgentTree', () => {
  let temp: string;
  let result: GeneratedTree;
  let files: Map<string, Buffer>;

  beforeAll(async () => {
    temp = await mkdtemp(path.join(os.tmpdir(), 'cockpit-bench-test-'));
    result = await generateAgentTree(path.join(temp, 'a'), { targetBytes: TARGET, seed: 7 });
    files = await readTree(path.join(temp, 'a'));
  });

  afterAll(async () => {
    await rm(temp, { recursive: true, force: true });
  });

  it('reaches the target size and reports what it wrote', () => {
    const onDisk = [...files.values()].reduce((total, content) => total + content.length, 0);
    expect(result.bytes).toBeGreaterThanOrEqual(TARGET);
    expect(result.bytes).toBe(onDisk);
    expect(result.files).toBe(files.size);
  });

  it('keeps every file between 2 and 60 KB and writes the usual agent file types', () => {
    const sizes = [...files.values()].map((content) => content.length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(2 * 1024);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(60 * 1024);
    const names = [...files.keys()];
    for (const suffix of ['.py', '.ts', '.yaml', '.json', '.md', '.env.example', 'pyproject.toml', 'package.json']) {
      expect(names.some((name) => name.endsWith(suffix)), suffix).toBe(true);
    }
  });

  it('is deterministic: the same seed writes the same bytes, another seed does not', async () => {
    const again = await generateAgentTree(path.join(temp, 'b'), { targetBytes: TARGET, seed: 7 });
    const other = await generateAgentTree(path.join(temp, 'c'), { targetBytes: TARGET, seed: 8 });
    expect(again).toEqual(result);
    expect(digest(await readTree(path.join(temp, 'b')))).toBe(digest(files));
    expect(digest(await readTree(path.join(temp, 'c')))).not.toBe(digest(files));
    expect(other.planted.map((secret) => secret.kind)).toEqual(result.planted.map((secret) => secret.kind));
  });

  it('holds exactly the secrets it reports, at the reported lines, and nothing else secret-shaped', () => {
    expect(result.planted.map((secret) => secret.kind).sort()).toEqual(Object.keys(SHAPES).sort());
    for (const secret of result.planted) {
      const content = files.get(secret.file);
      expect(content, secret.file).toBeDefined();
      const line = content?.toString('utf8').split('\n')[secret.line - 1] ?? '';
      expect(line.match(SHAPES[secret.kind] ?? /$^/), `${secret.kind} at ${secret.file}:${secret.line}`).toHaveLength(1);
    }
    let shaped = 0;
    for (const content of files.values()) {
      const text = content.toString('utf8');
      for (const shape of Object.values(SHAPES)) shaped += text.match(shape)?.length ?? 0;
    }
    expect(shaped).toBe(result.planted.length);
  });

  it('plants the fixed set of decoys it reports', () => {
    let found = 0;
    for (const content of files.values()) {
      for (const line of content.toString('utf8').split('\n')) if (DECOY_LINES.includes(line)) found += 1;
    }
    expect(result.decoys).toBeGreaterThanOrEqual(6);
    expect(found).toBe(result.decoys);
  });
});
