// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import "./chunk-default-path2.js";
import { t as checkScopeFlags } from "./chunk-scope-flags.js";
import { t as loadFleetConfig } from "./chunk-root-config2.js";
import { a as resolveSettings, i as parseAgentTimeout } from "./chunk-settings.js";
import { n as redactStoreUrl, t as isStoreUrl } from "./chunk-url.js";
import { t as terminalSafe } from "./chunk-terminal-safe2.js";
import { a as failsClosed, r as SKIP_FIX } from "./chunk-gate.js";
import { t as DEFAULT_LAKE } from "./chunk-defaults.js";
import { t as CockpitError } from "./chunk-errors2.js";
import { n as requireDirectory, t as displayRoot } from "./chunk-common.js";
import { t as singleAgentPolicy } from "./chunk-single-agent-policy.js";
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { existsSync } from "node:fs";
// src/cli/commands/report-run.ts
function positiveInteger(value, flag) {
	const number = Number(value);
	if (!Number.isInteger(number) || number < 1) throw new CockpitError(`${flag}: '${value}' is not a positive whole number`);
	return number;
}
async function buildFromLake(lakeArgument, io) {
	const { assembleReport } = await import("./chunk-build.js");
	if (isStoreUrl(lakeArgument)) {
		const { readStoreLatest } = await import("./chunk-open2.js");
		const { label, records } = await readStoreLatest(lakeArgument, io.env);
		if (records.length === 0) throw new CockpitError(`${label}: the store holds no agent records (push a lake first: ops lake push --to URL)`);
		return assembleReport(label, records.map((record) => record.agent));
	}
	const lake = path.resolve(io.cwd, lakeArgument);
	await requireDirectory(lake, lakeArgument);
	const { readAllLatest } = await import("./chunk-store2.js");
	const records = await readAllLatest(lake);
	if (records.length === 0) throw new CockpitError(`${lakeArgument}: the lake holds no agent records`);
	return assembleReport(displayRoot(lake, io.cwd), records.map((record) => record.agent));
}
/** Audits one agent folder, or with --workspace/--shard the whole fleet; returns the report and the fixes found. */
async function auditTarget(root, given, context) {
	const { settings, flags, io, shard, jobs } = context;
	const changes = context.scope?.changes;
	const { assembleReport, buildReport } = await import("./chunk-build.js");
	if (context.fleet) {
		const [{ isRepositoryEntry }, { createProgress }] = await Promise.all([import("./chunk-summary.js"), import("./chunk-progress.js")]);
		const progress = createProgress(io, io.stderrIsTty, flags.quiet === true);
		let result;
		if (changes?.mode === "staged" && changes.files.size === 0) {
			progress.start(0);
			result = {
				agents: [],
				heal: []
			};
		} else {
			const rootName = path.basename(path.resolve(io.cwd, given));
			const lakeDir = context.lake === false ? void 0 : flags.lake !== void 0 ? path.resolve(io.cwd, flags.lake) : path.join(root, DEFAULT_LAKE);
			const warm = lakeDir && context.cache && !shard && !changes && !context.dependencies && !io.env["COCKPIT_FAULT_INJECT"] && !process.env["COCKPIT_FAULT_INJECT"] ? await warmFleet(root, rootName, lakeDir, settings, io, progress) : void 0;
			if (warm) result = warm;
			else {
				const [{ auditWorkspace }, { selectChangedAgents }] = await Promise.all([import("./chunk-audit-workspace2.js"), import("./chunk-scope.js")]);
				result = await auditWorkspace({
					root,
					rootName,
					settings,
					...jobs !== void 0 ? { jobs } : {},
					...shard ? { shard } : {},
					...lakeDir ? { lakeDir } : {},
					...changes ? { selectAgents: (agents) => selectChangedAgents(changes, agents) } : {},
					cache: context.cache,
					agentTimeoutMs: context.agentTimeoutMs,
					...context.dependencies ? { dependencies: context.dependencies } : {},
					onStart: (total) => progress.start(total),
					onProgress: (event) => progress.update(event)
				});
			}
		}
		progress.finish();
		if (result.agents.length === 0 && changes && flags.quiet !== true) io.stderr(`No agent under ${given} has ${changes.mode === "staged" ? "staged changes" : `changes since ${changes.ref ?? ""}`}: nothing was audited.\n`);
		else if (result.agents.length === 0 && !changes) io.stderr(`No agents found under ${given}: nothing was audited (see \`ops discover ${given}\`).\n`);
		else if (!changes && !shard && flags.quiet !== true && result.agents.every(isRepositoryEntry)) io.stderr(`No agents found under ${given}: its files were scanned for secrets and personal data only (see \`ops discover ${given}\`).\n`);
		return {
			report: assembleReport(displayRoot(root, io.cwd), result.agents, shard ? `${shard.index}/${shard.count}` : void 0),
			heal: result.heal
		};
	}
	if (changes && changes.files.size === 0) return {
		report: assembleReport(displayRoot(root, io.cwd), []),
		heal: []
	};
	const { policy, violations, settings: agentSettings } = await singleAgentPolicy(root, settings.configFile);
	const [{ auditAgent }, { listFiles }] = await Promise.all([import("./chunk-audit-agent2.js"), import("./chunk-walk.js")]);
	const threads = jobs ?? availableParallelism();
	const batches = threads > 1 ? lazyBatchRunner(threads) : void 0;
	const files = batches ? (await import("./chunk-progress.js")).createFileProgress(io, io.stderrIsTty, flags.quiet === true) : void 0;
	const runBatch = batches ? async (batch) => {
		files.add(batch.files.length);
		const result = await batches.run(batch);
		files.done(batch.files.length);
		return result;
	} : void 0;
	const useGitignore = agentSettings.gitignore ?? settings.useGitignore;
	const dependencyLookups = context.dependencies ? await context.dependencies.lookupsFor(root, await listFiles(root, {
		excludeDirs: settings.excludeDirs,
		useGitignore
	})) : void 0;
	let audit;
	try {
		audit = await auditAgent({
			root,
			maxFileBytes: settings.maxFileBytes,
			excludeDirs: settings.excludeDirs,
			useGitignore,
			policy,
			...violations.length > 0 ? { lockViolations: violations } : {},
			...context.relativePath !== void 0 ? { relativePath: context.relativePath } : {},
			...runBatch ? { runBatch } : {},
			...dependencyLookups ? { dependencyLookups } : {}
		});
	} finally {
		files?.finish();
		await batches?.close();
	}
	if (context.onlyFiles) audit = (await import("./chunk-report-targets.js")).onlyTheseFiles(audit, context.onlyFiles);
	return {
		report: buildReport(displayRoot(root, io.cwd), [{
			audit,
			gate: {
				blockOn: policy.blockOn,
				secretsGate: policy.secretsGate
			}
		}]),
		heal: [{
			agentRoot: root,
			agentPath: context.relativePath ?? ".",
			fixes: audit.fixes
		}]
	};
}
/** The planned agents (several paths, or the agent owning a file given), else the one folder or workspace. */
function auditWith(plan, root, given, context) {
	return plan ? auditPlanned(plan, context) : auditTarget(root, given, context);
}
/** Each planned agent audited as one agent under its own policy, reported together (a small fleet when several). */
async function auditPlanned(plan, context) {
	const { assembleReport } = await import("./chunk-build.js");
	const results = [];
	for (const agent of plan.agents) results.push(await auditTarget(agent.root, agent.relativePath, {
		...context,
		fleet: false,
		relativePath: agent.relativePath,
		...agent.onlyFiles ? { onlyFiles: agent.onlyFiles } : {}
	}));
	return {
		report: assembleReport(displayRoot(plan.root, context.io.cwd), results.flatMap((result) => result.report.agents)),
		heal: results.flatMap((result) => result.heal)
	};
}
async function isDirectory(target) {
	try {
		return (await stat(target)).isDirectory();
	} catch {
		return false;
	}
}
/**
* A fleet whose tree did not change since the last full run (audit/warm-cache.ts): its reports from the lake,
* found by stats alone, without loading the audit engine; undefined when anything changed.
*/
async function warmFleet(root, rootName, lakeDir, settings, io, progress) {
	const started = performance.now();
	const { warmFleetReports } = await import("./chunk-warm-cache.js");
	const warm = warmFleetReports({
		root,
		rootName,
		lakeDir,
		maxFileBytes: settings.maxFileBytes,
		excludeDirs: settings.excludeDirs,
		useGitignore: settings.useGitignore,
		configFile: settings.configFile?.path
	});
	if (!warm) return void 0;
	progress.start(warm.reports.length);
	warm.reports.forEach((agent, index) => progress.update({
		done: index + 1,
		total: warm.reports.length,
		agent: agent.path,
		verdict: agent.verdict,
		cached: true,
		elapsedMs: performance.now() - started
	}));
	if (settings.debug) io.stderr(`ops: warm path: ${warm.reports.length} agents from the lake; ${warm.files} files and ${warm.dirs} folders statted, none read\n`);
	return {
		agents: warm.reports,
		heal: []
	};
}
/** batchRunner without loading the fleet engine (piscina, the lake) until the first batch is sent. */
function lazyBatchRunner(threads) {
	let runner;
	return {
		run: async (batch) => {
			runner ??= import("./chunk-audit-workspace2.js").then((module) => module.batchRunner(threads));
			return (await runner).run(batch);
		},
		close: async () => {
			await (await runner)?.close();
		}
	};
}
async function createDependencyResolver(root, settings, flags, io) {
	if (settings.registryMode === "off") return void 0;
	const registries = (await loadFleetConfig(root, settings.configFile))?.config.registries;
	const { DependencyResolver } = await import("./chunk-dependency-resolver.js");
	const discoverFlags = {
		...flags.indexUrl ? { indexUrl: flags.indexUrl } : {},
		...flags.extraIndexUrl?.length ? { extraIndexUrls: flags.extraIndexUrl } : {},
		...flags.npmRegistry ? { npmRegistry: flags.npmRegistry } : {}
	};
	return new DependencyResolver({
		cwd: root,
		env: io.env,
		settings,
		flags: discoverFlags,
		...registries ? { cockpitRegistries: registries } : {}
	});
}
async function runReport(target, flags, io) {
	const targets = typeof target === "string" ? [target] : target && target.length > 0 ? [...target] : ["."];
	const plan = targets.length > 1 || !await isDirectory(path.resolve(io.cwd, targets[0])) ? await (await import("./chunk-report-targets.js")).planTargets(targets, io.cwd) : void 0;
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
	const shard = flags.shard !== void 0 ? (await import("./chunk-audit-workspace2.js")).parseShard(flags.shard) : void 0;
	if (flags.shard !== void 0 && !shard) throw new CockpitError(`--shard: '${flags.shard}' is not K/N with 1 ≤ K ≤ N (e.g. 2/4)`);
	const jobs = flags.jobs !== void 0 ? positiveInteger(flags.jobs, "--jobs") : void 0;
	const agentTimeoutMs = flags.agentTimeout !== void 0 ? parseAgentTimeout(flags.agentTimeout, "--agent-timeout") : 3e5;
	const started = performance.now();
	let fleet = flags.fromLake !== void 0 || flags.workspace === true || shard !== void 0 || flags.staged === true;
	if (flags.heal && flags.fromLake !== void 0) throw new CockpitError("--heal: needs a folder to audit, not --from-lake");
	if (flags.dryRun && !flags.heal) throw new CockpitError("--dry-run: only with --heal (ops report --heal --dry-run)");
	checkScopeFlags(flags);
	if (flags.lake !== void 0 && isStoreUrl(flags.lake)) throw new CockpitError(`--lake: '${redactStoreUrl(flags.lake)}' is a fleet store; audit into a lake folder, then ops lake push --to URL`);
	let report;
	let healPlan;
	let resolved;
	let healBranch;
	if (flags.branch !== void 0 && (!flags.heal || flags.dryRun)) throw new CockpitError("--branch: only with --heal (and not with --dry-run)");
	if (flags.fromLake !== void 0 && settings.registryMode !== "off") throw new CockpitError("--resolve/--offline/--public: need a folder to audit, not --from-lake");
	let dependencies;
	let baselineStates;
	if (flags.fromLake !== void 0 && flags.importSarif?.length) throw new CockpitError("--import-sarif: needs a folder to audit, not --from-lake");
	if (plan) {
		const refused = flags.fromLake !== void 0 ? "--from-lake" : flags.workspace ? "--workspace" : shard ? "--shard" : flags.staged ? "--staged" : flags.changedSince !== void 0 ? "--changed-since" : flags.baseline !== void 0 ? "--baseline" : flags.heal ? "--heal" : void 0;
		if (refused) throw new CockpitError(`${refused}: takes one folder, not ${targets.length > 1 ? "several paths" : "a file"}`);
		fleet = plan.agents.length > 1;
	}
	if (flags.fromLake !== void 0) report = await buildFromLake(flags.fromLake, io);
	else {
		const given = plan ? displayRoot(plan.root, io.cwd) : targets[0];
		const root = plan ? plan.root : path.resolve(io.cwd, given);
		if (!plan) await requireDirectory(root, given);
		const committee = await (await import("./chunk-run.js")).prepareCommittee({
			root,
			fleet,
			importFlags: flags.importSarif ?? [],
			configFile: settings.configFile,
			cwd: io.cwd,
			maxFileBytes: settings.maxFileBytes,
			env: io.env,
			cacheDir: settings.cacheDir
		});
		const triaged = flags.triage !== void 0 || existsSync(path.join(root, ...".cockpit/triage.json".split("/")));
		const scopeModule = flags.baseline !== void 0 || flags.changedSince !== void 0 || flags.staged === true || triaged ? await import("./chunk-prepare.js") : void 0;
		const scope = scopeModule ? await scopeModule.prepareScope(root, given, flags, {
			cwd: io.cwd,
			excludeDirs: settings.excludeDirs
		}) : {
			auditRoot: root,
			dispose: async () => void 0
		};
		try {
			dependencies = await createDependencyResolver(root, settings, flags, io);
			const scopeJobs = jobs ?? (flags.staged ? 1 : void 0);
			const { withAgentOwners } = await import("./chunk-agent-owners.js");
			const audit = async () => withAgentOwners(await auditWith(plan, scope.auditRoot, given, {
				settings,
				dependencies,
				fleet,
				flags,
				io,
				shard,
				jobs: scopeJobs,
				agentTimeoutMs,
				cache: flags.cache !== false && !flags.heal,
				lake: !flags.staged,
				scope
			}), root);
			let result = await audit();
			report = result.report;
			if (flags.heal) {
				const { applyHealPlan, buildHealPlan, commitHealBranch, limitHealPlan } = await import("./chunk-heal2.js");
				const maxFixFiles = fleet ? (await loadFleetConfig(root, settings.configFile))?.config.max_fix_files : (await singleAgentPolicy(root, settings.configFile)).settings.max_fix_files;
				healPlan = await limitHealPlan(await buildHealPlan(result.heal), {
					force: flags.force === true,
					...maxFixFiles !== void 0 ? { maxFixFiles } : {}
				});
				if (!flags.dryRun) {
					const before = new Set(report.agents.flatMap((agent) => agent.findings.map((finding) => finding.fingerprint)));
					await applyHealPlan(healPlan);
					if (flags.branch !== void 0) healBranch = await commitHealBranch(root, flags.branch, healPlan);
					result = await audit();
					report = result.report;
					const after = new Set(report.agents.flatMap((agent) => agent.findings.map((finding) => finding.fingerprint)));
					resolved = [...before].filter((fingerprint) => !after.has(fingerprint)).length;
				}
			}
			if (committee) report = await committee.apply(report, scope.auditRoot);
			if (scopeModule?.scopeActive(scope)) {
				const narrowed = await scopeModule.finishScope(report, scope, fleet, settings.configFile);
				report = narrowed.report;
				baselineStates = narrowed.states;
			}
			if (flags.staged) report = {
				...report,
				root: displayRoot(root, io.cwd)
			};
		} catch (error) {
			await dependencies?.abort();
			throw error;
		} finally {
			await scope.dispose();
		}
	}
	if (dependencies) {
		report = {
			...report,
			registry: dependencies.summary()
		};
		await dependencies.close();
	}
	const durationMs = performance.now() - started;
	const unread = report.agents.flatMap((agent) => (agent.skipped ?? []).filter(failsClosed));
	if (unread.length > 0) {
		const [first] = unread;
		const more = unread.length > 1 ? ` (and ${unread.length - 1} more, listed in the report)` : "";
		io.stderr(`ops: error: ${terminalSafe(first.path)}: not scanned (${first.reason})${more}; it may hold a secret: make it readable, or ${SKIP_FIX}\n`);
	}
	if (flags.staged && flags.quiet && report.changes?.files.length === 0 && report.exitCode === 0 && destinations.every((destination) => destination.format === "text" && destination.file === void 0)) return 0;
	const remaining = report.summary.findings - (healPlan && flags.dryRun ? healPlan.totals.fixes : 0);
	const given = plan ? displayRoot(plan.root, io.cwd) : targets[0];
	const shownPrefix = flags.fromLake !== void 0 ? "" : report.root;
	const { healCommand, repositoryPrefix, writeReportOutputs } = await import("./chunk-report-outputs.js");
	await writeReportOutputs({
		destinations,
		severity,
		settings,
		io,
		run: {
			report,
			fleet,
			durationMs,
			quiet: flags.quiet === true,
			...healPlan ? { heal: {
				plan: healPlan,
				dryRun: flags.dryRun === true,
				remaining,
				...resolved !== void 0 ? { resolved } : {},
				...healBranch ? { branch: healBranch } : {}
			} } : {},
			...baselineStates ? { baselineStates } : {},
			shownPrefix,
			repositoryPrefix: flags.fromLake !== void 0 ? "" : repositoryPrefix(path.resolve(io.cwd, given), shownPrefix),
			...flags.fromLake === void 0 && !flags.staged && !plan ? { healCommand: healCommand(given, flags.workspace === true) } : {}
		}
	});
	return flags.exitZero && report.exitCode !== 3 ? 0 : report.exitCode;
}
export { runReport as n, auditTarget as t };
