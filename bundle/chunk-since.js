// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as CockpitError } from "./chunk-errors2.js";
import { a as GitCommandError, n as collectUntracked, o as runGit, r as locateRepo, t as collectDiff } from "./chunk-collect.js";
// src/changes/since.ts
var FLAG = "--changed-since";
/** The commit a ref names; a CockpitError (exit 3) for anything git does not know. */
async function resolveCommit(top, ref) {
	if (ref === "" || ref.startsWith("-")) throw new CockpitError(`${FLAG}: '${ref}' is not a git ref`);
	try {
		return (await runGit(top, [
			"rev-parse",
			"--verify",
			"--quiet",
			`${ref}^{commit}`
		])).trim();
	} catch (error) {
		if (error instanceof GitCommandError) throw new CockpitError(`${FLAG}: unknown git ref '${ref}' (fetch it first, e.g. git fetch origin main)`);
		throw error;
	}
}
/**
* What changed under `root` since `ref`: everything committed after the point where HEAD's history
* left the ref (their merge base, so a base branch that moved on adds nothing), plus uncommitted
* edits and untracked files. That is what a pull request adds in CI and what local work adds on a
* developer's machine.
*/
async function changesSince(root, shown, ref) {
	const location = await locateRepo(root, shown, FLAG);
	const commit = await resolveCommit(location.top, ref);
	const base = (await runGit(location.top, [
		"merge-base",
		commit,
		"HEAD"
	]).catch(() => commit)).trim() || commit;
	const [tracked, untracked] = await Promise.all([collectDiff(location, [base]), collectUntracked(location)]);
	return {
		mode: "since",
		ref,
		base,
		files: new Map([...tracked, ...untracked])
	};
}
export { changesSince };
