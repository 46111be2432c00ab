import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { chmod, lstat, mkdir, open, readlink, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The one output writer. What a path names decides how it is written:
 * - nothing yet, or a regular file: a temporary file in the same folder renamed over it, so readers
 *   see the old content or the new, never a torn file (the old file's permissions are kept);
 * - a symbolic link: written through to what it points at, by these same rules (the link stays);
 *   a regular file reached through /dev or /proc (`/dev/stdout` redirected to a file) is appended to;
 * - a FIFO or a character device (`/dev/null`, a terminal, `/dev/stdout` on a pipe): written through,
 *   never replaced; a FIFO nobody reads is refused rather than waited on;
 * - a directory, block device or socket: refused.
 * Failures are errors with a `code` (errno names, or the ones below); `describeWriteError` words them.
 */
export async function writeFileAtomic(filePath: string, content: string): Promise<void> {
  await writeTo(path.resolve(filePath), content, 0);
}

/** A target this writer will not write. */
export class OutputRefusedError extends Error {
  override readonly name = 'OutputRefusedError';
  constructor(
    readonly code: 'EISDIR' | 'EBLOCKDEVICE' | 'ESOCKET' | 'ENOREADER' | 'ELOOP',
    message: string,
  ) {
    super(message);
  }
}

const CODE_WORDS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOENT: 'no such folder',
  ENOTDIR: 'a part of the path is not a folder',
  EPIPE: 'the reader went away',
  EIO: 'input/output error',
  ENAMETOOLONG: 'name too long',
};

/** `ENOSPC: no space left on the device`, `a directory`: the reason part of a one-line error. */
export function describeWriteError(error: unknown): string {
  if (error instanceof OutputRefusedError) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (!code) return 'unknown error';
  const words = CODE_WORDS[code];
  return words ? `${code}: ${words}` : code;
}

/** Symbolic links followed before giving up, as the kernel's own limit. */
const MAX_LINKS = 40;

async function writeTo(target: string, content: string, links: number): Promise<void> {
  let info: Stats;
  try {
    info = await lstat(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(path.dirname(target), { recursive: true });
    await replaceAtomically(target, content, undefined);
    return;
  }
  if (info.isSymbolicLink()) {
    if (links >= MAX_LINKS) throw new OutputRefusedError('ELOOP', 'too many levels of symbolic links');
    await writeThroughLink(target, content, links);
    return;
  }
  if (info.isFile()) await replaceAtomically(target, content, info);
  else await writeToSpecial(target, content, info);
}

async function writeThroughLink(link: string, content: string, links: number): Promise<void> {
  let info: Stats | undefined;
  try {
    info = await stat(link);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // A dangling link: create what it names, one hop at a time (the next hop may be a link too).
  if (!info) return writeTo(path.resolve(path.dirname(link), await readlink(link)), content, links + 1);
  if (!info.isFile()) return writeToSpecial(link, content, info);
  // /dev/stdout, /dev/fd/N, /proc/self/fd/N name an open file of some process: add to it, as a shell's
  // `>>` would; renaming over its path would leave that process writing to a file nobody sees.
  const next = path.resolve(path.dirname(link), await readlink(link));
  if (DESCRIPTOR_ALIAS.test(link) || DESCRIPTOR_ALIAS.test(next)) return writeThrough(link, content, constants.O_APPEND);
  return replaceAtomically(await realpath(link), content, info);
}

const DESCRIPTOR_ALIAS = /^\/(?:dev|proc)\//;

async function writeToSpecial(target: string, content: string, info: Stats): Promise<void> {
  if (info.isDirectory()) throw new OutputRefusedError('EISDIR', 'a directory');
  if (info.isBlockDevice()) throw new OutputRefusedError('EBLOCKDEVICE', 'a block device; not overwritten');
  // Opening a socket by name fails; when it is our own stdout (/dev/stdout under a Node parent), printing is the way.
  if (info.isSocket()) throw new OutputRefusedError('ESOCKET', 'a socket, which cannot be opened as a file; to print the report, leave out --output');
  // A character device or a FIFO is written through, never replaced.
  if (!info.isFIFO()) return writeThrough(target, content, 0);
  // Opening a FIFO for writing waits for a reader: ask without waiting first, so no reader is an error,
  // not a hang. The probe stays open until the write is done, so the reader never sees an early end.
  let probe;
  try {
    probe = await open(target, constants.O_WRONLY | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENXIO') throw new OutputRefusedError('ENOREADER', 'a FIFO that no process is reading');
    throw error;
  }
  try {
    await writeThrough(target, content, 0);
  } finally {
    await probe.close();
  }
}

/** Opens for writing only: never created, truncated or replaced (and a terminal never becomes ours). */
async function writeThrough(target: string, content: string, extraFlags: number): Promise<void> {
  const handle = await open(target, constants.O_WRONLY | constants.O_NOCTTY | extraFlags);
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
}

async function replaceAtomically(filePath: string, content: string, previous: Stats | undefined): Promise<void> {
  const directory = path.dirname(filePath);
  const temporary = path.join(directory, `.${path.basename(filePath)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    // The replacement keeps the permissions of the file it replaces (a private report stays private).
    if (previous) await chmod(temporary, previous.mode & 0o7777);
    await rename(temporary, filePath);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
