// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { n as leavesBase } from "./chunk-path-containment.js";
import path from "node:path";
// src/util/display-root.ts
/** The root as shown in reports: relative to the working directory when inside it, POSIX either way. */
function displayRoot(absolute, cwd) {
	const relative = path.relative(cwd, absolute);
	return (relative === "" ? "." : leavesBase(relative) ? absolute : relative).split(path.sep).join("/");
}
export { displayRoot as t };
