import { constants, type Stats } from 'node:fs';
import { lstat, open, rename, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { resolveInside } from '../util/path-containment.js';
import { decodeText, encodeText, hasUtf8Bom, type Encoding } from '../source/decode.js';
import { errorMessage } from '../util/errors.js';

/**
 * Heal reads and writes only regular files inside the agent, the way a careful editor does: a
 * symbolic link, FIFO, device or folder is never followed, read or replaced; a file is written in
 * the encoding, byte-order mark, mode and owner it had, through a temporary file in its own folder
 * and a rename; a read-only file, a file with other hard links and a file whose owner cannot be kept
 * are refused with a one-line reason.
 */

/** What heal knows about a file it read, to write it back the same way (and to notice it changed). */
export interface ReadFile {
  text: string;
  encoding: Encoding;
  bom: boolean;
  bytes: Buffer;
  /** Undefined when the file does not exist yet (a new `.env.example`). */
  stats?: Pick<Stats, 'dev' | 'ino' | 'mode' | 'uid' | 'gid'>;
}

export type ReadOutcome = { file: ReadFile } | { refused: string };

const isRoot = (): boolean => process.getuid?.() === 0;

function kindOf(stats: Stats): string {
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Why heal will not rewrite this regular file, if it will not. */
function refusalFor(stats: Stats): string | undefined {
  if ((stats.mode & 0o200) === 0) return `read-only (mode ${(stats.mode & 0o777).toString(8).padStart(4, '0')}); left untouched`;
  if (stats.nlink > 1) return `has ${stats.nlink - 1} other hard link(s); rewriting it would split them, so it is left untouched`;
  const uid = process.getuid?.();
  if (uid !== undefined && uid !== 0 && stats.uid !== uid) return `owned by another user (uid ${stats.uid}); heal would change its owner, so it is left untouched`;
  return undefined;
}

/** The file (or the one about to be created) lies inside the agent, through any linked folder on the way. */
async function insideRoot(file: string, root: string): Promise<boolean> {
  return (await resolveInside(root, file, { allowMissing: true })).inside;
}

/**
 * Reads a file heal may edit. `missing: 'empty'` treats a file that does not exist as empty (it
 * will be created); otherwise a missing file is refused.
 */
export async function readForEdit(file: string, root: string, options: { missing?: 'empty' } = {}): Promise<ReadOutcome> {
  let before: Stats;
  try {
    before = await lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && options.missing === 'empty') {
      if (!(await insideRoot(file, root))) return { refused: 'is outside the agent folder (through a linked folder); left alone' };
      return { file: { text: '', encoding: 'utf-8', bom: false, bytes: Buffer.alloc(0) } };
    }
    return { refused: `cannot be read (${errorMessage(error).split('\n')[0]})` };
  }
  if (before.isSymbolicLink()) return { refused: 'is a symbolic link; heal edits only regular files, so it is left alone' };
  if (!before.isFile()) return { refused: `is ${kindOf(before)}, not a regular file; left alone` };
  if (!(await insideRoot(file, root))) return { refused: 'is outside the agent folder (through a linked folder); left alone' };
  const refusal = refusalFor(before);
  if (refusal) return { refused: refusal };

  // O_NOFOLLOW and O_NONBLOCK: should the path have turned into a link or a FIFO since lstat, open fails or returns at once.
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return { refused: `cannot be opened safely (${errorMessage(error).split('\n')[0]}); left alone` };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile() || stats.dev !== before.dev || stats.ino !== before.ino) return { refused: 'changed while heal opened it; left alone' };
    const bytes = await handle.readFile();
    const decoded = decodeText(bytes);
    if (!decoded) return { refused: 'looks binary; left untouched' };
    const bom = decoded.encoding === 'utf-8' && hasUtf8Bom(bytes);
    // Only a file that survives decode → encode unchanged can be edited without touching other bytes.
    const again = encodeText(decoded.text, decoded.encoding, { bom });
    if (!again || !again.equals(bytes)) return { refused: `does not read back byte for byte as ${decoded.encoding}; left untouched` };
    return { file: { text: decoded.text, encoding: decoded.encoding, bom, bytes, stats: { dev: stats.dev, ino: stats.ino, mode: stats.mode, uid: stats.uid, gid: stats.gid } } };
  } finally {
    await handle.close();
  }
}

/** The new text in the file's own encoding and byte-order mark, or why it cannot be. */
export function encodeLike(original: ReadFile, text: string): Buffer | string {
  return encodeText(text, original.encoding, { bom: original.bom }) ?? `the edit holds characters ${original.encoding} cannot store; left untouched`;
}

/**
 * Replaces `file` with `bytes`, keeping the mode and owner of what was read. Returns why it did not,
 * when the file changed since it was read (or appeared, for a new file) or its owner cannot be kept.
 */
export async function writeLikeOriginal(file: string, root: string, original: ReadFile, bytes: Buffer): Promise<string | undefined> {
  // Read again: what is there now must be exactly what the plan was made from.
  const now = await readForEdit(file, root, { missing: 'empty' });
  if ('refused' in now) return now.refused;
  const same = original.stats ? now.file.stats?.ino === original.stats.ino && now.file.stats.dev === original.stats.dev : !now.file.stats;
  if (!same || !now.file.bytes.equals(original.bytes)) return 'changed since heal read it; heal again';

  const folder = path.dirname(file);
  const owner = original.stats ?? (isRoot() ? await lstat(folder) : undefined);
  const temporary = path.join(folder, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  // A new file gets the usual mode (0666 less the umask); an existing one its own mode, set below.
  const handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, original.stats ? 0o600 : 0o666);
  let renamed = false;
  try {
    await handle.writeFile(bytes);
    // chown first: it clears set-user-id bits, which chmod then restores.
    if (owner) {
      const created = await handle.stat();
      if (created.uid !== owner.uid || created.gid !== owner.gid) {
        try {
          await handle.chown(owner.uid, owner.gid);
        } catch (error) {
          return `cannot keep its owner ${owner.uid}:${owner.gid} (${errorMessage(error).split('\n')[0]}); left untouched`;
        }
      }
    }
    if (original.stats) await handle.chmod(original.stats.mode & 0o7777);
    await handle.sync();
    await handle.close();
    await rename(temporary, file);
    renamed = true;
    return undefined;
  } finally {
    if (!renamed) {
      await handle.close().catch(() => undefined);
      await rm(temporary, { force: true });
    }
  }
}
