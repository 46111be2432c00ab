// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/baseline/default-path.ts
/** Where `ops baseline create` writes, relative to the audited root (no imports: the CLI's help text needs it at start-up). */
var DEFAULT_BASELINE = ".cockpit/baseline.json";
export { DEFAULT_BASELINE as t };
