// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as DEFAULT_BASELINE } from "./chunk-default-path.js";
// src/cli/commands/baseline.ts
function registerBaseline(program, io, setExitCode) {
	program.command("baseline").description("accept today's findings so the gate blocks only on new ones").command("create").description("audit PATH and write the fingerprints of its findings to a baseline file").argument("[path]", "the agent folder, or the workspace root with --workspace", ".").option("-o, --output <file>", `where to write the baseline (default: PATH/${DEFAULT_BASELINE})`).option("-w, --workspace", "discover and audit every agent under PATH").option("-j, --jobs <n>", "worker threads (default: the machine's cores)").option("--max-file-size <size>", "skip files larger than this, e.g. 512KB or 2MB (default: 2MB)").option("--no-gitignore", "do not respect .gitignore files (.cockpitignore still applies)").option("-q, --quiet", "no progress output").addHelpText("after", `
The file holds fingerprints (rule, file, a digest of the matched content), never a secret or a snippet.
Commit it; then gate on new findings only, and see stale entries to remove:
  ops baseline create --workspace .
  ops report --workspace . --baseline .cockpit/baseline.json
Use the same PATH and --workspace for both: finding paths are relative to the audited root.`).action(async (target, flags) => {
		const { runBaselineCreate } = await import("./chunk-baseline-run.js");
		setExitCode(await runBaselineCreate(target, flags, io));
	});
}
export { registerBaseline };
