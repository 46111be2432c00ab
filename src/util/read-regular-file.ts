import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { CockpitError } from './errors.js';
import { isInsideOrSame } from './path-containment.js';

/**
 * The one input opener for files read by name (cockpit.yaml, ignore files, a baseline): only a
 * regular file is read, so a FIFO cannot block the run and `/dev/zero` cannot fill the memory; with
 * a root, the file must stay inside it after symbolic links are followed; and never more than
 * `maxBytes`. Every refusal is a one-line CockpitError naming the file.
 */
export interface RegularFileOptions {
  /** How messages name the file. */
  shown: string;
  /** When set, the file, symbolic links followed, must be this folder or below it. */
  root?: string;
  maxBytes: number;
}

export type InputRefusal = 'missing' | 'unreadable' | 'not-regular' | 'outside' | 'too-large';

export class InputFileError extends CockpitError {
  constructor(
    readonly reason: InputRefusal,
    message: string,
    /** The system's error code when the system refused (ENOENT, EACCES). */
    readonly code?: string,
  ) {
    super(message);
  }
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / 1024 / 1024} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}

const notRegular = (info: Stats, shown: string): InputFileError => new InputFileError('not-regular', `${shown}: ${kindOf(info)}, not a regular file; not read`);

const tooLarge = (shown: string, maxBytes: number): InputFileError => new InputFileError('too-large', `${shown}: larger than ${formatBytes(maxBytes)}; not read`);

/** The refusal of what the system said; a refusal of ours thrown inside the same `try` passes through as it is. */
function systemError(error: unknown, shown: string): InputFileError {
  if (error instanceof InputFileError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new InputFileError(code === 'ENOENT' ? 'missing' : 'unreadable', `${shown}: cannot be read (${code ?? 'unknown error'})`, code);
}

export async function readRegularFile(file: string, options: RegularFileOptions): Promise<string> {
  const { shown, maxBytes } = options;
  let real: string;
  let info: Stats;
  try {
    const own = await lstat(file);
    real = own.isSymbolicLink() ? await realpath(file) : file;
    info = own.isSymbolicLink() ? await stat(real) : own;
  } catch (error) {
    throw systemError(error, shown);
  }
  if (options.root !== undefined) {
    const root = await realpath(options.root).catch(() => path.resolve(options.root!));
    // The folder holding the file may itself be reached through a link: compare real paths.
    const resolved = real === file ? await realpath(file).catch(() => file) : real;
    if (!isInsideOrSame(root, resolved)) {
      throw new InputFileError('outside', `${shown}: a symbolic link that leads outside the audited folder; not read`);
    }
  }
  if (!info.isFile()) throw notRegular(info, shown);
  if (info.size > maxBytes) throw tooLarge(shown, maxBytes);

  let handle;
  try {
    // O_NONBLOCK: should the file be swapped for a FIFO after the check, opening it still does not wait.
    handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    throw systemError(error, shown);
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw notRegular(opened, shown);
    // Read up to one byte more than allowed, so a file that grew since the check is caught too.
    let buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) break;
      if (length === buffer.length) buffer = Buffer.concat([buffer, Buffer.alloc(Math.min(buffer.length, maxBytes + 1 - buffer.length))]);
    }
    if (length > maxBytes) throw tooLarge(shown, maxBytes);
    return buffer.subarray(0, length).toString('utf8');
  } catch (error) {
    throw systemError(error, shown);
  } finally {
    await handle.close();
  }
}

/**
 * The same checks for synchronous readers (package-manager config files: .npmrc, pip.conf, uv.toml):
 * opened without following or waiting, then only a regular file of at most `maxBytes` is read.
 */
export function readRegularFileSync(file: string, options: Omit<RegularFileOptions, 'root'>): string {
  const { shown, maxBytes } = options;
  let descriptor: number;
  try {
    // Links are followed here (a dotfile manager's ~/.npmrc is one); O_NONBLOCK keeps a FIFO from blocking.
    descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw systemError(error, shown);
  }
  try {
    const info = fstatSync(descriptor);
    if (!info.isFile()) throw notRegular(info, shown);
    if (info.size > maxBytes) throw tooLarge(shown, maxBytes);
    const buffer = Buffer.alloc(info.size + 1);
    let length = 0;
    for (let read; length < buffer.length && (read = readSync(descriptor, buffer, length, buffer.length - length, length)) > 0; ) length += read;
    if (length > maxBytes) throw tooLarge(shown, maxBytes);
    return buffer.subarray(0, length).toString('utf8');
  } catch (error) {
    throw systemError(error, shown);
  } finally {
    closeSync(descriptor);
  }
}
