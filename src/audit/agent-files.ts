import path from 'node:path';
import type { AgentFiles } from '../rules/types.js';
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

/** The agent's files for cross-module checks: the batch's own files, the others read (once) from disk when asked for. */
export function agentFilesOf(files: readonly SourceFile[], index?: AgentFileIndex): AgentFiles {
  if (index?.auditId === undefined) return newAgentFiles(new Map(), files, index);
  if (lastAudit?.id !== index.auditId) {
    const held = new Map<string, SourceFile>();
    lastAudit = { id: index.auditId, held, files: newAgentFiles(held, [], index) };
  }
  for (const file of files) lastAudit.held.set(file.path, file);
  return lastAudit.files;
}

function newAgentFiles(held: Map<string, SourceFile>, files: readonly SourceFile[], index?: AgentFileIndex): AgentFiles {
  for (const file of files) held.set(file.path, file);
  const paths = index ? index.paths : [...held.keys()];
  const known = new Set(paths);
  const reads = new Map<string, Promise<SourceFile | undefined>>();
  return {
    paths,
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
}
