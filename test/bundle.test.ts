import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/cli.js';

/**
 * The committed bundle (bundle/) runs where nothing is compiled: action.yml runs it after a production-only
 * `npm ci`, and bin/ops.js falls back to it in an install from source without dist/. So it must be what
 * `npm run bundle` makes of the current sources, and it may import nothing but Node built-ins and runtime
 * dependencies.
 */

const BUNDLE_DIR = path.join(REPO_ROOT, 'bundle');
const manifest = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

let fresh = '';

beforeAll(async () => {
  fresh = await mkdtemp(path.join(os.tmpdir(), 'cockpit-bundle-'));
  await new Promise<void>((resolve, reject) => {
    execFile(process.execPath, ['scripts/bundle.mjs', fresh], { cwd: REPO_ROOT }, (error, _stdout, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve()));
  });
}, 60_000);

afterAll(async () => {
  if (fresh) await rm(fresh, { recursive: true, force: true });
});

describe('the committed bundle (bundle/)', () => {
  it('is current: `npm run bundle` of these sources gives the committed files', async () => {
    const committed = (await readdir(BUNDLE_DIR)).sort();
    expect(committed).toEqual((await readdir(fresh)).sort());
    expect(committed).toEqual(expect.arrayContaining(['main.js', 'ops.js', 'worker.js']));
    for (const name of committed) {
      const same = (await readFile(path.join(BUNDLE_DIR, name), 'utf8')) === (await readFile(path.join(fresh, name), 'utf8'));
      expect(same, `bundle/${name} is out of date: run \`npm run bundle\` and commit bundle/`).toBe(true);
    }
  });

  it('imports only Node built-ins and runtime dependencies, never a file of dist/ or the checkout (only its own chunks)', async () => {
    const runtime = new Set(Object.keys(manifest.dependencies));
    const outside: string[] = [];
    const bundled = new Set(await readdir(BUNDLE_DIR));
    for (const name of bundled) {
      const { importedFiles } = ts.preProcessFile(await readFile(path.join(BUNDLE_DIR, name), 'utf8'), true, true);
      for (const { fileName: specifier } of importedFiles) {
        if (specifier.startsWith('node:')) continue;
        // The bundle's own chunks, beside the entries.
        if (/^\.\/chunk-[\w.-]+\.js$/.test(specifier) && bundled.has(specifier.slice(2))) continue;
        const pkg = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
        if (specifier.startsWith('.') || !runtime.has(pkg)) outside.push(`${name}: ${specifier}`);
      }
    }
    expect(outside).toEqual([]);
  });
});
