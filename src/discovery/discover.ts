import path from 'node:path';
import { languageOf } from '../source/file-kinds.js';
import { readListedFile } from '../source/read-sources.js';
import { DEFAULT_CODE_KINDS, type CodeKinds } from '../source/code-kind.js';
import { toPosixRelative } from '../util/paths.js';
import { frameworksFromManifest, handsTools, javascriptImports, pythonImports } from './frameworks.js';
import { readManifest } from './manifests.js';
import { frameworkSourceFolders, frameworksFromImports } from './local-modules.js';
import { notebookCode } from './notebooks.js';
import { joinAgentPath } from '../util/agent-location.js';

/**
 * Smart discovery: which folders under a workspace are agents, where their "brain" is, and why we
 * think so. Signals, strongest first: a cockpit.yaml naming an entry point; framework conventions
 * (ADK `root_agent`, CrewAI `@CrewBase`, `langgraph.json`); imports of agent frameworks; manifest
 * dependencies on them. An agent's root is the nearest folder with a manifest, else its top package
 * folder; the workspace root's own manifest never swallows the agents below it.
 */
export interface DiscoveredAgent {
  /** POSIX path relative to the workspace root; `.` for the root itself. */
  path: string;
  /** Entry points relative to the agent root, strongest first (may be empty). */
  entrypoints: string[];
  frameworks: string[];
  /** Why this folder is an agent, in words, strongest signal first. */
  reasons: string[];
  /** Absolute paths of the files that belong to this agent (nested agents' files excluded). */
  files: string[];
}

const MANIFESTS = new Set(['pyproject.toml', 'requirements.txt', 'package.json', 'setup.py', 'setup.cfg', 'langgraph.json', 'cockpit.yaml', 'cockpit.yml']);
const CONVENTIONAL_ENTRIES = [
  'agent.py', 'agent/agent.py', 'src/agent.py', 'crew.py', 'main.py', 'src/main.py', 'app.py', '__main__.py', 'graph.py',
  'src/agent.ts', 'src/index.ts', 'src/mastra/index.ts', 'agent.ts', 'main.ts', 'index.ts', 'src/main.ts', 'src/index.js', 'index.js',
];
const CODE = /\.(py|ts|tsx|mts|js|mjs|jsx|ipynb)$/;

interface Candidate {
  /** Why the folder is an agent, each with the index of the file that said so (-1: cockpit.yaml), for a stable order. */
  reasons: Map<string, number>;
  frameworks: Set<string>;
  /** Entry points found by strong signals (config, conventions), relative to the workspace root. */
  strongEntries: string[];
  /** Strong entries found while reading files, with the file's walk index: sorted by it, so read completion order never decides. */
  foundEntries: Array<[number, string]>;
  /** Files that import a framework, relative to the workspace root. */
  importingFiles: string[];
  /** Frameworks seen in imports (reported as one reason). */
  imported: Set<string>;
}

export function isManifest(base: string): boolean {
  return MANIFESTS.has(base) || /^requirements[\w.-]*\.txt$/.test(base);
}

function dirOf(relative: string): string {
  const directory = path.posix.dirname(relative);
  return directory === '' ? '.' : directory;
}

function ancestors(directory: string): string[] {
  const chain: string[] = [];
  for (let current = directory; ; current = dirOf(current)) {
    chain.push(current);
    if (current === '.') return chain;
  }
}

/**
 * What discovery takes from one code file: everything it decides from the text, so a run whose file did not
 * change (same stat signature, audit/warm-cache.ts) can skip reading it.
 */
export interface CodeFileFacts {
  /** Python import roots, or npm package names. */
  imports: string[];
  handsTools: boolean;
  /** `root_agent =` at the start of a line (ADK convention). */
  rootAgent: boolean;
  crewBase: boolean;
}

function codeFileFacts(relative: string, raw: string): CodeFileFacts {
  const notebook = relative.endsWith('.ipynb');
  const text = notebook ? notebookCode(raw) : raw;
  return {
    imports: notebook || languageOf(relative) === 'python' ? pythonImports(text) : javascriptImports(text),
    handsTools: handsTools(text),
    rootAgent: /^root_agent\s*[:=]/m.test(text),
    crewBase: /@CrewBase\b/.test(text),
  };
}

/** Code file facts kept from an earlier run, by relative path; `get` answers only for a file that did not change. */
export interface CodeFactsCache {
  get(relative: string): CodeFileFacts | undefined;
  set(relative: string, facts: CodeFileFacts): void;
}

