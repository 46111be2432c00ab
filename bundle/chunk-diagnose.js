// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/cli/commands/diagnose.ts
function registerDiagnose(program, io, setExitCode) {
	program.command("diagnose").description("check every configured package index and mirror: where it was configured, DNS, TCP/TLS, HTTP, auth, proxy and CA settings").argument("[path]", "the project whose pip, uv, npm and cockpit.yaml configuration applies", ".").option("-f, --format <format>", "text or json", "text").option("--timeout <seconds>", "per step (default: 10)").option("--public", "check the public mirrors only").option("--index-url <url>", "PyPI index to check instead of the configured one").option("--extra-index-url <url>", "another PyPI index to check (repeatable)", (value, previous = []) => [...previous, value]).option("--npm-registry <url>", "npm registry to check instead of the configured one").option("--color", "force colour").option("--no-color", "never use colour (NO_COLOR is honoured too)").addHelpText("after", "\nA working path is the one `ops report --resolve` takes: every configured index answers (found or 404), or the first\nmirror that answers stands in for those that refuse, fail or answer a broken document; names in registries.private\nnever go to a mirror.\n\nExit codes:\n  0  every ecosystem has a working path\n  3  some ecosystem has none, or bad arguments\n").action(async (target, flags) => {
		const { runDiagnose } = await import("./chunk-diagnose-run.js");
		setExitCode(await runDiagnose(target, flags, io));
	});
}
export { registerDiagnose };
