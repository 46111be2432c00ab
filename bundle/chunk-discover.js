// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/cli/commands/discover.ts
function registerDiscover(program, io, setExitCode) {
	program.command("discover").description("list the agents under a workspace: root, entry points, frameworks and why each was recognised").argument("[path]", "the workspace root", ".").option("-f, --format <format>", "text or json", "text").option("--no-gitignore", "do not respect .gitignore files").option("--color", "force colour").option("--no-color", "never use colour (NO_COLOR is honoured too)").action(async (target, flags) => {
		const { runDiscover } = await import("./chunk-discover-run.js");
		setExitCode(await runDiscover(target, flags, io));
	});
}
export { registerDiscover };
