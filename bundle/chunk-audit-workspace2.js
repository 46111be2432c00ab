// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { n as loadRootConfig } from "./chunk-root-config2.js";
import { a as parseShard, i as inShard, n as batchRunner, r as discoverWorkspace, t as auditWorkspace } from "./chunk-audit-workspace.js";
export { auditWorkspace, batchRunner, discoverWorkspace, inShard, loadRootConfig, parseShard };
