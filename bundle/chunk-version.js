// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { readFileSync } from "node:fs";
// src/version.ts
/** Read once from package.json so `--version`, reports and SARIF can never disagree. */
var manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
var TOOL_NAME = "agentops-cockpit";
var TOOL_VERSION = manifest.version;
var TOOL_INFORMATION_URI = manifest.homepage;
export { TOOL_NAME as n, TOOL_VERSION as r, TOOL_INFORMATION_URI as t };
