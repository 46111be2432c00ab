import { closeSync, openSync, readSync, statSync } from 'node:fs';
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
 * Reads synchronously: an agent's files are small and many, and each promise-based `stat` and `readFile` is
 * several trips through libuv's thread pool (issue 16: 2,400 files took 200-300 ms and 0.3-0.5 s of CPU that
 * way, 40 ms read in turn). Callers run in a worker, or audit one agent on the main thread.
 */
export async function readSources(root: string, absolutePaths: readonly string[], maxFileBytes: number): Promise<ReadResult> {
  const slots = absolutePaths.map((absolutePath) => readOne(root, absolutePath, maxFileBytes));
  const result: ReadResult = { files: [], skipped: [] };
  for (const slot of slots) {
    if ('text' in slot) result.files.push(slot);
    else result.skipped.push(slot);
  }
  return result;
}

function readOne(root: string, absolutePath: string, maxFileBytes: number): SourceFile | SkippedFile {
  const relative = toPosixRelative(root, absolutePath);
  const byName = skipByName(absolutePath);
  if (byName) return { path: relative, reason: byName };
  try {
    const info = statSync(absolutePath);
    // The walk hands over a folder it could not list (see walk.ts), so the reason reaches the report.
    if (info.isDirectory()) return { path: relative, reason: 'unreadable-folder' };
    if (info.size > maxFileBytes) return { path: relative, reason: 'too-large' };
    const bytes = readWhole(absolutePath, info.size);
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

/**
 * One buffer per thread that every file is read into: the texts are decoded out of it at once. A new Buffer per
 * file (`readFileSync`) is memory outside the heap that V8 frees late; it held 300 MB at the peak of a
 * 400-agent audit.
 */
let scratch = Buffer.allocUnsafe(1 << 20);

/** The whole file, read to its end (it may have grown since `stat`), as a view of `scratch` valid until the next read. */
function readWhole(absolutePath: string, statSize: number): Buffer {
  if (scratch.length < statSize + 1) scratch = Buffer.allocUnsafe(statSize + 1);
  const fd = openSync(absolutePath, 'r');
  try {
    let length = 0;
    for (;;) {
      if (length === scratch.length) {
        const grown = Buffer.allocUnsafe(scratch.length * 2);
        scratch.copy(grown, 0, 0, length);
        scratch = grown;
      }
      const read = readSync(fd, scratch, length, scratch.length - length, null);
      if (read === 0) return scratch.subarray(0, length);
      length += read;
    }
  } finally {
    closeSync(fd);
  }
}
