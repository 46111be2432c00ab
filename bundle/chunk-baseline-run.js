// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { i as writeBaseline, n as baselineFromReport } from "./chunk-file2.js";
import { a as resolveSettings } from "./chunk-settings.js";
import { t as CockpitError } from "./chunk-errors2.js";
import { t as DEFAULT_BASELINE } from "./chunk-default-path.js";
import "./chunk-common.js";
import { t as displayRoot } from "./chunk-display-root.js";
import { t as requireDirectory } from "./chunk-require-directory.js";
import { t as plural } from "./chunk-plural.js";
import path from "node:path";
// src/cli/commands/baseline-run.ts
/**
* `ops baseline create`: audit like `ops report` and write the fingerprints of today's findings, so
* `ops report --baseline FILE` gates only on what is new. No lake is written and no cache is read:
* a baseline is made from a fresh audit. Exit 0 after writing, whatever was found.
*/
async function runBaselineCreate(target, flags, io) {
	const given = target ?? ".";
	const root = path.resolve(io.cwd, given);
	await requireDirectory(root, given);
	const settings = {
		...resolveSettings({
			maxFileSize: flags.maxFileSize,
			gitignore: flags.gitignore,
			config: flags.config,
			cwd: io.cwd
		}, io.env),
		registryMode: "off"
	};
	let jobs;
	if (flags.jobs !== void 0) {
		jobs = Number(flags.jobs);
		if (!Number.isInteger(jobs) || jobs < 1) throw new CockpitError(`--jobs: '${flags.jobs}' is not a positive whole number`);
	}
	const { report } = await (await import("./chunk-run-audit2.js")).runAudit({
		root,
		given,
		cwd: io.cwd,
		env: io.env,
		settings,
		target: flags.workspace === true ? { kind: "fleet" } : { kind: "agent" },
		...jobs !== void 0 ? { jobs } : {},
		cache: false,
		lake: false,
		hooks: {
			...flags.quiet ? {} : { progress: (await import("./chunk-progress.js")).createProgress(io, io.stderrIsTty, false) },
			notice: (line, level) => {
				if (level === "warning" || !flags.quiet) io.stderr(`${line}\n`);
			}
		}
	});
	const failed = report.agents.filter((agent) => agent.verdict === "failed");
	if (failed.length > 0) throw new CockpitError(`${failed[0].path}: the audit failed (${failed[0].error ?? "unknown error"}); no baseline written`);
	const shownOutput = flags.output ?? path.posix.join(displayRoot(root, io.cwd), ".cockpit/baseline.json");
	const destination = flags.output !== void 0 ? path.resolve(io.cwd, flags.output) : path.join(root, ...DEFAULT_BASELINE.split("/"));
	const baseline = baselineFromReport({
		...report,
		root: displayRoot(root, io.cwd)
	});
	await writeBaseline(destination, shownOutput, baseline);
	const agents = report.agents.length;
	io.stdout(`Baseline written to ${shownOutput}: ${plural(baseline.findings.length, "finding")} in ${plural(agents, "agent")}\n`);
	return 0;
}
export { runBaselineCreate };
