import path from 'node:path';
import { frameworksFromImports } from './local-modules.js';
import type { SourceFile } from '../source/read-sources.js';
import { sha256Hex } from '../util/hash.js';
import { frameworksFromManifest, javascriptImports, pythonImports } from './frameworks.js';
import { readManifest } from './manifests.js';
import { agentIdSource } from '../util/agent-location.js';

type AgentLanguage = 'python' | 'typescript' | 'javascript' | 'mixed' | 'unknown';

export interface AgentIdentity {
  /** Stable across machines: a digest of the agent's path relative to the workspace root. */
  id: string;
  name: string;
  /** POSIX path of the agent root relative to the workspace root (`.` for a single-agent audit). */
  path: string;
  /** POSIX path of the entry point ("brain") relative to the agent root, or null when none is evident. */
  entrypoint: string | null;
  language: AgentLanguage;
  frameworks: string[];
}

/** Conventional entry files, strongest first (framework conventions, then generic names). */
const ENTRY_CANDIDATES = [
  'agent.py', 'agent/agent.py', 'src/agent.py', 'crew.py', 'main.py', 'src/main.py', 'app.py', '__main__.py', 'graph.py',
  'src/agent.ts', 'src/index.ts', 'src/mastra/index.ts', 'agent.ts', 'main.ts', 'index.ts', 'src/main.ts',
  'src/index.js', 'index.js', 'main.js',
];

/** The hash that names an agent's partition: 16 hex chars of sha256 over its workspace-relative path. */
export function agentHash(relativePath: string): string {
  return sha256Hex(`agent:${relativePath}`).slice(0, 16);
}

function languageOf(files: readonly SourceFile[]): AgentLanguage {
  const counts = { python: 0, typescript: 0, javascript: 0 };
  for (const file of files) if (file.language !== 'other') counts[file.language]++;
  const script = counts.typescript + counts.javascript;
  if (counts.python > 0 && script > 0) return counts.python >= script * 4 ? 'python' : script >= counts.python * 4 ? (counts.typescript > 0 ? 'typescript' : 'javascript') : 'mixed';
  if (counts.python > 0) return 'python';
  if (counts.typescript > 0) return 'typescript';
  if (counts.javascript > 0) return 'javascript';
  return 'unknown';
}

/**
 * Names an agent from the files under its root: manifest name (else folder name), entry point,
 * language and the frameworks its imports and manifests use.
 */
export function identifyAgent(options: { root: string; relativePath: string; files: readonly SourceFile[] }): AgentIdentity {
  const { root, relativePath, files } = options;
  const frameworks = new Set<string>();
  let name: string | undefined;
  const byPath = new Map(files.map((file) => [file.path, file]));
  const paths = new Set(byPath.keys());
  const frameworkFiles: string[] = [];

  for (const file of files) {
    const manifest = readManifest(path.posix.basename(file.path), file.text);
    if (manifest) {
      // The top-level manifest names the agent; nested ones only add dependencies.
      if (!file.path.includes('/') && manifest.name && name === undefined) name = manifest.name;
      for (const id of frameworksFromManifest(manifest)) frameworks.add(id);
      continue;
    }
    if (file.language === 'other') continue;
    const python = file.language === 'python';
    const found = frameworksFromImports(file.path, python, python ? pythonImports(file.text) : javascriptImports(file.text), paths, file.text);
    if (found.size > 0) frameworkFiles.push(file.path);
    for (const id of found) frameworks.add(id);
  }

  const entrypoint = ENTRY_CANDIDATES.find((candidate) => byPath.has(candidate)) ?? frameworkFiles[0] ?? null;
  const idSource = agentIdSource(root, relativePath);
  return {
    id: agentHash(idSource),
    name: name ?? path.basename(root),
    path: relativePath,
    entrypoint,
    language: languageOf(files),
    frameworks: [...frameworks].sort(),
  };
}
