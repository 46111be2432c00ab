import path from 'node:path';
import type { Tree } from 'web-tree-sitter';
import type { AgentFiles } from '../rules/types.js';
import { parseSource } from '../source/parse.js';
import { readSources, type SourceFile } from '../source/read-sources.js';

/**
 * Where the agent's files are on disk, for a worker whose batch carries only some of them: a check that
 * follows an import into another module reads that one file on demand instead of every batch carrying all texts.
 */
export interface AgentFileIndex {
  /** One audit of one agent: its batches on the same worker share file reads and parsed modules. */
  readonly auditId?: string;
  /** Absolute agent root; `paths` are relative to it. */
  readonly root: string;
  readonly maxFileBytes: number;
  readonly paths: readonly string[];
}

/**
 * This thread's file access for the audit its last batch came from. A worker takes several batches of one large
 * agent; sharing one `AgentFiles` between them lets the cross-module analysis (keyed by it) parse each of the
 * agent's modules once per worker instead of once per batch, which cost more than the batches' own checks.
 */
let lastAudit: { id: string; held: Map<string, SourceFile>; files: BatchFiles } | undefined;

/** The agent's files as a batch sees them, and when the trees parsed through them are freed. */
interface BatchFiles {
  files: AgentFiles;
  /** Frees every tree parsed through `files`; none of them may be read afterwards. */
  freeTrees(): void;
}

/**
 * The agent's files for cross-module checks: the batch's own files, the others read (once) from disk when asked for.
 * Trees are freed explicitly: web-tree-sitter's finalizers free a tree only when the event loop turns, which a batch
 * (its texts already read) never lets happen, so its trees would pile up in wasm memory until it ends and some time
 * after. A batch on its own frees every tree it parsed when `done`; an audit split in batches keeps the modules the
 * cross-module analysis parsed until this thread takes up another audit (a pool runs one task per worker at a time),
 * and leaves each file's own tree to the finalizers, since the analysis may keep it past its batch.
 */
export function agentFilesOf(files: readonly SourceFile[], index?: AgentFileIndex): { files: AgentFiles; done(): void } {
  if (index?.auditId === undefined) {
    const batch = newAgentFiles(new Map(), files, index, 'batch');
    return { files: batch.files, done: () => batch.freeTrees() };
  }
  if (lastAudit?.id !== index.auditId) {
    lastAudit?.files.freeTrees();
    const held = new Map<string, SourceFile>();
    lastAudit = { id: index.auditId, held, files: newAgentFiles(held, [], index, 'audit') };
  }
  for (const file of files) lastAudit.held.set(file.path, file);
  return { files: lastAudit.files.files, done: () => undefined };
}

function newAgentFiles(held: Map<string, SourceFile>, files: readonly SourceFile[], index: AgentFileIndex | undefined, lifetime: 'batch' | 'audit'): BatchFiles {
  for (const file of files) held.set(file.path, file);
  const paths = index ? index.paths : [...held.keys()];
  const known = new Set(paths);
  const reads = new Map<string, Promise<SourceFile | undefined>>();
  const trees = new Map<string, Promise<Tree | undefined>>();
  const parse = (file: SourceFile): Promise<Tree | undefined> => parseSource(file.language, file.path, file.text);
  const kept = (file: SourceFile): Promise<Tree | undefined> => {
    let tree = trees.get(file.path);
    if (!tree) trees.set(file.path, (tree = parse(file)));
    return tree;
  };
  const agentFiles: AgentFiles = {
    paths,
    tree: (file) => (lifetime === 'batch' ? kept(file) : (trees.get(file.path) ?? parse(file))),
    moduleTree: kept,
    read(relative) {
      const file = held.get(relative);
      if (file) return Promise.resolve(file);
      if (!index || !known.has(relative)) return Promise.resolve(undefined);
      let read = reads.get(relative);
      if (!read) {
        const absolute = path.join(index.root, ...relative.split('/'));
        read = readSources(index.root, [absolute], index.maxFileBytes).then(({ files: [found] }) => (found ? { ...found, path: relative } : undefined));
        reads.set(relative, read);
      }
      return read;
    },
  };
  return {
    files: agentFiles,
    freeTrees() {
      const parsed = [...trees.values()];
      trees.clear();
      for (const tree of parsed) void tree.then((found) => found?.delete(), () => undefined);
    },
  };
}
