// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import "./chunk-default-path2.js";
export { a as readTriage } from "./chunk-file4.js";
