// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { a as resolveSettings, i as parseAgentTimeout } from "./chunk-settings.js";
import "./chunk-common.js";
import { t as checkScopeFlags } from "./chunk-scope-flags.js";
import { t as displayRoot } from "./chunk-display-root.js";
import { t as requireDirectory } from "./chunk-require-directory.js";
import { n as redactStoreUrl, t as isStoreUrl } from "./chunk-url.js";
import { t as CockpitError } from "./chunk-errors2.js";
import { stat } from "node:fs/promises";
import path from "node:path";
// src/cli/commands/report-flags.ts
function positiveInteger(value, flag) {
	const number = Number(value);
	if (!Number.isInteger(number) || number < 1) throw new CockpitError(`${flag}: '${value}' is not a positive whole number`);
	return number;
}
/**
* Every flag of `ops report` checked before anything is read or audited; a bad one is one line and exit 3.
* `plannedPaths`: how many paths were given when they are several paths or a file (run/targets.ts).
*/
async function checkReportFlags(flags, settings, plannedPaths) {
	const shard = flags.shard !== void 0 ? (await import("./chunk-audit-workspace2.js")).parseShard(flags.shard) : void 0;
	if (flags.shard !== void 0 && !shard) throw new CockpitError(`--shard: '${flags.shard}' is not K/N with 1 ≤ K ≤ N (e.g. 2/4)`);
	const jobs = flags.jobs !== void 0 ? positiveInteger(flags.jobs, "--jobs") : void 0;
	const agentTimeoutMs = flags.agentTimeout !== void 0 ? parseAgentTimeout(flags.agentTimeout, "--agent-timeout") : void 0;
	if (flags.heal && flags.fromLake !== void 0) throw new CockpitError("--heal: needs a folder to audit, not --from-lake");
	if (flags.dryRun && !flags.heal) throw new CockpitError("--dry-run: only with --heal (ops report --heal --dry-run)");
	checkScopeFlags(flags);
	if (flags.lake !== void 0 && isStoreUrl(flags.lake)) throw new CockpitError(`--lake: '${redactStoreUrl(flags.lake)}' is a fleet store; audit into a lake folder, then ops lake push --to URL`);
	if (flags.branch !== void 0 && (!flags.heal || flags.dryRun)) throw new CockpitError("--branch: only with --heal (and not with --dry-run)");
	if (flags.fromLake !== void 0 && settings.registryMode !== "off") throw new CockpitError("--resolve/--offline/--public: need a folder to audit, not --from-lake");
	if (flags.fromLake !== void 0 && flags.importSarif?.length) throw new CockpitError("--import-sarif: needs a folder to audit, not --from-lake");
	if (plannedPaths !== void 0) {
		const refused = flags.fromLake !== void 0 ? "--from-lake" : flags.workspace ? "--workspace" : shard ? "--shard" : flags.staged ? "--staged" : flags.changedSince !== void 0 ? "--changed-since" : flags.baseline !== void 0 ? "--baseline" : flags.heal ? "--heal" : void 0;
		if (refused) throw new CockpitError(`${refused}: takes one folder, not ${plannedPaths > 1 ? "several paths" : "a file"}`);
	}
	return {
		shard,
		jobs,
		agentTimeoutMs,
		sarifUriPrefix: flags.sarifPathPrefix !== void 0 ? sarifUriPrefixOf(flags.sarifPathPrefix) : ""
	};
}
/**
* `--sarif-path-prefix`: a folder inside the repository, written the way SARIF locations are (`a/b/`; '' for the
* root). Any folder name is taken (SARIF percent-encodes it); only a path that leaves the repository is refused.
*/
function sarifUriPrefixOf(value) {
	const segments = value.split("/").filter((segment, index, all) => segment !== "." && (segment !== "" || index > 0 && index < all.length - 1));
	if (value.startsWith("/") || segments.some((segment) => segment === ".." || segment === "")) throw new CockpitError(`--sarif-path-prefix: '${value.replace(/[\u0000-\u001f]/g, "?")}' is not a folder inside the repository, written relative to it with / (e.g. services/agents)`);
	return segments.length === 0 ? "" : `${segments.join("/")}/`;
}
// src/cli/commands/report-run.ts
async function isDirectory(target) {
	try {
		return (await stat(target)).isDirectory();
	} catch {
		return false;
	}
}
async function runReport(target, flags, io) {
	const targets = typeof target === "string" ? [target] : target && target.length > 0 ? [...target] : ["."];
	const plan = targets.length > 1 || !await isDirectory(path.resolve(io.cwd, targets[0])) ? await (await import("./chunk-targets.js")).planTargets(targets, io.cwd) : void 0;
	const settings = resolveSettings({
		format: flags.format?.[0],
		maxFileSize: flags.maxFileSize,
		color: flags.color,
		debug: flags.debug,
		gitignore: flags.gitignore,
		resolve: flags.resolve,
		offline: flags.offline,
		public: flags.public,
		resolveBestEffort: flags.resolveBestEffort,
		registryTimeout: flags.registryTimeout,
		cacheDir: flags.cacheDir,
		config: flags.config,
		cwd: io.cwd
	}, io.env);
	const { reportDestinations } = await import("./chunk-report-outputs.js");
	const destinations = reportDestinations(flags.format, flags.output, settings);
	const severity = flags.severity !== void 0 ? (await import("./chunk-severity-filter.js")).parseSeverity(flags.severity, "--severity") : void 0;
	if (destinations.some((destination) => destination.format === "text") && flags.quiet !== true) import("./chunk-text2.js").catch(() => void 0);
	const { shard, jobs, agentTimeoutMs, sarifUriPrefix } = await checkReportFlags(flags, settings, plan ? targets.length : void 0);
	const given = plan ? displayRoot(plan.root, io.cwd) : targets[0];
	let run;
	if (flags.fromLake !== void 0) {
		const started = performance.now();
		run = {
			report: await (await import("./chunk-report-from-lake.js")).reportFromLake(flags.fromLake, io.cwd, io.env),
			fleet: true,
			durationMs: performance.now() - started
		};
	} else {
		const root = plan ? plan.root : path.resolve(io.cwd, given);
		if (!plan) await requireDirectory(root, given);
		const auditTarget = plan ? {
			kind: "planned",
			plan
		} : flags.workspace === true || shard !== void 0 || flags.staged === true ? {
			kind: "fleet",
			...shard ? { shard } : {}
		} : { kind: "agent" };
		const { createFileProgress, createProgress } = await import("./chunk-progress.js");
		const quiet = flags.quiet === true;
		run = await (await import("./chunk-run-audit2.js")).runAudit({
			root,
			given,
			cwd: io.cwd,
			env: io.env,
			settings,
			target: auditTarget,
			...jobs !== void 0 ? { jobs } : {},
			...agentTimeoutMs !== void 0 ? { agentTimeoutMs } : {},
			cache: flags.cache !== false,
			...flags.lake !== void 0 ? { lake: path.resolve(io.cwd, flags.lake) } : {},
			scope: flags,
			...flags.heal ? { heal: {
				dryRun: flags.dryRun === true,
				force: flags.force === true,
				...flags.branch !== void 0 ? { branch: flags.branch } : {}
			} } : {},
			indexes: {
				...flags.indexUrl ? { indexUrl: flags.indexUrl } : {},
				...flags.extraIndexUrl ? { extraIndexUrls: flags.extraIndexUrl } : {},
				...flags.npmRegistry ? { npmRegistry: flags.npmRegistry } : {}
			},
			importSarif: flags.importSarif ?? [],
			triage: true,
			committee: true,
			owners: true,
			hooks: {
				progress: createProgress(io, io.stderrIsTty, quiet),
				files: createFileProgress(io, io.stderrIsTty, quiet),
				notice: (line, level) => {
					if (level === "warning" || !quiet) io.stderr(`${line}\n`);
				}
			}
		});
	}
	const { report, heal } = run;
	if (flags.staged && flags.quiet && report.changes?.files.length === 0 && report.exitCode === 0 && destinations.every((destination) => destination.format === "text" && destination.file === void 0)) return 0;
	const remaining = report.summary.findings - (heal?.dryRun ? heal.plan.totals.fixes : 0);
	const shownPrefix = flags.fromLake !== void 0 ? "" : report.root;
	const { healCommand, repositoryPrefix, writeReportOutputs } = await import("./chunk-report-outputs.js");
	await writeReportOutputs({
		destinations,
		severity,
		settings,
		io,
		run: {
			report,
			fleet: run.fleet,
			durationMs: run.durationMs,
			quiet: flags.quiet === true,
			...heal ? { heal: {
				...heal,
				remaining
			} } : {},
			...run.baselineStates ? { baselineStates: run.baselineStates } : {},
			...sarifUriPrefix ? { sarifUriPrefix } : {},
			shownPrefix,
			repositoryPrefix: flags.fromLake !== void 0 ? "" : repositoryPrefix(path.resolve(io.cwd, given), shownPrefix),
			...flags.fromLake === void 0 && !flags.staged && !plan ? { healCommand: healCommand(given, flags.workspace === true) } : {}
		}
	});
	return flags.exitZero && report.exitCode !== 3 ? 0 : report.exitCode;
}
export { runReport };
