import path from 'node:path';
import { DEFAULT_LAKE } from '../../lake/default-path.js';

// The help of options several commands take, worded once: `--help` says the same in every command.

export const CONFIG_HELP = "the fleet's cockpit.yaml, instead of the one found at the root or above the agent (or $COCKPIT_CONFIG)";

export const NO_COLOR_HELP = 'never use colour (NO_COLOR is honoured too)';

/** The default lake folder as help shows it: with / on every platform. */
export const SHOWN_DEFAULT_LAKE = DEFAULT_LAKE.split(path.sep).join('/');

/** `--lake <dir>` of the lake commands that read a lake folder. */
export const LAKE_FOLDER_HELP = `lake folder, relative to the current folder (default: ${SHOWN_DEFAULT_LAKE} in the current folder)`;

/** `--lake <dir|url>` of the lake commands that work on a lake folder or the PostgreSQL fleet store alike. */
export const LAKE_OR_STORE_HELP = `lake folder (relative to the current folder) or postgres:// fleet store (default: ${SHOWN_DEFAULT_LAKE} in the current folder)`;
