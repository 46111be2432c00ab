import type { Settings } from '../../config/settings.js';
import type { CliIo } from '../io.js';

// Helpers the commands' run modules share (the registrations import DEFAULT_LAKE from lake/default-path.ts alone).

export { DEFAULT_LAKE } from '../../lake/default-path.js';
export { displayRoot } from '../../util/display-root.js';
export { requireDirectory } from '../../util/require-directory.js';

/** Colour on a TTY unless turned off; never in a file. */
export function useColor(settings: Settings, io: CliIo, toFile = false): boolean {
  if (toFile || settings.color === 'never') return false;
  return settings.color === 'always' || io.stdoutIsTty;
}
