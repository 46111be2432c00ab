// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as repositoryRoot } from "./chunk-repository-root.js";
import { n as isManifest } from "./chunk-discover.js";
import { t as languageOf } from "./chunk-file-kinds.js";
import { a as isRootAgent } from "./chunk-agent-location.js";
import { t as CockpitError } from "./chunk-errors2.js";
import { n as leavesBase } from "./chunk-path-containment.js";
import { stat } from "node:fs/promises";
import path from "node:path";
import { existsSync, readdirSync } from "node:fs";
// src/run/targets.ts
/** undefined: a single folder, audited as ever. Missing paths and nested folders fail with one line (exit 3). */
async function planTargets(targets, cwd) {
	const resolved = [];
	for (const shown of targets) {
		const absolute = path.resolve(cwd, shown);
		let info;
		try {
			info = await stat(absolute);
		} catch (error) {
			const code = error.code;
			throw new CockpitError(code === "ENOENT" || code === "ENOTDIR" ? `${shown}: no such file or directory` : `${shown}: cannot be read (${code ?? "unknown error"})`);
		}
		if (info.isDirectory()) resolved.push({
			shown,
			folder: absolute
		});
		else if (info.isFile() && isSourceFile(absolute)) resolved.push({
			shown,
			folder: owningFolder(absolute, cwd),
			file: absolute
		});
		else throw new CockpitError(`${shown}: not a directory or a source file (Python, TypeScript, JavaScript or a notebook)`);
	}
	if (resolved.length === 1 && resolved[0].file === void 0) return void 0;
	const byFolder = /* @__PURE__ */ new Map();
	for (const { shown, folder, file } of resolved) {
		const known = byFolder.get(folder);
		const files = file === void 0 || known && known.files === void 0 ? void 0 : /* @__PURE__ */ new Set([...known?.files ?? [], file]);
		byFolder.set(folder, {
			files,
			shown: known?.shown ?? shown
		});
	}
	const folders = [...byFolder.keys()].sort();
	for (const outer of folders) {
		const inner = folders.find((folder) => folder !== outer && !leavesBase(path.relative(outer, folder)));
		if (inner) throw new CockpitError(`${byFolder.get(inner).shown}: inside ${byFolder.get(outer).shown}, which is audited too; give one of them`);
	}
	const root = folders.length === 1 ? folders[0] : commonAncestor(folders);
	return {
		root,
		agents: folders.map((folder) => {
			const relativePath = posix(path.relative(root, folder)) || ".";
			const files = byFolder.get(folder).files;
			return {
				root: folder,
				relativePath,
				...files ? { onlyFiles: new Set([...files].map((file) => posix(path.relative(root, file)))) } : {}
			};
		})
	};
}
/** Files the agent rules read (a manifest or a config file is not a target: its agent folder is). */
function isSourceFile(file) {
	return languageOf(file) !== "other" || file.toLowerCase().endsWith(".ipynb");
}
/**
* The agent folder that owns a file, as discovery would choose it without walking the whole repository: the nearest
* folder with a manifest below the repository's root (a monorepo's root manifest never swallows its agents), else
* the top Python package folder around a .py file, else the file's folder. The repository's root is the git work
* tree's, else the current folder when the file is inside it.
*/
function owningFolder(file, cwd) {
	const start = path.dirname(file);
	const boundary = repositoryRoot(start) ?? (leavesBase(path.relative(cwd, start)) ? void 0 : cwd);
	for (let folder = start; folder !== boundary && path.dirname(folder) !== folder; folder = path.dirname(folder)) {
		if (boundary !== void 0 && leavesBase(path.relative(boundary, folder))) break;
		if (hasManifest(folder)) return folder;
	}
	if (file.endsWith(".py")) {
		let top = start;
		for (let current = start; current !== boundary && existsSync(path.join(current, "__init__.py")); current = path.dirname(current)) top = current;
		return top;
	}
	return start;
}
function hasManifest(folder) {
	try {
		return readdirSync(folder).some(isManifest);
	} catch {
		return false;
	}
}
function commonAncestor(folders) {
	let common = folders[0];
	for (const folder of folders.slice(1)) while (leavesBase(path.relative(common, folder))) common = path.dirname(common);
	return common;
}
var posix = (relative) => relative.split(path.sep).join("/");
/** An agent's audit narrowed to the files given (paths relative to the report's root, as findings carry them). */
function onlyTheseFiles(audit, files) {
	const prefix = isRootAgent(audit.path) ? "" : `${audit.path}/`;
	return {
		...audit,
		findings: audit.findings.filter((finding) => files.has(finding.file)),
		suppressed: audit.suppressed.filter((finding) => files.has(finding.file)),
		skipped: audit.skipped.filter((skipped) => files.has(prefix + skipped.path)),
		fixes: audit.fixes.filter((fix) => files.has(fix.file))
	};
}
export { onlyTheseFiles, planTargets };
