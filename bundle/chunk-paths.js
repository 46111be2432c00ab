// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import path from "node:path";
// src/util/paths.ts
/** POSIX path of `target` relative to `root`: the only path form that appears in reports. */
function toPosixRelative(root, target) {
	const relative = path.relative(root, target);
	return relative === "" ? "." : relative.split(path.sep).join("/");
}
export { toPosixRelative as t };
