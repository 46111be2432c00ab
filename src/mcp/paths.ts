import { stat } from 'node:fs/promises';
import { redactText } from '../secrets/sensitive-spans.js';
import { CockpitError } from '../util/errors.js';
import { toPosixRelative } from '../util/paths.js';
import { resolveInside } from '../util/path-containment.js';

/** A folder a tool was asked about: where it is on disk and how reports name it. */
export interface RootedPath {
  absolute: string;
  /** POSIX, relative to the server's root; `.` for the root itself. */
  relative: string;
}

const SHOWN_PATH_CHARS = 120;

/** A caller's path as error messages echo it: secrets in it redacted first, then cut to a readable length. */
function echoed(given: string): string {
  // Control characters would break the one-line error (or a terminal showing it).
  const redacted = redactText(given).replace(/[\u0000-\u001f\u007f]/g, '?');
  return redacted.length > SHOWN_PATH_CHARS ? `${redacted.slice(0, SHOWN_PATH_CHARS - 1)}…` : redacted;
}

/**
 * Resolves a tool's `path` argument against the server's root. Anything outside the root is refused,
 * including a symlink inside it that points out: a client may only look at what `--root` exposes.
 */
export async function resolveInsideRoot(root: string, given: string | undefined): Promise<RootedPath> {
  const wanted = given === undefined || given === '' ? '.' : given;
  if (wanted.includes('\0')) throw new CockpitError('path: must not contain NUL characters');
  const shown = echoed(wanted);
  const found = await resolveInside(root, wanted, { allowRoot: true });
  if (!found.inside) {
    if (found.why === 'outside') throw new CockpitError(`${shown}: outside the server's root; give a path relative to it`);
    if (found.why === 'link-outside') throw new CockpitError(`${shown}: resolves outside the server's root (a symbolic link); refused`);
    throw new CockpitError(found.code === 'ENOENT' ? `${shown}: no such file or directory under the server's root` : `${shown}: cannot be read (${found.code ?? 'unknown error'})`);
  }
  if (!(await stat(found.real)).isDirectory()) throw new CockpitError(`${shown}: not a directory; give an agent or workspace folder`);
  return { absolute: found.absolute, relative: toPosixRelative(root, found.absolute) };
}
