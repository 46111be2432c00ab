// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import "./chunk-default-path.js";
export { r as readBaseline } from "./chunk-file2.js";
