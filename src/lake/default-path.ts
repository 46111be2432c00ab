import path from 'node:path';

/** The evidence lake's folder inside a workspace. Alone in its module: every command's help text shows it at start-up. */
export const DEFAULT_LAKE = path.join('.cockpit', 'evidence_lake');
