// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/config/file-names.ts
/** The names of a cockpit.yaml, in the order they are looked for (no imports: cheap to load at start-up). */
var CONFIG_FILE_NAMES = ["cockpit.yaml", "cockpit.yml"];
export { CONFIG_FILE_NAMES as t };
