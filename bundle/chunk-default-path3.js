// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/triage/default-path.ts
/** Where the triage file lives, relative to the audited root; committed like the baseline. */
var DEFAULT_TRIAGE = ".cockpit/triage.json";
export { DEFAULT_TRIAGE as t };
