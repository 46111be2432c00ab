import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { decodeText, isNulPrefixedText, type Encoding } from './decode.js';
import { languageOf, skipByName, type Language, type SkipReason } from './file-kinds.js';
import { toPosixRelative } from '../util/paths.js';

export interface SourceFile {
  /** POSIX path relative to the audited root. */
  readonly path: string;
  readonly absolutePath: string;
  readonly text: string;
  readonly bytes: number;
  readonly encoding: Encoding;
  readonly language: Language;
}

/**
 * Why a file was not scanned. `unreadable` (a file the OS refused: EACCES, EIO...), `unreadable-folder`
 * (a folder that could not be listed) and `nul-prefixed` (text hidden behind leading NUL bytes) may
 * hold a secret, so they fail the run (see gate.ts); `vanished` is a file deleted since the walk.
 */
type SkippedReason = SkipReason | 'binary-content' | 'nul-prefixed' | 'too-large' | 'unreadable' | 'unreadable-folder' | 'vanished';

export interface SkippedFile {
  readonly path: string;
  readonly reason: SkippedReason;
}

export interface ReadResult {
  files: SourceFile[];
  skipped: SkippedFile[];
}

/**
 * Reads the files one after another with synchronous calls: a worker audits one agent at a time, and the files are
 * small and mostly in the page cache, where a promise per stat and read (each a hop through libuv's thread pool,
 * which the workers share) cost about four times the read itself (docs/BENCHMARKS.md, eighth session).
 */
export function readSources(root: string, absolutePaths: readonly string[], maxFileBytes: number): ReadResult {
  const result: ReadResult = { files: [], skipped: [] };
  for (const absolutePath of absolutePaths) {
    const read = readOne(root, absolutePath, maxFileBytes);
    if ('text' in read) result.files.push(read);
    else result.skipped.push(read);
  }
  return result;
}

/** What a path the walk listed as a file turned out to be when it was opened. */
export type ListedFile = { kind: 'file'; bytes: Buffer } | { kind: 'folder' } | { kind: 'not-a-file' } | { kind: 'too-large' };

/**
 * Reads a file the walk listed, whole, with synchronous calls. It is opened without blocking and checked before any
 * read, because the path may have changed since the walk: a FIFO or device put there would block the thread for
 * good, where no deadline can end it. Throws what the file system throws (ENOENT for a file gone since the walk).
 */
export function readListedFile(absolutePath: string, maxBytes: number): ListedFile {
  let descriptor: number;
  try {
    descriptor = openSync(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    // A folder the walk could not list refuses to open too (no read permission; Windows refuses every folder).
    if (isFolder(absolutePath)) return { kind: 'folder' };
    throw error;
  }
  try {
    const info = fstatSync(descriptor);
    if (info.isDirectory()) return { kind: 'folder' };
    if (!info.isFile()) return { kind: 'not-a-file' };
    if (info.size > maxBytes) return { kind: 'too-large' };
    return { kind: 'file', bytes: readFileSync(descriptor) };
  } finally {
    closeSync(descriptor);
  }
}

function isFolder(absolutePath: string): boolean {
  try {
    return statSync(absolutePath).isDirectory();
  } catch {
    return false;
  }
}

function readOne(root: string, absolutePath: string, maxFileBytes: number): SourceFile | SkippedFile {
  const relative = toPosixRelative(root, absolutePath);
  const byName = skipByName(absolutePath);
  if (byName) return { path: relative, reason: byName };
  try {
    const listed = readListedFile(absolutePath, maxFileBytes);
    // The walk hands over a folder it could not list (see walk.ts), so the reason reaches the report.
    if (listed.kind === 'folder') return { path: relative, reason: 'unreadable-folder' };
    if (listed.kind === 'not-a-file') return { path: relative, reason: 'unreadable' };
    if (listed.kind === 'too-large') return { path: relative, reason: 'too-large' };
    const { bytes } = listed;
    const decoded = decodeText(bytes);
    if (!decoded) return { path: relative, reason: isNulPrefixedText(bytes) ? 'nul-prefixed' : 'binary-content' };
    return {
      path: relative,
      absolutePath,
      text: decoded.text,
      bytes: bytes.length,
      encoding: decoded.encoding,
      language: languageOf(absolutePath),
    };
  } catch (error) {
    return { path: relative, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'vanished' : 'unreadable' };
  }
}
