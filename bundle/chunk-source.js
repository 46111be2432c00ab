// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
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
export { runSourceFromEnvironment as t };
