/**
 * Every command's registration (options and help; each command's code loads when it runs), in one module
 * so that the bundle (scripts/bundle.mjs) loads them as one chunk instead of one file each.
 */
export { registerBaseline } from './baseline.js';
export { registerDiagnose } from './diagnose.js';
export { registerDiscover } from './discover.js';
export { registerInit } from './init.js';
export { registerLake } from './lake.js';
export { registerMcp } from './mcp.js';
export { registerReport } from './report.js';
export { registerRules } from './rules.js';
export { registerServe } from './serve.js';
export { registerTriage } from './triage.js';