export interface DiscoverOptions {
  root: string;
  /** Absolute paths of every non-ignored file under the root (from `listFiles`). */
  files: readonly string[];
  /** Entry points declared in cockpit.yaml files, keyed by the folder of that file (POSIX, relative). */
  declaredEntries?: ReadonlyMap<string, readonly string[]>;
  read?: (absolute: string) => Promise<string>;
  /** Which paths are test, fixture or vendored code (never agents); the conventional notion by default. */
  codeKinds?: CodeKinds;
  codeFacts?: CodeFactsCache;
}

/**
 * A synchronous read behind the promise the passes expect: discovery reads every code file of the tree while the
 * workers load their grammars, and a thread-pool hop per file cost more than the read (docs/BENCHMARKS.md).
 * A path that is no longer a file is refused as an unreadable one is.
 */
function readSynchronously(file: string): Promise<string> {
  try {
    const listed = readListedFile(file, Number.POSITIVE_INFINITY);
    if (listed.kind !== 'file') throw new Error(`${file}: not a regular file`);
    return Promise.resolve(listed.bytes.toString('utf8'));
  } catch (error) {
    return Promise.reject(error as Error);
  }
}

export async function discoverAgents(options: DiscoverOptions): Promise<DiscoveredAgent[]> {
  const readOnce = options.read ?? readSynchronously;
  // Manifests are read by the framework-source pass and again by the main pass: one read each.
  const texts = new Map<string, Promise<string>>();
  const read = (file: string): Promise<string> => {
    if (!/(?:^|[\\/])(?:pyproject\.toml|package\.json)$/.test(file)) return readOnce(file);
    let text = texts.get(file);
    if (!text) texts.set(file, (text = readOnce(file)));
    return text;
  };
  const codeKinds = options.codeKinds ?? DEFAULT_CODE_KINDS;
  const relativeFiles = options.files.map((file) => toPosixRelative(options.root, file));
  const fileSet = new Set(relativeFiles);
  // Tests, fixtures and vendored code are never agents, nor is a framework's own library source.
  const frameworkSource = await frameworkSourceFolders(relativeFiles, fileSet, options.files, read);
  const neverAgent = (relative: string): boolean => {
    const kind = codeKinds.kindOf(relative);
    if (kind === 'test' || kind === 'fixture' || kind === 'vendored') return true;
    return frameworkSource.some((folder) => relative.startsWith(`${folder}/`));
  };
  const manifestDirs = new Set(relativeFiles.filter((file) => isManifest(path.posix.basename(file))).map(dirOf));
  const candidates = new Map<string, Candidate>();

  const candidate = (directory: string): Candidate => {
    let entry = candidates.get(directory);
    if (!entry) {
      entry = { reasons: new Map(), frameworks: new Set(), strongEntries: [], foundEntries: [], importingFiles: [], imported: new Set() };
      candidates.set(directory, entry);
    }
    return entry;
  };

  /** The folder that owns a file: nearest manifest folder below the root, else its top package folder. */
  const ownerOf = (relative: string): string => {
    const directory = dirOf(relative);
    for (const folder of ancestors(directory)) {
      if (folder !== '.' && manifestDirs.has(folder)) return folder;
    }
    if (directory === '.') return '.';
    if (relative.endsWith('.py')) {
      let top = directory;
      for (let current = directory; current !== '.' && fileSet.has(`${current}/__init__.py`); current = dirOf(current)) top = current;
      return top;
    }
    return directory;
  };

  for (const [folder, entries] of options.declaredEntries ?? []) {
    const owner = candidate(folder);
    owner.reasons.set('cockpit.yaml names its entry point', -1);
    owner.strongEntries.push(...entries.map((entry) => joinAgentPath(folder, entry)));
  }

  await Promise.all(
    relativeFiles.map(async (relative, index) => {
      const base = path.posix.basename(relative);
      const absolute = options.files[index]!;
      if (neverAgent(relative)) return;
      if (base === 'langgraph.json') {
        const owner = candidate(dirOf(relative));
        addReason(owner, 'langgraph.json declares graphs', index);
        owner.frameworks.add('langgraph');
        try {
          const graphs = (JSON.parse(await read(absolute)) as { graphs?: Record<string, string> }).graphs ?? {};
          for (const target of Object.values(graphs)) {
            const file = path.posix.normalize(path.posix.join(dirOf(relative), target.split(':')[0] ?? ''));
            if (fileSet.has(file)) owner.foundEntries.push([index, file]);
          }
        } catch {
          // A malformed langgraph.json still marks the folder; the audit reports the file.
        }
        return;
      }
      if (isManifest(base)) {
        const text = await read(absolute).catch(() => '');
        const manifest = readManifest(base, text);
        if (!manifest) return;
        const found = frameworksFromManifest(manifest);
        if (found.size === 0) return;
        const owner = candidate(dirOf(relative));
        addReason(owner, `${base} depends on ${[...found].sort().join(', ')}`, index);
        for (const id of found) owner.frameworks.add(id);
        return;
      }
      if (!CODE.test(base)) return;
      let facts = options.codeFacts?.get(relative);
      if (!facts) {
        facts = codeFileFacts(relative, await read(absolute).catch(() => ''));
        options.codeFacts?.set(relative, facts);
      }
      const found = frameworksFromImports(relative, base.endsWith('.ipynb') || languageOf(relative) === 'python', facts.imports, fileSet, facts.handsTools);
      if (found.size === 0) return;
      const owner = candidate(ownerOf(relative));
      owner.importingFiles.push(relative);
      for (const id of found) {
        owner.frameworks.add(id);
        owner.imported.add(id);
      }
      if (found.has('google-adk') && base === 'agent.py' && facts.rootAgent) {
        owner.foundEntries.push([index, relative]);
        addReason(owner, 'ADK convention: agent.py defines root_agent', index);
      }
      if (found.has('crewai') && facts.crewBase) {
        owner.foundEntries.push([index, relative]);
        addReason(owner, 'CrewAI convention: @CrewBase crew', index);
      }
    }),
  );

  for (const entry of candidates.values()) {
    entry.strongEntries.push(...entry.foundEntries.sort((a, b) => a[0] - b[0]).map(([, file]) => file));
  }
  // A root manifest that only declares dependencies is a monorepo's, not an agent, when agents live below.
  const root = candidates.get('.');
  if (root && root.importingFiles.length === 0 && root.strongEntries.length === 0 && candidates.size > 1) candidates.delete('.');
  // A manifest folder with framework dependencies but no code of its own that uses them is still an
  // agent only when it holds code at all (a pure config package is not).
  for (const [folder, entry] of candidates) {
    if (entry.importingFiles.length > 0 || entry.strongEntries.length > 0) continue;
    const hasCode = relativeFiles.some((file) => CODE.test(file) && (folder === '.' || file.startsWith(`${folder}/`)));
    if (!hasCode) candidates.delete(folder);
  }

  const roots = [...candidates.keys()].sort();
  /** Each file belongs to the deepest agent root that contains it. */
  const ownerRoot = (relative: string): string | undefined => {
    for (const folder of ancestors(dirOf(relative))) if (candidates.has(folder)) return folder;
    return undefined;
  };
  const filesByAgent = new Map<string, string[]>(roots.map((folder) => [folder, []]));
  relativeFiles.forEach((relative, index) => {
    const owner = ownerRoot(relative);
    if (owner !== undefined) filesByAgent.get(owner)!.push(options.files[index]!);
  });

  return roots.map((folder) => {
    const entry = candidates.get(folder)!;
    const within = (file: string) => (folder === '.' ? file : file.slice(folder.length + 1));
    const conventional = CONVENTIONAL_ENTRIES.map((name) => joinAgentPath(folder, name)).filter((file) => fileSet.has(file));
    const ordered = [...new Set([...entry.strongEntries, ...conventional, ...entry.importingFiles.sort()])]
      .filter((file) => ownerRoot(file) === folder)
      .map(within);
    return {
      path: folder,
      entrypoints: ordered.slice(0, 5),
      frameworks: [...entry.frameworks].sort(),
      reasons: [...orderedReasons(entry.reasons), ...(entry.imported.size > 0 ? [`code imports ${[...entry.imported].sort().join(', ')}`] : [])],
      files: filesByAgent.get(folder) ?? [],
    };
  });
}

/** Files are read concurrently: a reason keeps the lowest index of the files that gave it, whichever finished first. */
function addReason(owner: { reasons: Map<string, number> }, reason: string, index: number): void {
  const known = owner.reasons.get(reason);
  if (known === undefined || index < known) owner.reasons.set(reason, index);
}

/** In the walk's file order (cockpit.yaml first), the same on every run. */
function orderedReasons(reasons: ReadonlyMap<string, number>): string[] {
  return [...reasons].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([reason]) => reason);
}
