// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as DEFAULT_LAKE } from "./chunk-defaults.js";
import path from "node:path";
// src/cli/commands/lake-push.ts
function registerLakePush(lake, io, setExitCode) {
	lake.command("push").description("copy the lake into a PostgreSQL fleet store (idempotent; safe from many CI jobs at once)").requiredOption("--to <url>", "the store: postgres://user@host:port/database (PG* variables fill in the rest)").option("--lake <dir>", `lake folder, relative to the current folder (default: ${DEFAULT_LAKE.split(path.sep).join("/")} in the current folder)`).option("--repository <name>", "the repository the agents belong to (owner/name; a remote URL is cut to that); default: each record's own, then GITHUB_REPOSITORY or CI_PROJECT_PATH, then the git remote origin of the lake's checkout").option("--commit <sha>", "the commit the records were audited at, when the CI environment does not say").option("--ci-run <id>", "the CI run that produced the records, when the CI environment does not say").option("-f, --format <format>", "text or json").addHelpText("after", `
The schema is created and migrated on first use. Pushing the same lake twice changes nothing; records
already in the store are never rewritten, and each agent's latest run only moves to a newer one.
In the store an agent is (repository, agent path): two repositories' agents/planner stay two agents.
The repository is written as owner/name, without host, credentials or .git, so CI and laptops agree.
Keep the password out of the URL in CI: set PGPASSWORD (or use ~/.pgpass). TLS: ?sslmode=require or
verify-full (with sslrootcert=FILE or PGSSLROOTCERT). See docs/STORE.md.

Examples:
  ops lake push --to postgres://cockpit@db.example:5432/fleet?sslmode=verify-full
  ops report --workspace . --shard 2/4 --lake shard-2 && ops lake push --lake shard-2 --to "$COCKPIT_STORE"
  ops report --from-lake "$COCKPIT_STORE" --format sarif --output fleet.sarif`).action(async (flags) => {
		const { runLakePush } = await import("./chunk-lake-push-run.js");
		setExitCode(await runLakePush(flags, io));
	});
}
// src/cli/commands/lake-remove.ts
function registerLakeRemove(lake, io, setExitCode) {
	lake.command("remove").description("remove an agent and all its runs from the lake or a postgres:// fleet store (by agent hash or path)").argument("<agent>", "agent hash or agent path").option("--lake <dir|url>", `lake folder (relative to the current folder) or postgres:// fleet store (default: ${DEFAULT_LAKE.split(path.sep).join("/")} in the current folder)`).option("--repository <name>", "the repository of the agent, when agents of several repositories share its path (owner/name)").addHelpText("after", `
A removed agent is gone from reports, the API and the dashboard; auditing or pushing it again brings it back.

Examples:
  ops lake remove agents/old-planner
  ops lake remove agents/planner --lake "$COCKPIT_STORE" --repository acme/support-bots
  ops lake remove 4a444cfc357afaf3 --lake "$COCKPIT_STORE"`).action(async (agent, flags) => {
		const { runLakeRemove } = await import("./chunk-lake-remove-run.js");
		setExitCode(await runLakeRemove(agent, flags, io));
	});
}
// src/cli/commands/lake.ts
function registerLake(program, io, setExitCode) {
	const lake = program.command("lake").description("inspect and maintain the partitioned evidence lake");
	const lakeOption = `lake folder, relative to the current folder (default: ${DEFAULT_LAKE.split(path.sep).join("/")} in the current folder)`;
	lake.command("ls").description("list the agents in the lake with their latest verdict").option("--lake <dir>", lakeOption).option("-f, --format <format>", "text or json").action(async (flags) => {
		const { runLakeLs } = await import("./chunk-lake-run.js");
		setExitCode(await runLakeLs(flags, io));
	});
	lake.command("show").description("print an agent's latest record (by agent hash or path), optionally with its history").argument("<agent>", "agent hash or agent path").option("--lake <dir>", lakeOption).option("--history", "print every history entry instead of the latest").action(async (agent, flags) => {
		const { runLakeShow } = await import("./chunk-lake-run.js");
		setExitCode(await runLakeShow(agent, flags, io));
	});
	lake.command("prune").description("keep only the newest N runs of every agent, in the lake or a postgres:// fleet store").requiredOption("--keep <n>", "runs to keep per agent (the latest run always stays)").option("--lake <dir|url>", `lake folder (relative to the current folder) or postgres:// fleet store (default: ${DEFAULT_LAKE.split(path.sep).join("/")} in the current folder)`).action(async (flags) => {
		const { runLakePrune } = await import("./chunk-lake-run.js");
		setExitCode(await runLakePrune(flags, io));
	});
	lake.command("merge").description("join shard lakes into one: the union of every history, each agent's newest run as latest").argument("<dirs...>", "shard lake folders").requiredOption("--into <dir>", "the merged lake (created if missing)").action(async (dirs, flags) => {
		const { runLakeMerge } = await import("./chunk-lake-run.js");
		setExitCode(await runLakeMerge(dirs, flags, io));
	});
	registerLakePush(lake, io, setExitCode);
	registerLakeRemove(lake, io, setExitCode);
}
export { registerLake };
