// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as CockpitError } from "./chunk-errors2.js";
import { i as withoutExcludedDirs, r as relativeToRoot } from "./chunk-change-set.js";
import { a as GitCommandError, i as rootPathspec, o as runGit, r as locateRepo, s as splitNul, t as collectDiff } from "./chunk-collect.js";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import os from "node:os";
// src/changes/staged.ts
var FLAG = "--staged";
var REGULAR_FILE_MODES = /* @__PURE__ */ new Set(["100644", "100755"]);
/**
* The staged changes under `root`: the index against HEAD (an unborn HEAD makes every staged file new).
* `git commit -a` and `git commit PATH` run hooks with GIT_INDEX_FILE set; git reads it from the environment.
*/
async function stagedChanges(location) {
	return {
		mode: "staged",
		files: await collectDiff(location, ["--cached"])
	};
}
/** Index entries under the root that the audit would read: regular files at stage 0, outside never-walked folders. */
async function indexedFiles(location, excludeDirs) {
	const excluded = new Set(excludeDirs);
	const output = await runGit(location.top, [
		"ls-files",
		"--stage",
		"-z",
		...rootPathspec(location)
	]);
	const files = [];
	for (const entry of splitNul(output)) {
		const tab = entry.indexOf("	");
		const [mode, , stage] = entry.slice(0, tab).split(" ");
		const fromTop = entry.slice(tab + 1);
		if (!REGULAR_FILE_MODES.has(mode ?? "") || stage !== "0") continue;
		const relative = relativeToRoot(location.prefix, fromTop);
		if (relative === void 0 || relative.split("/").slice(0, -1).some((segment) => excluded.has(segment))) continue;
		files.push(fromTop);
	}
	return files;
}
/**
* Writes the staged content of the root into a temporary folder and describes the staged changes.
* The whole indexed tree under the root is written, not just the changed files, so discovery, the
* root and agent cockpit.yaml and rules that read neighbouring files see exactly what will be
* committed; only agents with staged changes are then audited. `git checkout-index --prefix`
* reads blobs straight from the object store and leaves the index and work tree untouched.
*/
async function stageSnapshot(root, shown, excludeDirs) {
	const location = await locateRepo(root, shown, FLAG);
	const changes = withoutExcludedDirs(await stagedChanges(location), excludeDirs);
	const folder = await mkdtemp(path.join(os.tmpdir(), "cockpit-staged-"));
	const dispose = () => rm(folder, {
		recursive: true,
		force: true
	});
	try {
		const snapshotRoot = location.prefix === "" ? folder : path.join(folder, ...location.prefix.split("/"));
		await mkdir(snapshotRoot, { recursive: true });
		if (changes.files.size > 0) {
			const files = await indexedFiles(location, excludeDirs);
			if (files.length > 0) await runGit(location.top, [
				"checkout-index",
				"--force",
				"-z",
				"--stdin",
				`--prefix=${folder}${path.sep}`
			], { input: `${files.join("\0")}\0` });
		}
		return {
			changes,
			root: snapshotRoot,
			dispose
		};
	} catch (error) {
		await dispose();
		if (error instanceof GitCommandError) throw new CockpitError(`${FLAG}: cannot read the staged files (${error.message})`);
		throw error;
	}
}
export { stageSnapshot };
