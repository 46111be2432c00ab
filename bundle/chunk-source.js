// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as parseHttpUrl } from "./chunk-http-url.js";
import { t as repositoryRoot } from "./chunk-repository-root.js";
import path from "node:path";
// src/lake/source.ts
/**
* Where a run happened, from the CI environment (GitHub Actions, GitLab CI); undefined outside CI.
* Empty variables count as unset.
*/
function runSourceFromEnvironment(env) {
	const repository = env["GITHUB_REPOSITORY"] || env["CI_PROJECT_PATH"];
	const commit = env["GITHUB_SHA"] || env["CI_COMMIT_SHA"];
	const ciRun = env["GITHUB_RUN_ID"] || env["CI_PIPELINE_ID"];
	if (!repository && !commit && !ciRun) return void 0;
	return {
		...repository ? { repository } : {},
		...commit ? { commit } : {},
		...ciRun ? { ciRun } : {}
	};
}
/** An http(s) address without credentials, query or fragment; undefined for anything else. */
function webAddress(raw) {
	const url = raw ? parseHttpUrl(raw.trim()) : void 0;
	if (!url) return void 0;
	url.username = "";
	url.password = "";
	url.search = "";
	url.hash = "";
	return url.href.replace(/\/+$/, "");
}
/** The repository's address as the CI system itself names it: GitHub Actions, then GitLab CI (each only with its repository variable). */
function ciRemote(env) {
	const server = webAddress(env["GITHUB_SERVER_URL"]);
	const repository = env["GITHUB_REPOSITORY"];
	if (server && repository && /^[\w.-]+\/[\w.-]+$/.test(repository)) return {
		remote: `${server}/${repository}`,
		forge: "github",
		workspace: env["GITHUB_WORKSPACE"] || void 0
	};
	const project = webAddress(env["CI_PROJECT_URL"]);
	if (project && env["CI_PROJECT_PATH"]) return {
		remote: project,
		forge: "gitlab",
		workspace: env["CI_PROJECT_DIR"] || void 0
	};
}
/**
* A workspace run's source: the CI variables, and in CI the repository's web address and where the
* audited folder sits in it, so findings can link to their lines at the commit. Outside CI (or when
* the folder's place in the repository is unknown) nothing is guessed: no address, no links.
*/
function runSource(env, auditedRoot) {
	const source = runSourceFromEnvironment(env);
	const ci = ciRemote(env);
	if (!source?.commit || !ci) return source;
	const top = repositoryRoot(auditedRoot) ?? (ci.workspace ? path.resolve(ci.workspace) : void 0);
	if (!top) return source;
	const relative = path.relative(top, path.resolve(auditedRoot));
	if (relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return source;
	const root = relative.split(path.sep).join("/");
	return {
		...source,
		remote: ci.remote,
		forge: ci.forge,
		...root ? { root } : {}
	};
}
export { runSourceFromEnvironment as n, runSource as t };
