// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import path from "node:path";
// src/cli/commands/defaults.ts
/** The evidence lake's folder inside a workspace. Alone here: every command's help text shows it at start-up. */
var DEFAULT_LAKE = path.join(".cockpit", "evidence_lake");
export { DEFAULT_LAKE as t };
