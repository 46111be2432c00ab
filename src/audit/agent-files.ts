import path from 'node:path';
import type { SyntaxTree } from '../source/syntax-tree.js';
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
let lastAudit: { id: string; held: Map<string, SourceFile>; files: AgentFiles } | undefined;

/**
 * The agent's files for cross-module checks: the batch's own files, the others read (once) from disk when asked for,
 * each parsed once. Trees are plain JavaScript (source/syntax-tree.ts), so they go when the `AgentFiles` does: a
 * batch on its own keeps every tree it parsed for as long as its caller holds it; an audit split in batches keeps
 * the modules the cross-module analysis parsed until this thread takes up another audit (a pool runs one task per
 * worker at a time), but not each file's own tree: keeping those too raised the 20 MiB agent's peak by a third.
 */
export function agentFilesOf(files: readonly SourceFile[], index?: AgentFileIndex): AgentFiles {
  if (index?.auditId === undefined) return newAgentFiles(new Map(), files, index, 'batch');
  if (lastAudit?.id !== index.auditId) {
    const held = new Map<string, SourceFile>();
    lastAudit = { id: index.auditId, held, files: newAgentFiles(held, [], index, 'audit') };
  }
  for (const file of files) lastAudit.held.set(file.path, file);
  return lastAudit.files;
}

function newAgentFiles(held: Map<string, SourceFile>, files: readonly SourceFile[], index: AgentFileIndex | undefined, lifetime: 'batch' | 'audit'): AgentFiles {
  for (const file of files) held.set(file.path, file);
  const paths = index ? index.paths : [...held.keys()];
  const known = new Set(paths);
  const reads = new Map<string, Promise<SourceFile | undefined>>();
  const trees = new Map<string, Promise<SyntaxTree | undefined>>();
  const parse = (file: SourceFile): Promise<SyntaxTree | undefined> => parseSource(file.language, file.path, file.text);
  const kept = (file: SourceFile): Promise<SyntaxTree | undefined> => {
    let tree = trees.get(file.path);
    if (!tree) trees.set(file.path, (tree = parse(file)));
    return tree;
  };
  return {
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
        const [found] = readSources(index.root, [absolute], index.maxFileBytes).files;
        read = Promise.resolve(found ? { ...found, path: relative } : undefined);
        reads.set(relative, read);
      }
      return read;
    },
  };
}
