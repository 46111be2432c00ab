import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/cli.js';

/**
 * Issue 17: no import cycle between the top-level folders of src/ (runtime code; tests and `testing/` helpers
 * may reach across). A cycle means two folders cannot be understood, tested or loaded one without the other.
 */
const SRC = path.join(REPO_ROOT, 'src');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/g;

function runtimeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : runtimeFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const folderOf = (file: string) => path.relative(SRC, file).split(path.sep)[0]!;

function folderEdges(): Map<string, Map<string, string>> {
  const edges = new Map<string, Map<string, string>>();
  for (const file of runtimeFiles(SRC)) {
    const from = folderOf(file);
    if (from.endsWith('.ts')) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const to = folderOf(path.resolve(path.dirname(file), match[1]!));
      if (to === from || to.endsWith('.js')) continue;
      const targets = edges.get(from) ?? new Map<string, string>();
      if (!targets.has(to)) targets.set(to, `${path.relative(SRC, file)} imports ${match[1]}`);
      edges.set(from, targets);
    }
  }
  return edges;
}

describe('src/ folders', () => {
  it('import each other without cycles', () => {
    const edges = folderEdges();
    expect(edges.size).toBeGreaterThan(10);
    const cycles: string[] = [];
    for (const [from, targets] of edges) {
      for (const [to, why] of targets) {
        const back = edges.get(to)?.get(from);
        if (back && from < to) cycles.push(`${from} <-> ${to}: ${why}; ${back}`);
      }
    }
    // Longer cycles (a -> b -> c -> a): a depth-first search over the folder graph.
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (folder: string): void => {
      state.set(folder, 'open');
      stack.push(folder);
      for (const next of edges.get(folder)?.keys() ?? []) {
        if (state.get(next) === 'open') cycles.push(`cycle: ${[...stack.slice(stack.indexOf(next)), next].join(' -> ')}`);
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(folder, 'done');
    };
    for (const folder of [...edges.keys()].sort()) if (!state.has(folder)) visit(folder);
    expect([...new Set(cycles)]).toEqual([]);
  });
});
