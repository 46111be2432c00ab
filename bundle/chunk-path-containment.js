// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { lstat, realpath } from "node:fs/promises";
import path from "node:path";
// src/util/path-containment.ts
/**
* "Is this path inside the root": the one answer for everything that takes a path from outside (an
* MCP client, an HTTP request, a report read back from a lake) or writes into the tree (heal). A path
* is inside only when it is so twice: as written, after `..` is normalised away, and for real, once
* every symbolic link on the way (the root's own included) is followed. Comparison is by
* `path.relative`, so separators, drive letters and the platform's case rules are the platform's.
*/
/**
* Whether a relative path (native or POSIX separators) climbs out of where it is relative to:
* `..` and `../x` do, `..foo` and `x/..bar` are ordinary names and do not; an absolute path does too
* (on Windows, `path.relative` gives one for another drive).
*/
function leavesBase(relative) {
	return relative === ".." || relative.startsWith("../") || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}
/** Whether `target` is `base` itself or somewhere below it (both absolute, symlinks not resolved). */
function isInsideOrSame(base, target) {
	return !leavesBase(path.relative(base, target));
}
/** Whether `target` lies below `base`, `base` itself excluded (both absolute, symlinks not resolved). */
function isStrictlyInside(base, target) {
	const relative = path.relative(base, target);
	return relative !== "" && !leavesBase(relative);
}
async function realLocation(absolute, allowMissing) {
	try {
		return await realpath(absolute);
	} catch (error) {
		if (!allowMissing || error.code !== "ENOENT") throw error;
		if (await lstat(absolute).then(() => true, () => false)) throw error;
		return path.join(await realpath(path.dirname(absolute)), path.basename(absolute));
	}
}
/**
* Where `target` (absolute, or relative to `root`) is on disk, provided it lies inside `root` both as
* written and for real. The caller then opens `real`, never `target`, so a link swapped in later
* changes nothing it already decided.
*/
async function resolveInside(root, target, options = {}) {
	if (target.includes("\0") || root.includes("\0")) return {
		inside: false,
		why: "outside"
	};
	const within = options.allowRoot === true ? isInsideOrSame : isStrictlyInside;
	const absolute = path.resolve(root, target);
	if (!within(path.resolve(root), absolute)) return {
		inside: false,
		why: "outside"
	};
	let real;
	let realRoot;
	try {
		[realRoot, real] = await Promise.all([realpath(root), realLocation(absolute, options.allowMissing === true)]);
	} catch (error) {
		const code = error.code;
		return {
			inside: false,
			why: "unreadable",
			...code !== void 0 ? { code } : {}
		};
	}
	if (!within(realRoot, real)) return {
		inside: false,
		why: "link-outside"
	};
	return {
		inside: true,
		absolute,
		real
	};
}
export { leavesBase as n, resolveInside as r, isInsideOrSame as t };
