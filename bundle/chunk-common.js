// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as CockpitError } from "./chunk-errors2.js";
import { n as leavesBase } from "./chunk-path-containment.js";
import "./chunk-defaults.js";
import { access, stat } from "node:fs/promises";
import path from "node:path";
import { constants } from "node:fs";
// src/cli/commands/common.ts
async function requireDirectory(target, shown) {
	let info;
	try {
		info = await stat(target);
	} catch (error) {
		const code = error.code;
		throw new CockpitError(code === "ENOENT" ? `${shown}: no such file or directory` : `${shown}: cannot be read (${code ?? "unknown error"})`);
	}
	if (!info.isDirectory()) throw new CockpitError(`${shown}: not a directory`);
	try {
		await access(target, constants.R_OK | constants.X_OK);
	} catch (error) {
		throw new CockpitError(`${shown}: cannot be read (${error.code ?? "unknown error"})`);
	}
}
/** The root as shown in reports: relative to the working directory when inside it, POSIX either way. */
function displayRoot(absolute, cwd) {
	const relative = path.relative(cwd, absolute);
	return (relative === "" ? "." : leavesBase(relative) ? absolute : relative).split(path.sep).join("/");
}
/** Colour on a TTY unless turned off; never in a file. */
function useColor(settings, io, toFile = false) {
	if (toFile || settings.color === "never") return false;
	return settings.color === "always" || io.stdoutIsTty;
}
export { requireDirectory as n, useColor as r, displayRoot as t };
