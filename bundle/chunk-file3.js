// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as DEFAULT_TRIAGE } from "./chunk-default-path2.js";
import { a as readTriage } from "./chunk-file4.js";
export { DEFAULT_TRIAGE, readTriage };
