// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as CockpitError } from "./chunk-errors2.js";
import { access, stat } from "node:fs/promises";
import { constants } from "node:fs";
// src/util/require-directory.ts
/** A folder the user named, or a one-line error (exit 3) saying why it cannot be audited. */
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
export { requireDirectory as t };
