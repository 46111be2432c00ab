import path from 'node:path';
import type { AgentFiles } from '../rules/types.js';
import { readSources, type SourceFile } from '../source/read-sources.js';

/**
 * Where the agent's files are on disk, for a worker whose batch carries only some of them: a check that
 * follows an import into another module reads that one file on demand instead of every batch carrying all texts.
 */
export interface AgentFileIndex {
  /** Absolute agent root; `paths` are relative to it. */
  readonly root: string;
  readonly maxFileBytes: number;
  readonly paths: readonly string[];
}

/** The agent's files for cross-module checks: the batch's own files, the others read (once) from disk when asked for. */
export function agentFilesOf(files: readonly SourceFile[], index?: AgentFileIndex): AgentFiles {
  const held = new Map(files.map((file): [string, SourceFile] => [file.path, file]));
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
