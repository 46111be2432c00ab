// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { a as parseChangedLines, r as relativeToRoot } from "./chunk-change-set.js";
import { t as CockpitError } from "./chunk-errors2.js";
import { n as leavesBase } from "./chunk-path-containment.js";
import { realpath } from "node:fs/promises";
import path from "node:path";
import { execFile } from "node:child_process";
// src/changes/git.ts
/**
* git as a child process (no shell), with the settings that change its output pinned so parsing
* does not depend on the user's configuration. Read-only commands only: nothing here changes a
* repository, its index or its work tree.
*/
var PINNED_CONFIG = [
	"-c",
	"core.quotePath=false",
	"-c",
	"color.ui=never",
	"-c",
	"diff.noprefix=false",
	"-c",
	"diff.mnemonicPrefix=false"
];
var GitCommandError = class extends Error {
	args;
	exitCode;
	stderr;
	name = "GitCommandError";
	constructor(args, exitCode, stderr) {
		super(`git ${args[0] ?? ""} failed${exitCode !== void 0 ? ` (exit ${exitCode})` : ""}: ${stderr.trim().split("\n")[0] ?? ""}`);
		this.args = args;
		this.exitCode = exitCode;
		this.stderr = stderr;
	}
};
function runGit(cwd, args, options = {}) {
	return new Promise((resolve, reject) => {
		const child = execFile("git", [...PINNED_CONFIG, ...args], {
			cwd,
			env: {
				...process.env,
				LC_ALL: "C",
				GIT_OPTIONAL_LOCKS: "0"
			},
			maxBuffer: 268435456,
			encoding: "utf8"
		}, (error, stdout, stderr) => {
			if (!error) return resolve(stdout);
			const code = typeof error.code === "number" ? error.code : void 0;
			reject(error.code === "ENOENT" ? new GitCommandError(args, void 0, "git is not installed or not on PATH") : new GitCommandError(args, code, stderr));
		});
		if (options.input !== void 0) child.stdin?.end(options.input);
		else child.stdin?.end();
	});
}
/** Splits `-z` output: NUL-terminated entries, the last one empty. */
function splitNul(output) {
	return output.split("\0").filter((entry) => entry !== "");
}
// src/changes/repo.ts
/** Finds the git work tree holding `root`; `flag` names the option that needs git in the error. */
async function locateRepo(root, shown, flag) {
	let top;
	try {
		top = (await runGit(root, ["rev-parse", "--show-toplevel"])).trim();
	} catch (error) {
		if (error instanceof GitCommandError && error.exitCode === void 0) throw new CockpitError(`${flag}: ${error.stderr}`);
		throw new CockpitError(`${flag}: ${shown} is not inside a git work tree`);
	}
	if (top === "") throw new CockpitError(`${flag}: ${shown} is not inside a git work tree`);
	const relative = path.relative(await realpath(top), await realpath(root));
	if (leavesBase(relative)) throw new CockpitError(`${flag}: ${shown} is not inside a git work tree`);
	return {
		top,
		prefix: relative.split(path.sep).join("/")
	};
}
/** The pathspec limiting git to the audited root (`:(top)` keeps it independent of the working folder). */
function rootPathspec(location) {
	return ["--", location.prefix === "" ? ":(top)" : `:(top,literal)${location.prefix}`];
}
// src/changes/collect.ts
/** Output-shaping diff flags: no colour, no external or text-conversion drivers, renames as delete + add. */
var DIFF_FLAGS = [
	"--no-color",
	"--no-ext-diff",
	"--no-textconv",
	"--no-renames",
	"--src-prefix=a/",
	"--dst-prefix=b/"
];
/**
* The changed files under the root for one `git diff` comparison (`against`: e.g. `[commit]` for the
* work tree against a commit, `['--cached']` for the index against HEAD), keyed relative to the root.
* A renamed file counts as new: its findings have new fingerprints and its path is new to reviewers.
*/
async function collectDiff(location, against) {
	const spec = rootPathspec(location);
	const [status, patch] = await Promise.all([runGit(location.top, [
		"diff",
		...DIFF_FLAGS,
		"--name-status",
		"-z",
		...against,
		...spec
	]), runGit(location.top, [
		"diff",
		...DIFF_FLAGS,
		"--unified=0",
		...against,
		...spec
	])]);
	const lines = parseChangedLines(patch);
	const files = /* @__PURE__ */ new Map();
	const entries = splitNul(status);
	for (let index = 0; index + 1 < entries.length; index += 2) {
		const code = entries[index].charAt(0);
		const fromTop = entries[index + 1];
		const relative = relativeToRoot(location.prefix, fromTop);
		if (relative === void 0) continue;
		files.set(relative, code === "A" ? { kind: "whole" } : code === "D" ? { kind: "deleted" } : {
			kind: "lines",
			lines: lines.get(fromTop) ?? []
		});
	}
	return files;
}
/** Untracked files that are not ignored, as new files. */
async function collectUntracked(location) {
	const output = await runGit(location.top, [
		"ls-files",
		"--others",
		"--exclude-standard",
		"-z",
		...rootPathspec(location)
	]);
	const files = /* @__PURE__ */ new Map();
	for (const fromTop of splitNul(output)) {
		const relative = relativeToRoot(location.prefix, fromTop);
		if (relative !== void 0) files.set(relative, { kind: "whole" });
	}
	return files;
}
export { GitCommandError as a, rootPathspec as i, collectUntracked as n, runGit as o, locateRepo as r, splitNul as s, collectDiff as t };
