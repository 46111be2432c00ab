// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import path from "node:path";
// src/lake/default-path.ts
/** The evidence lake's folder inside a workspace. Alone in its module: every command's help text shows it at start-up. */
var DEFAULT_LAKE = path.join(".cockpit", "evidence_lake");
export { DEFAULT_LAKE as t };
